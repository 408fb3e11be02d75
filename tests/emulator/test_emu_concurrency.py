"""Concurrent starts on one call: every request succeeds, ids are distinct, nothing is lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from recording_emulator.testing import Emulator

from .support import Plivo, SignalWire, Telnyx

PARALLEL = 24


def _fire(requests: list[tuple[httpx.Client, str, dict[str, str]]]) -> list[httpx.Response]:
    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(lambda r: r[0].post(r[1], data=r[2] or None), requests))


def test_plivo_concurrent_starts(emu: Emulator) -> None:
    plivo = Plivo(emu)
    call = plivo.call()
    clients = [Plivo(emu).http for _ in range(PARALLEL)]
    with ThreadPoolExecutor(PARALLEL) as pool:
        responses = list(
            pool.map(lambda c: c.post(f"/Call/{call}/Record/", json={"time_limit": 30}), clients)
        )
    assert [r.status_code for r in responses] == [202] * PARALLEL
    ids = {r.json()["recording_id"] for r in responses}
    assert len(ids) == PARALLEL
    assert plivo.http.delete(f"/Call/{call}/Record/").status_code == 204
    pages = [plivo.http.get("/Recording/", params={"call_uuid": call, "offset": o}).json() for o in (0, 20)]
    assert pages[0]["meta"]["total_count"] == PARALLEL
    assert {o["recording_id"] for page in pages for o in page["objects"]} == ids


@pytest.mark.parametrize("provider", ["telnyx", "signalwire"])
def test_twilio_style_concurrent_starts(emu: Emulator, provider: str) -> None:
    api = Telnyx(emu) if provider == "telnyx" else SignalWire(emu)
    call = api.call()
    clients = [(Telnyx(emu) if provider == "telnyx" else SignalWire(emu)).http for _ in range(PARALLEL)]
    responses = _fire([(c, f"/Calls/{call}/Recordings.json", {}) for c in clients])
    assert [r.status_code for r in responses] == [200] * PARALLEL
    sids = {r.json()["sid"] for r in responses}
    assert len(sids) == PARALLEL
    listed = api.http.get(f"/Calls/{call}/Recordings.json").json()["recordings"]
    assert {r["sid"] for r in listed} == sids
