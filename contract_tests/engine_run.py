"""Run one provider's spec through the Schemathesis engine and fold its events into ``Results``.

We drive the engine (``schemathesis.engine.from_schema(...).execute()``) rather than the CLI so that
one process can test three specs, print its own progress, and count every check per operation for
the summary table; the configuration is the same ``schemathesis.toml`` the CLI reads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.schemas import BaseSchema

from .providers import INFO, ProviderName
from .results import Finding, Results

_IDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}(?:-[0-9a-f]{4}-[0-9a-f]{12})?|v[23]:[A-Za-z0-9_-]+")
RUN_LEVEL_CHECK = "CallbackContract"  # reported through its own rows (callback_contract.py)
TESTING_PHASES = ("examples", "coverage", "fuzzing", "stateful")

Printer = Callable[[str], None]


def operation_ids(provider: ProviderName) -> dict[str, str]:
    """Operation label ('POST /v1/...') -> operationId, for compact row names."""
    from . import spec_index

    return {f"{op.method} {op.path}": op.operation_id for op in spec_index.operations(provider)}


class ScenarioFolder:
    """Turns recorded scenarios into per-(operation, check) tallies and unique findings."""

    def __init__(self, provider: ProviderName, results: Results) -> None:
        self.provider = provider
        self.results = results
        self.names = operation_ids(provider)
        self.checks_seen: dict[str, set[str]] = defaultdict(set)  # subject -> checks that ran
        self._seen_failures: set[tuple[str, str, str]] = set()

    def subject(self, label: str) -> str:
        return self.names.get(label, label)

    def fold(self, recorder: ScenarioRecorder) -> None:
        for case_id, node in recorder.cases.items():
            subject = self.subject(node.value.operation.label)
            self.results.cases[(self.provider, subject)] += 1
            for check in recorder.checks.get(case_id, []):
                self.checks_seen[subject].add(check.name)
                if check.status == Status.SUCCESS:
                    self.results.count(self.provider, subject, check.name, passed=1)
                    continue
                self.results.count(self.provider, subject, check.name, failed=1)
                info = check.failure_info
                if info is None:  # the check itself crashed
                    self._finding(subject, check.name, "check error", f"`{check.name}` raised an error", None)
                    continue
                failure = info.failure
                steps = [step.curl for step in info.steps] or [info.code_sample]
                self._finding(subject, check.name, failure.title, failure.message, "\n".join(steps))

    def _finding(self, subject: str, check: str, title: str, message: str, reproduction: str | None) -> None:
        key = (subject, check, _IDS.sub("<id>", f"{title}\n{message}")[:500])  # one finding per kind
        if key in self._seen_failures:
            return
        self._seen_failures.add(key)
        self.results.findings.append(Finding(self.provider, subject, check, title, message, reproduction))

    def fill_skipped(self, all_checks: list[str]) -> None:
        """Every check that did not run on a case counts as skipped for that case."""
        for (provider, subject), cases in list(self.results.cases.items()):
            if provider != self.provider or subject.startswith(("callback ", "client ")):
                continue
            for check in all_checks:
                tally = self.results.rows[(provider, subject, check)]
                tally.skipped = max(0, cases - tally.passed - tally.failed)


def enabled_checks(config: SchemathesisConfig) -> list[str]:
    """Names of every per-response check that is on (built-in and ours), in registry order."""
    from schemathesis.checks import CHECKS, is_check_class, load_all_checks

    load_all_checks()
    project = config.projects.get_default()
    names = []
    for check in CHECKS.get_all():
        name = check.__name__
        if not is_check_class(check) and project.checks_config_for().get_by_name(name=name).enabled:
            names.append(name)
    return names


def run_provider(
    provider: ProviderName,
    config: SchemathesisConfig,
    results: Results,
    say: Printer,
    *,
    max_examples: int | None = None,
    phases: list[str] | None = None,
    operations: list[str] | None = None,
) -> None:
    """Test ``provider``'s spec with every check: all operations and phases unless narrowed (tests do)."""
    schema: BaseSchema = schemathesis.openapi.from_path(INFO[provider].spec_file, config=config)
    if operations is not None:
        schema = schema.include(operation_id=operations)
    if max_examples is not None:
        schema.config.generation.update(max_examples=max_examples)
    if phases is not None:
        schema.config.phases.update(phases=phases)
    folder = ScenarioFolder(provider, results)
    counts: dict[str, int] = defaultdict(int)
    for event in from_schema(schema).execute():
        if isinstance(event, events.PhaseStarted) and event.phase.name.value in TESTING_PHASES:
            state = "" if event.phase.is_enabled else f" (skipped: {event.phase.skip_reason})"
            say(f"  [{provider}] phase {event.phase.name.value}{state}")
        elif isinstance(event, events.PhaseFinished) and event.phase.name.value in TESTING_PHASES:
            if event.phase.is_enabled:
                done = counts.pop(event.phase.name.value, 0)
                say(f"  [{provider}] phase {event.phase.name.value}: {done} scenarios, {event.status.value}")
        elif isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
            folder.fold(event.recorder)
            counts[event.phase.value] += 1
            failed = any(c.status == Status.FAILURE for cs in event.recorder.checks.values() for c in cs)
            mark = "FAIL" if failed else ("skip" if event.status == Status.SKIP else "ok")
            if event.label and event.phase.value != "stateful":
                say(
                    f"    {event.phase.value:<9} {folder.subject(event.label):<28} "
                    f"{len(event.recorder.cases):>4} cases  {mark}"
                )
            elif event.phase.value == "stateful" and (failed or counts["stateful"] % 25 == 0):
                say(f"    stateful  {counts['stateful']:>4} scenarios so far, last {mark}")
        elif isinstance(event, events.NonFatalError):
            results.errors.append(f"{provider}: {event.label}: {event.info.format()}")
        elif isinstance(event, events.FatalError):
            results.errors.append(f"{provider}: fatal: {type(event.exception).__name__}: {event.exception}")
        elif isinstance(event, events.EngineFinished):
            for failure in event.failures:
                if RUN_LEVEL_CHECK not in failure.title:
                    results.errors.append(f"{provider}: {failure.title}: {failure.message}")
    folder.fill_skipped(enabled_checks(config))
