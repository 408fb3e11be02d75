"""Persistence: state survives a clean restart and ``kill -9`` of a separate emulator process."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from recording_emulator.testing import CallbackReceiver, running_emulator, spawned_emulator

from .support import Plivo, Telnyx, unique


def test_clean_restart_keeps_state_and_clock(tmp_path: Path) -> None:
    with running_emulator(tmp_path, clock="manual") as emu:
        plivo = Plivo(emu)
        call = plivo.call()
        recording_id = plivo.http.post(f"/Call/{call}/Record/", json={}).json()["recording_id"]
        emu.advance(9)
        plivo.http.delete(f"/Call/{call}/Record/")
        telnyx = Telnyx(emu)
        telnyx_call = telnyx.call()
        sid = telnyx.http.post(f"/Calls/{telnyx_call}/Recordings.json").json()["sid"]
        offset = emu.control("GET", "/clock").json()["offset"]
    with running_emulator(tmp_path, clock="manual") as emu:
        plivo = Plivo(emu)
        recording = plivo.http.get(f"/Recording/{recording_id}/").json()
        assert recording["recording_duration_ms"] == "9000.00000"
        assert emu.control("GET", "/clock").json()["offset"] == offset
        assert emu.control("GET", f"/calls/{call}").json()["state"] == "live"
        telnyx = Telnyx(emu)
        assert telnyx.http.get(f"/Recordings/{sid}.json").json()["status"] == "in-progress"
        emu.advance(3)
        stopped = telnyx.http.post(f"/Calls/{telnyx_call}/Recordings/{sid}.json", data={"Status": "stopped"})
        assert stopped.json()["duration"] == "3"


@pytest.mark.parametrize("durability", ["normal", "full"])
def test_kill_9_loses_nothing_acknowledged(
    tmp_path: Path, receiver: CallbackReceiver, durability: str
) -> None:
    """``normal`` (the default) writes each commit to the WAL before answering, ``full`` also fsyncs it:
    both keep everything acknowledged across ``kill -9``."""
    path = unique()
    receiver.fail(path, 503)  # the first attempt fails: the delivery is pending when the process dies
    recordings: list[str] = []
    with spawned_emulator(tmp_path, 0, "--clock", "manual", "--durability", durability) as proc:
        plivo = Plivo(proc)
        call = plivo.call()
        for _ in range(20):
            recordings.append(plivo.http.post(f"/Call/{call}/Record/", json={}).json()["recording_id"])
        plivo.http.post(f"/Call/{call}/Record/", json={"callback_url": receiver.url(path)})
        assert plivo.http.delete(f"/Call/{call}/Record/").status_code == 204
        receiver.wait_for(path, 1)
        proc.kill()
    with spawned_emulator(tmp_path, 0, "--clock", "manual") as proc:
        plivo = Plivo(proc)
        for recording_id in recordings:
            assert plivo.http.get(f"/Recording/{recording_id}/").status_code == 200
        listed = plivo.http.get("/Recording/", params={"call_uuid": call, "limit": 20}).json()
        assert listed["meta"]["total_count"] == 21
        # the pending deliveries resumed after the restart
        httpx.post(proc.url("/_emulator/callbacks/flush"), json={"timeout": 10}, timeout=15)
        states = [d["state"] for d in proc.deliveries() if path in d["url"]]
        assert states == ["delivered", "delivered"]
        assert len(receiver.received(path)) >= 3


def test_time_limit_fires_on_the_real_clock_without_requests(
    tmp_path: Path, receiver: CallbackReceiver
) -> None:
    path = unique()
    with running_emulator(tmp_path, clock="real") as emu:
        plivo = Plivo(emu)
        call = plivo.call()
        plivo.http.post(f"/Call/{call}/Record/", json={"time_limit": 1, "callback_url": receiver.url(path)})
        (ended,) = [r for r in receiver.wait_for(path, 2, timeout=5) if "record_url" in r.form()]
        assert ended.form()["recording_duration_ms"] == "1000.00000"
