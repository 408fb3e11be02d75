"""The emulator's state, declared once: each dataclass is a table (see :class:`~.store.Table`).

Every record carries ``provider`` and ``account``: state is keyed by both, so accounts never see each
other's calls or recordings. Times are emulator-clock epoch seconds unless named ``*_wall``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .store import Index, Table


@dataclasses.dataclass
class Call:
    provider: str
    call_id: str  # Plivo call_uuid, Telnyx call_control_id ('v3:...'), SignalWire CallSid
    account: str
    state: str  # 'live' | 'ended'
    from_number: str
    to_number: str
    transcript: str | None  # what is said on the call (Plivo transcription callbacks return it)
    created_at: float
    ended_at: float | None = None


@dataclasses.dataclass
class Conference:
    provider: str
    account: str
    name: str
    uuid: str
    state: str  # 'live' | 'ended'
    created_at: float
    ended_at: float | None = None


@dataclasses.dataclass
class Mpc:
    """A Plivo multiparty call; addressed as ``name_{name}`` or ``uuid_{uuid}``."""

    provider: str
    account: str
    uuid: str
    name: str
    state: str  # 'live' | 'ended'
    sequence: int  # last SequenceNumber used in its recording callbacks
    created_at: float
    ended_at: float | None = None


@dataclasses.dataclass
class Recording:
    provider: str
    recording_id: str
    account: str
    kind: str  # 'call' | 'conference' | 'mpc'
    call_id: str | None
    conference_name: str | None
    conference_uuid: str | None
    mpc_name: str | None
    mpc_uuid: str | None
    state: str  # lifecycle state, see each provider's transition table
    file_format: str  # 'mp3' | 'wav'
    channels: int
    started_at: float
    paused_at: float | None
    paused_total: float  # seconds spent paused so far (not part of the duration)
    ended_at: float | None
    deadline: float | None  # when time_limit stops it (emulator clock), None if no limit
    options: dict[str, Any]  # provider request options: callback URLs and methods, track, trim ...
    deleted: bool
    created_at: float
    updated_at: float

    def duration(self, now: float) -> float:
        """Recorded seconds, excluding pauses, up to ``ended_at`` (or ``now`` while recording)."""
        end = self.ended_at if self.ended_at is not None else now
        paused = self.paused_total + ((end - self.paused_at) if self.paused_at is not None else 0.0)
        return max(0.0, end - self.started_at - paused)


@dataclasses.dataclass
class Delivery:
    """One callback request: queued, attempted (with retries), and its outcome: the delivery log."""

    id: int | None
    provider: str
    account: str
    event: str  # e.g. 'MPCRecordingPaused', 'completed'
    schema: str  # components.schemas name of the payload
    ordering_key: str  # deliveries sharing a key are sent strictly in order
    url: str  # as registered (fragment included)
    method: str  # 'GET' | 'POST'
    payload: dict[str, Any]
    state: str  # 'pending' | 'delivered' | 'failed' | 'refused'
    attempts: int
    max_attempts: int
    timeout: float
    response_status: int | None
    last_error: str | None
    request_url: str | None  # what was actually requested (query string included)
    request_headers: dict[str, Any]
    request_body: str | None
    created_wall: float
    updated_wall: float


@dataclasses.dataclass
class Meta:
    key: str
    value: str


CALLS = Table(Call, "calls", key=("provider", "call_id"), cached=True)  # read on every request
CONFERENCES = Table(Conference, "conferences", key=("provider", "account", "name"))
MPCS = Table(Mpc, "mpcs", key=("provider", "account", "uuid"), indexes=[("provider", "account", "name")])
RECORDINGS = Table(
    Recording,
    "recordings",
    key=("provider", "recording_id"),
    indexes=[
        ("provider", "account", "call_id"),
        # Twilio-style lists (newest first) and their counts, from the index alone
        Index(("provider", "account", "created_at"), where="deleted = 0"),
        # partial: call recordings (the bulk) never touch these
        Index(("provider", "account", "conference_uuid"), where="conference_uuid IS NOT NULL"),
        Index(("provider", "account", "mpc_uuid"), where="mpc_uuid IS NOT NULL"),
        Index(("deadline",), where="deadline IS NOT NULL"),  # only running recordings with a time_limit
        # Plivo's list (finished recordings, by end time): written when a recording ends, not when it starts
        Index(("provider", "account", "ended_at"), where="ended_at IS NOT NULL AND deleted = 0"),
    ],
)
DELIVERIES = Table(Delivery, "deliveries", key=("id",), indexes=[("state", "id")], autoincrement="id")
META = Table(Meta, "meta", key=("key",))

ALL_TABLES = (CALLS, CONFERENCES, MPCS, RECORDINGS, DELIVERIES, META)
