from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.laml_recording import LamlRecording
from ...models.laml_update_call_recording_request import LamlUpdateCallRecordingRequest
from ...models.signal_wire_error import SignalWireError
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    body: LamlUpdateCallRecordingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}/Recordings/{sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LamlRecording | SignalWireError | None:
    if response.status_code == 200:
        response_200 = LamlRecording.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SignalWireError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SignalWireError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SignalWireError.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = SignalWireError.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = SignalWireError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SignalWireError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LamlRecording | SignalWireError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LamlUpdateCallRecordingRequest,
) -> Response[LamlRecording | SignalWireError]:
    """Pause, resume or stop a call recording

     Changes the state of an active call recording: `paused`, `in-progress` (resume) or `stopped`. While
    paused,
    `PauseBehavior` controls whether the pause is skipped or replaced with silence. Upstream operation
    `update_recording`. Also served without the `.json` suffix. SignalWire answers 200 with the
    recording.

    Args:
        account_sid (str):
        call_sid (str):
        sid (str):
        body (LamlUpdateCallRecordingRequest): Form body of `updateCallRecording`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecording | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LamlUpdateCallRecordingRequest,
) -> LamlRecording | SignalWireError | None:
    """Pause, resume or stop a call recording

     Changes the state of an active call recording: `paused`, `in-progress` (resume) or `stopped`. While
    paused,
    `PauseBehavior` controls whether the pause is skipped or replaced with silence. Upstream operation
    `update_recording`. Also served without the `.json` suffix. SignalWire answers 200 with the
    recording.

    Args:
        account_sid (str):
        call_sid (str):
        sid (str):
        body (LamlUpdateCallRecordingRequest): Form body of `updateCallRecording`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecording | SignalWireError
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LamlUpdateCallRecordingRequest,
) -> Response[LamlRecording | SignalWireError]:
    """Pause, resume or stop a call recording

     Changes the state of an active call recording: `paused`, `in-progress` (resume) or `stopped`. While
    paused,
    `PauseBehavior` controls whether the pause is skipped or replaced with silence. Upstream operation
    `update_recording`. Also served without the `.json` suffix. SignalWire answers 200 with the
    recording.

    Args:
        account_sid (str):
        call_sid (str):
        sid (str):
        body (LamlUpdateCallRecordingRequest): Form body of `updateCallRecording`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecording | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: LamlUpdateCallRecordingRequest,
) -> LamlRecording | SignalWireError | None:
    """Pause, resume or stop a call recording

     Changes the state of an active call recording: `paused`, `in-progress` (resume) or `stopped`. While
    paused,
    `PauseBehavior` controls whether the pause is skipped or replaced with silence. Upstream operation
    `update_recording`. Also served without the `.json` suffix. SignalWire answers 200 with the
    recording.

    Args:
        account_sid (str):
        call_sid (str):
        sid (str):
        body (LamlUpdateCallRecordingRequest): Form body of `updateCallRecording`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecording | SignalWireError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            sid=sid,
            client=client,
            body=body,
        )
    ).parsed
