"""Plivo state and rules: call, conference and multiparty-call recordings (no HTTP here).

Lifecycles (``(state, event) -> state``):

* call and conference recordings: ``recording`` --stop | time_limit | hangup--> ``completed``
* MPC recordings: ``recording`` --pause--> ``paused`` --resume--> ``recording``;
  ``recording``/``paused`` --stop | end--> ``completed`` (pausing a paused recording and resuming a
  running one are accepted no-ops). Like calls, an MPC may have several recordings; pause, resume and
  stop apply to all of them.

Stopping when nothing is being recorded answers 404 (no active recording), like an unknown id.

A finished recording becomes a Recording resource (get, list, delete, media). Callbacks: the
recording-ended payload on ``callback_url``, the asynchronous-mode answer on ``callback_url``, MPC
events (with ``SequenceNumber``, delivered in order) on ``recording_callback_url`` and the transcription
on ``transcription_url``.
"""

from __future__ import annotations

from typing import Any

from ...core.dates import FilterTime, parse_filter_time
from ...core.emulator import Emulator
from ...core.errors import bad_request, not_found
from ...core.ids import new_uuid
from ...core.lifecycle import InvalidTransitionError, TransitionTable
from ...core.records import CALLS, CONFERENCES, MPCS, RECORDINGS, Call, Conference, Mpc, Recording
from . import payloads

PROVIDER = "plivo"

CALL_RECORDING = TransitionTable(
    "Plivo call recording",
    {
        ("recording", "stop"): "completed",
        ("recording", "time_limit"): "completed",
        ("recording", "hangup"): "completed",
    },
    initial="recording",
    terminal={"completed"},
)

CONFERENCE_RECORDING = TransitionTable(
    "Plivo conference recording",
    {
        ("recording", "stop"): "completed",
        ("recording", "time_limit"): "completed",
        ("recording", "end"): "completed",
    },
    initial="recording",
    terminal={"completed"},
)

MPC_RECORDING = TransitionTable(
    "Plivo MPC recording",
    {
        ("recording", "pause"): "paused",
        ("paused", "pause"): "paused",  # accepted no-op
        ("paused", "resume"): "recording",
        ("recording", "resume"): "recording",  # accepted no-op
        ("recording", "stop"): "completed",
        ("paused", "stop"): "completed",
        ("recording", "end"): "completed",
        ("paused", "end"): "completed",
    },
    initial="recording",
    terminal={"completed"},
)

MACHINES = {"call": CALL_RECORDING, "conference": CONFERENCE_RECORDING, "mpc": MPC_RECORDING}
MPC_EVENTS = {
    "start": "MPCRecordingInitiated",
    "pause": "MPCRecordingPaused",
    "resume": "MPCRecordingResumed",
    "stop": "MPCRecordingCompleted",
    "end": "MPCRecordingCompleted",
}
ACTIVE = ("recording", "paused")


