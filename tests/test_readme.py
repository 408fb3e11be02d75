"""The README's client example runs as written, against the emulator (so the README cannot rot)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from recording_emulator.testing import running_emulator

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_client_example_runs_against_the_emulator(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    example = next(b for b in blocks if "PlivoRecordings()" in b)
    with running_emulator() as emu:
        plivo = emu.accounts["plivo"]
        monkeypatch.setenv("PLIVO_AUTH_ID", plivo["auth_id"])
        monkeypatch.setenv("PLIVO_AUTH_TOKEN", plivo["auth_token"])
        monkeypatch.setenv("PLIVO_BASE_URL", emu.base_url)
        call_uuid = emu.new_call("plivo")
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            exec(compile(example, str(README), "exec"), {"call_uuid": call_uuid})
    lines = output.getvalue().splitlines()
    assert lines[0].startswith(emu.base_url) and lines[0].endswith(".wav")
    assert lines[1].startswith("404 ")
