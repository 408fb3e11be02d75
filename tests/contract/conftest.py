"""Run the contract suite against an in-process emulator with a bug planted in it.

The emulator's files are not touched: its ASGI app (``recording_emulator.app.create_app``) is wrapped
in a middleware that breaks one behaviour, or one of its payload builders is monkeypatched; uvicorn
serves the result from a thread on 127.0.0.1, and ``contract_tests.runner`` runs against it.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from recording_emulator.app import create_app
from recording_emulator.config import config_from_env

from contract_tests.providers import ProviderName
from contract_tests.results import Results
from contract_tests.runner import RunOptions, run

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Wrapper = Callable[[ASGIApp], ASGIApp]

# The emulator is not in test mode: its own spec validation would turn a planted bug into a 500
# before the suite could judge it.
EMULATOR_SETTINGS: dict[str, Any] = {"test_mode": False, "callback_timeout": 2.0, "callback_backoff": 0.05}


@contextlib.contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` with uvicorn from a daemon thread on a free 127.0.0.1 port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, lifespan="on", log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the emulator did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def emulator_factory(
    tmp_path: Path, wrap: Wrapper | None
) -> Callable[[], contextlib.AbstractContextManager[str]]:
    def start() -> contextlib.AbstractContextManager[str]:
        config = config_from_env(
            {}, host="127.0.0.1", port=0, data_dir=tmp_path / "emulator", **EMULATOR_SETTINGS
        )
        app: ASGIApp = create_app(config)
        return serve(wrap(app) if wrap else app)

    return start


class Suite:
    """Run the contract suite, narrowed to one provider, a few operations and phases."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path

    def run(
        self,
        provider: ProviderName,
        operations: list[str],
        phases: list[str],
        *,
        wrap: Wrapper | None = None,
        max_examples: int = 5,
    ) -> Results:
        options = RunOptions(
            providers=[provider],
            seed=1,
            max_examples=max_examples,
            reports_dir=self.tmp_path / "reports",
            emulator=emulator_factory(self.tmp_path, wrap),
            phases=phases,
            operations=operations,
            client_roundtrip=False,
            out=lambda line: None,
        )
        return run(options)


@pytest.fixture
def suite(tmp_path: Path) -> Suite:
    return Suite(tmp_path)


# --- middlewares that plant bugs --------------------------------------------------------------------


def rewrite_responses(
    applies: Callable[[Scope], bool], rewrite: Callable[[int, bytes], tuple[int, bytes]]
) -> Wrapper:
    """Let the emulator answer, then change the status and/or body of matching responses."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or not applies(scope):
                await app(scope, receive, send)
                return
            start: Message = {}
            chunks: list[bytes] = []

            async def capture(message: Message) -> None:
                if message["type"] == "http.response.start":
                    start.update(message)
                    return
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                status, body = rewrite(start["status"], b"".join(chunks))
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                if status not in (204, 304):
                    headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})

            await app(scope, receive, capture)

        return middleware

    return wrap


def drop_json_field(field: str) -> Callable[[int, bytes], tuple[int, bytes]]:
    def rewrite(status: int, body: bytes) -> tuple[int, bytes]:
        if status != 200:
            return status, body
        data = json.loads(body)
        data.pop(field, None)
        return status, json.dumps(data).encode()

    return rewrite


def add_credentials(header: bytes) -> Wrapper:
    """Accept requests without valid credentials: replace whatever Authorization came with a valid one."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and not scope["path"].startswith("/_emulator"):
                headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
                scope = {**scope, "headers": [*headers, (b"authorization", header)]}
            await app(scope, receive, send)

        return middleware

    return wrap


def fake_delete(applies: Callable[[Scope], bool]) -> Wrapper:
    """Answer matching DELETEs with 204 without deleting anything."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and scope["method"] == "DELETE" and applies(scope):
                await send({"type": "http.response.start", "status": 204, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
            await app(scope, receive, send)

        return middleware

    return wrap
