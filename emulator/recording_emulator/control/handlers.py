"""Control API handlers: accounts, calls, rooms, clock, callback log, reset, problems."""

from __future__ import annotations

from typing import Any, Protocol

from ..core.emulator import Emulator
from ..core.errors import ApiError, ErrorKind, bad_request, not_found
from ..core.ids import new_uuid
from ..core.provider import ApiRequest, ApiResponse, HandlerRegistry
from ..core.records import CALLS, CONFERENCES, DELIVERIES, MPCS, Call, Conference, Delivery, Mpc

DEFAULT_FROM = "+15550001111"
DEFAULT_TO = "+15550002222"


class CallHost(Protocol):
    """What every provider backend offers the control API."""

    @property
    def account(self) -> str: ...

    def new_call(self, account: str, now: float, *, from_number: str, to_number: str) -> Call: ...

    def hang_up(self, call: Call, now: float) -> None: ...


class ControlBackend:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.store = emulator.store

    def host(self, provider: str) -> CallHost:
        backend = self.emulator.backends.get(provider)
        if backend is None:
            raise bad_request(f"provider {provider!r} is not served")
        host: CallHost = backend
        return host

    def call(self, call_id: str) -> Call:
        found = self.store.select(CALLS, "call_id = ?", (call_id,))
        if not found:
            raise not_found("call not found")
        return found[0]


handlers: HandlerRegistry[ControlBackend] = HandlerRegistry("emulator")


def _call_json(call: Call) -> dict[str, Any]:
    return {
        "provider": call.provider,
        "call_id": call.call_id,
        "account": call.account,
        "state": call.state,
        "from": call.from_number,
        "to": call.to_number,
    }