class PlivoBackend:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.store = emulator.store
        emulator.on_timer(self.expire)
        self._note_next_deadline()

    @property
    def account(self) -> str:
        return self.emulator.credentials.plivo_auth_id

    # --- things recorded -------------------------------------------------------------------------------

    def new_call(self, account: str, now: float, *, from_number: str, to_number: str) -> Call:
        call = Call(PROVIDER, new_uuid(), account, "live", from_number, to_number, None, now)
        with self.store.write():
            self.store.insert(CALLS, call)
        return call

    def live_call(self, account: str, call_uuid: str) -> Call:
        call = self.store.get(CALLS, PROVIDER, call_uuid)
        if call is None or call.account != account or call.state != "live":
            raise not_found("call not found")  # Plivo only knows live calls under /Call/{uuid}/
        return call

    def live_conference(self, account: str, name: str) -> Conference:
        conference = self.store.get(CONFERENCES, PROVIDER, account, name)
        if conference is None or conference.state != "live":
            raise not_found("conference not found")
        return conference

    def live_mpc(self, account: str, *, name: str | None = None, uuid: str | None = None) -> Mpc:
        if uuid is not None:
            mpc = self.store.get(MPCS, PROVIDER, account, uuid)
        else:
            found = self.store.select(
                MPCS,
                "provider = ? AND account = ? AND name = ? AND state = 'live'",
                (PROVIDER, account, name),
            )
            mpc = found[0] if found else None
        if mpc is None or mpc.state != "live":
            raise not_found("multiparty call not found")
        return mpc

    # --- starting ----------------------------------------------------------------------------------

    def _new_recording(
        self, account: str, kind: str, options: dict[str, Any], now: float, *, channels: int = 1, **where: Any
    ) -> Recording:
        time_limit = options.get("time_limit")
        return Recording(
            provider=PROVIDER,
            recording_id=new_uuid(),
            account=account,
            kind=kind,
            call_id=where.get("call_id"),
            conference_name=where.get("conference_name"),
            conference_uuid=where.get("conference_uuid"),
            mpc_name=where.get("mpc_name"),
            mpc_uuid=where.get("mpc_uuid"),
            state="recording",
            file_format=str(options.get("file_format") or "mp3"),
            channels=channels,
            started_at=now,
            paused_at=None,
            paused_total=0.0,
            ended_at=None,
            deadline=(now + float(time_limit)) if time_limit else None,
            options=options,
            deleted=False,
            created_at=now,
            updated_at=now,
        )

    def start_call_recording(
        self, call: Call, options: dict[str, Any], base_url: str, now: float
    ) -> Recording:
        options = {
            **options,
            "base_url": base_url,
            "from_number": call.from_number,
            "to_number": call.to_number,
        }
        channels = 2 if options.get("record_channel_type") == "stereo" else 1
        recording = self._new_recording(
            call.account, "call", options, now, channels=channels, call_id=call.call_id
        )
        self._insert(recording)
        return recording

    def start_conference_recording(
        self, conference: Conference, options: dict[str, Any], base_url: str, now: float
    ) -> Recording:
        options = {**options, "base_url": base_url}
        recording = self._new_recording(
            conference.account,
            "conference",
            options,
            now,
            conference_name=conference.name,
            conference_uuid=conference.uuid,
        )
        self._insert(recording)
        return recording

    def start_mpc_recording(self, mpc: Mpc, options: dict[str, Any], base_url: str, now: float) -> Recording:
        options = {**options, "base_url": base_url, "time_limit": None}
        recording = self._new_recording(
            mpc.account, "mpc", options, now, mpc_name=mpc.name, mpc_uuid=mpc.uuid
        )
        with self.store.write():
            self._insert(recording)
            self._mpc_event(recording, "start", now)
        return recording

    def _insert(self, recording: Recording) -> None:
        with self.store.write():
            self.store.insert(RECORDINGS, recording)
        if recording.deadline is not None:
            self.emulator.note_deadline(recording.deadline)

    def acknowledge_async(self, recording: Recording, response: dict[str, Any]) -> None:
        """Asynchronous mode: post the API's answer to ``callback_url`` (before the recording-ended one)."""
        url = recording.options.get("callback_url")
        if url:
            self.emulator.callbacks.enqueue(
                provider=PROVIDER,
                account=recording.account,
                event="async_response",
                schema="PlivoAsyncResponseCallback",
                url=url,
                method=recording.options.get("callback_method") or "POST",
                payload=payloads.async_response(response),
                ordering_key=f"plivo:recording:{recording.recording_id}",
            )

    # --- changing ----------------------------------------------------------------------------------

    def _active(self, *, account: str, **where: Any) -> list[Recording]:
        column, value = next(iter(where.items()))
        return self.store.select(
            RECORDINGS,
            f"provider = ? AND account = ? AND {column} = ? AND state IN ('recording', 'paused')",
            (PROVIDER, account, value),
            order_by="created_at",
        )

    def stop_call_recordings(self, call: Call, url: str | None, now: float) -> None:
        active = self._active(account=call.account, call_id=call.call_id)
        if url:
            active = [r for r in active if url.split("#")[0].endswith(f"/{r.recording_id}.{r.file_format}")]
            if not active:
                raise not_found("no recording in progress with this URL")
        if not active:
            raise not_found("no recording in progress on this call")
        with self.store.write():
            for recording in active:
                self._transition(recording, "stop", now)

    def stop_conference_recordings(self, conference: Conference, now: float) -> None:
        active = self._active(account=conference.account, conference_uuid=conference.uuid)
        if not active:
            raise not_found("no recording in progress on this conference")
        with self.store.write():
            for recording in active:
                self._transition(recording, "stop", now)

    def mpc_recording_event(self, mpc: Mpc, event: str, now: float) -> None:
        """``pause``, ``resume`` or ``stop`` every recording running on the MPC (like stopping a call's)."""
        active = self._active(account=mpc.account, mpc_uuid=mpc.uuid)
        if not active:
            raise not_found(f"MPC: {mpc.name} has no recording in progress")
        with self.store.write():
            for recording in active:
                # pause while paused, resume while recording: nothing happens, no event
                if MPC_RECORDING.next(recording.state, event) != recording.state:
                    self._transition(recording, event, now)

    def hang_up(self, call: Call, now: float) -> None:
        with self.store.write():
            for recording in self._active(account=call.account, call_id=call.call_id):
                self._transition(recording, "hangup", now)
            call.state, call.ended_at = "ended", now
            self.store.update(CALLS, call)

    def end_conference(self, conference: Conference, now: float) -> None:
        with self.store.write():
            for recording in self._active(account=conference.account, conference_uuid=conference.uuid):
                self._transition(recording, "end", now)
            conference.state, conference.ended_at = "ended", now
            self.store.update(CONFERENCES, conference)

    def end_mpc(self, mpc: Mpc, now: float) -> None:
        with self.store.write():
            for recording in self._active(account=mpc.account, mpc_uuid=mpc.uuid):
                self._transition(recording, "end", now)
            mpc = self.store.get(MPCS, PROVIDER, mpc.account, mpc.uuid) or mpc
            mpc.state, mpc.ended_at = "ended", now
            self.store.update(MPCS, mpc)

    def expire(self, now: float) -> None:
        """Stop recordings whose ``time_limit`` has passed, at the moment it passed."""
        due = self.store.select(
            RECORDINGS,
            "provider = ? AND deadline IS NOT NULL AND deadline <= ? AND state = 'recording'",
            (PROVIDER, now),
            order_by="deadline",
        )
        with self.store.write():
            for recording in due:
                assert recording.deadline is not None
                self._transition(recording, "time_limit", recording.deadline)
        self._note_next_deadline()

    def _note_next_deadline(self) -> None:
        when = self.store.scalar(
            "SELECT MIN(deadline) FROM recordings"
            " WHERE provider = ? AND deadline IS NOT NULL AND state = 'recording'",
            (PROVIDER,),
        )
        if when is not None:
            self.emulator.note_deadline(float(when))

    def _transition(self, recording: Recording, event: str, now: float) -> None:
        machine = MACHINES[recording.kind]
        try:
            target = machine.next(recording.state, event)
        except InvalidTransitionError as exc:
            raise bad_request(str(exc)) from None
        if event == "pause":
            recording.paused_at = now
        elif event == "resume" and recording.paused_at is not None:
            recording.paused_total += now - recording.paused_at
            recording.paused_at = None
        if target in machine.terminal:
            if recording.paused_at is not None:
                recording.paused_total += now - recording.paused_at
                recording.paused_at = None
            recording.ended_at = now
            recording.deadline = None
        recording.state = target
        recording.updated_at = now
        self.store.update(RECORDINGS, recording)
        if recording.kind == "mpc":
            self._mpc_event(recording, event, now)
        if target in machine.terminal:
            self._finished(recording, now)

    # --- callbacks ---------------------------------------------------------------------------------

    def _mpc_event(self, recording: Recording, event: str, now: float) -> None:
        mpc = self.store.get(MPCS, PROVIDER, recording.account, recording.mpc_uuid)
        if mpc is None:
            return
        mpc.sequence += 1
        self.store.update(MPCS, mpc)
        url = recording.options.get("recording_callback_url")
        if not url:
            return
        base_url = str(recording.options.get("base_url", ""))
        self.emulator.callbacks.enqueue(
            provider=PROVIDER,
            account=recording.account,
            event=MPC_EVENTS[event],
            schema="PlivoMpcRecordingEvent",
            url=url,
            method=recording.options.get("recording_callback_method") or "POST",
            payload=payloads.mpc_event(recording, MPC_EVENTS[event], mpc.sequence, base_url, now),
            ordering_key=f"plivo:mpc:{mpc.uuid}",
        )

    def _finished(self, recording: Recording, now: float) -> None:
        options = recording.options
        base_url = str(options.get("base_url", ""))
        callbacks = self.emulator.callbacks
        ordering_key = f"plivo:recording:{recording.recording_id}"
        if options.get("callback_url") and recording.kind in ("call", "conference"):
            schema = (
                "PlivoCallRecordingCallback"
                if recording.kind == "call"
                else "PlivoConferenceRecordingCallback"
            )
            callbacks.enqueue(
                provider=PROVIDER,
                account=recording.account,
                event="recording_ended",
                schema=schema,
                url=options["callback_url"],
                method=options.get("callback_method") or "POST",
                payload=payloads.recording_ended(recording, base_url, now),
                ordering_key=ordering_key,
            )
        wants_transcript = options.get("transcription_url") and (
            recording.kind != "mpc" or options.get("transcript") is not False
        )
        if wants_transcript:
            callbacks.enqueue(
                provider=PROVIDER,
                account=recording.account,
                event="transcription",
                schema="PlivoTranscriptionCallback",
                url=options["transcription_url"],
                method="POST",  # "The transcription information is sent to this URL via an HTTP POST"
                payload=payloads.transcription(recording, self._transcript(recording), now),
                ordering_key=ordering_key,
            )

    def _transcript(self, recording: Recording) -> str:
        if recording.call_id:
            call = self.store.get(CALLS, PROVIDER, recording.call_id)
            return (call.transcript if call else None) or ""
        return str(recording.options.get("transcript_text") or "")

    # --- the Recording resource --------------------------------------------------------------------

    def finished_recording(self, account: str, recording_id: str) -> Recording:
        recording = self.store.get(RECORDINGS, PROVIDER, recording_id)
        if (
            recording is None
            or recording.account != account
            or recording.deleted
            or recording.ended_at is None
        ):
            raise not_found("recording not found")
        return recording

    def delete_recording(self, account: str, recording_id: str, now: float) -> None:
        recording = self.finished_recording(account, recording_id)
        recording.deleted = True
        recording.updated_at = now
        with self.store.write():
            self.store.update(RECORDINGS, recording)

    def list_recordings(
        self, account: str, filters: dict[str, Any], limit: int, offset: int, now: float
    ) -> tuple[list[Recording], int]:
        clauses = ["provider = ?", "account = ?", "deleted = 0", "ended_at IS NOT NULL"]
        params: list[Any] = [PROVIDER, account]
        for name, column in (
            ("call_uuid", "call_id"),
            ("conference_name", "conference_name"),
            ("conference_uuid", "conference_uuid"),
            ("mpc_name", "mpc_name"),
            ("mpc_uuid", "mpc_uuid"),
        ):
            if filters.get(name) is not None:
                clauses.append(f"{column} = ?")
                params.append(filters[name])
        if filters.get("subaccount") is not None:
            clauses.append("0")  # the emulator has no subaccounts
        bounds = _add_time_bounds(filters)
        if _span(bounds) > 30 * 86400:
            raise bad_request("add_time range exceeds the 30-day search boundary")
        timestamps = [(clause, value.stamp) for clause, value in bounds]
        if not timestamps:
            timestamps = [("ended_at >= ?", now - 7 * 86400)]  # Plivo searches the last seven days by default
        for clause, value in timestamps:
            clauses.append(clause)
            params.append(value)
        for name in ("from_number", "to_number"):
            if filters.get(name) is not None:
                clauses.append(f"json_extract(options, '$.{name}') = ?")
                params.append(filters[name])
        for clause, value in _storage_bounds(filters, now):
            clauses.append(clause)
            params.append(value)
        where = " AND ".join(clauses)
        page = self.store.select(
            RECORDINGS, where, params, order_by="ended_at DESC, recording_id", limit=limit, offset=offset
        )
        return page, self.store.count(RECORDINGS, where, params)

    def media(self, account: str, recording_id: str, now: float) -> tuple[int, int] | None:
        recording = self.store.get(RECORDINGS, PROVIDER, recording_id)
        if (
            recording is None
            or recording.account != account
            or recording.deleted
            or recording.ended_at is None
        ):
            return None
        return payloads.duration_ms(recording, now), recording.channels


