from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_error import PlivoError
from ...models.plivo_recording import PlivoRecording
from ...types import Response


def _get_kwargs(
    auth_id: str,
    recording_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Account/{auth_id}/Recording/{recording_id}/".format(
            auth_id=quote(str(auth_id), safe=""),
            recording_id=quote(str(recording_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlivoError | PlivoRecording | None:
    if response.status_code == 200:
        response_200 = PlivoRecording.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlivoError | PlivoRecording]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    recording_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PlivoError | PlivoRecording]:
    """Retrieve a recording

     Returns one Recording object, with `api_id` at the top level. Numeric storage fields are JSON
    numbers and the `*_ms` fields decimal strings (see PlivoRecording for the docs/SDK disagreement).

    Args:
        auth_id (str):
        recording_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoError | PlivoRecording]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        recording_id=recording_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    recording_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PlivoError | PlivoRecording | None:
    """Retrieve a recording

     Returns one Recording object, with `api_id` at the top level. Numeric storage fields are JSON
    numbers and the `*_ms` fields decimal strings (see PlivoRecording for the docs/SDK disagreement).

    Args:
        auth_id (str):
        recording_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoError | PlivoRecording
    """

    return sync_detailed(
        auth_id=auth_id,
        recording_id=recording_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    recording_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PlivoError | PlivoRecording]:
    """Retrieve a recording

     Returns one Recording object, with `api_id` at the top level. Numeric storage fields are JSON
    numbers and the `*_ms` fields decimal strings (see PlivoRecording for the docs/SDK disagreement).

    Args:
        auth_id (str):
        recording_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoError | PlivoRecording]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        recording_id=recording_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    recording_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PlivoError | PlivoRecording | None:
    """Retrieve a recording

     Returns one Recording object, with `api_id` at the top level. Numeric storage fields are JSON
    numbers and the `*_ms` fields decimal strings (see PlivoRecording for the docs/SDK disagreement).

    Args:
        auth_id (str):
        recording_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoError | PlivoRecording
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            recording_id=recording_id,
            client=client,
        )
    ).parsed
