from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_call_recording import TexmlCallRecording
from ...models.texml_update_call_recording_form import TexmlUpdateCallRecordingForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    *,
    body: TexmlUpdateCallRecordingForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings/{recording_sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
            recording_sid=quote(str(recording_sid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TelnyxErrors | TexmlCallRecording | None:
    if response.status_code == 200:
        response_200 = TexmlCallRecording.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TelnyxErrors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TelnyxErrors.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = TelnyxErrors.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = TelnyxErrors.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = TelnyxErrors.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TelnyxErrors.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TelnyxErrors | TexmlCallRecording]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlUpdateCallRecordingForm | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlCallRecording]:
    """Update recording on a call

     Pauses (`paused`), resumes (`in-progress`) or stops (`stopped`) a recording of a call (upstream
    `UpdateTeXMLCallRecording`). A stopped recording is finalized; `getRecording` then reports
    `status: completed` and a `duration`.

    Upstream marks `Status` optional and the body not required, so this spec does too. The emulator
    treats a missing `Status` as a no-op and returns the recording unchanged.

    The body is `application/x-www-form-urlencoded` only. The Python SDK sends `{"Status": ...}` as JSON
    instead; the emulator tolerates that, but this spec does not declare it.

    The `200` response uses the same schema as `startCallRecording`, so it has no `status` field. The
    upstream description of this response says "create response", a copy-paste slip.

    Args:
        account_sid (str):
        call_sid (str):
        recording_sid (str):
        body (TexmlUpdateCallRecordingForm | Unset): Form fields of `updateCallRecording`
            (upstream `TexmlUpdateCallRecordingRequestBody`, whose title
            says "Create" by copy-paste). Upstream marks `Status` optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlCallRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        recording_sid=recording_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlUpdateCallRecordingForm | Unset = UNSET,
) -> TelnyxErrors | TexmlCallRecording | None:
    """Update recording on a call

     Pauses (`paused`), resumes (`in-progress`) or stops (`stopped`) a recording of a call (upstream
    `UpdateTeXMLCallRecording`). A stopped recording is finalized; `getRecording` then reports
    `status: completed` and a `duration`.

    Upstream marks `Status` optional and the body not required, so this spec does too. The emulator
    treats a missing `Status` as a no-op and returns the recording unchanged.

    The body is `application/x-www-form-urlencoded` only. The Python SDK sends `{"Status": ...}` as JSON
    instead; the emulator tolerates that, but this spec does not declare it.

    The `200` response uses the same schema as `startCallRecording`, so it has no `status` field. The
    upstream description of this response says "create response", a copy-paste slip.

    Args:
        account_sid (str):
        call_sid (str):
        recording_sid (str):
        body (TexmlUpdateCallRecordingForm | Unset): Form fields of `updateCallRecording`
            (upstream `TexmlUpdateCallRecordingRequestBody`, whose title
            says "Create" by copy-paste). Upstream marks `Status` optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlCallRecording
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        recording_sid=recording_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlUpdateCallRecordingForm | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlCallRecording]:
    """Update recording on a call

     Pauses (`paused`), resumes (`in-progress`) or stops (`stopped`) a recording of a call (upstream
    `UpdateTeXMLCallRecording`). A stopped recording is finalized; `getRecording` then reports
    `status: completed` and a `duration`.

    Upstream marks `Status` optional and the body not required, so this spec does too. The emulator
    treats a missing `Status` as a no-op and returns the recording unchanged.

    The body is `application/x-www-form-urlencoded` only. The Python SDK sends `{"Status": ...}` as JSON
    instead; the emulator tolerates that, but this spec does not declare it.

    The `200` response uses the same schema as `startCallRecording`, so it has no `status` field. The
    upstream description of this response says "create response", a copy-paste slip.

    Args:
        account_sid (str):
        call_sid (str):
        recording_sid (str):
        body (TexmlUpdateCallRecordingForm | Unset): Form fields of `updateCallRecording`
            (upstream `TexmlUpdateCallRecordingRequestBody`, whose title
            says "Create" by copy-paste). Upstream marks `Status` optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlCallRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        recording_sid=recording_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlUpdateCallRecordingForm | Unset = UNSET,
) -> TelnyxErrors | TexmlCallRecording | None:
    """Update recording on a call

     Pauses (`paused`), resumes (`in-progress`) or stops (`stopped`) a recording of a call (upstream
    `UpdateTeXMLCallRecording`). A stopped recording is finalized; `getRecording` then reports
    `status: completed` and a `duration`.

    Upstream marks `Status` optional and the body not required, so this spec does too. The emulator
    treats a missing `Status` as a no-op and returns the recording unchanged.

    The body is `application/x-www-form-urlencoded` only. The Python SDK sends `{"Status": ...}` as JSON
    instead; the emulator tolerates that, but this spec does not declare it.

    The `200` response uses the same schema as `startCallRecording`, so it has no `status` field. The
    upstream description of this response says "create response", a copy-paste slip.

    Args:
        account_sid (str):
        call_sid (str):
        recording_sid (str):
        body (TexmlUpdateCallRecordingForm | Unset): Form fields of `updateCallRecording`
            (upstream `TexmlUpdateCallRecordingRequestBody`, whose title
            says "Create" by copy-paste). Upstream marks `Status` optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlCallRecording
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            recording_sid=recording_sid,
            client=client,
            body=body,
        )
    ).parsed
