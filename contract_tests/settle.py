"""Bring a target to rest after a run, so every recording has ended and every callback has been sent.

This is the one place where emulator and live targets differ after setup:

* emulator (``CONTRACT_EMULATOR_URL`` set): hang up the test call, end the conference and the
  multiparty call through the control API (that ends every recording on them), then flush the
  emulator's callback queue;
* live: stop the recordings the run started through the provider's own API (Plivo: everything on the
  test call, conference and MPC), then wait until the receiver has been quiet for a while (at most
  ``CONTRACT_CALLBACK_WAIT`` seconds).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import httpx

from . import environment
from .control_api import ControlApi
from .environment import ProviderTarget
from .provision import basic_auth_header
from .receiver import get_receiver

log = logging.getLogger("contract_tests")


def settle(target: ProviderTarget, recording_ids: Iterable[str]) -> list[dict[str, object]] | None:
    """End everything on ``target``; return the emulator's delivery log (``None`` for a live target).

    ``recording_ids``: recordings the run started with a callback URL (live: stopped one by one).
    """
    control_url = environment.emulator_url()
    receiver = get_receiver()
    if control_url is None:
        try:
            _stop_live(target, list(recording_ids))
        except httpx.HTTPError as exc:  # the suite has already judged these endpoints
            log.warning("could not stop %s recordings: %s", target.name, exc)
        receiver.wait_quiet(quiet=3.0, timeout=environment.callback_wait())
        return None
    control = ControlApi(control_url)
    try:
        ids = target.path_ids
        for param in ("call_uuid", "call_sid", "CallSid"):
            if param in ids:
                control.hang_up(ids[param])
        if "conference_name" in ids:
            control.end_conference(ids["conference_name"])
        mpcs = environment.emulator_mpcs() or ([ids["mpc_uuid"]] if "mpc_uuid" in ids else [])
        for mpc_uuid in mpcs:
            control.end_mpc(mpc_uuid)
        if not control.flush_callbacks(timeout=30):
            log.warning("the emulator still had callbacks pending after 30 s")
        receiver.wait_quiet(quiet=0.2, timeout=5)
        return [dict(d) for d in control.deliveries(target.name)]
    finally:
        control.close()


def _stop_live(target: ProviderTarget, recording_ids: list[str]) -> None:
    ids = target.path_ids
    with httpx.Client(base_url=target.base_url, timeout=30) as http:
        if target.name == "plivo":
            auth = (target.account, target.secret)
            prefix = f"/v1/Account/{target.account}"
            http.delete(f"{prefix}/Call/{ids['call_uuid']}/Record/", auth=auth)
            http.delete(f"{prefix}/Conference/{ids['conference_name']}/Record/", auth=auth)
            http.delete(f"{prefix}/MultiPartyCall/uuid_{ids['mpc_uuid']}/Record/", auth=auth)
            http.delete(f"{prefix}/MultiPartyCall/name_{ids['mpc_name']}/Record/", auth=auth)
            return
        if target.name == "telnyx":
            headers = {"Authorization": f"Bearer {target.secret}"}
            call = f"/texml/Accounts/{target.account}/Calls/{ids['call_sid']}"
        else:
            headers = basic_auth_header(target.account, target.secret)
            call = f"/Accounts/{target.account}/Calls/{ids['CallSid']}"
        for sid in dict.fromkeys(recording_ids):  # already stopped or deleted: 4xx, fine
            http.post(f"{call}/Recordings/{sid}.json", data={"Status": "stopped"}, headers=headers)
