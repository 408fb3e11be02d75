"""The official SDKs against a real emulator on loopback.

Each SDK module gets its own emulator (manual clock, test mode: responses and callbacks are checked against
the specs), so one module's recordings never show up in another's lists. Only the base URL and the
credentials from ``GET /_emulator/accounts`` are changed; the SDKs themselves are used unmodified.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from recording_emulator.testing import CallbackReceiver, Emulator, callback_receiver, running_emulator


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    with running_emulator(
        tmp_path_factory.mktemp("sdk-emulator"),
        clock="manual",
        callback_retries=1,
        callback_backoff=0.02,
        callback_timeout=2.0,
    ) as emulator:
        yield emulator


@pytest.fixture(scope="session")
def receiver() -> Iterator[CallbackReceiver]:
    with callback_receiver() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_emulator_problems(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails if the emulator saw a spec violation (response or callback) or crashed while it ran."""
    yield
    if "emu" in request.fixturenames:
        emulator: Emulator = request.getfixturevalue("emu")
        problems = emulator.problems()
        if problems:
            emulator.reset()
            pytest.fail("the emulator reported problems:\n" + "\n".join(problems))


def unique_path(prefix: str) -> str:
    return f"/{prefix}/{uuid.uuid4().hex}"
