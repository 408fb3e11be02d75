"""6. Memory and start-up with N recordings on disk (100,000 in the full run).

Seeding: a real emulator makes one finished recording per provider over HTTP (call, start, hang up);
then its SQLite file is filled through the emulator's own ``Store`` API with N clones of those rows
(fresh ids, spread over the last days; one call per recording), split evenly over the three providers.
Start-up time: process start until ``/_emulator/health`` answers (``spawned_emulator``), with that data
and with an empty data directory. Peak RSS (``VmHWM``) after start-up and after one list and one get
request per provider, compared with the empty emulator doing the same.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from recording_emulator.core.records import ALL_TABLES, CALLS, RECORDINGS, Call, Recording
from recording_emulator.core.store import Store

from .report import Row, Settings, fmt_ms, fmt_s, ratio
from .servers import emulator_server, rss_kb
from .throughput import credentials

SECTION = "6. Memory"
DATABASE = "emulator.sqlite3"  # recording_emulator.core.emulator.Emulator keeps its state there

LIST_PATHS = {
    "plivo": "/v1/Account/{account}/Recording/",
    "telnyx": "/v2/texml/Accounts/{account}/Recordings.json",
    "signalwire": "/api/laml/2010-04-01/Accounts/{account}/Recordings.json",
}
GET_PATHS = {
    "plivo": "/v1/Account/{account}/Recording/{recording}/",
    "telnyx": "/v2/texml/Accounts/{account}/Recordings/{recording}.json",
    "signalwire": "/api/laml/2010-04-01/Accounts/{account}/Recordings/{recording}.json",
}


def _client(provider: str, base_url: str, accounts: dict[str, dict[str, str]]) -> httpx.Client:
    account, secret = credentials(provider, accounts)
    if provider == "telnyx":
        return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {secret}"}, timeout=120)
    return httpx.Client(base_url=base_url, auth=(account, secret), timeout=120)


def make_templates(data_dir: Path) -> None:
    """One finished recording per provider, made by the emulator itself."""
    with emulator_server(data_dir) as emulator:
        for provider in LIST_PATHS:
            account, _ = credentials(provider, emulator.accounts)
            call = emulator.new_call(provider)
            with _client(provider, emulator.base_url, emulator.accounts) as http:
                if provider == "plivo":
                    http.post(
                        f"/v1/Account/{account}/Call/{call}/Record/", json={"time_limit": 600}
                    ).raise_for_status()
                else:
                    http.post(
                        LIST_PATHS[provider]
                        .format(account=account)
                        .replace("/Recordings.json", f"/Calls/{call}/Recordings.json")
                    ).raise_for_status()
            emulator.hang_up(call)


def seed(data_dir: Path, n: int) -> float:
    """Clone the templates until the store holds ``n`` recordings; returns the seconds it took."""
    started = time.perf_counter()
    store = Store(data_dir / DATABASE, ALL_TABLES)
    templates = store.select(RECORDINGS)
    calls = {c.call_id: c for c in store.select(CALLS)}
    now = time.time()
    with store.write():
        for i in range(n - len(templates)):
            template = templates[i % len(templates)]
            when = now - (i % 5 * 86400) - i * 0.01
            call: Call = dataclasses.replace(
                calls[str(template.call_id)],
                call_id=_call_id(template, i),
                created_at=when - 30,
                ended_at=when,
            )
            changes: dict[str, Any] = {
                "recording_id": str(uuid.uuid4()),
                "call_id": call.call_id,
                "started_at": when - 20,
                "ended_at": when,
                "created_at": when - 20,
                "updated_at": when,
            }
            recording: Recording = dataclasses.replace(template, **changes)
            store.insert(CALLS, call)
            store.insert(RECORDINGS, recording)
    store.close()
    return time.perf_counter() - started


def _call_id(template: Recording, i: int) -> str:
    if template.provider == "telnyx":
        return f"v3:bench{i:012d}{uuid.uuid4().hex[:16]}"
    return str(uuid.uuid4())


def _exercise(emulator: Any) -> float:
    """One list and one get request per provider; returns the slowest list request in ms."""
    slowest = 0.0
    for provider, list_path in LIST_PATHS.items():
        account, _ = credentials(provider, emulator.accounts)
        with _client(provider, emulator.base_url, emulator.accounts) as http:
            started = time.perf_counter()
            listed = http.get(list_path.format(account=account))
            slowest = max(slowest, (time.perf_counter() - started) * 1000)
            listed.raise_for_status()
            items = listed.json().get("recordings") or listed.json().get("objects") or []
            if items:
                recording = items[0].get("sid") or items[0].get("recording_id")
                http.get(GET_PATHS[provider].format(account=account, recording=recording)).raise_for_status()
    return slowest


def _profile(data_dir: Path) -> tuple[float, int, int, float]:
    """(start-up seconds, peak RSS KiB after start-up, peak RSS KiB after requests, slowest list ms)."""
    started = time.perf_counter()
    with emulator_server(data_dir) as emulator:
        startup = time.perf_counter() - started
        assert emulator.process is not None
        idle = rss_kb(emulator.process.pid)
        slowest = _exercise(emulator)
        return startup, idle, rss_kb(emulator.process.pid), slowest


def measure(settings: Settings, work: Path) -> list[Row]:
    n = 20_000 if settings.quick else 100_000
    empty_dir, full_dir = work / "memory-empty", work / "memory-full"
    make_templates(empty_dir)
    make_templates(full_dir)
    seconds = seed(full_dir, n)
    size_mb = (full_dir / DATABASE).stat().st_size / 1e6
    empty = _profile(empty_dir)
    full = _profile(full_dir)
    rss_ratio = ratio(full[2], empty[2])
    return [
        Row(
            SECTION,
            f"peak RSS holding {n:,} recordings vs 3",
            f"{full[2] / 1024:,.0f} MiB vs {empty[2] / 1024:,.0f} MiB "
            f"(after start-up: {full[1] / 1024:,.0f} vs {empty[1] / 1024:,.0f} MiB)",
            rss_ratio,
            note=f"peak after one list + one get per provider; slowest list request {fmt_ms(full[3])} "
            f"vs {fmt_ms(empty[3])}; SQLite file {size_mb:,.0f} MB, seeded in {seconds:.1f} s",
        ),
        Row(
            SECTION,
            f"start-up with {n:,} recordings on disk vs empty",
            f"{fmt_s(full[0])} vs {fmt_s(empty[0])}",
            ratio(full[0], empty[0]),
            note="process start until /_emulator/health answers",
        ),
    ]
