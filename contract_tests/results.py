"""The run's results in one shape, whatever produced them (Schemathesis, the callback contract, clients).

A *row* is (provider, subject, check): the subject is an operation label (``POST /texml/...``), a
callback operation (``callback texmlRecordingStatusCallbackPost``) or a client call
(``client TelnyxRecordings.get_recording``). The summary table and both reports read only this.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict


@dataclasses.dataclass
class Tally:
    passed: int = 0
    failed: int = 0
    skipped: int = 0


@dataclasses.dataclass(frozen=True)
class Outcome:
    """One verdict of a check on one thing (a case, a callback, a client call)."""

    provider: str
    subject: str
    check: str
    passed: bool | None  # None: not applicable (skipped)
    message: str = ""
    reproduction: str | None = None  # a curl command, when there is one
    new_case: bool = True  # False for further verdicts on a thing already counted as a case


@dataclasses.dataclass(frozen=True)
class Finding:
    """A failure as reported: what failed, why, and how to reproduce it."""

    provider: str
    subject: str
    check: str
    title: str
    message: str
    reproduction: str | None


class Results:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
        self.cases: dict[tuple[str, str], int] = defaultdict(int)  # (provider, subject) -> cases run
        self.findings: list[Finding] = []
        self.skipped_providers: dict[str, str] = {}  # provider -> why
        self.errors: list[str] = []  # run-level problems (engine errors, crashes)
        self._gists: set[tuple[str, str, str, str]] = set()  # findings already reported (one per kind)

    def count(
        self, provider: str, subject: str, check: str, *, passed: int = 0, failed: int = 0, skipped: int = 0
    ) -> None:
        tally = self.rows[(provider, subject, check)]
        tally.passed += passed
        tally.failed += failed
        tally.skipped += skipped

    def add(self, outcome: Outcome) -> None:
        """Record an outcome (a case of its subject, unless ``new_case`` is off) and its failure, if any."""
        if outcome.new_case:
            self.cases[(outcome.provider, outcome.subject)] += 1
        if outcome.passed is None:
            self.count(outcome.provider, outcome.subject, outcome.check, skipped=1)
        elif outcome.passed:
            self.count(outcome.provider, outcome.subject, outcome.check, passed=1)
        else:
            self.count(outcome.provider, outcome.subject, outcome.check, failed=1)
            gist = outcome.message.split("\n\n", 1)[0]  # first paragraph: what is wrong; then details
            if (outcome.provider, outcome.subject, outcome.check, gist) not in self._gists:
                self._gists.add((outcome.provider, outcome.subject, outcome.check, gist))
                self.findings.append(
                    Finding(
                        outcome.provider,
                        outcome.subject,
                        outcome.check,
                        outcome.check,
                        outcome.message,
                        outcome.reproduction,
                    )
                )

    @property
    def failed(self) -> bool:
        return bool(self.errors) or any(t.failed for t in self.rows.values())

    def total_cases(self, provider: str | None = None) -> int:
        return sum(n for (p, _), n in self.cases.items() if provider is None or p == provider)

    def failed_checks(self) -> set[str]:
        return {check for (_, _, check), tally in self.rows.items() if tally.failed}
