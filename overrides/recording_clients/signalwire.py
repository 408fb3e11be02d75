"""``SignalWireRecordings``: SignalWire LaML (Twilio-compatible) recordings (``specs/signalwire_laml.yaml``).

    from recording_clients import SignalWireRecordings
    with SignalWireRecordings(space_url="example.signalwire.com") as sw:   # project id / token from env
        rec = sw.start_call_recording(call_sid, LamlStartCallRecordingRequest(recording_channels="dual"))

* Base URL: ``base_url=``, then ``SIGNALWIRE_BASE_URL``, then the Space (``space_url=`` or
  ``SIGNALWIRE_SPACE_URL``, e.g. ``example.signalwire.com``) as ``https://{space}/api/laml/2010-04-01``.
  There is no global production URL. Emulator: ``http://127.0.0.1:8080/api/laml/2010-04-01``.
* Auth: HTTP Basic, project id and API token (``project_id=``/``api_token=`` or ``SIGNALWIRE_PROJECT_ID``/
  ``SIGNALWIRE_API_TOKEN``). The project id is also the ``AccountSid`` in every path.
* Retries: see :mod:`recording_clients._http`. ``start_call_recording`` is not idempotent; the update
  (set ``Status`` to paused / in-progress / stopped), GETs and DELETE are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import httpx
from signalwire_laml_client.api.call_recordings import (
    list_call_recordings,
    start_call_recording,
    update_call_recording,
)
from signalwire_laml_client.api.recordings import delete_recording, get_recording, list_recordings
from signalwire_laml_client.client import Client
from signalwire_laml_client.models import (
    LamlRecording,
    LamlRecordingList,
    LamlStartCallRecordingRequest,
    LamlUpdateCallRecordingRequest,
)
from signalwire_laml_client.types import UNSET, Unset

from . import _config
from ._http import USER_AGENT, FacadeBase, Retrier, as_timeout, expect, httpx_args

__all__ = ["SignalWireRecordings"]

T = TypeVar("T")


def _opt(value: T | None) -> T | Unset:
    return UNSET if value is None else value


class SignalWireRecordings(FacadeBase):
    """Typed, retrying client for every operation of ``specs/signalwire_laml.yaml``."""

    def __init__(
        self,
        project_id: str | None = None,
        api_token: str | None = None,
        *,
        space_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.project_id = _config.credential(
            project_id, "SIGNALWIRE_PROJECT_ID", "SignalWire", "project_id", environ
        )
        token = _config.credential(api_token, "SIGNALWIRE_API_TOKEN", "SignalWire", "api_token", environ)
        self.base_url = _config.signalwire_base_url(base_url, space_url, environ)
        self._retrier = Retrier(max_retries)
        self._client = Client(
            base_url=self.base_url,
            timeout=as_timeout(timeout),
            headers={"User-Agent": USER_AGENT},
            httpx_args=httpx_args(auth=httpx.BasicAuth(self.project_id, token), transport=transport),
        )

    def start_call_recording(
        self, call_sid: str, body: LamlStartCallRecordingRequest | None = None
    ) -> LamlRecording:
        """``POST .../Calls/{CallSid}/Recordings.json``. Not retried once the request may have been sent."""
        response = self._call(
            lambda: start_call_recording.sync_detailed(
                self.project_id, call_sid, client=self._client, body=_opt(body)
            ),
            idempotent=False,
        )
        return expect(response, LamlRecording)

    def list_call_recordings(
        self,
        call_sid: str,
        *,
        date_created: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> LamlRecordingList:
        """``GET .../Calls/{CallSid}/Recordings.json``, one page."""
        response = self._call(
            lambda: list_call_recordings.sync_detailed(
                self.project_id,
                call_sid,
                client=self._client,
                date_created=_opt(date_created),
                page=_opt(page),
                page_size=_opt(page_size),
                page_token=_opt(page_token),
            ),
            idempotent=True,
        )
        return expect(response, LamlRecordingList)

    def update_call_recording(
        self, call_sid: str, recording_sid: str, body: LamlUpdateCallRecordingRequest
    ) -> LamlRecording:
        """``POST .../Calls/{CallSid}/Recordings/{Sid}.json`` (pause / resume / stop)."""
        response = self._call(
            lambda: update_call_recording.sync_detailed(
                self.project_id, call_sid, recording_sid, client=self._client, body=body
            ),
            idempotent=True,
        )
        return expect(response, LamlRecording)

    def list_recordings(
        self,
        *,
        date_created: str | None = None,
        call_sid: str | None = None,
        conference_sid: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> LamlRecordingList:
        """``GET .../Recordings.json``: the project's recordings, one page."""
        response = self._call(
            lambda: list_recordings.sync_detailed(
                self.project_id,
                client=self._client,
                date_created=_opt(date_created),
                call_sid=_opt(call_sid),
                conference_sid=_opt(conference_sid),
                page=_opt(page),
                page_size=_opt(page_size),
                page_token=_opt(page_token),
            ),
            idempotent=True,
        )
        return expect(response, LamlRecordingList)

    def get_recording(self, recording_sid: str) -> LamlRecording:
        """``GET .../Recordings/{Sid}.json``."""
        response = self._call(
            lambda: get_recording.sync_detailed(self.project_id, recording_sid, client=self._client),
            idempotent=True,
        )
        return expect(response, LamlRecording)

    def delete_recording(self, recording_sid: str) -> None:
        """``DELETE .../Recordings/{Sid}.json`` (204)."""
        self._call(
            lambda: delete_recording.sync_detailed(self.project_id, recording_sid, client=self._client),
            idempotent=True,
        )
