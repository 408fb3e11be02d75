"""A local HTTP server that records every callback the target sends, for the callback contract.

It binds 127.0.0.1 only, answers 200 to anything, and keeps the raw request (method, path, query,
headers, body) so signatures can be verified over exactly the bytes that arrived. One receiver per
process, started on first use; URLs handed to the target look like
``{base}/cb/{provider}/{operationId}/{field}/{token}`` so each callback names what registered it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

import uvicorn

from . import environment

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

PREFIX = "/cb/"


@dataclasses.dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str  # raw path as sent, percent-encoding kept
    query: str  # raw query string, '' if none
    headers: dict[str, str]  # lower-case names; repeated headers joined with ','
    body: bytes
    received_at: float

    @property
    def route(self) -> tuple[str, str, str, str] | None:
        """(provider, operationId, field, token) from a receiver URL, or ``None`` for a stray request."""
        if not self.path.startswith(PREFIX):
            return None
        parts = self.path[len(PREFIX) :].split("/")
        if len(parts) != 4 or not all(parts):
            return None
        return parts[0], parts[1], parts[2], parts[3]


class CallbackReceiver:
    """ASGI app + uvicorn server in a daemon thread."""

    def __init__(self, port: int = 0, public_url: str | None = None) -> None:
        self._requests: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        self.port: int = self._socket.getsockname()[1]
        self.base_url = (public_url or f"http://127.0.0.1:{self.port}").rstrip("/")
        config = uvicorn.Config(self, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="callback-receiver", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the callback receiver did not start")
            time.sleep(0.01)

    def _serve(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._socket]))

    def url_for(self, provider: str, operation_id: str, field: str, token: str) -> str:
        return f"{self.base_url}{PREFIX}{provider}/{operation_id}/{field}/{quote(token, safe='')}"

    def requests(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()

    def wait_quiet(self, quiet: float, timeout: float) -> None:
        """Return once no request arrived for ``quiet`` seconds, or after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        last_count = -1
        last_change = time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.requests())
            if count != last_count:
                last_count, last_change = count, time.monotonic()
            elif time.monotonic() - last_change >= quiet:
                return
            time.sleep(0.05)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            headers[key] = f"{headers[key]},{text}" if key in headers else text
        raw_path = scope.get("raw_path")
        request = ReceivedRequest(
            method=scope["method"],
            path=raw_path.decode("latin-1") if raw_path else scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=b"".join(chunks),
            received_at=time.time(),
        )
        with self._lock:
            self._requests.append(request)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


_receiver: CallbackReceiver | None = None
_receiver_lock = threading.Lock()


def get_receiver() -> CallbackReceiver:
    """The process-wide receiver, started on first use (port and public URL from the environment)."""
    global _receiver
    with _receiver_lock:
        if _receiver is None:
            port = int(os.environ.get(environment.CALLBACK_PORT, "0") or 0)
            _receiver = CallbackReceiver(port, os.environ.get(environment.CALLBACK_URL) or None)
        return _receiver
