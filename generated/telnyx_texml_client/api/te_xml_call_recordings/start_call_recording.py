from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_call_recording import TexmlCallRecording
from ...models.texml_start_call_recording_form import TexmlStartCallRecordingForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    body: TexmlStartCallRecordingForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: TexmlStartCallRecordingForm | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlCallRecording]:
    """Request recording for a call

     Starts recording with specified parameters for call identified by call_sid (upstream
    `StartTeXMLCallRecording`; the upstream text has the typo "idientified").

    Every body field is optional, and an empty body (or no body) starts a recording with the defaults.
    The spec declares `application/x-www-form-urlencoded` only, like upstream and the seed's curl
    sample.
    The Node SDK and curl send form bodies. The official Telnyx Python SDK (and the Go SDK) send the
    same
    PascalCase keys as `application/json` instead. The emulator tolerates JSON bodies, but this spec
    does
    not declare them: the generated client supports only one media type per body.

    The success status is `200`, as upstream and the seed both state. Twilio's equivalent returns `201`.
    The response has no `status`, `media_url` or `subresources_uris`; fetch the recording
    (`getRecording`) for those.

    `Trim` is not a parameter of this operation. Upstream declares it only on `POST .../Calls.json`
    (outbound call creation), so it is not modelled here.

    Args:
        account_sid (str):
        call_sid (str):
        body (TexmlStartCallRecordingForm | Unset): Form fields of `startCallRecording` (upstream
            `TexmlCreateCallRecordingRequestBody`). All fields are
            optional; each field's description states the provider default. `SendRecordingUrl` is not
            in the
            seed (upstream added it in 2025-06). `Trim` is not accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlCallRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlStartCallRecordingForm | Unset = UNSET,
) -> TelnyxErrors | TexmlCallRecording | None:
    """Request recording for a call

     Starts recording with specified parameters for call identified by call_sid (upstream
    `StartTeXMLCallRecording`; the upstream text has the typo "idientified").

    Every body field is optional, and an empty body (or no body) starts a recording with the defaults.
    The spec declares `application/x-www-form-urlencoded` only, like upstream and the seed's curl
    sample.
    The Node SDK and curl send form bodies. The official Telnyx Python SDK (and the Go SDK) send the
    same
    PascalCase keys as `application/json` instead. The emulator tolerates JSON bodies, but this spec
    does
    not declare them: the generated client supports only one media type per body.

    The success status is `200`, as upstream and the seed both state. Twilio's equivalent returns `201`.
    The response has no `status`, `media_url` or `subresources_uris`; fetch the recording
    (`getRecording`) for those.

    `Trim` is not a parameter of this operation. Upstream declares it only on `POST .../Calls.json`
    (outbound call creation), so it is not modelled here.

    Args:
        account_sid (str):
        call_sid (str):
        body (TexmlStartCallRecordingForm | Unset): Form fields of `startCallRecording` (upstream
            `TexmlCreateCallRecordingRequestBody`). All fields are
            optional; each field's description states the provider default. `SendRecordingUrl` is not
            in the
            seed (upstream added it in 2025-06). `Trim` is not accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlCallRecording
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlStartCallRecordingForm | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlCallRecording]:
    """Request recording for a call

     Starts recording with specified parameters for call identified by call_sid (upstream
    `StartTeXMLCallRecording`; the upstream text has the typo "idientified").

    Every body field is optional, and an empty body (or no body) starts a recording with the defaults.
    The spec declares `application/x-www-form-urlencoded` only, like upstream and the seed's curl
    sample.
    The Node SDK and curl send form bodies. The official Telnyx Python SDK (and the Go SDK) send the
    same
    PascalCase keys as `application/json` instead. The emulator tolerates JSON bodies, but this spec
    does
    not declare them: the generated client supports only one media type per body.

    The success status is `200`, as upstream and the seed both state. Twilio's equivalent returns `201`.
    The response has no `status`, `media_url` or `subresources_uris`; fetch the recording
    (`getRecording`) for those.

    `Trim` is not a parameter of this operation. Upstream declares it only on `POST .../Calls.json`
    (outbound call creation), so it is not modelled here.

    Args:
        account_sid (str):
        call_sid (str):
        body (TexmlStartCallRecordingForm | Unset): Form fields of `startCallRecording` (upstream
            `TexmlCreateCallRecordingRequestBody`). All fields are
            optional; each field's description states the provider default. `SendRecordingUrl` is not
            in the
            seed (upstream added it in 2025-06). `Trim` is not accepted here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlCallRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TexmlStartCallRecordingForm | Unset = UNSET,
) -> TelnyxErrors | TexmlCallRecording | None:
    """Request recording for a call

     Starts recording with specified parameters for call identified by call_sid (upstream
    `StartTeXMLCallRecording`; the upstream text has the typo "idientified").

    Every body field is optional, and an empty body (or no body) starts a recording with the defaults.
    The spec declares `application/x-www-form-urlencoded` only, like upstream and the seed's curl
    sample.
    The Node SDK and curl send form bodies. The official Telnyx Python SDK (and the Go SDK) send the
    same
    PascalCase keys as `application/json` instead. The emulator tolerates JSON bodies, but this spec
    does
    not declare them: the generated client supports only one media type per body.

    The success status is `200`, as upstream and the seed both state. Twilio's equivalent returns `201`.
    The response has no `status`, `media_url` or `subresources_uris`; fetch the recording
    (`getRecording`) for those.

    `Trim` is not a parameter of this operation. Upstream declares it only on `POST .../Calls.json`
    (outbound call creation), so it is not modelled here.

    Args:
        account_sid (str):
        call_sid (str):
        body (TexmlStartCallRecordingForm | Unset): Form fields of `startCallRecording` (upstream
            `TexmlCreateCallRecordingRequestBody`). All fields are
            optional; each field's description states the provider default. `SendRecordingUrl` is not
            in the
            seed (upstream added it in 2025-06). `Trim` is not accepted here.

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
            client=client,
            body=body,
        )
    ).parsed
