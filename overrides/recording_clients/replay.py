"""Optional replay protection for the webhook helpers: remember every accepted delivery for a while.

A valid signature proves who sent a callback, not that it is new. An exact copy of a signed request
passes every check: Plivo nonces are signed but nobody remembers them, Telnyx only checks its ±300 s
timestamp window, and SignalWire signs no nonce and no time at all. Pass a :class:`ReplayGuard` to
``parse_*_callback(..., replay_guard=guard)`` and a second delivery with the same key raises
:class:`~recording_clients.errors.ReplayedWebhookError`. The key is

* Plivo: ``X-Plivo-Signature-V3-Nonce`` (signed, fresh for every request Plivo signs);
* Telnyx: ``telnyx-timestamp`` + the decoded ``telnyx-signature-ed25519`` bytes (re-encoding the base64
  cannot dodge it), remembered for ``2 * tolerance`` (older copies fail the timestamp check anyway);
* SignalWire: the ``X-SignalWire-Signature`` itself. It is an HMAC of the URL and every parameter, so it
  names the delivery exactly, while the URL (with or without the default port) and the body bytes
  (percent-encoding, field order) can change without changing it. Limitation: with no nonce, a
  genuine second delivery of the same event (a provider retry with identical parameters) is
  indistinguishable from a replay and is refused too, and a replay older than ``ttl`` passes.

Use it when acting on a callback twice would do harm (billing, deleting, notifying someone), or
whenever callbacks cross a network you do not control. The key is recorded when the helper accepts
the request (after the signature checks, so forged requests cannot fill the store): answer 2xx once
it is parsed and hand the work to a queue, or a crash before the answer turns the provider's retry
into a refused replay. Size the store for your peak rate over ``ttl``: when it is full, the oldest
keys are forgotten first.

One process: the default :class:`MemorySeenStore` (TTL + bounded size, thread-safe). Several workers or
hosts need one shared store; anything with an atomic ``add`` is a :class:`SeenStore`, e.g. Redis::

    class RedisSeenStore:
        def __init__(self, client: redis.Redis) -> None:
            self.client = client

        def add(self, key: str, ttl: float) -> bool:
            # SET NX is atomic across workers; PX lets Redis expire the key
            return bool(self.client.set(f"webhook-seen:{key}", b"1", nx=True, px=max(1, int(ttl * 1000))))

    guard = ReplayGuard(RedisSeenStore(redis.Redis()), ttl=86_400)
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from .errors import ReplayedWebhookError

__all__ = ["DEFAULT_MAX_ENTRIES", "DEFAULT_TTL", "MemorySeenStore", "ReplayGuard", "SeenStore"]

DEFAULT_TTL = 86_400.0  # Plivo and SignalWire sign no time: remember a day unless told otherwise
DEFAULT_MAX_ENTRIES = 100_000  # about 20 MB of keys


class SeenStore(Protocol):
    """Where a :class:`ReplayGuard` remembers the deliveries it accepted."""

    def add(self, key: str, ttl: float) -> bool:
        """Atomically record ``key`` for ``ttl`` seconds; ``True`` if it was not already recorded."""
        ...


class MemorySeenStore:
    """The default in-process :class:`SeenStore`: expiry after ``ttl``, at most ``max_entries`` keys.

    A lock makes ``add`` atomic across threads. Keys are kept in insertion order; the oldest expired
    ones are dropped as new ones arrive and, when the store is full, the oldest unexpired ones too.
    ``clock`` is injectable so tests can expire keys without sleeping.
    """

    def __init__(
        self, max_entries: int = DEFAULT_MAX_ENTRIES, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be >= 1")
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._expiry: OrderedDict[str, float] = OrderedDict()  # key -> monotonic time it expires

    def add(self, key: str, ttl: float) -> bool:
        with self._lock:
            now = self._clock()
            expires = self._expiry.get(key)
            if expires is not None and expires > now:
                return False
            self._expiry.pop(key, None)
            self._expiry[key] = now + ttl
            self._trim(now)
            return True

    def _trim(self, now: float) -> None:
        expiry = self._expiry
        while len(expiry) > self.max_entries or (expiry and next(iter(expiry.values())) <= now):
            expiry.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._expiry)


class ReplayGuard:
    """Refuses the second delivery of a webhook key; pass one instance to every ``parse_*_callback``."""

    def __init__(self, store: SeenStore | None = None, *, ttl: float = DEFAULT_TTL) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be > 0 seconds")
        self.store: SeenStore = MemorySeenStore() if store is None else store
        self.ttl = ttl

    def check(self, key: str, *, ttl: float | None = None) -> None:
        """Record ``key``; raise :class:`ReplayedWebhookError` if it was recorded and has not expired."""
        if not self.store.add(key, self.ttl if ttl is None else ttl):
            raise ReplayedWebhookError(f"webhook already accepted (replay key {key})", key=key)
