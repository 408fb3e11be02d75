"""``PlivoRecordings``: Plivo call, multiparty-call and conference recording (``specs/plivo.yaml``).

    from recording_clients import PlivoRecordings
    with PlivoRecordings() as plivo:          # PLIVO_AUTH_ID / PLIVO_AUTH_TOKEN from the environment
        started = plivo.start_call_recording(call_uuid, PlivoStartCallRecordingRequest(file_format="mp3"))

* Base URL: ``base_url=``, then ``PLIVO_BASE_URL``, then ``https://api.plivo.com`` (the spec's paths
  carry ``/v1/Account/{auth_id}/...`` and the trailing slash; the emulator: ``http://127.0.0.1:8080``).
* Auth: HTTP Basic with the auth id and auth token; the auth id also fills ``{auth_id}`` in every path.
* Start operations return the started body, or ``PlivoAsyncAck`` when ``callback_url`` made the call
  asynchronous. Stop/pause/resume/delete return ``None`` (204, with or without a body).
* Retries: see :mod:`recording_clients._http`. The three ``start_*`` operations are not idempotent;
  stop, pause, resume, GETs and DELETE are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import httpx
from plivo_recording_client.api.call_recording import start_call_recording, stop_call_recording
from plivo_recording_client.api.conference_recording import (
    start_conference_recording,
    stop_conference_recording,
)
from plivo_recording_client.api.multiparty_call_recording import (
    pause_mpc_recording_by_name,
    pause_mpc_recording_by_uuid,
    resume_mpc_recording_by_name,
    resume_mpc_recording_by_uuid,
    start_mpc_recording_by_name,
    start_mpc_recording_by_uuid,
    stop_mpc_recording_by_name,
    stop_mpc_recording_by_uuid,
)
from plivo_recording_client.api.recordings import delete_recording, get_recording, list_recordings
from plivo_recording_client.client import Client
from plivo_recording_client.models import (
    PlivoAsyncAck,
    PlivoCallRecordingStarted,
    PlivoConferenceRecordingStarted,
    PlivoMpcRecordingStarted,
    PlivoRecording,
    PlivoRecordingList,
    PlivoStartCallRecordingRequest,
    PlivoStartConferenceRecordingRequest,
    PlivoStartMpcRecordingRequest,
)
from plivo_recording_client.types import UNSET, Unset

from . import _config
from ._http import USER_AGENT, FacadeBase, Retrier, as_timeout, expect, httpx_args

__all__ = ["PlivoRecordings"]

T = TypeVar("T")


def _opt(value: T | None) -> T | Unset:
    return UNSET if value is None else value


class PlivoRecordings(FacadeBase):
    """Typed, retrying client for every operation of ``specs/plivo.yaml``."""

    def __init__(
        self,
        auth_id: str | None = None,
        auth_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.auth_id = _config.credential(auth_id, "PLIVO_AUTH_ID", "Plivo", "auth_id", environ)
        token = _config.credential(auth_token, "PLIVO_AUTH_TOKEN", "Plivo", "auth_token", environ)
        self.base_url = _config.base_url(base_url, "PLIVO_BASE_URL", _config.PLIVO_PRODUCTION_URL, environ)
        self._retrier = Retrier(max_retries)
        self._client = Client(
            base_url=self.base_url,
            timeout=as_timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            httpx_args=httpx_args(auth=httpx.BasicAuth(self.auth_id, token), transport=transport),
        )

    # --- call recording ---------------------------------------------------------------------------

    def start_call_recording(
        self, call_uuid: str, body: PlivoStartCallRecordingRequest | None = None
    ) -> PlivoCallRecordingStarted | PlivoAsyncAck:
        """``POST .../Call/{call_uuid}/Record/``. Not retried once the request may have been sent."""
        response = self._call(
            lambda: start_call_recording.sync_detailed(
                self.auth_id, call_uuid, client=self._client, body=_opt(body)
            ),
            idempotent=False,
        )
        return expect(response, (PlivoCallRecordingStarted, PlivoAsyncAck))

    def stop_call_recording(self, call_uuid: str, *, url: str | None = None) -> None:
        """``DELETE .../Call/{call_uuid}/Record/``; ``url`` stops only the recording with that URL."""
        self._call(
            lambda: stop_call_recording.sync_detailed(
                self.auth_id, call_uuid, client=self._client, url_query=_opt(url)
            ),
            idempotent=True,
        )

    # --- multiparty call recording ----------------------------------------------------------------

    def start_mpc_recording_by_name(
        self, mpc_name: str, body: PlivoStartMpcRecordingRequest | None = None
    ) -> PlivoMpcRecordingStarted | PlivoAsyncAck:
        """``POST .../MultiPartyCall/name_{mpc_name}/Record/``. Not retried once possibly sent."""
        response = self._call(
            lambda: start_mpc_recording_by_name.sync_detailed(
                self.auth_id, mpc_name, client=self._client, body=_opt(body)
            ),
            idempotent=False,
        )
        return expect(response, (PlivoMpcRecordingStarted, PlivoAsyncAck))

    def start_mpc_recording_by_uuid(
        self, mpc_uuid: str, body: PlivoStartMpcRecordingRequest | None = None
    ) -> PlivoMpcRecordingStarted | PlivoAsyncAck:
        """``POST .../MultiPartyCall/uuid_{mpc_uuid}/Record/``. Not retried once possibly sent."""
        response = self._call(
            lambda: start_mpc_recording_by_uuid.sync_detailed(
                self.auth_id, mpc_uuid, client=self._client, body=_opt(body)
            ),
            idempotent=False,
        )
        return expect(response, (PlivoMpcRecordingStarted, PlivoAsyncAck))

    def stop_mpc_recording_by_name(self, mpc_name: str) -> None:
        """``DELETE .../MultiPartyCall/name_{mpc_name}/Record/``."""
        self._call(
            lambda: stop_mpc_recording_by_name.sync_detailed(self.auth_id, mpc_name, client=self._client),
            idempotent=True,
        )

    def stop_mpc_recording_by_uuid(self, mpc_uuid: str) -> None:
        """``DELETE .../MultiPartyCall/uuid_{mpc_uuid}/Record/``."""
        self._call(
            lambda: stop_mpc_recording_by_uuid.sync_detailed(self.auth_id, mpc_uuid, client=self._client),
            idempotent=True,
        )

    def pause_mpc_recording_by_name(self, mpc_name: str) -> None:
        """``POST .../MultiPartyCall/name_{mpc_name}/Record/Pause/``."""
        self._call(
            lambda: pause_mpc_recording_by_name.sync_detailed(self.auth_id, mpc_name, client=self._client),
            idempotent=True,
        )

    def pause_mpc_recording_by_uuid(self, mpc_uuid: str) -> None:
        """``POST .../MultiPartyCall/uuid_{mpc_uuid}/Record/Pause/``."""
        self._call(
            lambda: pause_mpc_recording_by_uuid.sync_detailed(self.auth_id, mpc_uuid, client=self._client),
            idempotent=True,
        )

    def resume_mpc_recording_by_name(self, mpc_name: str) -> None:
        """``POST .../MultiPartyCall/name_{mpc_name}/Record/Resume/``."""
        self._call(
            lambda: resume_mpc_recording_by_name.sync_detailed(self.auth_id, mpc_name, client=self._client),
            idempotent=True,
        )

    def resume_mpc_recording_by_uuid(self, mpc_uuid: str) -> None:
        """``POST .../MultiPartyCall/uuid_{mpc_uuid}/Record/Resume/``."""
        self._call(
            lambda: resume_mpc_recording_by_uuid.sync_detailed(self.auth_id, mpc_uuid, client=self._client),
            idempotent=True,
        )

    # --- conference recording ---------------------------------------------------------------------

    def start_conference_recording(
        self, conference_name: str, body: PlivoStartConferenceRecordingRequest | None = None
    ) -> PlivoConferenceRecordingStarted | PlivoAsyncAck:
        """``POST .../Conference/{conference_name}/Record/``. Not retried once possibly sent."""
        response = self._call(
            lambda: start_conference_recording.sync_detailed(
                self.auth_id, conference_name, client=self._client, body=_opt(body)
            ),
            idempotent=False,
        )
        return expect(response, (PlivoConferenceRecordingStarted, PlivoAsyncAck))

    def stop_conference_recording(self, conference_name: str) -> None:
        """``DELETE .../Conference/{conference_name}/Record/``."""
        self._call(
            lambda: stop_conference_recording.sync_detailed(
                self.auth_id, conference_name, client=self._client
            ),
            idempotent=True,
        )

    # --- recording resource -----------------------------------------------------------------------

    def list_recordings(
        self,
        *,
        subaccount: str | None = None,
        call_uuid: str | None = None,
        add_time: str | None = None,
        add_time_gt: str | None = None,
        add_time_gte: str | None = None,
        add_time_lt: str | None = None,
        add_time_lte: str | None = None,
        recording_storage_duration: int | None = None,
        recording_storage_duration_gt: int | None = None,
        recording_storage_duration_gte: int | None = None,
        recording_storage_duration_lt: int | None = None,
        recording_storage_duration_lte: int | None = None,
        from_number: str | None = None,
        to_number: str | None = None,
        conference_name: str | None = None,
        conference_uuid: str | None = None,
        mpc_name: str | None = None,
        mpc_uuid: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> PlivoRecordingList:
        """``GET .../Recording/``: one page (``limit`` 1-20, ``offset``) of the account's recordings."""
        response = self._call(
            lambda: list_recordings.sync_detailed(
                self.auth_id,
                client=self._client,
                subaccount=_opt(subaccount),
                call_uuid=_opt(call_uuid),
                add_time=_opt(add_time),
                add_time_gt=_opt(add_time_gt),
                add_time_gte=_opt(add_time_gte),
                add_time_lt=_opt(add_time_lt),
                add_time_lte=_opt(add_time_lte),
                recording_storage_duration=_opt(recording_storage_duration),
                recording_storage_duration_gt=_opt(recording_storage_duration_gt),
                recording_storage_duration_gte=_opt(recording_storage_duration_gte),
                recording_storage_duration_lt=_opt(recording_storage_duration_lt),
                recording_storage_duration_lte=_opt(recording_storage_duration_lte),
                from_number=_opt(from_number),
                to_number=_opt(to_number),
                conference_name=_opt(conference_name),
                conference_uuid=_opt(conference_uuid),
                mpc_name=_opt(mpc_name),
                mpc_uuid=_opt(mpc_uuid),
                limit=_opt(limit),
                offset=_opt(offset),
            ),
            idempotent=True,
        )
        return expect(response, PlivoRecordingList)

    def get_recording(self, recording_id: str) -> PlivoRecording:
        """``GET .../Recording/{recording_id}/``."""
        response = self._call(
            lambda: get_recording.sync_detailed(self.auth_id, recording_id, client=self._client),
            idempotent=True,
        )
        return expect(response, PlivoRecording)

    def delete_recording(self, recording_id: str) -> None:
        """``DELETE .../Recording/{recording_id}/`` (204)."""
        self._call(
            lambda: delete_recording.sync_detailed(self.auth_id, recording_id, client=self._client),
            idempotent=True,
        )
