"""The optional replay guard (issue #10, item 7): first delivery passes, the same one again does not."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from urllib.parse import urlencode

import pytest
from plivo_recording_client.models import PlivoCallRecordingCallback
from recording_clients import (
    InvalidSignatureError,
    MemorySeenStore,
    ReplayedWebhookError,
    ReplayGuard,
    SeenStore,
    WebhookError,
    parse_plivo_callback,
    parse_signalwire_callback,
    parse_telnyx_callback,
)
from recording_clients.signatures import (
    new_telnyx_keypair,
    plivo_v3_signature,
    signalwire_signature,
    telnyx_sign,
)

from .spec_examples import spec

FORM = {"content-type": "application/x-www-form-urlencoded"}
NOW = 1_700_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TtlLog:
    """A SeenStore that records the TTL each key was given (and forwards to the default store)."""

    def __init__(self) -> None:
        self.inner = MemorySeenStore()
        self.ttls: list[float] = []

    def add(self, key: str, ttl: float) -> bool:
        self.ttls.append(ttl)
        return self.inner.add(key, ttl)


def _example(stem: str) -> dict[str, str]:
    value = spec(stem)["components"]["examples"]["RecordingStatusCallbackCompleted"]["value"]
    return {k: str(v) for k, v in value.items()}


# --- per provider: first delivery passes, exact replay fails ---------------------------------------

PLIVO_URL, PLIVO_TOKEN = "https://example.com/plivo/done", "plivo-token"
PLIVO_CALLBACK = {"api_id": "a1", "record_url": "https://media.plivo.com/r/abc.mp3", "call_uuid": "c1"}


def _plivo(nonce: str) -> tuple[dict[str, str], bytes]:
    sig = plivo_v3_signature("POST", PLIVO_URL, nonce, PLIVO_TOKEN, PLIVO_CALLBACK)
    headers = {**FORM, "X-Plivo-Signature-V3": sig, "X-Plivo-Signature-V3-Nonce": nonce}
    return headers, urlencode(PLIVO_CALLBACK).encode()


def _parse_plivo(headers: dict[str, str], body: bytes, guard: ReplayGuard) -> PlivoCallRecordingCallback:
    return parse_plivo_callback(
        PlivoCallRecordingCallback,
        "POST",
        PLIVO_URL,
        headers,
        body,
        auth_token=PLIVO_TOKEN,
        replay_guard=guard,
    )


def test_plivo_replay_is_keyed_by_the_nonce() -> None:
    guard = ReplayGuard()
    headers, body = _plivo("11111111111111111111")
    assert _parse_plivo(headers, body, guard).call_uuid == "c1"
    with pytest.raises(ReplayedWebhookError) as caught:
        _parse_plivo(headers, body, guard)
    assert caught.value.key.startswith("plivo:")
    # an extra comma-separated signature changes the header, not the delivery
    padded = {**headers, "X-Plivo-Signature-V3": "AAAA," + headers["X-Plivo-Signature-V3"]}
    with pytest.raises(ReplayedWebhookError):
        _parse_plivo(padded, body, guard)
    fresh_headers, fresh_body = _plivo("22222222222222222222")  # same payload, new nonce: a new delivery
    _parse_plivo(fresh_headers, fresh_body, guard)


def test_forged_requests_do_not_fill_the_store() -> None:
    store = MemorySeenStore()
    guard = ReplayGuard(store)
    headers, body = _plivo("33333333333333333333")
    with pytest.raises(InvalidSignatureError):
        _parse_plivo({**headers, "X-Plivo-Signature-V3": "AAAA"}, body, guard)
    assert len(store) == 0
    _parse_plivo(headers, body, guard)  # and the genuine one still passes afterwards
    assert len(store) == 1


def _telnyx() -> tuple[dict[str, str], bytes, str]:
    private_key, public_key = new_telnyx_keypair()
    body = urlencode(_example("telnyx_texml")).encode()
    ts = str(int(NOW))
    headers = {**FORM, "telnyx-signature-ed25519": telnyx_sign(private_key, ts, body), "telnyx-timestamp": ts}
    return headers, body, public_key


def test_telnyx_replay_is_keyed_by_timestamp_and_signature_bytes() -> None:
    headers, body, key = _telnyx()
    log = TtlLog()
    guard = ReplayGuard(log)
    parse_telnyx_callback("POST", "https://e/t", headers, body, public_key=key, now=NOW, replay_guard=guard)
    with pytest.raises(ReplayedWebhookError):
        parse_telnyx_callback(
            "POST", "https://e/t", headers, body, public_key=key, now=NOW + 5, replay_guard=guard
        )
    # base64 leaves the last character's low bits unused: a re-encoded signature is the same signature
    sig = headers["telnyx-signature-ed25519"]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    flipped = sig[:-3] + alphabet[alphabet.index(sig[-3]) ^ 1] + "=="
    assert base64.b64decode(flipped) == base64.b64decode(sig) and flipped != sig
    with pytest.raises(ReplayedWebhookError):
        parse_telnyx_callback(
            "POST",
            "https://e/t",
            {**headers, "telnyx-signature-ed25519": flipped},
            body,
            public_key=key,
            now=NOW,
            replay_guard=guard,
        )
    assert log.ttls[0] == 2 * 300 + 1  # remembered as long as the timestamp window accepts the request


def test_telnyx_unverified_gets_in_the_same_second_are_told_apart_by_url() -> None:
    private_key, key = new_telnyx_keypair()
    ts = str(int(NOW))
    headers = {"telnyx-signature-ed25519": telnyx_sign(private_key, ts, b""), "telnyx-timestamp": ts}
    guard = ReplayGuard()
    for status in ("in-progress", "completed"):
        url = "https://e/t?" + urlencode({**_example("telnyx_texml"), "RecordingStatus": status})
        parse_telnyx_callback(
            "GET", url, headers, b"", public_key=key, now=NOW, replay_guard=guard, allow_unsigned_get=True
        )
    with pytest.raises(ReplayedWebhookError):
        parse_telnyx_callback(
            "GET", url, headers, b"", public_key=key, now=NOW, replay_guard=guard, allow_unsigned_get=True
        )


SW_URL, SW_KEY = "https://example.com/recording-status", "PSK_test_signing_key"


def test_signalwire_replay_is_keyed_by_the_signature() -> None:
    data = _example("signalwire_laml")
    headers = {**FORM, "X-SignalWire-Signature": signalwire_signature(SW_URL, data, SW_KEY)}
    body = urlencode(data).encode()
    guard = ReplayGuard()
    parse_signalwire_callback("POST", SW_URL, headers, body, signing_key=SW_KEY, replay_guard=guard)
    variants = [
        (SW_URL, body),
        ("https://example.com:443/recording-status", body),  # the default port verifies too
        (SW_URL, urlencode(sorted(data.items(), reverse=True)).encode()),  # the signature sorts keys
        (SW_URL, body.replace(b"RecordingStatus=completed", b"RecordingStatus=complete%64")),
    ]
    for url, variant in variants:
        with pytest.raises(ReplayedWebhookError):
            parse_signalwire_callback("POST", url, headers, variant, signing_key=SW_KEY, replay_guard=guard)


# --- the default store: TTL, bounded size, threads -------------------------------------------------


def test_ttl_expiry() -> None:
    clock = Clock()
    store = MemorySeenStore(clock=clock)
    guard = ReplayGuard(store, ttl=60)
    guard.check("k")
    clock.now = 59.9
    with pytest.raises(ReplayedWebhookError):
        guard.check("k")
    clock.now = 60.0
    guard.check("k")  # expired: accepted again, and remembered anew
    with pytest.raises(ReplayedWebhookError):
        guard.check("k")


def test_expired_keys_are_dropped_as_new_ones_arrive() -> None:
    clock = Clock()
    store = MemorySeenStore(clock=clock)
    for i in range(10):
        assert store.add(f"old-{i}", 10)
    clock.now = 11
    assert store.add("new", 10)
    assert len(store) == 1


def test_bounded_size_forgets_the_oldest_first() -> None:
    store = MemorySeenStore(max_entries=3)
    for key in ("a", "b", "c", "d"):
        assert store.add(key, 3600)
    assert len(store) == 3
    assert not store.add("d", 3600) and not store.add("b", 3600)
    assert store.add("a", 3600)  # evicted, so a replay of the oldest passes: size the store for the traffic


def _in_threads(work: Callable[[int], None], count: int = 16) -> None:
    barrier = threading.Barrier(count)

    def run(worker: int) -> None:
        barrier.wait()
        work(worker)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_default_store_is_thread_safe() -> None:
    store = MemorySeenStore()
    wins: list[bool] = []
    distinct: list[bool] = []

    def race(worker: int) -> None:
        wins.append(store.add("same", 60))
        distinct.extend(store.add(f"{worker}-{i}", 60) for i in range(200))

    _in_threads(race)
    assert wins.count(True) == 1 and len(wins) == 16  # exactly one worker saw the key as new
    assert all(distinct) and len(store) == 1 + 16 * 200

    bounded = MemorySeenStore(max_entries=100)

    def fill(worker: int) -> None:
        for i in range(200):
            bounded.add(f"{worker}-{i}", 60)

    _in_threads(fill)
    assert len(bounded) == 100  # 3,200 keys from 16 threads, the bound held


def test_the_protocol_and_the_error() -> None:
    store: SeenStore = MemorySeenStore()
    assert store.add("x", 1)
    assert issubclass(ReplayedWebhookError, WebhookError)
    with pytest.raises(ValueError, match="max_entries"):
        MemorySeenStore(max_entries=0)
    with pytest.raises(ValueError, match="ttl"):
        ReplayGuard(ttl=0)
