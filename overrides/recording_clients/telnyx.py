"""``TelnyxRecordings``: the Telnyx TeXML call-recording API (``specs/telnyx_texml.yaml``).

    from recording_clients import TelnyxRecordings
    with TelnyxRecordings(account_sid="61bf923e-...") as telnyx:   # TELNYX_API_KEY from the environment
        rec = telnyx.start_call_recording("v3:abc", TexmlStartCallRecordingForm(recording_channels="dual"))

* Base URL: ``base_url=``, then ``TELNYX_BASE_URL``, then ``https://api.telnyx.com/v2``. The base URL
  includes the ``/v2`` prefix (the emulator: ``http://127.0.0.1:8080/v2``).
* Auth: ``Authorization: Bearer <api_key>`` (``api_key=`` or ``TELNYX_API_KEY``).
* ``account_sid`` (the organization id) fills the path: constructor, ``TELNYX_ACCOUNT_SID``, or per call.
* ``v3:`` call SIDs keep their colon in the path (the generator would send ``v3%3A``).
* Retries: see :mod:`recording_clients._http`. ``start_call_recording`` is not idempotent; the update
  (set ``Status`` to paused / in-progress / stopped), GETs and DELETE are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import httpx
from telnyx_texml_client.api.te_xml_call_recordings import (
    list_call_recordings,
    start_call_recording,
    update_call_recording,
)
from telnyx_texml_client.api.te_xml_recordings import delete_recording, get_recording, list_recordings
from telnyx_texml_client.client import AuthenticatedClient
from telnyx_texml_client.models import (
    TexmlCallRecording,
    TexmlRecording,
    TexmlRecordingPage,
    TexmlStartCallRecordingForm,
    TexmlUpdateCallRecordingForm,
)
from telnyx_texml_client.types import UNSET, Unset

from . import _config
from ._http import USER_AGENT, FacadeBase, Retrier, as_timeout, expect, httpx_args
from .errors import ConfigurationError

__all__ = ["TelnyxRecordings"]

T = TypeVar("T")


def _opt(value: T | None) -> T | Unset:
    return UNSET if value is None else value


class TelnyxRecordings(FacadeBase):
    """Typed, retrying client for every operation of ``specs/telnyx_texml.yaml``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        account_sid: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        token = _config.credential(api_key, "TELNYX_API_KEY", "Telnyx", "api_key", environ)
        self.account_sid = _config.setting(account_sid, "TELNYX_ACCOUNT_SID", environ)
        self.base_url = _config.base_url(base_url, "TELNYX_BASE_URL", _config.TELNYX_PRODUCTION_URL, environ)
        self._retrier = Retrier(max_retries)
        self._client = AuthenticatedClient(
            base_url=self.base_url,
            token=token,
            timeout=as_timeout(timeout),
            headers={"User-Agent": USER_AGENT},
            httpx_args=httpx_args(auth=None, transport=transport, colon_hook=True),
        )

    def _account(self, account_sid: str | None) -> str:
        sid = account_sid or self.account_sid
        if not sid:
            raise ConfigurationError(
                "Telnyx account_sid is missing: pass account_sid= or set TELNYX_ACCOUNT_SID"
            )
        return sid

    def start_call_recording(
        self,
        call_sid: str,
        body: TexmlStartCallRecordingForm | None = None,
        *,
        account_sid: str | None = None,
    ) -> TexmlCallRecording:
        """``POST .../Calls/{call_sid}/Recordings.json``. Not retried once the request may have been sent."""
        acct = self._account(account_sid)
        response = self._call(
            lambda: start_call_recording.sync_detailed(acct, call_sid, client=self._client, body=_opt(body)),
            idempotent=False,
        )
        return expect(response, TexmlCallRecording)

    def list_call_recordings(self, call_sid: str, *, account_sid: str | None = None) -> TexmlRecordingPage:
        """``GET .../Calls/{call_sid}/Recordings.json``."""
        acct = self._account(account_sid)
        response = self._call(
            lambda: list_call_recordings.sync_detailed(acct, call_sid, client=self._client), idempotent=True
        )
        return expect(response, TexmlRecordingPage)

    def update_call_recording(
        self,
        call_sid: str,
        recording_sid: str,
        body: TexmlUpdateCallRecordingForm | None = None,
        *,
        account_sid: str | None = None,
    ) -> TexmlCallRecording:
        """``POST .../Calls/{call_sid}/Recordings/{recording_sid}.json`` (pause / resume / stop)."""
        acct = self._account(account_sid)
        response = self._call(
            lambda: update_call_recording.sync_detailed(
                acct, call_sid, recording_sid, client=self._client, body=_opt(body)
            ),
            idempotent=True,
        )
        return expect(response, TexmlCallRecording)

    def list_recordings(
        self,
        *,
        date_created: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        account_sid: str | None = None,
    ) -> TexmlRecordingPage:
        """``GET .../Recordings.json``: all recordings of the account, one page."""
        acct = self._account(account_sid)
        response = self._call(
            lambda: list_recordings.sync_detailed(
                acct,
                client=self._client,
                date_created=_opt(date_created),
                page=_opt(page),
                page_size=_opt(page_size),
                page_token=_opt(page_token),
            ),
            idempotent=True,
        )
        return expect(response, TexmlRecordingPage)

    def get_recording(self, recording_sid: str, *, account_sid: str | None = None) -> TexmlRecording:
        """``GET .../Recordings/{recording_sid}.json``."""
        acct = self._account(account_sid)
        response = self._call(
            lambda: get_recording.sync_detailed(acct, recording_sid, client=self._client), idempotent=True
        )
        return expect(response, TexmlRecording)

    def delete_recording(self, recording_sid: str, *, account_sid: str | None = None) -> None:
        """``DELETE .../Recordings/{recording_sid}.json`` (204)."""
        acct = self._account(account_sid)
        self._call(
            lambda: delete_recording.sync_detailed(acct, recording_sid, client=self._client), idempotent=True
        )