@handlers("getHealth")
def get_health(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    providers = [name for name in ("plivo", "telnyx", "signalwire") if name in backend.emulator.backends]
    return ApiResponse(
        200, {"status": "ok", "providers": providers, "test_mode": backend.emulator.config.test_mode}
    )


@handlers("getAccounts")
def get_accounts(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    creds = backend.emulator.credentials
    return ApiResponse(
        200,
        {
            "plivo": {"auth_id": creds.plivo_auth_id, "auth_token": creds.plivo_auth_token},
            "telnyx": {
                "account_sid": creds.telnyx_account_sid,
                "api_key": creds.telnyx_api_key,
                "public_key": backend.emulator.telnyx.public_key_b64,
            },
            "signalwire": {
                "project_id": creds.signalwire_project_id,
                "api_token": creds.signalwire_api_token,
                "signing_key": creds.signalwire_signing_key,
            },
        },
    )


@handlers("createCall")
def create_call(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    host = backend.host(req.body["provider"])
    call = host.new_call(
        host.account,
        req.now,
        from_number=req.body.get("from", DEFAULT_FROM),
        to_number=req.body.get("to", DEFAULT_TO),
    )
    return ApiResponse(201, _call_json(call))


@handlers("getCall")
def get_call(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    return ApiResponse(200, _call_json(backend.call(req.path["call_id"])))


@handlers("hangUpCall")
def hang_up_call(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    call = backend.call(req.path["call_id"])
    if call.state != "live":
        raise ApiError(ErrorKind.CONFLICT, "call already ended")
    backend.host(call.provider).hang_up(call, req.now)
    return ApiResponse(204)


@handlers("setCallTranscript")
def set_call_transcript(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    call = backend.call(req.path["call_id"])
    call.transcript = req.body["text"]
    with backend.store.write():
        backend.store.update(CALLS, call)
    return ApiResponse(204)


@handlers("createConference")
def create_conference(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    account = backend.host("plivo").account
    name = req.body["name"]
    existing = backend.store.get(CONFERENCES, "plivo", account, name)
    if existing is not None and existing.state == "live":
        raise ApiError(ErrorKind.CONFLICT, f"conference {name!r} is already live")
    conference = Conference("plivo", account, name, new_uuid(), "live", req.now)
    with backend.store.write():
        if existing is not None:
            backend.store.delete(CONFERENCES, "plivo", account, name)
        backend.store.insert(CONFERENCES, conference)
        _set_room_transcript(backend, conference.uuid, req.body.get("transcript"))
    return ApiResponse(201, {"name": conference.name, "uuid": conference.uuid})


@handlers("endConference")
def end_conference(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    account = backend.host("plivo").account
    conference = backend.store.get(CONFERENCES, "plivo", account, req.path["name"])
    if conference is None or conference.state != "live":
        raise not_found("conference not found")
    plivo: Any = backend.emulator.backends["plivo"]
    plivo.end_conference(conference, req.now)
    return ApiResponse(204)


@handlers("createMpc")
def create_mpc(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    account = backend.host("plivo").account
    name = req.body["name"]
    live = backend.store.select(
        MPCS, "provider = 'plivo' AND account = ? AND name = ? AND state = 'live'", (account, name)
    )
    if live:
        raise ApiError(ErrorKind.CONFLICT, f"multiparty call {name!r} is already live")
    mpc = Mpc("plivo", account, new_uuid(), name, "live", 0, req.now)
    with backend.store.write():
        backend.store.insert(MPCS, mpc)
        _set_room_transcript(backend, mpc.uuid, req.body.get("transcript"), kind="mpc")
    return ApiResponse(201, {"name": mpc.name, "uuid": mpc.uuid})


def _set_room_transcript(
    backend: ControlBackend, uuid: str, text: str | None, kind: str = "conference"
) -> None:
    if text is not None:
        backend.emulator.set_meta(f"plivo:{kind}-transcript:{uuid}", text)


@handlers("endMpc")
def end_mpc(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    account = backend.host("plivo").account
    mpc = backend.store.get(MPCS, "plivo", account, req.path["mpc_uuid"])
    if mpc is None or mpc.state != "live":
        raise not_found("multiparty call not found")
    plivo: Any = backend.emulator.backends["plivo"]
    plivo.end_mpc(mpc, req.now)
    return ApiResponse(204)


def _clock_json(backend: ControlBackend) -> dict[str, Any]:
    clock = backend.emulator.clock
    return {"now": clock.now(), "mode": clock.mode, "offset": clock.offset}


@handlers("getClock")
def get_clock(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    return ApiResponse(200, _clock_json(backend))


@handlers("advanceClock")
def advance_clock(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    backend.emulator.advance_clock(float(req.body["seconds"]))
    return ApiResponse(200, _clock_json(backend))


def _delivery_json(delivery: Delivery) -> dict[str, Any]:
    return {
        "id": delivery.id,
        "provider": delivery.provider,
        "event": delivery.event,
        "schema": delivery.schema,
        "url": delivery.url,
        "method": delivery.method,
        "request_url": delivery.request_url,
        "headers": delivery.request_headers,
        "body": delivery.request_body,
        "payload": delivery.payload,
        "attempts": delivery.attempts,
        "max_attempts": delivery.max_attempts,
        "state": delivery.state,
        "response_status": delivery.response_status,
        "error": delivery.last_error,
    }


@handlers("listCallbacks")
def list_callbacks(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    clauses, params = [], []
    for name in ("provider", "state"):
        if name in req.query:
            clauses.append(f"{name} = ?")
            params.append(req.query[name])
    found = backend.store.select(DELIVERIES, " AND ".join(clauses), params, order_by="id")
    return ApiResponse(200, {"deliveries": [_delivery_json(d) for d in found]})


@handlers("flushCallbacks")
async def flush_callbacks(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    timeout = float(req.body.get("timeout", 10.0))
    if await backend.emulator.callbacks.flush(timeout):
        return ApiResponse(200, {"idle": True})
    raise ApiError(ErrorKind.INTERNAL, f"callbacks still pending after {timeout} s", status=504)


@handlers("resetEmulator")
def reset_emulator(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    backend.emulator.reset()
    return ApiResponse(204)


@handlers("listProblems")
def list_problems(backend: ControlBackend, req: ApiRequest) -> ApiResponse:
    return ApiResponse(200, {"problems": list(backend.emulator.problems)})
