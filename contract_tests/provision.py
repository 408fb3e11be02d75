"""Give an emulator the resources a live sandbox already has, and describe them as environment variables.

For each provider: credentials (from ``GET /_emulator/accounts``), a live test call, for Plivo also a
conference and a multiparty call (by name and uuid), and one *finished* recording on a separate call
(pinned on GETs so the media check sees a complete file). The result is exactly the set of variables
a live run reads (``environment.py``), so the tests cannot tell the two targets apart.

    python -m contract_tests.provision --emulator-url http://127.0.0.1:8080   # prints `export ...` lines
"""

from __future__ import annotations

import argparse
import base64
import functools
import secrets
import shlex
import sys
from collections.abc import Iterable, Sequence

import httpx

from . import environment
from .control_api import ControlApi
from .providers import PROVIDERS, ProviderName


def basic_auth_header(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _finished_plivo_recording(http: httpx.Client, auth: tuple[str, str], auth_id: str, call: str) -> str:
    record = f"/v1/Account/{auth_id}/Call/{call}/Record/"
    started = http.post(record, json={"file_format": "wav"}, auth=auth)
    started.raise_for_status()
    return str(started.json()["recording_id"])


def _stop_plivo(http: httpx.Client, auth: tuple[str, str], auth_id: str, call: str) -> None:
    http.delete(f"/v1/Account/{auth_id}/Call/{call}/Record/", auth=auth).raise_for_status()


def _twilio_style_recording(http: httpx.Client, call_path: str, headers: dict[str, str]) -> str:
    started = http.post(f"{call_path}/Recordings.json", data={}, headers=headers)
    started.raise_for_status()
    return str(started.json()["sid"])


def provision_emulator(base_url: str, providers: Iterable[ProviderName] = PROVIDERS) -> dict[str, str]:
    """Create the test resources on the emulator at ``base_url``; return the variables describing them."""
    control = ControlApi(base_url)
    http = httpx.Client(base_url=base_url, timeout=30, trust_env=False)
    try:
        accounts = control.accounts()
        env: dict[str, str] = {environment.EMULATOR_URL: base_url}
        stops: list[functools.partial[None]] = []
        wanted = set(providers)
        if "plivo" in wanted:
            plivo = accounts["plivo"]
            auth = (plivo["auth_id"], plivo["auth_token"])
            suffix = secrets.token_hex(4)
            conference = control.create_conference(f"contract-room-{suffix}")
            # Two multiparty calls: one addressed by name, the other by uuid. On one MPC, a stateful
            # step that stops recording by uuid would end a recording started by name, which
            # Schemathesis (seeing two different paths) reports as a created resource gone missing.
            named_mpc = control.create_mpc(f"contract_mpc_{suffix}")
            uuid_mpc = control.create_mpc(f"contract_mpc_by_uuid_{suffix}")
            fixture_call = control.create_call("plivo")
            env |= {
                "PLIVO_BASE_URL": base_url,
                "PLIVO_AUTH_ID": plivo["auth_id"],
                "PLIVO_AUTH_TOKEN": plivo["auth_token"],
                "PLIVO_TEST_CALL_UUID": control.create_call("plivo"),
                "PLIVO_TEST_CONFERENCE_NAME": conference.name,
                "PLIVO_TEST_MPC_NAME": named_mpc.name,
                "PLIVO_TEST_MPC_UUID": uuid_mpc.uuid,
                environment.EMULATOR_MPCS: f"{named_mpc.uuid},{uuid_mpc.uuid}",
                "PLIVO_TEST_RECORDING_ID": _finished_plivo_recording(
                    http, auth, plivo["auth_id"], fixture_call
                ),
            }
            stops.append(functools.partial(_stop_plivo, http, auth, plivo["auth_id"], fixture_call))
        if "telnyx" in wanted:
            telnyx = accounts["telnyx"]
            headers = {"Authorization": f"Bearer {telnyx['api_key']}"}
            fixture_call = control.create_call("telnyx")
            call_path = f"/v2/texml/Accounts/{telnyx['account_sid']}/Calls/{fixture_call}"
            sid = _twilio_style_recording(http, call_path, headers)
            env |= {
                "TELNYX_BASE_URL": base_url + "/v2",
                "TELNYX_ACCOUNT_SID": telnyx["account_sid"],
                "TELNYX_API_KEY": telnyx["api_key"],
                "TELNYX_PUBLIC_KEY": telnyx["public_key"],
                "TELNYX_TEST_CALL_SID": control.create_call("telnyx"),
                "TELNYX_TEST_RECORDING_SID": sid,
            }
            stops.append(functools.partial(control.hang_up, fixture_call))
        if "signalwire" in wanted:
            signalwire = accounts["signalwire"]
            sw_call = control.create_call("signalwire")
            call_path = f"/api/laml/2010-04-01/Accounts/{signalwire['project_id']}/Calls/{sw_call}"
            sw_sid = _twilio_style_recording(
                http, call_path, basic_auth_header(signalwire["project_id"], signalwire["api_token"])
            )
            env |= {
                "SIGNALWIRE_BASE_URL": base_url + "/api/laml/2010-04-01",
                "SIGNALWIRE_PROJECT_ID": signalwire["project_id"],
                "SIGNALWIRE_API_TOKEN": signalwire["api_token"],
                "SIGNALWIRE_SIGNING_KEY": signalwire["signing_key"],
                "SIGNALWIRE_TEST_CALL_SID": control.create_call("signalwire"),
                "SIGNALWIRE_TEST_RECORDING_SID": sw_sid,
            }
            stops.append(functools.partial(control.hang_up, sw_call))
        if stops:
            control.advance_clock(3.0)  # the fixture recordings last 3 s: real audio, not an empty file
            for stop in stops:
                stop()
        return env
    finally:
        http.close()
        control.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.provision", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--emulator-url", required=True, help="base URL of a running emulator")
    parser.add_argument("--provider", choices=("all", *PROVIDERS), default="all")
    args = parser.parse_args(argv)
    providers: tuple[ProviderName, ...] = PROVIDERS if args.provider == "all" else (args.provider,)
    for name, value in provision_emulator(args.emulator_url, providers).items():
        sys.stdout.write(f"export {name}={shlex.quote(value)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
