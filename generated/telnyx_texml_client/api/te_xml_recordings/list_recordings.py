from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.telnyx_errors import TelnyxErrors
from ...models.texml_recording_page import TexmlRecordingPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
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
        "url": "/texml/Accounts/{account_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TelnyxErrors | TexmlRecordingPage | None:
    if response.status_code == 200:
        response_200 = TexmlRecordingPage.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = TelnyxErrors.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TelnyxErrors.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TelnyxErrors | TexmlRecordingPage]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch multiple recording resources

     Returns one page of the account's recordings (upstream `GetTeXMLCallRecordings`). Pagination is
    page-based and Twilio-like (`Page`, `PageSize`, and `PageToken` in the `*_page_uri` links). The
    Telnyx v2 `page[number]`/`meta` style is not used here. The Python SDK returns one page; it does not
    paginate automatically.

    `DateCreated` filters by creation date. Upstream also mentions the inequality forms
    (`DateCreated>=2023-05-22`, `DateCreated<=...`). On the wire those are separate parameter names
    (`DateCreated>` and `DateCreated<`), which this spec does not model. The emulator accepts them.

    Args:
        account_sid (str):
        date_created (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
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
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch multiple recording resources

     Returns one page of the account's recordings (upstream `GetTeXMLCallRecordings`). Pagination is
    page-based and Twilio-like (`Page`, `PageSize`, and `PageToken` in the `*_page_uri` links). The
    Telnyx v2 `page[number]`/`meta` style is not used here. The Python SDK returns one page; it does not
    paginate automatically.

    `DateCreated` filters by creation date. Upstream also mentions the inequality forms
    (`DateCreated>=2023-05-22`, `DateCreated<=...`). On the wire those are separate parameter names
    (`DateCreated>` and `DateCreated<`), which this spec does not model. The emulator accepts them.

    Args:
        account_sid (str):
        date_created (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecordingPage
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        date_created=date_created,
        page=page,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[TelnyxErrors | TexmlRecordingPage]:
    """Fetch multiple recording resources

     Returns one page of the account's recordings (upstream `GetTeXMLCallRecordings`). Pagination is
    page-based and Twilio-like (`Page`, `PageSize`, and `PageToken` in the `*_page_uri` links). The
    Telnyx v2 `page[number]`/`meta` style is not used here. The Python SDK returns one page; it does not
    paginate automatically.

    `DateCreated` filters by creation date. Upstream also mentions the inequality forms
    (`DateCreated>=2023-05-22`, `DateCreated<=...`). On the wire those are separate parameter names
    (`DateCreated>` and `DateCreated<`), which this spec does not model. The emulator accepts them.

    Args:
        account_sid (str):
        date_created (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TelnyxErrors | TexmlRecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        date_created=date_created,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> TelnyxErrors | TexmlRecordingPage | None:
    """Fetch multiple recording resources

     Returns one page of the account's recordings (upstream `GetTeXMLCallRecordings`). Pagination is
    page-based and Twilio-like (`Page`, `PageSize`, and `PageToken` in the `*_page_uri` links). The
    Telnyx v2 `page[number]`/`meta` style is not used here. The Python SDK returns one page; it does not
    paginate automatically.

    `DateCreated` filters by creation date. Upstream also mentions the inequality forms
    (`DateCreated>=2023-05-22`, `DateCreated<=...`). On the wire those are separate parameter names
    (`DateCreated>` and `DateCreated<`), which this spec does not model. The emulator accepts them.

    Args:
        account_sid (str):
        date_created (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TelnyxErrors | TexmlRecordingPage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            date_created=date_created,
            page=page,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
