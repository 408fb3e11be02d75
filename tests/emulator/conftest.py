"""Fixtures: one emulator (manual clock, test mode) and one callback receiver for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from recording_emulator.testing import CallbackReceiver, Emulator, callback_receiver, running_emulator

from .support import Plivo, SignalWire, Telnyx


@pytest.fixture(scope="session")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    with running_emulator(
        tmp_path_factory.mktemp("emulator"),
        clock="manual",
        callback_retries=2,
        callback_backoff=0.02,
        callback_timeout=2.0,
        max_body_bytes=64 * 1024,
    ) as emulator:
        yield emulator


@pytest.fixture(scope="session")
def receiver() -> Iterator[CallbackReceiver]:
    with callback_receiver() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_emulator_problems(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test fails if the emulator saw a spec violation or crashed while it ran."""
    yield
    if "emu" in request.fixturenames:
        emulator: Emulator = request.getfixturevalue("emu")
        problems = emulator.problems()
        if problems:
            emulator.reset()
            pytest.fail("the emulator reported problems:\n" + "\n".join(problems))


@pytest.fixture
def plivo(emu: Emulator) -> Plivo:
    return Plivo(emu)


@pytest.fixture
def telnyx(emu: Emulator) -> Telnyx:
    return Telnyx(emu)


@pytest.fixture
def signalwire(emu: Emulator) -> SignalWire:
    return SignalWire(emu)
