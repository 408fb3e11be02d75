"""State and rules shared by the Twilio-compatible recording APIs (Telnyx TeXML, SignalWire LaML).

Lifecycle of a call recording (``(state, event) -> state``)::

    in-progress --pause--> paused --resume--> in-progress
    in-progress | paused --stop | hangup--> completed
    (pause while paused and resume while recording are accepted no-ops)

What differs between the two providers (ids, field spellings, error codes, signatures) lives in a
:class:`Dialect`; this module never spells a provider-specific field.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from typing import Any, Protocol

from ...core.emulator import Emulator
from ...core.errors import ApiError, ErrorDialect, not_found
from ...core.ids import new_uuid
from ...core.lifecycle import InvalidTransitionError, TransitionTable
from ...core.records import CALLS, RECORDINGS, Call, Recording

RECORDING = TransitionTable(
    "Twilio-style call recording",
    {
        ("in-progress", "pause"): "paused",
        ("paused", "pause"): "paused",
        ("paused", "resume"): "in-progress",
        ("in-progress", "resume"): "in-progress",
        ("in-progress", "stop"): "completed",
        ("paused", "stop"): "completed",
        ("in-progress", "hangup"): "completed",
        ("paused", "hangup"): "completed",
    },
    initial="in-progress",
    terminal={"completed"},
)

UPDATE_EVENTS = {"paused": "pause", "in-progress": "resume", "stopped": "stop"}


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc2822(timestamp: float) -> str:
    """``Fri, 11 Aug 2023 19:12:11 +0000`` (UTC; locale-independent)."""
    return _rfc2822(int(timestamp))


@functools.lru_cache(maxsize=1024)  # every answer formats the same few seconds (created, updated, start)
def _rfc2822(second: int) -> str:
    t = time.gmtime(second)
    return (
        f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon - 1]} {t.tm_year} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000"
    )


class Dialect(Protocol):
    """The provider-specific half of a Twilio-style API."""

    provider: str
    errors: ErrorDialect
    callback_schema: str
    path_names: tuple[str, str, str]  # (account, call, recording) path parameter names
    default_pause_behavior: str  # 'skip' (the paused stretch is cut) or 'silence' (kept as silence)
    date_created_is_a_day: bool  # an exact DateCreated date-time selects its whole UTC day (SignalWire)

    def account(self, emulator: Emulator) -> str: ...

    def new_call_id(self) -> str: ...

    def recording_options(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def channels(self, options: dict[str, Any]) -> int: ...

    def call_recording(self, recording: Recording, now: float) -> dict[str, Any]:
        """The create/update answer."""
        ...

    def recording(self, recording: Recording, base_url: str, now: float) -> dict[str, Any]:
        """The fetch answer and list item."""
        ...

    def page(
        self,
        items: list[dict[str, Any]],
        page: int,
        page_size: int,
        total: int,
        path: str,
        query: dict[str, str],
    ) -> dict[str, Any]: ...

    def callback(self, recording: Recording, status: str, base_url: str, now: float) -> dict[str, Any]: ...

    def call_not_live(self) -> ApiError: ...

    def recording_finished(self) -> ApiError: ...


class TwilioStyleBackend:
    def __init__(self, emulator: Emulator, dialect: Dialect) -> None:
        self.emulator = emulator
        self.store = emulator.store
        self.dialect = dialect
        self.provider = dialect.provider

    @property
    def account(self) -> str:
        return self.dialect.account(self.emulator)

    # --- calls -------------------------------------------------------------------------------------

    def new_call(self, account: str, now: float, *, from_number: str, to_number: str) -> Call:
        call = Call(
            self.provider, self.dialect.new_call_id(), account, "live", from_number, to_number, None, now
        )
        with self.store.write():
            self.store.insert(CALLS, call)
        return call

    def call(self, account: str, call_id: str) -> Call:
        call = self.store.get(CALLS, self.provider, call_id)
        if call is None or call.account != account:
            raise not_found("The requested resource was not found")
        return call

    def hang_up(self, call: Call, now: float) -> None:
        with self.store.write():
            for recording in self._active(call):
                self._transition(recording, "hangup", now)
            call.state, call.ended_at = "ended", now
            self.store.update(CALLS, call)

    def _active(self, call: Call) -> list[Recording]:
        return self.store.select(
            RECORDINGS,
            "provider = ? AND account = ? AND call_id = ? AND state IN ('in-progress', 'paused')",
            (self.provider, call.account, call.call_id),
        )

    # --- recordings --------------------------------------------------------------------------------

    def start(self, call: Call, body: dict[str, Any], base_url: str, now: float) -> Recording:
        if call.state != "live":
            raise self.dialect.call_not_live()
        options = {**self.dialect.recording_options(body), "base_url": base_url}
        recording = Recording(
            provider=self.provider,
            recording_id=new_uuid(),
            account=call.account,
            kind="call",
            call_id=call.call_id,
            conference_name=None,
            conference_uuid=None,
            mpc_name=None,
            mpc_uuid=None,
            state=RECORDING.initial,
            file_format="wav",
            channels=self.dialect.channels(options),
            started_at=now,
            paused_at=None,
            paused_total=0.0,
            ended_at=None,
            deadline=None,
            options=options,
            deleted=False,
            created_at=now,
            updated_at=now,
        )
        with self.store.write():
            self.store.insert(RECORDINGS, recording)
            self._notify(recording, "in-progress", now)
        return recording

    def recording(self, account: str, recording_id: str) -> Recording:
        recording = self.store.get(RECORDINGS, self.provider, recording_id)
        if recording is None or recording.account != account or recording.deleted:
            raise not_found("The requested resource was not found")
        return recording

    def update(
        self, call: Call, recording_id: str, status: str | None, pause_behavior: str | None, now: float
    ) -> Recording:
        recording = self.recording(call.account, recording_id)
        if recording.call_id != call.call_id:
            raise not_found("The requested resource was not found")
        if status is None:  # Telnyx: Status is optional; nothing to change
            return recording
        event = UPDATE_EVENTS[status]
        if not RECORDING.allows(recording.state, event):
            raise self.dialect.recording_finished()
        if event == "pause" and recording.state == "in-progress":
            recording.options["pause_behavior"] = pause_behavior or self.dialect.default_pause_behavior
        with self.store.write():
            self._transition(recording, event, now)
        return recording

    def _transition(self, recording: Recording, event: str, now: float) -> None:
        try:
            target = RECORDING.next(recording.state, event)
        except InvalidTransitionError:
            raise self.dialect.recording_finished() from None
        counts_pause = recording.options.get("pause_behavior", "skip") == "skip"
        if event == "pause" and recording.state == "in-progress" and counts_pause:
            recording.paused_at = now  # 'skip': the paused stretch is cut; 'silence': it is kept as silence
        if recording.paused_at is not None and (event in ("resume", "stop", "hangup")):
            recording.paused_total += now - recording.paused_at
            recording.paused_at = None
        if target in RECORDING.terminal:
            recording.ended_at = now
        recording.state = target
        recording.updated_at = now
        self.store.update(RECORDINGS, recording)
        if target in RECORDING.terminal:
            self._notify(recording, "completed", now)

    def delete(self, account: str, recording_id: str, now: float) -> None:
        recording = self.recording(account, recording_id)
        recording.deleted = True
        if recording.ended_at is None:  # deleting a running recording stops it without a file
            recording.state, recording.ended_at = "completed", now
        recording.updated_at = now
        with self.store.write():
            self.store.update(RECORDINGS, recording)

    def search(
        self,
        account: str,
        *,
        where: Sequence[tuple[str, Any]] = (),
        limit: int,
        offset: int,
    ) -> tuple[list[Recording], int]:
        """One page of recordings, newest first, and the total; ``where`` holds SQL comparisons."""
        clauses = ["provider = ?", "account = ?", "deleted = 0"]
        params: list[Any] = [self.provider, account]
        for clause, value in where:
            clauses.append(clause)
            params.append(value)
        sql = " AND ".join(clauses)
        page = self.store.select(
            RECORDINGS, sql, params, order_by="created_at DESC, recording_id", limit=limit, offset=offset
        )
        return page, self.store.count(RECORDINGS, sql, params)

    def media(self, account: str, recording_id: str, now: float) -> tuple[int, int] | None:
        recording = self.store.get(RECORDINGS, self.provider, recording_id)
        if (
            recording is None
            or recording.account != account
            or recording.deleted
            or recording.ended_at is None
        ):
            return None
        return round(recording.duration(now) * 1000), recording.channels

    # --- callbacks ---------------------------------------------------------------------------------

    def _notify(self, recording: Recording, status: str, now: float) -> None:
        options = recording.options
        url = options.get("callback_url")
        if not url or status not in options.get("events", ("completed",)):
            return
        self.emulator.callbacks.enqueue(
            provider=self.provider,
            account=recording.account,
            event=status,
            schema=self.dialect.callback_schema,
            url=url,
            method=options.get("callback_method") or "POST",
            payload=self.dialect.callback(recording, status, str(options.get("base_url", "")), now),
            ordering_key=f"{self.provider}:recording:{recording.recording_id}",
        )


def callback_events(value: Any) -> list[str]:
    """``RecordingStatusCallbackEvent``: space-separated (or repeated) values; default ``completed``."""
    if value in (None, ""):
        return ["completed"]
    words = value if isinstance(value, list) else str(value).split()
    return [str(word) for word in words]
