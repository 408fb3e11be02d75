from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.laml_recording_list import LamlRecordingList
from ...models.signal_wire_error import SignalWireError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["DateCreated"] = date_created

    params["Page"] = page

    params["PageSize"] = page_size

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LamlRecordingList | SignalWireError | None:
    if response.status_code == 200:
        response_200 = LamlRecordingList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = SignalWireError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LamlRecordingList | SignalWireError]:
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
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[LamlRecordingList | SignalWireError]:
    """List the recordings of a call

     Lists the recordings of one call, newest first, in a Twilio-style page envelope. Not in SignalWire's
    published spec, but advertised by the Call resource (`subresource_uris.recordings`) and called by
    the SDK
    (`client.calls(C).recordings.list()`); shape as Twilio's `ListCallRecording`. Also served without
    `.json`.
    Follow `next_page_uri` verbatim to page.

    Args:
        account_sid (str):
        call_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecordingList | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        date_created=date_created,
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
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> LamlRecordingList | SignalWireError | None:
    """List the recordings of a call

     Lists the recordings of one call, newest first, in a Twilio-style page envelope. Not in SignalWire's
    published spec, but advertised by the Call resource (`subresource_uris.recordings`) and called by
    the SDK
    (`client.calls(C).recordings.list()`); shape as Twilio's `ListCallRecording`. Also served without
    `.json`.
    Follow `next_page_uri` verbatim to page.

    Args:
        account_sid (str):
        call_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecordingList | SignalWireError
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        date_created=date_created,
        page=page,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[LamlRecordingList | SignalWireError]:
    """List the recordings of a call

     Lists the recordings of one call, newest first, in a Twilio-style page envelope. Not in SignalWire's
    published spec, but advertised by the Call resource (`subresource_uris.recordings`) and called by
    the SDK
    (`client.calls(C).recordings.list()`); shape as Twilio's `ListCallRecording`. Also served without
    `.json`.
    Follow `next_page_uri` verbatim to page.

    Args:
        account_sid (str):
        call_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecordingList | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        date_created=date_created,
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
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> LamlRecordingList | SignalWireError | None:
    """List the recordings of a call

     Lists the recordings of one call, newest first, in a Twilio-style page envelope. Not in SignalWire's
    published spec, but advertised by the Call resource (`subresource_uris.recordings`) and called by
    the SDK
    (`client.calls(C).recordings.list()`); shape as Twilio's `ListCallRecording`. Also served without
    `.json`.
    Follow `next_page_uri` verbatim to page.

    Args:
        account_sid (str):
        call_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecordingList | SignalWireError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            date_created=date_created,
            page=page,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
