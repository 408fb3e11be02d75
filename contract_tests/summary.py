"""The console summary: an operation x check matrix per provider, then callbacks and client rows.

A cell shows how many cases passed the check; ``40+3!`` marks 3 failures besides 40 passes; ``-``
means the check never applied to that operation (all its cases skipped it). Full names of the
abbreviated checks follow the table; the Markdown report spells out passed / failed / skipped.
"""

from __future__ import annotations

from collections.abc import Iterable

from .results import Results, Tally

ABBREVIATIONS = {
    "not_a_server_error": "5xx",
    "status_code_conformance": "STS",
    "content_type_conformance": "CTY",
    "response_headers_conformance": "HDR",
    "response_schema_conformance": "SCH",
    "negative_data_rejection": "NEG",
    "positive_data_acceptance": "POS",
    "missing_required_header": "MRH",
    "unsupported_method": "UMT",
    "allow_header_conformance": "ALW",
    "use_after_free": "UAF",
    "ensure_resource_availability": "AVL",
    "ignored_auth": "AUTH",
    "object_level_authorization": "BOLA",
    "recording_ids_consistent": "IDS",
    "recording_url_format": "EXT",
    "provider_date_format": "DATE",
    "recording_media_audio": "MEDIA",
    "callback_schema_conformance": "CB-SCH",
    "callback_signature": "CB-SIG",
    "callback_delivered_once": "CB-ONCE",
    "callback_arrival": "CB-ARR",
    "client_roundtrip": "CLIENT",
    "CallbackContract": "CB-REG",
}
NOTES = {"CallbackContract": " (cases that registered a callback URL; judged in the callbacks rows)"}


def abbreviation(check: str) -> str:
    return ABBREVIATIONS.get(check, check[:6])


def cell(tally: Tally | None) -> str:
    if tally is None or (tally.passed == 0 and tally.failed == 0):
        return "-"
    return f"{tally.passed}+{tally.failed}!" if tally.failed else str(tally.passed)


def _matrix(results: Results, provider: str, subjects: list[str], checks: list[str]) -> list[str]:
    width = max([len(s) for s in subjects] + [9])
    header = f"    {'operation':<{width}} {'cases':>6}  " + " ".join(f"{abbreviation(c):>7}" for c in checks)
    lines = [header]
    for subject in subjects:
        cells = " ".join(f"{cell(results.rows.get((provider, subject, c))):>7}" for c in checks)
        lines.append(f"    {subject:<{width}} {results.cases[(provider, subject)]:>6}  {cells}")
    return lines


def _ordered(items: Iterable[str]) -> list[str]:
    known = list(ABBREVIATIONS)
    return sorted(set(items), key=lambda c: (known.index(c) if c in known else len(known), c))


def render(results: Results, providers: list[str], wall_seconds: float) -> str:
    lines = [
        "",
        "=" * 100,
        "Contract summary, operation x check. Cell: cases passed (P+N! = N failed too), - = not applicable.\n"
        "Skipped = cases - passed - failed; reports/contract-report.md has passed/failed/skipped per row.",
        "=" * 100,
    ]
    for provider in providers:
        if provider in results.skipped_providers:
            lines.append(f"\n{provider}: SKIPPED - {results.skipped_providers[provider]}")
            continue
        subjects = sorted({s for (p, s) in results.cases if p == provider})
        groups = [
            ("API operations", [s for s in subjects if not s.startswith(("callback ", "client "))]),
            ("callbacks", [s for s in subjects if s.startswith("callback ")]),
            ("generated clients", [s for s in subjects if s.startswith("client ")]),
        ]
        lines.append(f"\n{provider}: {results.total_cases(provider)} cases")
        for title, group in groups:
            if not group:
                lines.append(f"  {title}: none")
                continue
            checks = _ordered(c for (p, s, c) in results.rows if p == provider and s in group)
            lines.append(f"  {title}:")
            lines.extend(_matrix(results, provider, group, checks))
    used = _ordered(c for (_, _, c) in results.rows)
    if used:
        lines.append("\nChecks: " + ", ".join(f"{abbreviation(c)}={c}{NOTES.get(c, '')}" for c in used))
    failed = sum(t.failed for t in results.rows.values())
    verdict = "FAILED" if results.failed else "PASSED"
    lines.append(
        f"\n{verdict}: {results.total_cases()} cases, {failed} failed check results, "
        f"{len(results.findings)} unique findings, {len(results.errors)} run errors, in {wall_seconds:.1f} s"
    )
    return "\n".join(lines)
