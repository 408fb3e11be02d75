from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_recording_page import TexmlRecordingPage
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TelnyxErrors | TexmlRecordingPage | None:
    if response.status_code == 200:
        response_200 = TexmlRecordingPage.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = TelnyxErrors.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TelnyxErrors | TexmlRecordingPage]:
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
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`. Upstream declares no query parameters for this operation.

    Args:
        account_sid (str):
        call_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
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
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`. Upstream declares no query parameters for this operation.

    Args:
        account_sid (str):
        call_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecordingPage
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`. Upstream declares no query parameters for this operation.

    Args:
        account_sid (str):
        call_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`. Upstream declares no query parameters for this operation.

    Args:
        account_sid (str):
        call_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecordingPage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
        )
    ).parsed
