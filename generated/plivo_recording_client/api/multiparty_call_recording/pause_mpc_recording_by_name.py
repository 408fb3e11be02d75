from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_error import PlivoError
from ...types import Response


def _get_kwargs(
    auth_id: str,
    mpc_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Account/{auth_id}/MultiPartyCall/name_{mpc_name}/Record/Pause/".format(
            auth_id=quote(str(auth_id), safe=""),
            mpc_name=quote(str(mpc_name), safe=""),
        ),
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
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PlivoError]:
    """Pause recording a multiparty call (by friendly name)

     Pauses the MPC recording; 204 with no body (py, ruby, go, java SDKs). A POST without a body: go and
    java send none, py sends `{"friendly_name": ...}` (leaked identifier), which is ignored. Triggers an
    `MPCRecordingPaused` event on the recording callback URL.

    Args:
        auth_id (str):
        mpc_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        mpc_name=mpc_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PlivoError | None:
    """Pause recording a multiparty call (by friendly name)

     Pauses the MPC recording; 204 with no body (py, ruby, go, java SDKs). A POST without a body: go and
    java send none, py sends `{"friendly_name": ...}` (leaked identifier), which is ignored. Triggers an
    `MPCRecordingPaused` event on the recording callback URL.

    Args:
        auth_id (str):
        mpc_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        mpc_name=mpc_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PlivoError]:
    """Pause recording a multiparty call (by friendly name)

     Pauses the MPC recording; 204 with no body (py, ruby, go, java SDKs). A POST without a body: go and
    java send none, py sends `{"friendly_name": ...}` (leaked identifier), which is ignored. Triggers an
    `MPCRecordingPaused` event on the recording callback URL.

    Args:
        auth_id (str):
        mpc_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        mpc_name=mpc_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    mpc_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PlivoError | None:
    """Pause recording a multiparty call (by friendly name)

     Pauses the MPC recording; 204 with no body (py, ruby, go, java SDKs). A POST without a body: go and
    java send none, py sends `{"friendly_name": ...}` (leaked identifier), which is ignored. Triggers an
    `MPCRecordingPaused` event on the recording callback URL.

    Args:
        auth_id (str):
        mpc_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            mpc_name=mpc_name,
            client=client,
        )
    ).parsed
