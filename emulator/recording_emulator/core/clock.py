"""The emulator clock. Durations and ``time_limit`` timers use it, never the wall clock directly.

``real``: wall time plus an offset (``POST /_emulator/clock/advance`` adds to the offset).
``manual``: frozen at the moment the data directory was created; only ``advance`` moves it, so
durations in tests are exact.
"""

from __future__ import annotations

import time
from typing import Literal


class Clock:
    def __init__(
        self, mode: Literal["real", "manual"], *, offset: float = 0.0, origin: float | None = None
    ) -> None:
        self.mode = mode
        self.offset = offset
        self.origin = time.time() if origin is None else origin

    def now(self) -> float:
        if self.mode == "manual":
            return self.origin + self.offset
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        self.offset += seconds
        return self.now()
