"""The control API (specs/emulator.yaml): accounts, calls, rooms, clock, reset, health."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from recording_emulator.core.spec import load_spec
from recording_emulator.testing import Emulator

from .support import assert_response, schema_errors

CALL_ID_PARAMETERS = {"plivo": "PlivoCallUuid", "telnyx": "CallSid", "signalwire": "CallSid"}
SPECS = {"plivo": "plivo", "telnyx": "telnyx_texml", "signalwire": "signalwire_laml"}


def test_accounts(emu: Emulator) -> None:
    accounts = emu.control("GET", "/accounts").json()
    assert_response("emulator", "Accounts", accounts)
    assert accounts["plivo"]["auth_id"] == "MAEMULATOR0000000001"
    assert accounts["telnyx"]["api_key"].startswith("KEY_")
    assert accounts["signalwire"]["signing_key"].startswith("PSK_")
    Ed25519PublicKey.from_public_bytes(base64.b64decode(accounts["telnyx"]["public_key"]))


@pytest.mark.parametrize("provider", ["plivo", "telnyx", "signalwire"])
def test_calls_have_ids_valid_for_their_provider(emu: Emulator, provider: str) -> None:
    created = emu.control("POST", "/calls", json={"provider": provider, "from": "+15551230000"})
    assert created.status_code == 201
    call = created.json()
    assert_response("emulator", "Call", call)
    spec = load_spec(SPECS[provider])
    schema = spec.document["components"]["parameters"][CALL_ID_PARAMETERS[provider]]["schema"]
    import jsonschema

    jsonschema.validate(call["call_id"], schema)
    assert call["state"] == "live" and call["from"] == "+15551230000"
    assert emu.control("GET", f"/calls/{call['call_id']}").json()["state"] == "live"
    assert emu.control("DELETE", f"/calls/{call['call_id']}").status_code == 204
    assert emu.control("GET", f"/calls/{call['call_id']}").json()["state"] == "ended"
    assert emu.control("DELETE", f"/calls/{call['call_id']}").status_code == 409


def test_control_errors(emu: Emulator) -> None:
    bad = emu.control("POST", "/calls", json={"provider": "acme"})
    assert bad.status_code == 400 and schema_errors("emulator", "EmulatorError", bad.json()) == []
    assert emu.control("POST", "/calls", content=b"provider=plivo").status_code == 415
    assert emu.control("GET", "/calls/3a2e4c90-dcee-4931-8a59-f123ab507e60").status_code == 404
    assert (
        emu.control(
            "POST", "/calls/3a2e4c90-dcee-4931-8a59-f123ab507e60/transcript", json={"text": "x"}
        ).status_code
        == 404
    )
    assert emu.control("POST", "/clock/advance", json={"seconds": -1}).status_code == 400
    assert emu.control("DELETE", "/conferences/nothing").status_code == 404
    assert emu.control("DELETE", "/mpcs/3a2e4c90-dcee-4931-8a59-f123ab507e60").status_code == 404
    assert emu.control("PUT", "/clock").status_code == 405
    assert emu.control("GET", "/nothing").status_code == 404
    assert emu.control("POST", "/mpcs", json={"name": "dup"}).status_code == 201
    assert emu.control("POST", "/mpcs", json={"name": "dup"}).status_code == 409


def test_clock_and_health(emu: Emulator) -> None:
    before = emu.control("GET", "/clock").json()
    assert before["mode"] == "manual"
    after = emu.control("POST", "/clock/advance", json={"seconds": 2.5}).json()
    assert after["now"] == pytest.approx(before["now"] + 2.5)
    health = emu.control("GET", "/_emulator/health".removeprefix("/_emulator")).json()
    assert health == {"status": "ok", "providers": ["plivo", "telnyx", "signalwire"], "test_mode": True}


def test_reset(tmp_path: object) -> None:
    from pathlib import Path

    from recording_emulator.testing import running_emulator

    with running_emulator(Path(str(tmp_path))) as emu:
        call = emu.new_call("plivo")
        emu.reset()
        assert emu.control("GET", f"/calls/{call}").status_code == 404
        assert emu.deliveries() == []
