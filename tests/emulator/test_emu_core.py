"""The shared core in isolation: routing, coercion, transition tables, store, clock, callback targets."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import re
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from recording_emulator.app import PROVIDERS, create_app
from recording_emulator.core.app import EmulatorApp
from recording_emulator.core.callbacks import fragment_settings, target_refusal
from recording_emulator.core.clock import Clock
from recording_emulator.core.ids import new_uuid
from recording_emulator.core.jsonenc import compact_encoder, response_bytes
from recording_emulator.core.lifecycle import InvalidTransitionError
from recording_emulator.core.operations import CompiledOperation
from recording_emulator.core.provider import ApiRequest, ApiResponse
from recording_emulator.core.routing import Router
from recording_emulator.core.spec import load_spec
from recording_emulator.core.store import Store, Table
from recording_emulator.core.validation import FieldCoercion, ObjectCoercion
from recording_emulator.providers.plivo.models import CALL_RECORDING, MPC_RECORDING
from recording_emulator.providers.twilio_style import RECORDING


def test_every_spec_operation_has_a_handler_and_no_handler_is_orphaned(tmp_path: Path) -> None:
    app = create_app(data_dir=tmp_path)
    try:
        assert app.missing_handlers() == []
        for provider in PROVIDERS:
            operation_ids = {op.operation_id for op in load_spec(provider.spec_name).operations()}
            assert set(provider.handlers.handlers) == operation_ids, provider.name
    finally:
        app.emulator.close()


def test_router_rules() -> None:
    router: Router[str] = Router()
    router.add("p", "", "/v1/Account/{auth_id}/MultiPartyCall/name_{mpc_name}/Record/", "POST", "start")
    router.add("p", "", "/v1/Account/{auth_id}/MultiPartyCall/name_{mpc_name}/Record/Pause/", "POST", "pause")
    router.add("s", "/api", "/Accounts/{A}/Recordings/{Sid}.json", "GET", "get", optional_suffix=".json")
    found = router.match("/v1/Account/MA1/MultiPartyCall/name_my_mpc_1/Record/Pause")
    assert found is not None and found[0].targets["POST"] == "pause" and found[1]["mpc_name"] == "my_mpc_1"
    found = router.match("/v1/Account/MA1/MultiPartyCall/name_a%2Fb/Record/")
    assert found is not None and found[1]["mpc_name"] == "a/b"
    for path in (
        "/api/Accounts/x/Recordings/y.json",
        "/api/Accounts/x/Recordings/y",
        "/api/Accounts/x/Recordings/y/",
    ):
        found = router.match(path)
        assert found is not None and found[1] == {"A": "x", "Sid": "y"}
    assert router.match("/api/Accounts/x/Recordings") is None
    assert router.match("/v1/Account/MA1/MultiPartyCall/name_x/Record/Stop/") is None


def test_coercion_follows_the_schema() -> None:
    spec = load_spec("plivo")
    limit = FieldCoercion(spec, {"type": "integer"})
    assert limit.convert(["20"]) == 20 and limit.convert(["x"]) == "x"
    assert FieldCoercion(spec, {"type": "boolean"}).convert(["true"]) is True
    assert FieldCoercion(spec, {"type": ["integer", "null"]}).convert([""]) is None
    assert FieldCoercion(spec, {"type": "array", "items": {"type": "integer"}}).convert(["1", "2"]) == [1, 2]
    assert (
        FieldCoercion(spec, {"type": "string"}).convert(["in-progress", "completed"])
        == "in-progress completed"
    )
    form = ObjectCoercion(
        load_spec("telnyx_texml"), {"$ref": "#/components/schemas/TexmlStartCallRecordingForm"}
    )
    assert form.convert([("PlayBeep", "false"), ("Other", "1")]) == {"PlayBeep": False, "Other": "1"}


def test_transition_tables() -> None:
    assert CALL_RECORDING.next("recording", "time_limit") == "completed"
    assert MPC_RECORDING.next("paused", "resume") == "recording"
    assert RECORDING.next("paused", "stop") == "completed"
    with pytest.raises(InvalidTransitionError):
        MPC_RECORDING.next("completed", "pause")
    assert ("recording", "pause", "paused") in MPC_RECORDING.rows()
    assert MPC_RECORDING.active_states == {"recording", "paused"}


@dataclasses.dataclass
class Thing:
    key: str
    count: int
    tags: dict[str, int]
    note: str | None = None


def test_store_units_of_work(tmp_path: Path) -> None:
    things = Table(Thing, "things", key=("key",))
    store = Store(tmp_path / "db.sqlite3", [things])
    with store.write():
        store.insert(things, Thing("a", 1, {"x": 1}))
    with pytest.raises(RuntimeError), store.write():
        store.insert(things, Thing("b", 2, {}))
        raise RuntimeError("rolled back")
    assert store.get(things, "b") is None
    thing = store.get(things, "a")
    assert thing == Thing("a", 1, {"x": 1})
    store.close()
    reopened = Store(tmp_path / "db.sqlite3", [things])
    assert reopened.count(things) == 1
    reopened.close()


@dataclasses.dataclass
class Row:
    key: str
    state: str


def test_store_units_hold_back_a_lone_write_and_guard_several(tmp_path: Path) -> None:
    """A unit of one statement runs without a savepoint; a second statement or a read inside the unit
    opens one. Either way a failed unit leaves nothing behind and the batch's other units stand."""
    rows = Table(Row, "rows", key=("key",))
    store = Store(tmp_path / "db.sqlite3", [rows])

    async def batch() -> None:  # on the bound loop, units written without awaiting share one commit
        store.bind(asyncio.get_running_loop())
        with store.write():
            store.insert(rows, Row("kept", "a"))
        with pytest.raises(sqlite3.IntegrityError), store.write():
            store.insert(rows, Row("kept", "duplicate"))  # held back, fails at the end of the unit
        with pytest.raises(RuntimeError), store.write():
            store.insert(rows, Row("b", "x"))
            store.insert(rows, Row("c", "x"))  # second statement: the unit gets its savepoint
            raise RuntimeError("undo both")
        with pytest.raises(RuntimeError), store.write():
            store.insert(rows, Row("d", "x"))
            assert store.count(rows, "key = 'd'") == 1  # a read inside the unit sees the unit's write
            raise RuntimeError("undo it")
        with store.write(), store.write():  # nested units are one
            store.insert(rows, Row("e", "x"))
        await store.durable()

    asyncio.run(batch())
    assert [r.key for r in store.select(rows, order_by="key")] == ["e", "kept"]
    assert store.get(rows, "kept") == Row("kept", "a")
    assert (store.units, store.commits) == (5, 1)
    store.close()


