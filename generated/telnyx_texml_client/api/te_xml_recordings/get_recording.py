from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_recording import TexmlRecording
from ...types import Response


def _get_kwargs(
    account_sid: str,
    recording_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/texml/Accounts/{account_sid}/Recordings/{recording_sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            recording_sid=quote(str(recording_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TelnyxErrors | TexmlRecording | None:
    if response.status_code == 200:
        response_200 = TexmlRecording.from_dict(response.json())

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
) -> Response[TelnyxErrors | TexmlRecording]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TelnyxErrors | TexmlRecording]:
    """Fetch recording resource

     Returns the recording resource identified by `recording_sid` (upstream `GetTeXMLCallRecording`).
    This schema differs from the start/update response: it adds `status`, `media_url` and
    `subresources_uris`, lacks `price`, `price_unit` and `track`, and its `uri` is the account-level
    URI.

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        recording_sid=recording_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> TelnyxErrors | TexmlRecording | None:
    """Fetch recording resource

     Returns the recording resource identified by `recording_sid` (upstream `GetTeXMLCallRecording`).
    This schema differs from the start/update response: it adds `status`, `media_url` and
    `subresources_uris`, lacks `price`, `price_unit` and `track`, and its `uri` is the account-level
    URI.

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecording
    """

    return sync_detailed(
        account_sid=account_sid,
        recording_sid=recording_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TelnyxErrors | TexmlRecording]:
    """Fetch recording resource

     Returns the recording resource identified by `recording_sid` (upstream `GetTeXMLCallRecording`).
    This schema differs from the start/update response: it adds `status`, `media_url` and
    `subresources_uris`, lacks `price`, `price_unit` and `track`, and its `uri` is the account-level
    URI.

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecording]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        recording_sid=recording_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    recording_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> TelnyxErrors | TexmlRecording | None:
    """Fetch recording resource

     Returns the recording resource identified by `recording_sid` (upstream `GetTeXMLCallRecording`).
    This schema differs from the start/update response: it adds `status`, `media_url` and
    `subresources_uris`, lacks `price`, `price_unit` and `track`, and its `uri` is the account-level
    URI.

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecording
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            recording_sid=recording_sid,
            client=client,
        )
    ).parsed
