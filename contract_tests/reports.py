"""Write ``reports/``: JUnit XML for CI (one test case per operation x check row) and a Markdown report.

The Markdown report lists every unique failure with the ``curl`` commands that reproduce it (secrets
replaced by ``***``), then the full operation x check table with passed / failed / skipped counts.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from .results import Results


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and len(secret) >= 6:
            text = text.replace(secret, "***")
    return text


def write_junit(results: Results, path: Path, secrets: Iterable[str]) -> None:
    secrets = list(secrets)
    root = ET.Element("testsuites", name="contract_tests")
    by_provider: dict[str, list[tuple[str, str]]] = {}
    for provider, subject, check in sorted(results.rows):
        by_provider.setdefault(provider, []).append((subject, check))
    for provider, reason in results.skipped_providers.items():
        suite = ET.SubElement(root, "testsuite", name=provider, tests="1", failures="0", skipped="1")
        case = ET.SubElement(suite, "testcase", classname=provider, name="provider")
        ET.SubElement(case, "skipped", message=reason)
    for provider, rows in by_provider.items():
        failures = sum(1 for s, c in rows if results.rows[(provider, s, c)].failed)
        skipped = sum(
            1
            for s, c in rows
            if not results.rows[(provider, s, c)].failed and not results.rows[(provider, s, c)].passed
        )
        suite = ET.SubElement(
            root,
            "testsuite",
            name=provider,
            tests=str(len(rows)),
            failures=str(failures),
            skipped=str(skipped),
        )
        for subject, check in rows:
            tally = results.rows[(provider, subject, check)]
            case = ET.SubElement(suite, "testcase", classname=f"{provider}.{subject}", name=check)
            ET.SubElement(
                case, "system-out"
            ).text = f"passed={tally.passed} failed={tally.failed} skipped={tally.skipped}"
            if tally.failed:
                details = [
                    f"{f.title}\n{f.message}\n{f.reproduction or ''}"
                    for f in results.findings
                    if f.provider == provider and f.subject == subject and f.check == check
                ]
                failure = ET.SubElement(case, "failure", message=f"{tally.failed} case(s) failed {check}")
                failure.text = redact("\n\n".join(details), secrets)
            elif not tally.passed:
                ET.SubElement(case, "skipped", message="not applicable to any case")
    if results.errors:
        suite = ET.SubElement(root, "testsuite", name="run", tests="1", failures="1")
        case = ET.SubElement(suite, "testcase", classname="run", name="errors")
        ET.SubElement(case, "failure", message="run errors").text = redact("\n".join(results.errors), secrets)
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _fence(text: str) -> str:
    return "```\n" + text.replace("```", "'''") + "\n```"


def write_markdown(results: Results, path: Path, secrets: Iterable[str], header: list[str]) -> None:
    secrets = list(secrets)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = ["# Contract test report", "", f"Generated {now}.", "", *header, ""]
    verdict = "**FAILED**" if results.failed else "**PASSED**"
    lines += [
        f"Result: {verdict}, {results.total_cases()} cases, {len(results.findings)} unique failures.",
        "",
    ]
    for provider, reason in results.skipped_providers.items():
        lines.append(f"- {provider}: skipped ({reason})")
    if results.errors:
        lines += ["", "## Run errors", "", _fence(redact("\n".join(results.errors), secrets))]
    lines += ["", "## Failures", ""]
    if not results.findings:
        lines.append("None.")
    for number, finding in enumerate(results.findings, 1):
        lines += [
            f"### {number}. {finding.provider} `{finding.subject}`: `{finding.check}`",
            "",
            f"**{finding.title}**",
            "",
            _fence(redact(finding.message, secrets)),
        ]
        if finding.reproduction:
            lines += ["", "Reproduce:", "", _fence(redact(finding.reproduction, secrets))]
        lines.append("")
    lines += [
        "## Every operation x check",
        "",
        "| provider | subject | check | passed | failed | skipped |",
        "|---|---|---|---:|---:|---:|",
    ]
    for (provider, subject, check), tally in sorted(results.rows.items()):
        mark = " **FAILED**" if tally.failed else ""
        counts = f"{tally.passed} | {tally.failed} | {tally.skipped}"
        lines.append(f"| {provider} | `{subject}` | {check}{mark} | {counts} |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