def test_store_cached_tables_hand_out_copies_and_forget_rolled_back_writes(tmp_path: Path) -> None:
    rows = Table(Row, "rows", key=("key",), cached=True)
    store = Store(tmp_path / "db.sqlite3", [rows])
    with store.write():
        store.insert(rows, Row("a", "live"))
    first = store.get(rows, "a")
    assert first == Row("a", "live")
    assert first is not None
    first.state = "changed but never written"
    assert store.get(rows, "a") == Row("a", "live")
    with pytest.raises(RuntimeError), store.write():
        store.update(rows, Row("a", "ended"))
        raise RuntimeError("rolled back")
    assert store.get(rows, "a") == Row("a", "live")
    store.execute("UPDATE rows SET state = 'raw' WHERE key = 'a'")  # raw SQL: the cache is dropped
    assert store.get(rows, "a") == Row("a", "raw")
    with pytest.raises(TypeError):
        Table(Thing, "things", key=("key",), cached=True)  # a JSON column cannot be copied shallowly
    store.close()


def test_store_group_commit_on_the_loop(tmp_path: Path) -> None:
    """Units written while the loop is busy share one commit; every waiter resumes after it."""
    rows = Table(Row, "rows", key=("key",))
    store = Store(tmp_path / "db.sqlite3", [rows])

    async def request(key: str) -> None:
        with store.write():
            store.insert(rows, Row(key, "x"))
        await store.durable()
        reader = sqlite3.connect(tmp_path / "db.sqlite3")  # another connection sees the commit
        try:
            assert reader.execute("SELECT count(*) FROM rows WHERE key = ?", (key,)).fetchone() == (1,)
        finally:
            reader.close()

    async def main() -> None:
        store.bind(asyncio.get_running_loop())
        await asyncio.gather(*(request(f"k{i}") for i in range(20)))

    asyncio.run(main())
    assert store.units == 20 and store.commits == 1
    store.close()


