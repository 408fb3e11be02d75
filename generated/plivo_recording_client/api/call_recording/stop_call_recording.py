from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_error import PlivoError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    call_uuid: str,
    *,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["URL"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/Account/{auth_id}/Call/{call_uuid}/Record/".format(
            auth_id=quote(str(auth_id), safe=""),
            call_uuid=quote(str(call_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PlivoError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 429:
        response_429 = PlivoError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | PlivoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    url_query: str | Unset = UNSET,
) -> Response[Any | PlivoError]:
    """Stop recording a call

     Stops all recordings of the call, or only the one whose media URL is given in `URL`. Answers 204
    with no body (ruby only accepts 200/204 on DELETE, so never 202).

    Parameters go in the query string, as the docs require for DELETE. The SDKs send a JSON body instead
    (py: `{"call_uuid": ...}`; ruby/php: `{"URL": ...}`; node would send lower-case `url`); the emulator
    accepts `URL` or `url` in either place and ignores other keys.

    Args:
        auth_id (str):
        call_uuid (str):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        call_uuid=call_uuid,
        url_query=url_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    url_query: str | Unset = UNSET,
) -> Any | PlivoError | None:
    """Stop recording a call

     Stops all recordings of the call, or only the one whose media URL is given in `URL`. Answers 204
    with no body (ruby only accepts 200/204 on DELETE, so never 202).

    Parameters go in the query string, as the docs require for DELETE. The SDKs send a JSON body instead
    (py: `{"call_uuid": ...}`; ruby/php: `{"URL": ...}`; node would send lower-case `url`); the emulator
    accepts `URL` or `url` in either place and ignores other keys.

    Args:
        auth_id (str):
        call_uuid (str):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        call_uuid=call_uuid,
        client=client,
        url_query=url_query,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    url_query: str | Unset = UNSET,
) -> Response[Any | PlivoError]:
    """Stop recording a call

     Stops all recordings of the call, or only the one whose media URL is given in `URL`. Answers 204
    with no body (ruby only accepts 200/204 on DELETE, so never 202).

    Parameters go in the query string, as the docs require for DELETE. The SDKs send a JSON body instead
    (py: `{"call_uuid": ...}`; ruby/php: `{"URL": ...}`; node would send lower-case `url`); the emulator
    accepts `URL` or `url` in either place and ignores other keys.

    Args:
        auth_id (str):
        call_uuid (str):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        call_uuid=call_uuid,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    call_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    url_query: str | Unset = UNSET,
) -> Any | PlivoError | None:
    """Stop recording a call

     Stops all recordings of the call, or only the one whose media URL is given in `URL`. Answers 204
    with no body (ruby only accepts 200/204 on DELETE, so never 202).

    Parameters go in the query string, as the docs require for DELETE. The SDKs send a JSON body instead
    (py: `{"call_uuid": ...}`; ruby/php: `{"URL": ...}`; node would send lower-case `url`); the emulator
    accepts `URL` or `url` in either place and ignores other keys.

    Args:
        auth_id (str):
        call_uuid (str):
        url_query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            call_uuid=call_uuid,
            client=client,
            url_query=url_query,
        )
    ).parsed
