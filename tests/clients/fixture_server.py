"""A scriptable HTTP server on a real 127.0.0.1 socket (Starlette + uvicorn in a thread).

Tests queue the responses the next requests get (status, JSON body, headers, an optional delay) and
read back what was received (method, raw path as sent on the wire, headers, body). With an empty
queue the server answers ``default``.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-serialised unless bytes; None -> empty body
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    method: str
    raw_path: bytes  # request target as sent: path and query, not percent-decoded
    headers: dict[str, str]
    body: bytes


class FixtureServer:
    def __init__(self) -> None:
        self.queue: deque[Reply] = deque()
        self.default = Reply(200, {})
        self.received: list[Received] = []
        app = Starlette(routes=[Route("/{path:path}", self._handle, methods=["GET", "POST", "DELETE"])])
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> FixtureServer:
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return self
            threading.Event().wait(0.01)
        raise RuntimeError("fixture server did not start")

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._sock.close()

    def reset(self) -> None:
        self.queue.clear()
        self.received.clear()
        self.default = Reply(200, {})

    def reply(self, *replies: Reply) -> None:
        self.queue.extend(replies)

    async def _handle(self, request: Request) -> Response:
        query = request.scope["query_string"]
        target = request.scope["raw_path"] + (b"?" + query if query else b"")
        self.received.append(Received(request.method, target, dict(request.headers), await request.body()))
        reply = self.queue.popleft() if self.queue else self.default
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.body is None:
            content = b""
        elif isinstance(reply.body, bytes):
            content = reply.body
        else:
            content = json.dumps(reply.body).encode()
        headers = {"content-type": "application/json", **reply.headers} if content else reply.headers
        return Response(content, status_code=reply.status, headers=headers)
