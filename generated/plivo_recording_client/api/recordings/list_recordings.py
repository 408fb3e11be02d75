from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plivo_error import PlivoError
from ...models.plivo_recording_list import PlivoRecordingList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    auth_id: str,
    *,
    subaccount: str | Unset = UNSET,
    call_uuid: str | Unset = UNSET,
    add_time: str | Unset = UNSET,
    add_time_gt: str | Unset = UNSET,
    add_time_gte: str | Unset = UNSET,
    add_time_lt: str | Unset = UNSET,
    add_time_lte: str | Unset = UNSET,
    recording_storage_duration: int | Unset = UNSET,
    recording_storage_duration_gt: int | Unset = UNSET,
    recording_storage_duration_gte: int | Unset = UNSET,
    recording_storage_duration_lt: int | Unset = UNSET,
    recording_storage_duration_lte: int | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    conference_name: str | Unset = UNSET,
    conference_uuid: str | Unset = UNSET,
    mpc_name: str | Unset = UNSET,
    mpc_uuid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    params["call_uuid"] = call_uuid

    params["add_time"] = add_time

    params["add_time__gt"] = add_time_gt

    params["add_time__gte"] = add_time_gte

    params["add_time__lt"] = add_time_lt

    params["add_time__lte"] = add_time_lte

    params["recording_storage_duration"] = recording_storage_duration

    params["recording_storage_duration__gt"] = recording_storage_duration_gt

    params["recording_storage_duration__gte"] = recording_storage_duration_gte

    params["recording_storage_duration__lt"] = recording_storage_duration_lt

    params["recording_storage_duration__lte"] = recording_storage_duration_lte

    params["from_number"] = from_number

    params["to_number"] = to_number

    params["conference_name"] = conference_name

    params["conference_uuid"] = conference_uuid

    params["mpc_name"] = mpc_name

    params["mpc_uuid"] = mpc_uuid

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Account/{auth_id}/Recording/".format(
            auth_id=quote(str(auth_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlivoError | PlivoRecordingList | None:
    if response.status_code == 200:
        response_200 = PlivoRecordingList.from_dict(response.json())

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
) -> Response[PlivoError | PlivoRecordingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    call_uuid: str | Unset = UNSET,
    add_time: str | Unset = UNSET,
    add_time_gt: str | Unset = UNSET,
    add_time_gte: str | Unset = UNSET,
    add_time_lt: str | Unset = UNSET,
    add_time_lte: str | Unset = UNSET,
    recording_storage_duration: int | Unset = UNSET,
    recording_storage_duration_gt: int | Unset = UNSET,
    recording_storage_duration_gte: int | Unset = UNSET,
    recording_storage_duration_lt: int | Unset = UNSET,
    recording_storage_duration_lte: int | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    conference_name: str | Unset = UNSET,
    conference_uuid: str | Unset = UNSET,
    mpc_name: str | Unset = UNSET,
    mpc_uuid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[PlivoError | PlivoRecordingList]:
    """List recordings

     Lists recordings, 1-20 per page (`limit`, default 20) from `offset` (default 0).
    `meta.next`/`meta.previous` are relative paths with a query string, or null.

    Search window (docs): without an `add_time` filter only the last seven days are searched; an
    `add_time` range wider than 30 days answers 400. Timestamps are UTC. The py SDK always sends
    `limit=20&offset=0`.

    Args:
        auth_id (str):
        subaccount (str | Unset):
        call_uuid (str | Unset):
        add_time (str | Unset):
        add_time_gt (str | Unset):
        add_time_gte (str | Unset):
        add_time_lt (str | Unset):
        add_time_lte (str | Unset):
        recording_storage_duration (int | Unset):
        recording_storage_duration_gt (int | Unset):
        recording_storage_duration_gte (int | Unset):
        recording_storage_duration_lt (int | Unset):
        recording_storage_duration_lte (int | Unset):
        from_number (str | Unset):
        to_number (str | Unset):
        conference_name (str | Unset):
        conference_uuid (str | Unset):
        mpc_name (str | Unset):
        mpc_uuid (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoError | PlivoRecordingList]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        subaccount=subaccount,
        call_uuid=call_uuid,
        add_time=add_time,
        add_time_gt=add_time_gt,
        add_time_gte=add_time_gte,
        add_time_lt=add_time_lt,
        add_time_lte=add_time_lte,
        recording_storage_duration=recording_storage_duration,
        recording_storage_duration_gt=recording_storage_duration_gt,
        recording_storage_duration_gte=recording_storage_duration_gte,
        recording_storage_duration_lt=recording_storage_duration_lt,
        recording_storage_duration_lte=recording_storage_duration_lte,
        from_number=from_number,
        to_number=to_number,
        conference_name=conference_name,
        conference_uuid=conference_uuid,
        mpc_name=mpc_name,
        mpc_uuid=mpc_uuid,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    call_uuid: str | Unset = UNSET,
    add_time: str | Unset = UNSET,
    add_time_gt: str | Unset = UNSET,
    add_time_gte: str | Unset = UNSET,
    add_time_lt: str | Unset = UNSET,
    add_time_lte: str | Unset = UNSET,
    recording_storage_duration: int | Unset = UNSET,
    recording_storage_duration_gt: int | Unset = UNSET,
    recording_storage_duration_gte: int | Unset = UNSET,
    recording_storage_duration_lt: int | Unset = UNSET,
    recording_storage_duration_lte: int | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    conference_name: str | Unset = UNSET,
    conference_uuid: str | Unset = UNSET,
    mpc_name: str | Unset = UNSET,
    mpc_uuid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PlivoError | PlivoRecordingList | None:
    """List recordings

     Lists recordings, 1-20 per page (`limit`, default 20) from `offset` (default 0).
    `meta.next`/`meta.previous` are relative paths with a query string, or null.

    Search window (docs): without an `add_time` filter only the last seven days are searched; an
    `add_time` range wider than 30 days answers 400. Timestamps are UTC. The py SDK always sends
    `limit=20&offset=0`.

    Args:
        auth_id (str):
        subaccount (str | Unset):
        call_uuid (str | Unset):
        add_time (str | Unset):
        add_time_gt (str | Unset):
        add_time_gte (str | Unset):
        add_time_lt (str | Unset):
        add_time_lte (str | Unset):
        recording_storage_duration (int | Unset):
        recording_storage_duration_gt (int | Unset):
        recording_storage_duration_gte (int | Unset):
        recording_storage_duration_lt (int | Unset):
        recording_storage_duration_lte (int | Unset):
        from_number (str | Unset):
        to_number (str | Unset):
        conference_name (str | Unset):
        conference_uuid (str | Unset):
        mpc_name (str | Unset):
        mpc_uuid (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoError | PlivoRecordingList
    """

    return sync_detailed(
        auth_id=auth_id,
        client=client,
        subaccount=subaccount,
        call_uuid=call_uuid,
        add_time=add_time,
        add_time_gt=add_time_gt,
        add_time_gte=add_time_gte,
        add_time_lt=add_time_lt,
        add_time_lte=add_time_lte,
        recording_storage_duration=recording_storage_duration,
        recording_storage_duration_gt=recording_storage_duration_gt,
        recording_storage_duration_gte=recording_storage_duration_gte,
        recording_storage_duration_lt=recording_storage_duration_lt,
        recording_storage_duration_lte=recording_storage_duration_lte,
        from_number=from_number,
        to_number=to_number,
        conference_name=conference_name,
        conference_uuid=conference_uuid,
        mpc_name=mpc_name,
        mpc_uuid=mpc_uuid,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    call_uuid: str | Unset = UNSET,
    add_time: str | Unset = UNSET,
    add_time_gt: str | Unset = UNSET,
    add_time_gte: str | Unset = UNSET,
    add_time_lt: str | Unset = UNSET,
    add_time_lte: str | Unset = UNSET,
    recording_storage_duration: int | Unset = UNSET,
    recording_storage_duration_gt: int | Unset = UNSET,
    recording_storage_duration_gte: int | Unset = UNSET,
    recording_storage_duration_lt: int | Unset = UNSET,
    recording_storage_duration_lte: int | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    conference_name: str | Unset = UNSET,
    conference_uuid: str | Unset = UNSET,
    mpc_name: str | Unset = UNSET,
    mpc_uuid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[PlivoError | PlivoRecordingList]:
    """List recordings

     Lists recordings, 1-20 per page (`limit`, default 20) from `offset` (default 0).
    `meta.next`/`meta.previous` are relative paths with a query string, or null.

    Search window (docs): without an `add_time` filter only the last seven days are searched; an
    `add_time` range wider than 30 days answers 400. Timestamps are UTC. The py SDK always sends
    `limit=20&offset=0`.

    Args:
        auth_id (str):
        subaccount (str | Unset):
        call_uuid (str | Unset):
        add_time (str | Unset):
        add_time_gt (str | Unset):
        add_time_gte (str | Unset):
        add_time_lt (str | Unset):
        add_time_lte (str | Unset):
        recording_storage_duration (int | Unset):
        recording_storage_duration_gt (int | Unset):
        recording_storage_duration_gte (int | Unset):
        recording_storage_duration_lt (int | Unset):
        recording_storage_duration_lte (int | Unset):
        from_number (str | Unset):
        to_number (str | Unset):
        conference_name (str | Unset):
        conference_uuid (str | Unset):
        mpc_name (str | Unset):
        mpc_uuid (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlivoError | PlivoRecordingList]
    """

    kwargs = _get_kwargs(
        auth_id=auth_id,
        subaccount=subaccount,
        call_uuid=call_uuid,
        add_time=add_time,
        add_time_gt=add_time_gt,
        add_time_gte=add_time_gte,
        add_time_lt=add_time_lt,
        add_time_lte=add_time_lte,
        recording_storage_duration=recording_storage_duration,
        recording_storage_duration_gt=recording_storage_duration_gt,
        recording_storage_duration_gte=recording_storage_duration_gte,
        recording_storage_duration_lt=recording_storage_duration_lt,
        recording_storage_duration_lte=recording_storage_duration_lte,
        from_number=from_number,
        to_number=to_number,
        conference_name=conference_name,
        conference_uuid=conference_uuid,
        mpc_name=mpc_name,
        mpc_uuid=mpc_uuid,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    auth_id: str,
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    call_uuid: str | Unset = UNSET,
    add_time: str | Unset = UNSET,
    add_time_gt: str | Unset = UNSET,
    add_time_gte: str | Unset = UNSET,
    add_time_lt: str | Unset = UNSET,
    add_time_lte: str | Unset = UNSET,
    recording_storage_duration: int | Unset = UNSET,
    recording_storage_duration_gt: int | Unset = UNSET,
    recording_storage_duration_gte: int | Unset = UNSET,
    recording_storage_duration_lt: int | Unset = UNSET,
    recording_storage_duration_lte: int | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    conference_name: str | Unset = UNSET,
    conference_uuid: str | Unset = UNSET,
    mpc_name: str | Unset = UNSET,
    mpc_uuid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PlivoError | PlivoRecordingList | None:
    """List recordings

     Lists recordings, 1-20 per page (`limit`, default 20) from `offset` (default 0).
    `meta.next`/`meta.previous` are relative paths with a query string, or null.

    Search window (docs): without an `add_time` filter only the last seven days are searched; an
    `add_time` range wider than 30 days answers 400. Timestamps are UTC. The py SDK always sends
    `limit=20&offset=0`.

    Args:
        auth_id (str):
        subaccount (str | Unset):
        call_uuid (str | Unset):
        add_time (str | Unset):
        add_time_gt (str | Unset):
        add_time_gte (str | Unset):
        add_time_lt (str | Unset):
        add_time_lte (str | Unset):
        recording_storage_duration (int | Unset):
        recording_storage_duration_gt (int | Unset):
        recording_storage_duration_gte (int | Unset):
        recording_storage_duration_lt (int | Unset):
        recording_storage_duration_lte (int | Unset):
        from_number (str | Unset):
        to_number (str | Unset):
        conference_name (str | Unset):
        conference_uuid (str | Unset):
        mpc_name (str | Unset):
        mpc_uuid (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlivoError | PlivoRecordingList
    """

    return (
        await asyncio_detailed(
            auth_id=auth_id,
            client=client,
            subaccount=subaccount,
            call_uuid=call_uuid,
            add_time=add_time,
            add_time_gt=add_time_gt,
            add_time_gte=add_time_gte,
            add_time_lt=add_time_lt,
            add_time_lte=add_time_lte,
            recording_storage_duration=recording_storage_duration,
            recording_storage_duration_gt=recording_storage_duration_gt,
            recording_storage_duration_gte=recording_storage_duration_gte,
            recording_storage_duration_lt=recording_storage_duration_lt,
            recording_storage_duration_lte=recording_storage_duration_lte,
            from_number=from_number,
            to_number=to_number,
            conference_name=conference_name,
            conference_uuid=conference_uuid,
            mpc_name=mpc_name,
            mpc_uuid=mpc_uuid,
            limit=limit,
            offset=offset,
        )
    ).parsed
