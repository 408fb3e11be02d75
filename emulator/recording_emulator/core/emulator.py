"""The emulator's shared services, created once per server: store, clock, callbacks, media, credentials.

Provider backends receive this object; it holds no provider logic itself.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import math
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..config import EmulatorConfig
from .callbacks import CallbackDispatcher, wire_params
from .clock import Clock
from .media import MediaLibrary
from .records import ALL_TABLES, META
from .spec import SpecDocument
from .store import Store
from .validation import ObjectCoercion, SchemaValidator, component_validator

log = logging.getLogger("recording_emulator")


class SpecViolationError(AssertionError):
    """Test mode: the emulator produced a response or callback its spec does not allow."""


@dataclasses.dataclass(frozen=True)
class TelnyxKeys:
    private_key: Ed25519PrivateKey
    public_key_b64: str


def telnyx_keys(seed_b64: str) -> TelnyxKeys:
    seed = base64.b64decode(seed_b64)
    if len(seed) != 32:
        raise ValueError("the Telnyx private key seed must be base64 of 32 bytes")
    private_key = Ed25519PrivateKey.from_private_bytes(seed)
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return TelnyxKeys(private_key, base64.b64encode(raw).decode("ascii"))


class Emulator:
    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        if config.data_dir is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="recording-emulator-")
            self.data_dir = Path(self._temporary.name)
        else:
            self.data_dir = Path(config.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.credentials = config.credentials
        self.telnyx = telnyx_keys(config.credentials.telnyx_private_key_seed)
        self.store = Store(self.data_dir / "emulator.sqlite3", ALL_TABLES, durability=config.durability)
        self.clock = self._load_clock()
        self.media = MediaLibrary(self.data_dir / "media")
        self.callbacks = CallbackDispatcher(self)
        self.specs: dict[str, SpecDocument] = {}  # provider name -> its spec
        self.backends: dict[str, Any] = {}  # provider name -> its backend (state and rules)
        self.problems: list[str] = []  # spec violations and unexpected exceptions (test mode fails on them)
        self._problems_lock = threading.Lock()
        self._next_deadline = math.inf
        self._expirers: list[Callable[[float], None]] = []
        self._payload_checks: dict[tuple[str, str], tuple[ObjectCoercion, SchemaValidator]] = {}

    # --- clock ---------------------------------------------------------------------------------------

    def _load_clock(self) -> Clock:
        meta = {m.key: m.value for m in self.store.select(META)}
        origin = float(meta["clock.origin"]) if "clock.origin" in meta else None
        clock = Clock(self.config.clock, offset=float(meta.get("clock.offset", 0.0)), origin=origin)
        if origin is None:
            self._save_clock(clock)
        return clock

    def _save_clock(self, clock: Clock) -> None:
        with self.store.write():
            for key, value in (("clock.origin", clock.origin), ("clock.offset", clock.offset)):
                self.store.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, repr(value))
                )

    def advance_clock(self, seconds: float) -> float:
        now = self.clock.advance(seconds)
        self._save_clock(self.clock)
        self.run_timers(force=True)
        return now

    # --- timers --------------------------------------------------------------------------------------

    def on_timer(self, expire: Callable[[float], None]) -> None:
        """Register a backend's ``expire(now)``: stops whatever is due (e.g. ``time_limit``)."""
        self._expirers.append(expire)

    def note_deadline(self, when: float) -> None:
        self._next_deadline = min(self._next_deadline, when)

    def run_timers(self, *, force: bool = False) -> None:
        now = self.clock.now()
        if not force and now < self._next_deadline:
            return
        self._next_deadline = math.inf
        for expire in self._expirers:
            expire(now)

    def forget_deadlines(self) -> None:
        self._next_deadline = math.inf

    # --- test-mode checks ----------------------------------------------------------------------------

    def problem(self, message: str) -> None:
        log.error("%s", message)
        with self._problems_lock:
            self.problems.append(message)

    def check_callback_payload(self, provider: str, schema: str, payload: Mapping[str, Any]) -> None:
        if not self.config.test_mode:
            return
        key = (provider, schema)
        check = self._payload_checks.get(key)
        if check is None:
            spec = self.specs[provider]
            check = (ObjectCoercion(spec, spec.schema(schema)), component_validator(spec, schema))
            self._payload_checks[key] = check
        coercion, validator = check
        # validate what a receiver parses: the wire strings, coerced to the schema's types
        error = validator.error(coercion.convert_mapping(wire_params(payload)))
        if error is not None:
            message = f"{provider} callback {schema} violates the spec: {error} (payload {dict(payload)})"
            self.problem(message)
            raise SpecViolationError(message)

    def meta(self, key: str) -> str | None:
        record = self.store.get(META, key)
        return record.value if record else None

    def set_meta(self, key: str, value: str) -> None:
        with self.store.write():
            self.store.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def reset(self) -> None:
        """Forget every call, recording and delivery; keep credentials and the clock."""
        self.store.wipe()
        self._save_clock(self.clock)
        self.forget_deadlines()
        with self._problems_lock:
            self.problems.clear()

    def close(self) -> None:
        self.store.close()
        if self.config.data_dir is None:
            self._temporary.cleanup()
