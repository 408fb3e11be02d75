from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_async_ack import PlivoAsyncAck
from ...models.plivo_error import PlivoError
from ...models.plivo_mpc_recording_started import PlivoMpcRecordingStarted
from ...models.plivo_start_mpc_recording_request import PlivoStartMpcRecordingRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    mpc_name: str,
    *,
    body: PlivoStartMpcRecordingRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Account/{auth_id}/MultiPartyCall/name_{mpc_name}/Record/".format(
            auth_id=quote(str(auth_id), safe=""),
            mpc_name=quote(str(mpc_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PlivoAsyncAck | PlivoMpcRecordingStarted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_plivo_start_mpc_recording_response_type_0 = PlivoMpcRecordingStarted.from_dict(data)

                return componentsschemas_plivo_start_mpc_recording_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_plivo_start_mpc_recording_response_type_1 = PlivoAsyncAck.from_dict(data)

            return componentsschemas_plivo_start_mpc_recording_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:

        def _parse_response_202(data: object) -> PlivoAsyncAck | PlivoMpcRecordingStarted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_plivo_start_mpc_recording_response_type_0 = PlivoMpcRecordingStarted.from_dict(data)

                return componentsschemas_plivo_start_mpc_recording_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_plivo_start_mpc_recording_response_type_1 = PlivoAsyncAck.from_dict(data)

            return componentsschemas_plivo_start_mpc_recording_response_type_1

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
) -> Response[PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartMpcRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError]:
    """Start recording a multiparty call (by friendly name)

     Starts recording the whole MPC named `mpc_name`. The answer carries `recording_url` (not `url` as in
    call and conference recording). Plivo does not document the status code: the py SDK mock uses 200,
    the ruby mock 202; both are documented here and every SDK accepts either. Status events for this
    recording go to `recording_callback_url`. `callback_url` switches to Plivo's asynchronous mode
    (answer `{"api_id","message"}` only).

    SDK quirks: go always sends `"record_track_type": ""` (a participant-recording field; ignored here),
    py always sends `file_format`, `recording_callback_method` and `"transcript": false`.

    Args:
        auth_id (str):
        mpc_name (str):
        body (PlivoStartMpcRecordingRequest | Unset): Parameters of
            startMpcRecordingByName/ByUuid. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        mpc_name=mpc_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartMpcRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError | None:
    """Start recording a multiparty call (by friendly name)

     Starts recording the whole MPC named `mpc_name`. The answer carries `recording_url` (not `url` as in
    call and conference recording). Plivo does not document the status code: the py SDK mock uses 200,
    the ruby mock 202; both are documented here and every SDK accepts either. Status events for this
    recording go to `recording_callback_url`. `callback_url` switches to Plivo's asynchronous mode
    (answer `{"api_id","message"}` only).

    SDK quirks: go always sends `"record_track_type": ""` (a participant-recording field; ignored here),
    py always sends `file_format`, `recording_callback_method` and `"transcript": false`.

    Args:
        auth_id (str):
        mpc_name (str):
        body (PlivoStartMpcRecordingRequest | Unset): Parameters of
            startMpcRecordingByName/ByUuid. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        mpc_name=mpc_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartMpcRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError]:
    """Start recording a multiparty call (by friendly name)

     Starts recording the whole MPC named `mpc_name`. The answer carries `recording_url` (not `url` as in
    call and conference recording). Plivo does not document the status code: the py SDK mock uses 200,
    the ruby mock 202; both are documented here and every SDK accepts either. Status events for this
    recording go to `recording_callback_url`. `callback_url` switches to Plivo's asynchronous mode
    (answer `{"api_id","message"}` only).

    SDK quirks: go always sends `"record_track_type": ""` (a participant-recording field; ignored here),
    py always sends `file_format`, `recording_callback_method` and `"transcript": false`.

    Args:
        auth_id (str):
        mpc_name (str):
        body (PlivoStartMpcRecordingRequest | Unset): Parameters of
            startMpcRecordingByName/ByUuid. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        mpc_name=mpc_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartMpcRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError | None:
    """Start recording a multiparty call (by friendly name)

     Starts recording the whole MPC named `mpc_name`. The answer carries `recording_url` (not `url` as in
    call and conference recording). Plivo does not document the status code: the py SDK mock uses 200,
    the ruby mock 202; both are documented here and every SDK accepts either. Status events for this
    recording go to `recording_callback_url`. `callback_url` switches to Plivo's asynchronous mode
    (answer `{"api_id","message"}` only).

    SDK quirks: go always sends `"record_track_type": ""` (a participant-recording field; ignored here),
    py always sends `file_format`, `recording_callback_method` and `"transcript": false`.

    Args:
        auth_id (str):
        mpc_name (str):
        body (PlivoStartMpcRecordingRequest | Unset): Parameters of
            startMpcRecordingByName/ByUuid. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoMpcRecordingStarted | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            mpc_name=mpc_name,
            client=client,
            body=body,
        )
    ).parsed
