"""Run the real emulator (uvicorn on 127.0.0.1) from tests.

    from recording_emulator.testing import running_emulator

    with running_emulator() as emu:                     # in-process, background thread, free port
        r = httpx.post(emu.url("/_emulator/calls"), json={"provider": "plivo"})
        emu.accounts["plivo"]["auth_id"]

    with spawned_emulator(data_dir) as proc:            # a separate process (kill -9 tests)
        proc.kill()

Both default to test mode: responses and callbacks are validated against the specs, and leaving the
``with`` block raises :class:`EmulatorProblemsError` if the emulator saw any spec violation or crash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from .cli import bind, server_for
from .config import EmulatorConfig, config_from_env

TEST_DEFAULTS: dict[str, Any] = {
    "test_mode": True,
    "callback_timeout": 2.0,
    "callback_backoff": 0.05,
}


class EmulatorProblemsError(AssertionError):
    """The emulator reported spec violations or unexpected exceptions while the test ran."""


@dataclasses.dataclass
class Emulator:
    """A running emulator: addresses, credentials and control-API shortcuts."""

    base_url: str
    port: int
    accounts: dict[str, dict[str, str]]
    data_dir: Path | None

    def url(self, path: str) -> str:
        return self.base_url + path

    def control(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.request(method, self.url("/_emulator" + path), timeout=30, trust_env=False, **kwargs)

    def new_call(self, provider: str) -> str:
        response = self.control("POST", "/calls", json={"provider": provider})
        response.raise_for_status()
        return str(response.json()["call_id"])

    def hang_up(self, call_id: str) -> None:
        self.control("DELETE", f"/calls/{call_id}").raise_for_status()

    def advance(self, seconds: float) -> float:
        response = self.control("POST", "/clock/advance", json={"seconds": seconds})
        response.raise_for_status()
        return float(response.json()["now"])

    def flush(self, timeout: float = 10.0) -> None:
        self.control("POST", "/callbacks/flush", json={"timeout": timeout}).raise_for_status()

    def deliveries(self, **filters: str) -> list[dict[str, Any]]:
        response = self.control("GET", "/callbacks", params=filters)
        response.raise_for_status()
        deliveries: list[dict[str, Any]] = response.json()["deliveries"]
        return deliveries

    def reset(self) -> None:
        self.control("POST", "/reset").raise_for_status()

    def problems(self) -> list[str]:
        problems: list[str] = self.control("GET", "/problems").json()["problems"]
        return problems

    def check(self) -> None:
        problems = self.problems()
        if problems:
            raise EmulatorProblemsError("the emulator reported problems:\n" + "\n".join(problems))


def _fetch_accounts(base_url: str) -> dict[str, dict[str, str]]:
    accounts: dict[str, dict[str, str]] = httpx.get(
        base_url + "/_emulator/accounts", timeout=10, trust_env=False
    ).json()
    return accounts


@contextlib.contextmanager
def running_emulator(
    data_dir: str | Path | None = None, port: int = 0, *, strict: bool = True, **config: Any
) -> Iterator[Emulator]:
    """Serve the emulator from a background thread; stop it cleanly on exit.

    ``config`` takes any :class:`~recording_emulator.config.EmulatorConfig` field or credential
    (``clock="manual"``, ``plivo_auth_id=...``). ``strict`` raises :class:`EmulatorProblemsError` on exit
    if the emulator reported problems.
    """
    settings = {**TEST_DEFAULTS, **config}
    resolved: EmulatorConfig = config_from_env({}, host="127.0.0.1", port=port, data_dir=data_dir, **settings)
    sock = bind("127.0.0.1", port)
    actual = int(sock.getsockname()[1])
    resolved = resolved.replace(port=actual)
    server = server_for(resolved)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="recording-emulator", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator did not start")
        time.sleep(0.005)
    base_url = f"http://127.0.0.1:{actual}"
    emulator = Emulator(base_url, actual, _fetch_accounts(base_url), Path(data_dir) if data_dir else None)
    failed = False
    try:
        yield emulator
    except BaseException:
        failed = True
        raise
    finally:
        problems: list[str] = []
        if strict and not failed:
            with contextlib.suppress(httpx.HTTPError):
                problems = emulator.problems()
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()
        if problems:
            raise EmulatorProblemsError("the emulator reported problems:\n" + "\n".join(problems))


_LISTENING = re.compile(r"listening on (http://\S+)")


@dataclasses.dataclass
class EmulatorProcess(Emulator):
    process: subprocess.Popen[str] | None = None

    def kill(self) -> None:
        """``kill -9``: no shutdown hooks, no final commit."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def terminate(self) -> None:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)


