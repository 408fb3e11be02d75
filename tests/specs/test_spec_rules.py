"""The specs are valid OpenAPI 3.1, follow the house rules, and every example matches its schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spec_rules import check_examples, check_house_rules, load_spec

from .conftest import ALL_SPECS, SPECS_DIR

LINT = Path(__file__).resolve().parents[2] / "scripts" / "lint_specs.py"


@pytest.mark.parametrize("name", ALL_SPECS)
def test_house_rules(name: str) -> None:
    problems = check_house_rules(load_spec(SPECS_DIR / name))
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("name", ALL_SPECS)
def test_examples_match_their_schemas(name: str) -> None:
    problems = check_examples(load_spec(SPECS_DIR / name))
    assert not problems, "\n".join(map(str, problems))


def test_lint_passes_on_all_specs() -> None:
    result = subprocess.run(
        [sys.executable, str(LINT), *(str(SPECS_DIR / n) for n in ALL_SPECS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("openapi: 3.1.0\ninfo: {title: x, version: '1'\npaths: {}\n", ":3:1: invalid YAML"),
        (
            "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
            "        '200':\n          description: ok\n          content:\n            application/json:\n"
            "              schema: {type: strin}\n",
            ":11: paths//a/get/responses/200/content/application/json/schema/type: 'strin'",
        ),
        ("- just\n- a list\n", ": not an OpenAPI document"),
    ],
    ids=["yaml-syntax", "bad-schema-type", "not-a-mapping"],
)
def test_broken_spec_gives_a_located_error_not_a_traceback(
    tmp_path: Path, content: str, expected: str
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(content)
    result = subprocess.run([sys.executable, str(LINT), str(broken)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{broken}{expected}" in result.stdout


def test_missing_spec_file_is_named(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(LINT), str(tmp_path / "nope.yaml")], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert f"{tmp_path / 'nope.yaml'}: cannot read" in result.stdout
