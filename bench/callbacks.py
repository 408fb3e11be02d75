"""5. Callback delivery: N recordings end at once; time from the end event to each callback's arrival.

The emulator runs with a manual clock. N live Plivo calls each get a recording with ``time_limit`` 60 and
a ``callback_url`` on a local receiver (a raw asyncio HTTP server on the load core). The asynchronous-mode
acknowledgements are flushed first. Then one ``POST /_emulator/clock/advance`` of 61 s makes every
recording hit its time limit in the same instant; the clock starts when that request is sent. A callback
counts once its ``recording_id`` arrives in a "record done" payload; one that has not arrived within the
time limit is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import httpx

from .report import Row, Settings, fmt_ms
from .servers import LOAD_CORES, emulator_server, free_port, new_calls, pinned_self

SECTION = "5. Callback delivery"
TIME_LIMIT = 60


class Receiver:
    """Answers 200 to every request and notes when each arrived (HTTP/1.1 keep-alive)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/recording-ended"
        self.arrivals: list[tuple[float, bytes]] = []  # (time.time(), body)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Future[None] | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="receiver", daemon=True)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = self._loop.create_future()
        server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, backlog=2048)
        self._ready.set()
        async with server:
            await self._stop

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.lower().split(b"\r\n"):
                    if line.startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = await reader.readexactly(length) if length else b""
                self.arrivals.append((time.time(), body))
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
        writer.close()

    @contextlib.contextmanager
    def running(self) -> Iterator[Receiver]:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the callback receiver did not start")
        try:
            yield self
        finally:
            assert self._loop is not None and self._stop is not None
            stop = self._stop

            def finish() -> None:
                if not stop.done():
                    stop.set_result(None)

            self._loop.call_soon_threadsafe(finish)
            self._thread.join(10)

    def ended(self) -> dict[str, float]:
        """recording_id -> first arrival time of its "record done" callback."""
        found: dict[str, float] = {}
        for arrived, body in list(self.arrivals):
            fields = parse_qs(body.decode("utf-8", "replace"))
            if fields.get("message") == ["record done"]:
                found.setdefault(fields["recording_id"][0], arrived)
        return found


def measure(settings: Settings, work: Path) -> list[Row]:
    n, patience = (200, 30.0) if settings.quick else (500, 60.0)
    with (
        pinned_self(LOAD_CORES),
        Receiver().running() as receiver,
        emulator_server(work / "callbacks-data", "--clock", "manual") as emulator,
        httpx.Client(base_url=emulator.base_url, timeout=60, trust_env=False) as http,
    ):
        auth_id, token = emulator.accounts["plivo"]["auth_id"], emulator.accounts["plivo"]["auth_token"]
        for call in new_calls(emulator, "plivo", n):
            started = http.post(
                f"/v1/Account/{auth_id}/Call/{call}/Record/",
                auth=(auth_id, token),
                json={"time_limit": TIME_LIMIT, "callback_url": receiver.url},
            )
            started.raise_for_status()
        http.post("/_emulator/callbacks/flush", json={"timeout": 60}).raise_for_status()
        ended_at = time.time()
        advance = time.perf_counter()
        http.post("/_emulator/clock/advance", json={"seconds": TIME_LIMIT + 1}).raise_for_status()
        advance_seconds = time.perf_counter() - advance
        deadline = time.monotonic() + patience
        while len(receiver.ended()) < n and time.monotonic() < deadline:
            time.sleep(0.01)
        arrivals = receiver.ended()
        deliveries = http.get("/_emulator/callbacks", params={"provider": "plivo"}).json()["deliveries"]
        recordings = {d["payload"]["recording_id"] for d in deliveries if d["event"] == "recording_ended"}
        failed = sum(1 for d in deliveries if d["state"] in ("failed", "refused"))
        problems = emulator.problems()

    latencies = sorted((t - ended_at) * 1000 for rid, t in arrivals.items() if rid in recordings)
    received = len(latencies)
    lost = n - received

    def pct(q: float) -> float:
        return latencies[min(received - 1, int(q * received))] if latencies else float("nan")

    note = (
        f"clock advance request took {advance_seconds * 1000:,.0f} ms; {failed} deliveries failed/refused; "
        f"all times from the moment the advance request was sent"
    )
    if problems:
        note += f"; emulator reported {len(problems)} problems"
    return [
        Row(
            SECTION,
            f"{n} recordings ending at once: end event -> callback received",
            f"p50 {fmt_ms(pct(0.5))}, p99 {fmt_ms(pct(0.99))}, last {fmt_ms(pct(1.0))}; "
            f"{received}/{n} received, {lost} lost",
            received / n,
            "none lost",
            lost == 0,
            note,
        ),
        Row(
            SECTION,
            "callback throughput while draining",
            f"{received / (latencies[-1] / 1000):,.0f} callbacks/s" if latencies else "n/a",
            note=f"mean end->received {fmt_ms(statistics.fmean(latencies)) if latencies else 'n/a'}",
        ),
    ]
