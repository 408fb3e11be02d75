"""Pytest fixtures for code that talks to the emulator.

Use it with ``-p recording_emulator.pytest_plugin``, or list ``"recording_emulator.pytest_plugin"`` in
``pytest_plugins``
in a top-level conftest. Fixtures:

* ``recording_emulator`` (session): a running emulator in test mode with a manual clock;
* ``callback_receiver`` (session): an HTTP server on 127.0.0.1 recording the callbacks it gets;
* ``emulator_problems`` (autouse-able): fails a test if the emulator reported spec problems during it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .testing import CallbackReceiver, Emulator, EmulatorProblemsError, callback_receiver, running_emulator


@pytest.fixture(scope="session")
def recording_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    with running_emulator(tmp_path_factory.mktemp("recording-emulator"), clock="manual") as emulator:
        yield emulator


@pytest.fixture(scope="session")
def callback_server() -> Iterator[CallbackReceiver]:
    with callback_receiver() as receiver:
        yield receiver


@pytest.fixture
def emulator_problems(recording_emulator: Emulator) -> Iterator[None]:
    yield
    problems = recording_emulator.problems()
    if problems:
        recording_emulator.reset()  # do not fail every later test for the same problem
        raise EmulatorProblemsError("the emulator reported problems:\n" + "\n".join(problems))
