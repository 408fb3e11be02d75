from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_async_ack import PlivoAsyncAck
from ...models.plivo_call_recording_started import PlivoCallRecordingStarted
from ...models.plivo_error import PlivoError
from ...models.plivo_start_call_recording_request import PlivoStartCallRecordingRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    call_uuid: str,
    *,
    body: PlivoStartCallRecordingRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Account/{auth_id}/Call/{call_uuid}/Record/".format(
            auth_id=quote(str(auth_id), safe=""),
            call_uuid=quote(str(call_uuid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError | None:
    if response.status_code == 202:

        def _parse_response_202(data: object) -> PlivoAsyncAck | PlivoCallRecordingStarted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_plivo_start_call_recording_response_type_0 = PlivoCallRecordingStarted.from_dict(data)

                return componentsschemas_plivo_start_call_recording_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_plivo_start_call_recording_response_type_1 = PlivoAsyncAck.from_dict(data)

            return componentsschemas_plivo_start_call_recording_response_type_1

        response_202 = _parse_response_202(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = PlivoError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PlivoError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PlivoError.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = PlivoError.from_dict(response.json())

        return response_405

    if response.status_code == 415:
        response_415 = PlivoError.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = PlivoError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartCallRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError]:
    """Start recording a call

     Starts recording an active call and answers 202 with the media `url` and the `recording_id`. All
    body fields are optional and the body itself may be absent (java sends none on conference record).
    Numeric fields are accepted as JSON numbers or numeric strings (the docs' curl sample sends
    `time_limit` as a string; go, ruby and java send integers).

    Quirk (async mode): `callback_url` is documented both as the "recording ended" webhook and as the
    switch for Plivo's generic asynchronous mode. With `callback_url` present the live API answers only
    `{"api_id", "message": "async api spawned"}` (inferred from the async docs, php issue #204 and php
    PR #360; the least certain point of this spec), so the 202 schema admits both shapes. Both callbacks
    are listed under `callbacks`.

    The python SDK also puts `call_uuid` into the body; unknown keys are ignored and the path is
    authoritative.

    Args:
        auth_id (str):
        call_uuid (str):
        body (PlivoStartCallRecordingRequest | Unset): Parameters of startCallRecording. All
            optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        call_uuid=call_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartCallRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError | None:
    """Start recording a call

     Starts recording an active call and answers 202 with the media `url` and the `recording_id`. All
    body fields are optional and the body itself may be absent (java sends none on conference record).
    Numeric fields are accepted as JSON numbers or numeric strings (the docs' curl sample sends
    `time_limit` as a string; go, ruby and java send integers).

    Quirk (async mode): `callback_url` is documented both as the "recording ended" webhook and as the
    switch for Plivo's generic asynchronous mode. With `callback_url` present the live API answers only
    `{"api_id", "message": "async api spawned"}` (inferred from the async docs, php issue #204 and php
    PR #360; the least certain point of this spec), so the 202 schema admits both shapes. Both callbacks
    are listed under `callbacks`.

    The python SDK also puts `call_uuid` into the body; unknown keys are ignored and the path is
    authoritative.

    Args:
        auth_id (str):
        call_uuid (str):
        body (PlivoStartCallRecordingRequest | Unset): Parameters of startCallRecording. All
            optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        call_uuid=call_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartCallRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError]:
    """Start recording a call

     Starts recording an active call and answers 202 with the media `url` and the `recording_id`. All
    body fields are optional and the body itself may be absent (java sends none on conference record).
    Numeric fields are accepted as JSON numbers or numeric strings (the docs' curl sample sends
    `time_limit` as a string; go, ruby and java send integers).

    Quirk (async mode): `callback_url` is documented both as the "recording ended" webhook and as the
    switch for Plivo's generic asynchronous mode. With `callback_url` present the live API answers only
    `{"api_id", "message": "async api spawned"}` (inferred from the async docs, php issue #204 and php
    PR #360; the least certain point of this spec), so the 202 schema admits both shapes. Both callbacks
    are listed under `callbacks`.

    The python SDK also puts `call_uuid` into the body; unknown keys are ignored and the path is
    authoritative.

    Args:
        auth_id (str):
        call_uuid (str):
        body (PlivoStartCallRecordingRequest | Unset): Parameters of startCallRecording. All
            optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        call_uuid=call_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartCallRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError | None:
    """Start recording a call

     Starts recording an active call and answers 202 with the media `url` and the `recording_id`. All
    body fields are optional and the body itself may be absent (java sends none on conference record).
    Numeric fields are accepted as JSON numbers or numeric strings (the docs' curl sample sends
    `time_limit` as a string; go, ruby and java send integers).

    Quirk (async mode): `callback_url` is documented both as the "recording ended" webhook and as the
    switch for Plivo's generic asynchronous mode. With `callback_url` present the live API answers only
    `{"api_id", "message": "async api spawned"}` (inferred from the async docs, php issue #204 and php
    PR #360; the least certain point of this spec), so the 202 schema admits both shapes. Both callbacks
    are listed under `callbacks`.

    The python SDK also puts `call_uuid` into the body; unknown keys are ignored and the path is
    authoritative.

    Args:
        auth_id (str):
        call_uuid (str):
        body (PlivoStartCallRecordingRequest | Unset): Parameters of startCallRecording. All
            optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoCallRecordingStarted | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            call_uuid=call_uuid,
            client=client,
            body=body,
        )
    ).parsed
