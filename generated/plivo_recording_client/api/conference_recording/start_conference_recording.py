from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_async_ack import PlivoAsyncAck
from ...models.plivo_conference_recording_started import PlivoConferenceRecordingStarted
from ...models.plivo_error import PlivoError
from ...models.plivo_start_conference_recording_request import PlivoStartConferenceRecordingRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    conference_name: str,
    *,
    body: PlivoStartConferenceRecordingRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Account/{auth_id}/Conference/{conference_name}/Record/".format(
            auth_id=quote(str(auth_id), safe=""),
            conference_name=quote(str(conference_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError | None:
    if response.status_code == 202:

        def _parse_response_202(data: object) -> PlivoAsyncAck | PlivoConferenceRecordingStarted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_plivo_start_conference_recording_response_type_0 = (
                    PlivoConferenceRecordingStarted.from_dict(data)
                )

                return componentsschemas_plivo_start_conference_recording_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_plivo_start_conference_recording_response_type_1 = PlivoAsyncAck.from_dict(data)

            return componentsschemas_plivo_start_conference_recording_response_type_1

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
) -> Response[PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartConferenceRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError]:
    """Start recording a conference

     Starts recording the conference; 202 with the media `url`. The legacy docs page shows no
    `recording_id` in the answer, the SDK fixtures (py, ruby, node) include it; it is optional here.
    `time_limit` is not documented for conferences but go and java send it. java sends no body at all.
    As for calls, `callback_url` is both the "recording ended" webhook and the asynchronous-mode switch,
    so the 202 schema admits the `{"api_id","message"}`-only answer. The legacy page names the path
    variable `{conference_id}`; it is the conference name.

    Args:
        auth_id (str):
        conference_name (str):
        body (PlivoStartConferenceRecordingRequest | Unset): Parameters of
            startConferenceRecording. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        conference_name=conference_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartConferenceRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError | None:
    """Start recording a conference

     Starts recording the conference; 202 with the media `url`. The legacy docs page shows no
    `recording_id` in the answer, the SDK fixtures (py, ruby, node) include it; it is optional here.
    `time_limit` is not documented for conferences but go and java send it. java sends no body at all.
    As for calls, `callback_url` is both the "recording ended" webhook and the asynchronous-mode switch,
    so the 202 schema admits the `{"api_id","message"}`-only answer. The legacy page names the path
    variable `{conference_id}`; it is the conference name.

    Args:
        auth_id (str):
        conference_name (str):
        body (PlivoStartConferenceRecordingRequest | Unset): Parameters of
            startConferenceRecording. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        conference_name=conference_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartConferenceRecordingRequest | Unset = UNSET,
) -> Response[PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError]:
    """Start recording a conference

     Starts recording the conference; 202 with the media `url`. The legacy docs page shows no
    `recording_id` in the answer, the SDK fixtures (py, ruby, node) include it; it is optional here.
    `time_limit` is not documented for conferences but go and java send it. java sends no body at all.
    As for calls, `callback_url` is both the "recording ended" webhook and the asynchronous-mode switch,
    so the 202 schema admits the `{"api_id","message"}`-only answer. The legacy page names the path
    variable `{conference_id}`; it is the conference name.

    Args:
        auth_id (str):
        conference_name (str):
        body (PlivoStartConferenceRecordingRequest | Unset): Parameters of
            startConferenceRecording. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        conference_name=conference_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlivoStartConferenceRecordingRequest | Unset = UNSET,
) -> PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError | None:
    """Start recording a conference

     Starts recording the conference; 202 with the media `url`. The legacy docs page shows no
    `recording_id` in the answer, the SDK fixtures (py, ruby, node) include it; it is optional here.
    `time_limit` is not documented for conferences but go and java send it. java sends no body at all.
    As for calls, `callback_url` is both the "recording ended" webhook and the asynchronous-mode switch,
    so the 202 schema admits the `{"api_id","message"}`-only answer. The legacy page names the path
    variable `{conference_id}`; it is the conference name.

    Args:
        auth_id (str):
        conference_name (str):
        body (PlivoStartConferenceRecordingRequest | Unset): Parameters of
            startConferenceRecording. All optional; unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoAsyncAck | PlivoConferenceRecordingStarted | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            conference_name=conference_name,
            client=client,
            body=body,
        )
    ).parsed