@contextlib.contextmanager
def spawned_emulator(
    data_dir: str | Path, port: int = 0, *args: str, test_mode: bool = True
) -> Iterator[EmulatorProcess]:
    """Run ``python -m recording_emulator`` as a child process until the block ends.

    ``args`` are extra CLI options; ``test_mode=False`` runs it as users do (no response validation).
    """
    command = [
        sys.executable,
        "-m",
        "recording_emulator",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        *(["--test-mode"] if test_mode else []),
        "--log-level",
        "warning",
        *args,
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        assert process.stdout is not None
        base_url = None
        deadline = time.monotonic() + 30
        while base_url is None:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                raise RuntimeError(f"the emulator exited with {process.returncode}")
            found = _LISTENING.search(line)
            if found:
                base_url = found.group(1)
            if time.monotonic() > deadline:
                raise RuntimeError("the emulator did not print its address")
        threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base_url + "/_emulator/health", timeout=2, trust_env=False).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("the emulator did not answer")
            time.sleep(0.02)
        port_number = int(base_url.rsplit(":", 1)[1])
        yield EmulatorProcess(base_url, port_number, _fetch_accounts(base_url), Path(data_dir), process)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:  # pragma: no cover
                process.kill()


# --- a callback receiver --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ReceivedRequest:
    method: str
    url: str  # as the emulator requested it: http://127.0.0.1:PORT/path?query
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def form(self) -> dict[str, str]:
        """The payload: form body for POST, query string for GET (last value wins)."""
        from urllib.parse import parse_qsl

        source = self.body.decode() if self.method == "POST" else self.query
        return dict(parse_qsl(source, keep_blank_values=True))


class CallbackReceiver:
    """A small HTTP server on 127.0.0.1 that records every request it gets.

    ``fail(path, *statuses)`` makes the next requests to ``path`` answer those statuses (then 200).
    """

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                host = f"http://127.0.0.1:{receiver.port}"
                request = ReceivedRequest(
                    self.command,
                    host + self.path,
                    path,
                    query,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                status = receiver._record(request)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _serve  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self.requests: list[ReceivedRequest] = []
        self._failures: dict[str, list[int]] = {}
        self._lock = threading.Condition()
        self._thread = threading.Thread(
            target=self._server.serve_forever, daemon=True, name="callback-receiver"
        )
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def fail(self, path: str, *statuses: int) -> None:
        with self._lock:
            self._failures.setdefault(path, []).extend(statuses)

    def _record(self, request: ReceivedRequest) -> int:
        with self._lock:
            self.requests.append(request)
            queue = self._failures.get(request.path)
            status = queue.pop(0) if queue else 200
            self._lock.notify_all()
            return status

    def received(self, path: str) -> list[ReceivedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def wait_for(self, path: str, count: int, timeout: float = 10.0) -> list[ReceivedRequest]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len([r for r in self.requests if r.path == path]) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._lock.wait(remaining)
            return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextlib.contextmanager
def callback_receiver() -> Iterator[CallbackReceiver]:
    receiver = CallbackReceiver()
    try:
        yield receiver
    finally:
        receiver.close()
