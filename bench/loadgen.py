"""A closed-loop HTTP/1.1 keep-alive load generator: raw asyncio protocols on uvloop, one process.

Each of ``connections`` connections keeps one request in flight and sends the next as soon as the answer
is in; latency is send-to-last-byte. Requests are prebuilt bytes, cycled round-robin. Only answers that
complete inside the measuring window (after ``warmup``) count. Bounded by ``duration`` and ``max_requests``.
The generator's own CPU use over the window is reported, to show it was not the bottleneck.

    echo '{"port": 8000, "requests": ["GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n"]}' | python -m bench.loadgen
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any, cast

NO_BODY = (204, 304)


@dataclasses.dataclass
class LoadSpec:
    port: int
    requests: list[str]  # raw HTTP/1.1 requests (latin-1 text), sent round-robin
    connections: int = 16
    warmup: float = 1.0
    duration: float = 5.0
    max_requests: int = 2_000_000


@dataclasses.dataclass
class LoadResult:
    requests: int  # answers completed inside the window
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    statuses: dict[str, int]
    errors: int  # connections refused, reset or closed by the server
    generator_cpu: float  # the generator's CPU seconds / window seconds (1.0 = its core is saturated)

    def count(self, statuses: Sequence[int]) -> int:
        return sum(self.statuses.get(str(s), 0) for s in statuses)


def request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> str:
    """One raw keep-alive request."""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines) + "\r\n\r\n" + body.decode("latin-1")


def _response_end(buffer: bytes | bytearray) -> tuple[int, int] | None:
    """``(status, length)`` of the first complete response in ``buffer``, or ``None``."""
    head_end = buffer.find(b"\r\n\r\n")
    if head_end < 0:
        return None
    head = bytes(buffer[:head_end]).lower()
    status = int(head[9:12])
    body_start = head_end + 4
    at = head.find(b"\r\ncontent-length:")
    if at >= 0:
        line_end = head.find(b"\r\n", at + 2)
        length = int(head[at + 17 : line_end if line_end >= 0 else len(head)])
        end = body_start + length
        return (status, end) if len(buffer) >= end else None
    if b"transfer-encoding: chunked" in head:
        last = buffer.find(b"0\r\n\r\n", body_start)
        return (status, last + 5) if last >= 0 else None
    if status in NO_BODY or 100 <= status < 200:
        return status, body_start
    return None  # body delimited by close: not expected from the servers measured here


class _Run:
    def __init__(self, spec: LoadSpec) -> None:
        self.spec = spec
        self.payloads = [r.encode("latin-1") for r in spec.requests]
        self.next_index = 0
        self.measuring = False
        self.stopping = False
        self.latencies: list[int] = []
        self.statuses: Counter[int] = Counter()
        self.errors = 0
        self.done: asyncio.Future[None] | None = None

    def payload(self) -> bytes:
        index = self.next_index
        self.next_index = (index + 1) % len(self.payloads)
        return self.payloads[index]

    def record(self, status: int, nanoseconds: int) -> None:
        if self.measuring:
            self.latencies.append(nanoseconds)
            self.statuses[status] += 1
            if len(self.latencies) >= self.spec.max_requests and self.done and not self.done.done():
                self.done.set_result(None)


class _Connection(asyncio.Protocol):
    def __init__(self, run: _Run) -> None:
        self.run = run
        self.buffer = bytearray()
        self.sent = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports do not subclass it
        self._fire()

    def _fire(self) -> None:
        assert self.transport is not None
        if self.run.stopping:
            self.transport.close()
            return
        self.sent = time.perf_counter_ns()
        self.transport.write(self.run.payload())

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        while True:
            found = _response_end(buffer)
            if found is None:
                return
            status, end = found
            del buffer[:end]
            self.run.record(status, time.perf_counter_ns() - self.sent)
            if not buffer:
                self._fire()
                return

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.run.stopping:
            self.run.errors += 1


async def _drive(spec: LoadSpec) -> LoadResult:
    loop = asyncio.get_running_loop()
    run = _Run(spec)
    run.done = loop.create_future()
    transports: list[asyncio.BaseTransport] = []
    for _ in range(spec.connections):
        try:
            opened, _ = await loop.create_connection(lambda: _Connection(run), "127.0.0.1", spec.port)
            transports.append(opened)
        except OSError:
            run.errors += 1
    await asyncio.sleep(spec.warmup)
    run.measuring = True
    cpu_start, wall_start = os.times(), time.perf_counter()
    with_timeout = asyncio.wait_for(asyncio.shield(run.done), spec.duration)
    with contextlib.suppress(TimeoutError):
        await with_timeout
    run.measuring = False
    cpu_end, wall_end = os.times(), time.perf_counter()
    run.stopping = True
    for transport in transports:
        transport.close()
    seconds = wall_end - wall_start
    cpu = (cpu_end.user - cpu_start.user) + (cpu_end.system - cpu_start.system)
    latencies = sorted(run.latencies)

    def percentile(q: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] / 1e6

    return LoadResult(
        requests=len(latencies),
        seconds=seconds,
        rps=len(latencies) / seconds if seconds else 0.0,
        p50_ms=percentile(0.50),
        p99_ms=percentile(0.99),
        statuses={str(k): v for k, v in sorted(run.statuses.items())},
        errors=run.errors,
        generator_cpu=cpu / seconds if seconds else 0.0,
    )


def generate(spec: LoadSpec) -> LoadResult:
    """Run the load in this process (uvloop when available)."""
    try:
        import uvloop

        factory: Any = uvloop.new_event_loop
    except ImportError:  # pragma: no cover
        factory = None
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(_drive(spec))


def run(spec: LoadSpec) -> LoadResult:
    """Run the load from a separate process, on the load core."""
    from .servers import LOAD_CORES, ROOT, pinned_to  # not at import time: keeps the child's start-up fast

    limit = spec.warmup + spec.duration + 30
    completed = subprocess.run(
        [sys.executable, "-m", "bench.loadgen"],
        input=json.dumps(dataclasses.asdict(spec)),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=limit,
        preexec_fn=pinned_to(LOAD_CORES),
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"load generator failed: {completed.stderr.strip()[-2000:]}")
    return LoadResult(**json.loads(completed.stdout))


def main() -> int:
    spec = LoadSpec(**json.loads(sys.stdin.read()))
    print(json.dumps(dataclasses.asdict(generate(spec))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
