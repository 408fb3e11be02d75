"""Golden tests for generated/: reproducible, up to date, mypy --strict clean, callback models present."""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .spec_examples import spec

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def _load_generate() -> ModuleType:
    module_spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "generate.py")
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module  # dataclasses look their module up there
    module_spec.loader.exec_module(module)
    return module


gen = _load_generate()
PACKAGES: dict[str, str] = gen.PACKAGES


def test_committed_tree_matches_a_fresh_generation() -> None:
    result = subprocess.run(
        [PYTHON, "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_provenance_is_current_and_noop_is_fast() -> None:
    for stem, package in PACKAGES.items():
        target = gen.Target(stem, package)
        assert gen.is_up_to_date(target, gen.provenance(target)), f"{package} is stale: run make generate"
        assert (target.out / "py.typed").exists()
    start = time.monotonic()
    result = subprocess.run(
        [PYTHON, "scripts/generate.py"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    elapsed = time.monotonic() - start
    assert result.returncode == 0 and "up to date" in result.stdout
    assert elapsed < 1.0, f"no-op generate took {elapsed:.2f}s"


def test_generated_packages_pass_mypy_strict(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    cmd = [PYTHON, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(tmp_path / "cache")]
    cmd += [arg for package in PACKAGES.values() for arg in ("-p", package)]
    result = subprocess.run(cmd, cwd=ROOT / "generated", capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def _callback_schemas(stem: str) -> set[str]:
    names = set()
    for item in spec(stem)["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for callback in op.get("callbacks", {}).values():
                for path_item in callback.values():
                    for cb_op in path_item.values():
                        body: dict[str, Any] = cb_op.get("requestBody", {}) if isinstance(cb_op, dict) else {}
                        for media in body.get("content", {}).values():
                            ref = media.get("schema", {}).get("$ref", "")
                            if ref.startswith("#/components/schemas/"):
                                names.add(ref.rsplit("/", 1)[1])
    return names


@pytest.mark.parametrize("stem", list(PACKAGES))
def test_callback_payload_models_are_generated(stem: str) -> None:
    names = _callback_schemas(stem)
    assert names, f"specs/{stem}.yaml documents no callback payload schema"
    models = importlib.import_module(f"{PACKAGES[stem]}.models")
    missing = sorted(name for name in names if not hasattr(models, name))
    assert not missing, f"no generated model for callback schema(s) {missing}"


def test_broken_spec_gives_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plivo.yaml").write_text("openapi: 3.1.0\ninfo: {title: broken\n", encoding="utf-8")
    monkeypatch.setattr(gen, "SPECS", tmp_path)
    monkeypatch.setattr(gen, "GENERATED", tmp_path / "out")
    assert gen.main(["plivo"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "plivo.yaml" in err and "Invalid YAML" in err
    assert not (tmp_path / "out").exists()


def test_missing_spec_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gen, "SPECS", tmp_path)
    assert gen.main(["telnyx_texml"]) == 2
    assert "telnyx_texml.yaml: file not found" in capsys.readouterr().err


def test_check_reports_a_hand_edit(tmp_path: Path) -> None:
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    for root in (fresh, committed):
        (root / "models").mkdir(parents=True)
        (root / "client.py").write_text("a = 1\n", encoding="utf-8")
    (committed / "client.py").write_text("a = 2\n", encoding="utf-8")
    (committed / "models" / "extra.py").write_text("", encoding="utf-8")
    report = gen.compare(fresh, committed, "generated/pkg")
    assert "changed: generated/pkg/client.py" in report
    assert "extra:   generated/pkg/models/extra.py" in report
    assert any(line.strip() == "+a = 1" for line in report)