def test_ids_are_version_4_unique_and_increase_with_time() -> None:
    pattern = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
    first = [new_uuid() for _ in range(2000)]
    time.sleep(0.002)
    later = new_uuid()
    assert all(pattern.fullmatch(value) for value in first)
    assert len(set(first)) == len(first)
    assert all(uuid.UUID(value).version == 4 for value in first[:10])
    assert later > max(first)


def test_json_encoders_match_the_standard_library() -> None:
    values: list[Any] = [{"a": [1, 2.5, None, True, 'é\n"x']}, [], {}, "s", 3, {"n": {"m": [{}]}}]
    for value in values:
        compact = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        assert response_bytes(value) == compact.encode()
        assert compact_encoder(ensure_ascii=False)(value) == compact
        assert compact_encoder(ensure_ascii=True)(value) == json.dumps(value, separators=(",", ":"))
    assert response_bytes({1: 2**70}) == b'{"1":1180591620717411303424}'  # beyond orjson: stdlib


def test_clock_modes() -> None:
    manual = Clock("manual", origin=1000.0)
    assert manual.now() == 1000.0 and manual.advance(5) == 1005.0
    with pytest.raises(ValueError):
        manual.advance(-1)
    assert Clock("real", offset=3600).now() > Clock("real").now() + 3500


def test_callback_targets() -> None:
    assert target_refusal("http://127.0.0.1:9/x", ()) is None
    assert target_refusal("http://[::1]:9/x", ()) is None
    assert target_refusal("http://localhost/x", ()) is None
    assert target_refusal("https://hooks.example.com/x", ()) is not None
    assert target_refusal("https://hooks.example.com/x", ("hooks.example.com",)) is None
    assert target_refusal("ftp://127.0.0.1/x", ()) is not None
    assert fragment_settings("http://h/cb?a=1#ct=2000&rc=1") == {"ct": "2000", "rc": "1"}


def _plivo_get_recording(app: EmulatorApp) -> CompiledOperation:
    return next(
        op for op in app.operations if op.spec.operation_id == "getRecording" and op.provider.name == "plivo"
    )


async def _get(app: EmulatorApp, path: str) -> httpx.Response:
    creds = app.emulator.credentials
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://emulator"
    ) as client:
        return await client.get(path, auth=(creds.plivo_auth_id, creds.plivo_auth_token))


def test_unexpected_exceptions_become_the_providers_500(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(data_dir=tmp_path, test_mode=True)

    def broken(backend: object, req: ApiRequest) -> ApiResponse:
        raise RuntimeError("boom")

    _plivo_get_recording(app).handler = broken
    try:
        with caplog.at_level(logging.ERROR, logger="recording_emulator"):
            response = asyncio.run(
                _get(app, "/v1/Account/MAEMULATOR0000000001/Recording/aaaaaaaa-bbbb-cccc/")
            )
        assert response.status_code == 500
        assert set(response.json()) == {"api_id", "error"}
        assert "RuntimeError: boom" in caplog.text
        assert any("boom" in problem for problem in app.emulator.problems)
    finally:
        app.emulator.close()


def test_test_mode_rejects_responses_that_violate_the_spec(tmp_path: Path) -> None:
    app = create_app(data_dir=tmp_path, test_mode=True)

    def wrong(backend: object, req: ApiRequest) -> ApiResponse:
        return ApiResponse(200, {"recording_id": 5})  # required fields missing, wrong type

    _plivo_get_recording(app).handler = wrong
    try:
        response = asyncio.run(_get(app, "/v1/Account/MAEMULATOR0000000001/Recording/aaaaaaaa-bbbb-cccc/"))
        assert response.status_code == 500
        assert app.emulator.problems and "response violates the spec" in app.emulator.problems[0]
    finally:
        app.emulator.close()
