from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.laml_recording import LamlRecording
from ...models.signal_wire_error import SignalWireError
from ...types import Response


def _get_kwargs(
    account_sid: str,
    sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Accounts/{account_sid}/Recordings/{sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

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
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LamlRecording | SignalWireError]:
    """Fetch a recording's metadata

     Returns the recording resource as JSON (requires Basic auth with the Voice scope). Upstream
    operation
    `retrieve_recording`. Without an extension, or with `.wav`, the same path returns the audio as
    `audio/wav`; with `.mp3` as `audio/mpeg`; media URLs need no authentication by default (§1). Only
    the JSON
    variant is modelled here.

    Args:
        account_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecording | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sid=sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> LamlRecording | SignalWireError | None:
    """Fetch a recording's metadata

     Returns the recording resource as JSON (requires Basic auth with the Voice scope). Upstream
    operation
    `retrieve_recording`. Without an extension, or with `.wav`, the same path returns the audio as
    `audio/wav`; with `.mp3` as `audio/mpeg`; media URLs need no authentication by default (§1). Only
    the JSON
    variant is modelled here.

    Args:
        account_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecording | SignalWireError
    """

    return sync_detailed(
        account_sid=account_sid,
        sid=sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LamlRecording | SignalWireError]:
    """Fetch a recording's metadata

     Returns the recording resource as JSON (requires Basic auth with the Voice scope). Upstream
    operation
    `retrieve_recording`. Without an extension, or with `.wav`, the same path returns the audio as
    `audio/wav`; with `.mp3` as `audio/mpeg`; media URLs need no authentication by default (§1). Only
    the JSON
    variant is modelled here.

    Args:
        account_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LamlRecording | SignalWireError]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        sid=sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> LamlRecording | SignalWireError | None:
    """Fetch a recording's metadata

     Returns the recording resource as JSON (requires Basic auth with the Voice scope). Upstream
    operation
    `retrieve_recording`. Without an extension, or with `.wav`, the same path returns the audio as
    `audio/wav`; with `.mp3` as `audio/mpeg`; media URLs need no authentication by default (§1). Only
    the JSON
    variant is modelled here.

    Args:
        account_sid (str):
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LamlRecording | SignalWireError
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            sid=sid,
            client=client,
        )
    ).parsed
