from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fixture_server import FixtureServer


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
