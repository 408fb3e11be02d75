from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_recording_page import TexmlRecordingPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Page"] = page

    params["PageSize"] = page_size

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/texml/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
        "params": params,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`, newest first.

    Upstream declares no query parameters for this operation, but the page envelope it returns links
    `Page`, `PageSize` and `PageToken` in `uri`, `first_page_uri`, `next_page_uri` and
    `previous_page_uri`, Twilio-style. This spec declares them so that a client following
    `next_page_uri` gets the next page (and does not loop on page 0). The official Python SDK method
    (`retrieve_recordings_json`) sends none of them and gets the first page.

    Args:
        account_sid (str):
        call_sid (str):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        page=page,
        page_size=page_size,
        page_token=page_token,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`, newest first.

    Upstream declares no query parameters for this operation, but the page envelope it returns links
    `Page`, `PageSize` and `PageToken` in `uri`, `first_page_uri`, `next_page_uri` and
    `previous_page_uri`, Twilio-style. This spec declares them so that a client following
    `next_page_uri` gets the next page (and does not loop on page 0). The official Python SDK method
    (`retrieve_recordings_json`) sends none of them and gets the first page.

    Args:
        account_sid (str):
        call_sid (str):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

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
        page=page,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`, newest first.

    Upstream declares no query parameters for this operation, but the page envelope it returns links
    `Page`, `PageSize` and `PageToken` in `uri`, `first_page_uri`, `next_page_uri` and
    `previous_page_uri`, Twilio-style. This spec declares them so that a client following
    `next_page_uri` gets the next page (and does not loop on page 0). The official Python SDK method
    (`retrieve_recordings_json`) sends none of them and gets the first page.

    Args:
        account_sid (str):
        call_sid (str):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        page=page,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch recordings for a call

     Returns the recordings of one call (upstream `FetchTeXMLCallRecordings`) in the same page envelope
    as
    `listRecordings`, newest first.

    Upstream declares no query parameters for this operation, but the page envelope it returns links
    `Page`, `PageSize` and `PageToken` in `uri`, `first_page_uri`, `next_page_uri` and
    `previous_page_uri`, Twilio-style. This spec declares them so that a client following
    `next_page_uri` gets the next page (and does not loop on page 0). The official Python SDK method
    (`retrieve_recordings_json`) sends none of them and gets the first page.

    Args:
        account_sid (str):
        call_sid (str):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

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
            page=page,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
