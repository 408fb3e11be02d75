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
    *,
    date_created: str | Unset = UNSET,
    call_sid: str | Unset = UNSET,
    conference_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["DateCreated"] = date_created

    params["CallSid"] = call_sid

    params["ConferenceSid"] = conference_sid

    params["Page"] = page

    params["PageSize"] = page_size

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
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
) -> Response[LamlRecordingList | SignalWireError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    call_sid: str | Unset = UNSET,
    conference_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[LamlRecordingList | SignalWireError]:
    """List all recordings of the project

     Lists the project's recordings (call and conference recordings), newest first, in a Twilio-style
    page
    envelope. Upstream operation `list_recordings`. Also served without the `.json` suffix. Follow
    `next_page_uri` verbatim to page (it always uses the `/api/laml/2010-04-01` prefix).

    Args:
        account_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        call_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
        conference_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
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
        date_created=date_created,
        call_sid=call_sid,
        conference_sid=conference_sid,
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
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    call_sid: str | Unset = UNSET,
    conference_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> LamlRecordingList | SignalWireError | None:
    """List all recordings of the project

     Lists the project's recordings (call and conference recordings), newest first, in a Twilio-style
    page
    envelope. Upstream operation `list_recordings`. Also served without the `.json` suffix. Follow
    `next_page_uri` verbatim to page (it always uses the `/api/laml/2010-04-01` prefix).

    Args:
        account_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        call_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
        conference_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
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
        client=client,
        date_created=date_created,
        call_sid=call_sid,
        conference_sid=conference_sid,
        page=page,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    call_sid: str | Unset = UNSET,
    conference_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[LamlRecordingList | SignalWireError]:
    """List all recordings of the project

     Lists the project's recordings (call and conference recordings), newest first, in a Twilio-style
    page
    envelope. Upstream operation `list_recordings`. Also served without the `.json` suffix. Follow
    `next_page_uri` verbatim to page (it always uses the `/api/laml/2010-04-01` prefix).

    Args:
        account_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        call_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
        conference_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
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
        date_created=date_created,
        call_sid=call_sid,
        conference_sid=conference_sid,
        page=page,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    call_sid: str | Unset = UNSET,
    conference_sid: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> LamlRecordingList | SignalWireError | None:
    """List all recordings of the project

     Lists the project's recordings (call and conference recordings), newest first, in a Twilio-style
    page
    envelope. Upstream operation `list_recordings`. Also served without the `.json` suffix. Follow
    `next_page_uri` verbatim to page (it always uses the `/api/laml/2010-04-01` prefix).

    Args:
        account_sid (str):
        date_created (str | Unset): A date filter value - `YYYY-MM-DD` or ISO 8601 `YYYY-MM-
            DDThh:mm:ssZ` (what twilio-python sends, depending
            on the list) or an RFC 2822 date-time (what SignalWire's spec documents).
             Example: 2018-09-25.
        call_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
        conference_sid (str | Unset): A SignalWire identifier (lowercase UUID). Example:
            19e436af-5688-4307-b03b-bdb2b42b8142.
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
            client=client,
            date_created=date_created,
            call_sid=call_sid,
            conference_sid=conference_sid,
            page=page,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
