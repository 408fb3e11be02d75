"""3. Contract-suite throughput: test cases per second against the emulator and against ``prism mock``.

Issue 7's figure: ``make contract`` (``python -m contract_tests``: its own emulator, hooks, our checks,
callback contract, client round trips) against the emulator, vs the ``schemathesis`` CLI against Prism on
the same specs. The full run adds the like-for-like figure: the very same CLI command against both
servers. The CLI runs use the unchanged spec, every phase, seed 1, bounded ``--max-examples``, with the
account and a live call pinned so that requests reach the handlers. Throughput only: Prism is stateless
and fails the stateful checks, so pass/fail is not compared. Cases per second = cases / wall time of the
command (start-up and schema loading included, as a user sees it).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import time
from pathlib import Path

from .report import Row, Settings, fmt_rate, ratio
from .servers import LOAD_CORES, ROOT, SPECS, emulator_server, new_calls, pinned_to, prism_server
from .throughput import credentials

SECTION = "3. Contract suite"
GENERATED = re.compile(r"(\d+) generated")
SUMMARY = re.compile(r"(PASSED|FAILED): (\d+) cases")


@dataclasses.dataclass(frozen=True)
class Project:
    provider: str
    stem: str
    prefix: str  # emulator mount point of the spec's paths
    account_param: str
    call_param: str
    bearer: bool


PROJECTS = (
    Project("plivo", "plivo", "", "auth_id", "call_uuid", bearer=False),
    Project("telnyx", "telnyx_texml", "/v2", "account_sid", "call_sid", bearer=True),
    Project("signalwire", "signalwire_laml", "/api/laml/2010-04-01", "AccountSid", "CallSid", bearer=False),
)


def schemathesis(
    project: Project, url: str, account: str, secret: str, call: str, options: list[str], work: Path
) -> tuple[int, float]:
    """Run the CLI once; (cases generated, wall seconds)."""
    config = work / f"schemathesis-{project.provider}.toml"
    config.write_text(
        f'[parameters]\n"path.{project.account_param}" = "{account}"\n'
        f'"path.{project.call_param}" = "{call}"\n',
        encoding="utf-8",
    )
    auth = ["-H", f"Authorization: Bearer {secret}"] if project.bearer else ["-a", f"{account}:{secret}"]
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(SPECS / f"{project.stem}.yaml"),
        "--url",
        url,
        "--seed",
        "1",
        *options,
        "--generation-database",
        "none",
        *auth,
    ]
    started = time.perf_counter()
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=work,
        timeout=600,
        preexec_fn=pinned_to(LOAD_CORES),
        check=False,
    )
    seconds = time.perf_counter() - started
    found = GENERATED.search(completed.stdout)
    if found is None:
        raise RuntimeError(
            f"no case count in the schemathesis output: {completed.stdout[-800:]}{completed.stderr[-800:]}"
        )
    return int(found.group(1)), seconds


def _rate(cases: float, seconds: float) -> str:
    return f"{fmt_rate(cases / seconds)} cases/s ({cases:.0f} in {seconds:.1f} s)"


def make_contract(provider: str, max_examples: int, work: Path) -> tuple[int, float, str]:
    """``make contract`` (``python -m contract_tests``, its own emulator); (cases, wall seconds, verdict)."""
    command = [
        sys.executable,
        "-m",
        "contract_tests",
        "--provider",
        provider,
        "--seed",
        "1",
        "--max-examples",
        str(max_examples),
        "--reports-dir",
        str(work / "contract-reports"),
    ]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900, check=False)
    seconds = time.perf_counter() - started
    found = SUMMARY.search(completed.stdout)
    if found is None:
        raise RuntimeError(
            f"no summary in the contract_tests output: {completed.stdout[-800:]}{completed.stderr[-800:]}"
        )
    return int(found.group(2)), seconds, found.group(1)


def measure(settings: Settings, work: Path) -> list[Row]:
    projects: tuple[Project, ...]
    if settings.quick:  # the smallest spec, and no same-CLI emulator run: each run has seconds of start-up
        projects, max_examples, provider = PROJECTS[1:2], 2, "telnyx"
    else:
        projects, max_examples, provider = PROJECTS, 10, "all"
    options = ["--max-examples", str(max_examples)]
    if settings.quick:  # the stateful phase alone takes seconds against Prism
        options += ["--phases", "examples,coverage,fuzzing"]
    cli = f"schemathesis run --seed 1 {' '.join(options)}"
    rows: list[Row] = []
    prism_cases = prism_seconds = 0.0
    with emulator_server(work / "contract-data") as emulator:
        for project in projects:
            account, secret = credentials(project.provider, emulator.accounts)
            call = new_calls(emulator, project.provider, 1)[0]
            with prism_server(project.stem, work) as prism:
                cases, seconds = schemathesis(project, prism.base_url, account, secret, call, options, work)
            prism_cases, prism_seconds = prism_cases + cases, prism_seconds + seconds
            if settings.quick:
                continue
            emu_cases, emu_seconds = schemathesis(
                project, emulator.base_url + project.prefix, account, secret, call, options, work
            )
            versus = ratio(emu_cases / emu_seconds, cases / seconds)
            rows.append(
                Row(
                    SECTION,
                    f"{project.stem}.yaml: same CLI run, emulator vs Prism",
                    f"{_rate(emu_cases, emu_seconds)} vs {_rate(cases, seconds)}",
                    versus,
                    note=f"{cli}, all phases, account and a live call pinned; no target in issue 7",
                )
            )
    suite_cases, suite_seconds, verdict = make_contract(provider, max_examples, work)
    versus = ratio(suite_cases / suite_seconds, prism_cases / prism_seconds)
    rows.insert(
        0,
        Row(
            SECTION,
            f"make contract (provider {provider}) on the emulator vs {cli} on Prism",
            f"{_rate(suite_cases, suite_seconds)} ({verdict}) vs {_rate(prism_cases, prism_seconds)}",
            versus,
            note="issue 7's comparison, throughput only (Prism is stateless and fails stateful checks); "
            "the suite adds hooks, own checks, a callback contract and client round trips",
        ),
    )
    return rows
