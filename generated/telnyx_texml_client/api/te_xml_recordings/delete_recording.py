from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...types import Response


def _get_kwargs(
    account_sid: str,
    recording_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/texml/Accounts/{account_sid}/Recordings/{recording_sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            recording_sid=quote(str(recording_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TelnyxErrors | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | TelnyxErrors]:
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
) -> Response[Any | TelnyxErrors]:
    """Delete recording resource

     Deletes the recording resource identified by `recording_sid` (upstream `DeleteTeXMLCallRecording`).
    The response is `204` with no body. A later fetch returns `404`, and list results no longer include
    the recording. Upstream has no delete under `/Calls/{call_sid}/Recordings/{recording_sid}.json`
    (Twilio does).

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TelnyxErrors]
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
) -> Any | TelnyxErrors | None:
    """Delete recording resource

     Deletes the recording resource identified by `recording_sid` (upstream `DeleteTeXMLCallRecording`).
    The response is `204` with no body. A later fetch returns `404`, and list results no longer include
    the recording. Upstream has no delete under `/Calls/{call_sid}/Recordings/{recording_sid}.json`
    (Twilio does).

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TelnyxErrors
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
) -> Response[Any | TelnyxErrors]:
    """Delete recording resource

     Deletes the recording resource identified by `recording_sid` (upstream `DeleteTeXMLCallRecording`).
    The response is `204` with no body. A later fetch returns `404`, and list results no longer include
    the recording. Upstream has no delete under `/Calls/{call_sid}/Recordings/{recording_sid}.json`
    (Twilio does).

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TelnyxErrors]
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
) -> Any | TelnyxErrors | None:
    """Delete recording resource

     Deletes the recording resource identified by `recording_sid` (upstream `DeleteTeXMLCallRecording`).
    The response is `204` with no body. A later fetch returns `404`, and list results no longer include
    the recording. Upstream has no delete under `/Calls/{call_sid}/Recordings/{recording_sid}.json`
    (Twilio does).

    Args:
        account_sid (str):
        recording_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TelnyxErrors
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            recording_sid=recording_sid,
            client=client,
        )
    ).parsed
