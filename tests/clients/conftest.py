from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .fixture_server import FixtureServer

ROOT = Path(__file__).resolve().parents[2]

# The generated packages live in generated/; until the project install exposes them, make them importable.
if importlib.util.find_spec("plivo_recording_client") is None:
    sys.path.insert(0, str(ROOT / "generated"))


@pytest.fixture(scope="session")
def _server() -> Iterator[FixtureServer]:
    server = FixtureServer().start()
    yield server
    server.stop()


@pytest.fixture
def server(_server: FixtureServer) -> Iterator[FixtureServer]:
    _server.reset()
    yield _server
    _server.reset()
