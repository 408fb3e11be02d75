"""1. Emulator throughput and latency on the three seed "start recording" operations.

Same requests, same load, three servers: the emulator (test mode: requests, responses and callbacks are
validated against the specs), ``prism mock`` of the same spec, and the bare Starlette/uvicorn floor.
Every request starts a real recording on one of ``CALLS`` live calls (Plivo and the Twilio-style
providers allow several recordings per call, so no "already recording" errors; other statuses are
counted as errors). Targets are measured in interleaved rounds; the best round of each counts (noise on
a shared machine only ever slows a server down).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import json
from pathlib import Path

from recording_emulator.testing import EmulatorProcess

from . import loadgen
from .report import Row, Settings, at_least, fmt_ms, fmt_rate, ratio
from .servers import emulator_server, floor_server, new_calls, prism_server

CALLS = 50
SECTION = "1. Throughput"


@dataclasses.dataclass(frozen=True)
class Seed:
    provider: str  # emulator provider name
    label: str
    stem: str  # spec file stem
    prefix: str  # where the emulator mounts the spec's paths (Prism serves them at the root)
    path: str  # with {account} and {call}
    auth: str  # "basic" | "bearer"
    content_type: str
    body: bytes
    expected: int


SEEDS = (
    Seed(
        "plivo",
        "Plivo startCallRecording",
        "plivo",
        "",
        "/v1/Account/{account}/Call/{call}/Record/",
        "basic",
        "application/json",
        json.dumps({"time_limit": 3600, "file_format": "mp3"}).encode(),
        202,
    ),
    Seed(
        "telnyx",
        "Telnyx startCallRecording",
        "telnyx_texml",
        "/v2",
        "/texml/Accounts/{account}/Calls/{call}/Recordings.json",
        "bearer",
        "application/x-www-form-urlencoded",
        b"PlayBeep=false&RecordingChannels=dual&RecordingTrack=both",
        200,
    ),
    Seed(
        "signalwire",
        "SignalWire startCallRecording",
        "signalwire_laml",
        "/api/laml/2010-04-01",
        "/Accounts/{account}/Calls/{call}/Recordings.json",
        "basic",
        "application/x-www-form-urlencoded",
        b"RecordingChannels=dual&RecordingTrack=both&Trim=do-not-trim",
        200,
    ),
)


def credentials(provider: str, accounts: dict[str, dict[str, str]]) -> tuple[str, str]:
    account = accounts[provider]
    if provider == "plivo":
        return account["auth_id"], account["auth_token"]
    if provider == "telnyx":
        return account["account_sid"], account["api_key"]
    return account["project_id"], account["api_token"]


def seed_requests(
    seed: Seed, accounts: dict[str, dict[str, str]], calls: list[str], prefix: str
) -> list[str]:
    account, secret = credentials(seed.provider, accounts)
    if seed.auth == "basic":
        authorization = "Basic " + base64.b64encode(f"{account}:{secret}".encode()).decode()
    else:
        authorization = f"Bearer {secret}"
    headers = {
        "Authorization": authorization,
        "Content-Type": seed.content_type,
        "Accept": "application/json",
    }
    return [
        loadgen.request("POST", prefix + seed.path.format(account=account, call=call), headers, seed.body)
        for call in calls
    ]


@dataclasses.dataclass
class Target:
    name: str
    port: int
    requests: list[str]
    expected: int
    best: loadgen.LoadResult | None = None
    errors: int = 0  # unexpected statuses and connection errors, summed over rounds

    def ok_rps(self) -> float:
        best = self.best
        return best.count([self.expected]) / best.seconds if best and best.seconds else 0.0

    def measure(self, settings: Settings, warmup: float, duration: float) -> None:
        spec = loadgen.LoadSpec(self.port, self.requests, settings.connections, warmup, duration)
        result = loadgen.run(spec)
        ok = result.count([self.expected])
        self.errors += result.requests - ok + result.errors
        if self.best is None or ok > self.best.count([self.expected]):
            self.best = result


def _describe(target: Target) -> str:
    best = target.best
    assert best is not None
    return f"{fmt_rate(target.ok_rps())} req/s, p50 {fmt_ms(best.p50_ms)}, p99 {fmt_ms(best.p99_ms)}"


def _emulator_targets(emulator: EmulatorProcess, label: str) -> tuple[list[Target], dict[str, list[str]]]:
    """One target per seed, each cycling over ``CALLS`` fresh live calls; also returns those call ids."""
    targets, calls = [], {}
    for seed in SEEDS:
        calls[seed.provider] = new_calls(emulator, seed.provider, CALLS)
        requests = seed_requests(seed, emulator.accounts, calls[seed.provider], seed.prefix)
        targets.append(Target(f"{label}:{seed.provider}", emulator.port, requests, seed.expected))
    return targets, calls


def measure(settings: Settings, work: Path) -> list[Row]:
    rounds, warmup, duration = (1, 0.3, 1.0) if settings.quick else (3, 0.5, 2.0)
    with contextlib.ExitStack() as stack:
        floor = stack.enter_context(floor_server(work))
        emulator = stack.enter_context(emulator_server(work / "throughput-data"))
        targets, calls = _emulator_targets(emulator, "emulator")
        for seed in SEEDS:  # Prism gets the same requests, at the spec's paths (it ignores `servers`)
            prism = stack.enter_context(prism_server(seed.stem, work))
            requests = seed_requests(seed, emulator.accounts, calls[seed.provider], "")
            targets.append(Target(f"prism:{seed.provider}", prism.port, requests, seed.expected))
        targets.append(Target("floor", floor.port, targets[0].requests, 200))
        if not settings.quick:  # the same emulator with an fsync per commit, to show what that costs
            full = stack.enter_context(emulator_server(work / "throughput-full", "--durability", "full"))
            targets += _emulator_targets(full, "full")[0]
        for _ in range(rounds):
            for target in targets:
                target.measure(settings, warmup, duration)
        problems = emulator.problems()
    return _rows(settings, {t.name: t for t in targets}, problems, f"best of {rounds} x {duration:g} s")


def _rows(settings: Settings, by_name: dict[str, Target], problems: list[str], runs: str) -> list[Row]:
    floor = by_name["floor"]
    assert floor.best is not None
    rows = [
        Row(
            SECTION,
            "Bare Starlette/uvicorn floor",
            _describe(floor),
            note=f"load generator CPU {floor.best.generator_cpu:.0%} of its core (saturated only near 100%); "
            f"{settings.connections} keep-alive connections, {runs}",
        ),
    ]
    for seed in SEEDS:
        emu, mock = by_name[f"emulator:{seed.provider}"], by_name[f"prism:{seed.provider}"]
        errors = f"errors: emulator {emu.errors}, Prism {mock.errors}" if emu.errors or mock.errors else ""
        versus_prism = ratio(emu.ok_rps(), mock.ok_rps())
        versus_floor = ratio(emu.ok_rps(), floor.ok_rps())
        rows += [
            Row(
                SECTION,
                f"{seed.label}: emulator vs Prism",
                f"{_describe(emu)} vs {_describe(mock)}",
                versus_prism,
                ">= 2x",
                at_least(versus_prism, 2.0),
                errors,
            ),
            Row(
                SECTION,
                f"{seed.label}: emulator vs floor",
                f"{fmt_rate(emu.ok_rps())} vs {fmt_rate(floor.ok_rps())} req/s",
                versus_floor,
                ">= 0.5x",
                at_least(versus_floor, 0.5),
            ),
        ]
        full = by_name.get(f"full:{seed.provider}")
        if full is not None:
            rows.append(
                Row(
                    SECTION,
                    f"{seed.label}: emulator --durability full vs floor",
                    f"{_describe(full)} vs {fmt_rate(floor.ok_rps())} req/s",
                    ratio(full.ok_rps(), floor.ok_rps()),
                    note="informational: synchronous=FULL (fsync per commit) instead of the default NORMAL",
                )
            )
    if problems:
        rows[0].note += f"; the emulator reported {len(problems)} problems, first: {problems[0][:200]}"
    return rows
