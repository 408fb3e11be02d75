"""One contract run: target -> environment -> per provider (clients, Schemathesis, callbacks) -> reports.

Per provider, in order: the generated clients call every operation once (``client_roundtrip``), then
Schemathesis runs every phase with every check; its run-level ``CallbackContract`` check settles the
target and judges the callbacks (``hooks.py``). Results go to the console and to ``reports/``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Literal

import hypothesis.configuration
from schemathesis.config import SchemathesisConfig

from . import callback_contract, client_roundtrip, engine_run, environment, hooks, reports, summary, targets
from .control_api import ControlApi
from .providers import PROVIDERS, REPO_ROOT, ProviderName
from .receiver import get_receiver
from .results import Results

CONFIG_FILE = Path(__file__).with_name("schemathesis.toml")
PLACEHOLDER_URL = "http://127.0.0.1:9"  # discard port: a provider that is not run must not be reachable


@dataclasses.dataclass
class RunOptions:
    target: Literal["emulator", "live"] = "emulator"
    providers: list[ProviderName] = dataclasses.field(default_factory=lambda: list(PROVIDERS))
    seed: int | None = None
    max_examples: int | None = None
    reports_dir: Path = REPO_ROOT / "reports"
    # Narrowing, for the fault-injection tests; the suite itself always runs everything.
    phases: list[str] | None = None  # e.g. ["examples", "stateful"]
    operations: list[str] | None = None  # operationIds
    client_roundtrip: bool = True
    # Context manager yielding an emulator base URL; tests pass one serving a deliberately broken app.
    emulator: Callable[[], AbstractContextManager[str]] = targets.embedded_emulator
    out: Callable[[str], None] = dataclasses.field(default_factory=lambda: _print)


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


@contextlib.contextmanager
def patched_environ(values: Mapping[str, str], remove: tuple[str, ...] = ()) -> Iterator[None]:
    """Set (and afterwards restore) process environment variables: the hooks read them."""
    saved = {name: os.environ.get(name) for name in (*values, *remove)}
    os.environ.update(values)
    for name in remove:
        os.environ.pop(name, None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _placeholders(env: Mapping[str, str]) -> dict[str, str]:
    """Values for the toml's ``${VAR}``s of providers not under test (the config is loaded as a whole)."""
    filled = {}
    for spec in environment.VARIABLES.values():
        for name in (spec.base_url, spec.account, spec.secret):
            if not env.get(name) and not os.environ.get(name):
                filled[name] = PLACEHOLDER_URL if name == spec.base_url else "unused"
    return filled


def _secrets(env: Mapping[str, str]) -> list[str]:
    names = [v for spec in environment.VARIABLES.values() for v in (spec.secret, spec.webhook_secret)]
    return [value for name in names if (value := env.get(name) or os.environ.get(name, ""))]


def run(options: RunOptions) -> Results:
    """Run the suite; never raises for a failing target (failures are in the returned ``Results``)."""
    say = options.out
    results = Results()
    started = time.monotonic()
    hypothesis_home = hypothesis.configuration.storage_directory(intent_to_write=False).home_directory
    hypothesis.configuration.set_hypothesis_home_dir(options.reports_dir / ".hypothesis")  # not the repo root
    with contextlib.ExitStack() as stack:
        remove: tuple[str, ...] = ()
        if options.target == "emulator":
            say("Starting the embedded emulator ...")
            base_url = stack.enter_context(options.emulator())
            env = targets.emulator_environment(base_url, options.providers)
            say(f"Emulator at {base_url} (reset and provisioned)")
        else:
            env, skipped = targets.live_environment(options.providers)
            results.skipped_providers.update({str(p): reason for p, reason in skipped.items()})
            remove = (environment.EMULATOR_URL, environment.EMULATOR_MPCS)
            for provider, reason in skipped.items():
                say(f"SKIP {provider}: {reason}")
        stack.callback(hypothesis.configuration.set_hypothesis_home_dir, hypothesis_home)
        stack.enter_context(patched_environ({**env, **_placeholders(env)}, remove))
        receiver = get_receiver()
        receiver.clear()
        callback_contract.LEDGER.reset()
        hooks.reload()
        config = SchemathesisConfig.from_path(CONFIG_FILE)
        if options.seed is not None:
            config.update(seed=options.seed, max_failures=None)
        seed = config.seed
        say(f"Seed {seed} (rerun with SEED={seed}); callbacks to {receiver.base_url}")
        for provider in options.providers:
            if provider in results.skipped_providers:
                continue
            target = environment.load_target(provider)
            assert target is not None
            say(f"\n== {provider} at {target.base_url}")
            if options.client_roundtrip:
                say(f"  [{provider}] generated clients: one call per operation")
                for outcome in client_roundtrip.run(target):
                    results.add(outcome)
            engine_run.run_provider(
                provider,
                config,
                results,
                say,
                max_examples=options.max_examples,
                phases=options.phases,
                operations=options.operations,
            )
            if provider not in callback_contract.LEDGER.outcomes:
                hooks.finish()  # the engine stopped before its run-level checks
            for outcome in callback_contract.LEDGER.outcomes.get(provider, []):
                results.add(outcome)
            say(f"  [{provider}] callbacks: {len(receiver.requests())} received so far")
        strays = callback_contract.stray_requests(receiver.requests())
        results.errors.extend(f"callback to an URL nobody registered: {r.method} {r.path}" for r in strays)
        if options.target == "emulator":
            control = ControlApi(env[environment.EMULATOR_URL])
            results.errors.extend(f"emulator problem: {p}" for p in control.problems())
            control.close()
        secrets = _secrets(env)
    wall = time.monotonic() - started
    say(summary.render(results, list(options.providers), wall))
    header = [
        f"- target: {options.target}",
        f"- providers: {', '.join(options.providers)}",
        f"- seed: {seed}",
        f"- max examples: {options.max_examples or 'toml default'}",
        f"- wall time: {wall:.1f} s",
    ]
    reports.write_junit(results, options.reports_dir / "contract-junit.xml", secrets)
    reports.write_markdown(results, options.reports_dir / "contract-report.md", secrets, header)
    say(
        f"Reports: {options.reports_dir / 'contract-junit.xml'}, {options.reports_dir / 'contract-report.md'}"
    )
    return results
