"""2. Client overhead: N Plivo call-recording starts through the facade, raw httpx and the official SDK.

All three talk to the same emulator (server core) from this process (load core), one request at a time
over a kept-alive connection, so the server's share of each call is the same for all three. The emulator
runs with ``--durability normal``: an fsync per request would add a few noisy milliseconds to every call
and hide the clients' differences (this makes the ratio stricter, not looser). Clients take turns in
rounds; each one's best round counts. Besides wall time per call, the client's own CPU time per call is
shown: it is the part the client is responsible for.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from plivo_recording_client.models import PlivoStartCallRecordingRequest
from recording_clients import PlivoRecordings

from .report import Row, Settings, at_most, ratio
from .servers import LOAD_CORES, emulator_server, pinned_self

SECTION = "2. Client overhead"
BODY: dict[str, Any] = {"time_limit": 3600, "file_format": "mp3"}


@contextlib.contextmanager
def plivo_sdk(base_url: str, auth_id: str, auth_token: str) -> Iterator[Any]:
    """The official ``plivo`` SDK, its hard-coded API hosts pointed at ``base_url`` for the block."""
    import plivo
    from plivo.rest import client as rest

    names = [n for n in dir(rest) if n.endswith("_BASE_URI") and n.startswith(("PLIVO_API", "API_VOICE"))]
    saved = {n: getattr(rest, n) for n in names}
    for name in names:
        setattr(rest, name, f"{base_url}/v1/Account")
    try:
        yield plivo.RestClient(auth_id, auth_token)
    finally:
        for name, value in saved.items():
            setattr(rest, name, value)


def _timed(call: Callable[[], object], n: int) -> tuple[float, float]:
    """Mean wall and CPU microseconds per call."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(n):
        call()
    return (time.perf_counter() - wall) / n * 1e6, (time.process_time() - cpu) / n * 1e6


def measure(settings: Settings, work: Path) -> list[Row]:
    n, rounds = (150, 2) if settings.quick else (300, 5)
    data = work / "clients-data"
    with emulator_server(data, "--durability", "normal") as emulator, pinned_self(LOAD_CORES):
        auth_id, token = emulator.accounts["plivo"]["auth_id"], emulator.accounts["plivo"]["auth_token"]
        call = emulator.new_call("plivo")
        path = f"/v1/Account/{auth_id}/Call/{call}/Record/"
        model = PlivoStartCallRecordingRequest.from_dict(BODY)
        with (
            httpx.Client(base_url=emulator.base_url, auth=(auth_id, token)) as raw,
            PlivoRecordings(auth_id, token, base_url=emulator.base_url) as facade,
            plivo_sdk(emulator.base_url, auth_id, token) as sdk,
        ):

            def raw_start() -> object:
                response = raw.post(path, json=BODY)
                response.raise_for_status()
                return response.json()

            clients: dict[str, Callable[[], object]] = {
                "raw httpx": raw_start,
                "facade": lambda: facade.start_call_recording(call, model),
                "plivo SDK": lambda: sdk.calls.record(call, **BODY),
            }
            samples: dict[str, list[tuple[float, float]]] = {name: [] for name in clients}
            for client in clients.values():
                _timed(client, 20)  # warm-up: connections, imports, caches
            for _ in range(rounds):
                for name, client in clients.items():
                    samples[name].append(_timed(client, n))
        problems = emulator.problems()

    wall = {name: min(s[0] for s in runs) for name, runs in samples.items()}
    cpu = {name: min(s[1] for s in runs) for name, runs in samples.items()}

    def shown(name: str) -> str:
        return f"{wall[name]:,.0f} µs/call (client CPU {cpu[name]:,.0f} µs)"

    note = f"N = {n} starts per client per round, best of {rounds} rounds"
    if problems:
        note += f"; emulator reported {len(problems)} problems"
    versus_raw = ratio(wall["facade"], wall["raw httpx"])
    versus_sdk = ratio(wall["facade"], wall["plivo SDK"])
    cpu_versus_raw = ratio(cpu["facade"], cpu["raw httpx"])
    return [
        Row(
            SECTION,
            "Plivo start: facade vs raw httpx",
            f"{shown('facade')} vs {shown('raw httpx')}",
            versus_raw,
            "<= 1.2x",
            at_most(versus_raw, 1.2),
            f"{note}; client CPU ratio {cpu_versus_raw:.2f}x" if cpu_versus_raw else note,
        ),
        Row(
            SECTION,
            "Plivo start: facade vs official plivo SDK",
            f"{shown('facade')} vs {shown('plivo SDK')}",
            versus_sdk,
            "< 1x (faster)",
            versus_sdk is not None and versus_sdk < 1.0,
        ),
    ]
