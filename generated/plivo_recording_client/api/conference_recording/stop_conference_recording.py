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
    conference_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/Account/{auth_id}/Conference/{conference_name}/Record/".format(
            auth_id=quote(str(auth_id), safe=""),
            conference_name=quote(str(conference_name), safe=""),
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
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PlivoError]:
    """Stop recording a conference

     Stops recording the conference. No parameters (py sends `{"conference_name": ...}` as a JSON body,
    which is ignored).

    Contradiction: the docs page shows "HTTP status: 204" *with* a JSON body `{"message": "conference
    recording stopped", "api_id": "2867b6e2-58c3-11e1-86da-adf28403fe48"}`. A 204 cannot carry a body
    (HTTP), and every SDK treats this call as returning nothing (go `RecordStop() error`, py test
    `@with_response(204)`, node mock `{}`), so the spec documents 204 with no content, and the emulator
    sends none.

    Args:
        auth_id (str):
        conference_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        conference_name=conference_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PlivoError | None:
    """Stop recording a conference

     Stops recording the conference. No parameters (py sends `{"conference_name": ...}` as a JSON body,
    which is ignored).

    Contradiction: the docs page shows "HTTP status: 204" *with* a JSON body `{"message": "conference
    recording stopped", "api_id": "2867b6e2-58c3-11e1-86da-adf28403fe48"}`. A 204 cannot carry a body
    (HTTP), and every SDK treats this call as returning nothing (go `RecordStop() error`, py test
    `@with_response(204)`, node mock `{}`), so the spec documents 204 with no content, and the emulator
    sends none.

    Args:
        auth_id (str):
        conference_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return sync_detailed(
        auth_id=auth_id,
        conference_name=conference_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PlivoError]:
    """Stop recording a conference

     Stops recording the conference. No parameters (py sends `{"conference_name": ...}` as a JSON body,
    which is ignored).

    Contradiction: the docs page shows "HTTP status: 204" *with* a JSON body `{"message": "conference
    recording stopped", "api_id": "2867b6e2-58c3-11e1-86da-adf28403fe48"}`. A 204 cannot carry a body
    (HTTP), and every SDK treats this call as returning nothing (go `RecordStop() error`, py test
    `@with_response(204)`, node mock `{}`), so the spec documents 204 with no content, and the emulator
    sends none.

    Args:
        auth_id (str):
        conference_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlivoError]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        conference_name=conference_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    conference_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PlivoError | None:
    """Stop recording a conference

     Stops recording the conference. No parameters (py sends `{"conference_name": ...}` as a JSON body,
    which is ignored).

    Contradiction: the docs page shows "HTTP status: 204" *with* a JSON body `{"message": "conference
    recording stopped", "api_id": "2867b6e2-58c3-11e1-86da-adf28403fe48"}`. A 204 cannot carry a body
    (HTTP), and every SDK treats this call as returning nothing (go `RecordStop() error`, py test
    `@with_response(204)`, node mock `{}`), so the spec documents 204 with no content, and the emulator
    sends none.

    Args:
        auth_id (str):
        conference_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlivoError
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            conference_name=conference_name,
            client=client,
        )
    ).parsed