def _parse_add_time(value: str) -> FilterTime:
    """``YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`` in UTC (out-of-range fields are clamped, see core.dates)."""
    parsed = parse_filter_time(value)
    if parsed is None:
        raise bad_request(f"add_time: invalid value {value!r}")
    return parsed


_ADD_TIME_OPERATORS = {
    "add_time": "ended_at = ?",
    "add_time__gt": "ended_at > ?",
    "add_time__gte": "ended_at >= ?",
    "add_time__lt": "ended_at < ?",
    "add_time__lte": "ended_at <= ?",
}


def _add_time_bounds(filters: dict[str, Any]) -> list[tuple[str, FilterTime]]:
    return [
        (clause, _parse_add_time(str(filters[name])))
        for name, clause in _ADD_TIME_OPERATORS.items()
        if filters.get(name) is not None
    ]


def _span(bounds: list[tuple[str, FilterTime]]) -> float:
    """Seconds between the lowest lower and the highest upper bound that are real calendar dates
    (clamped values never trigger the 30-day error)."""
    lows = [value.stamp for clause, value in bounds if ">" in clause and value.exact]
    highs = [value.stamp for clause, value in bounds if "<" in clause and value.exact]
    if lows and highs:
        return max(highs) - min(lows)
    return 0.0


def _storage_bounds(filters: dict[str, Any], now: float) -> list[tuple[str, float]]:
    """``recording_storage_duration[__gt|__gte|__lt|__lte]`` as bounds on ``ended_at``.

    Days stored are rounded up, at least 1: days >= d <=> ended_at < now - (d - 1) days,
    days <= d <=> ended_at >= now - d days.
    """
    lows, highs = [], []
    for suffix, low, high in (
        ("", 0, 0),
        ("__gte", 0, None),
        ("__gt", 1, None),
        ("__lte", None, 0),
        ("__lt", None, -1),
    ):
        value = filters.get("recording_storage_duration" + suffix)
        if value is None:
            continue
        if low is not None:
            lows.append(int(value) + low)
        if high is not None:
            highs.append(int(value) + high)
    bounds: list[tuple[str, float]] = []
    if lows and max(lows) >= 2:
        bounds.append(("ended_at < ?", now - (max(lows) - 1) * 86400))
    if highs:
        # nothing is stored for fewer than one day
        bounds.append(("ended_at >= ?", now - min(highs) * 86400 if min(highs) >= 1 else float("inf")))
    return bounds
