"""The README's SDK recipes ("Pointing the official SDKs at the emulator") run as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import plivo.rest.client as plivo_client
import pytest
from recording_emulator.testing import Emulator

pytestmark = pytest.mark.sdk

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Pointing the official SDKs at the emulator"
PLACEHOLDER = '"http://127.0.0.1:8080"'
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def recipes() -> dict[str, str]:
    text = README.read_text()
    assert SECTION in text, f"README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    found = {}
    for sdk in ("plivo", "telnyx", "signalwire"):
        matching = [b for b in blocks if f'.json()["{sdk}"]' in b]
        assert len(matching) == 1, f"one {sdk} recipe expected"
        found[sdk] = matching[0]
    return found


@pytest.mark.parametrize("sdk", ["plivo", "telnyx", "signalwire"])
def test_readme_recipe_runs(sdk: str, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    code = recipes()[sdk]
    assert PLACEHOLDER in code
    for name in (
        "PLIVO_API_BASE_URI",
        "API_VOICE_BASE_URI",
        "API_VOICE_BASE_URI_FALLBACK_1",
        "API_VOICE_BASE_URI_FALLBACK_2",
    ):
        monkeypatch.setattr(plivo_client, name, getattr(plivo_client, name))  # the Plivo recipe sets them
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code.replace(PLACEHOLDER, repr(emu.base_url)), f"README.md ({sdk})", "exec"), {})
    assert UUID.match(output.getvalue().strip()), output.getvalue()
