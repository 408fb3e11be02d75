"""Callback delivery: a persisted queue, a background dispatcher, signatures, retries and a delivery log.

* Each lifecycle event becomes a :class:`~.records.Delivery` row written in the same unit of work as the
  state change, so an acknowledged event is never lost (pending rows resume after a restart).
* Deliveries that share an ``ordering_key`` (one MPC, one recording) go out strictly one after another;
  different keys are delivered concurrently.
* Only loopback targets are allowed unless the host is on the configured allow-list. A refused target is
  logged and recorded, and never contacted (not even resolved).
* ``POST`` sends a form body, ``GET`` a query string; providers sign each attempt (fresh nonce/timestamp).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import ipaddress
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from . import webhook_client
from .records import DELIVERIES, Delivery

if TYPE_CHECKING:
    from .emulator import Emulator

log = logging.getLogger("recording_emulator.callbacks")

CONCURRENCY = 32  # deliveries in flight at once (across ordering keys)


@dataclasses.dataclass(frozen=True)
class OutgoingRequest:
    """One attempt, as the signer sees it."""

    method: str
    signed_url: str  # the registered URL without its fragment (what the receiver knows)
    request_url: str  # what is requested: signed_url plus the payload query for GET
    params: dict[str, str]  # the payload as wire strings
    body: bytes  # form body for POST, empty for GET


Signer = Callable[[Delivery, OutgoingRequest], dict[str, str]]


def wire_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def wire_params(payload: Mapping[str, Any]) -> dict[str, str]:
    return {key: wire_value(value) for key, value in payload.items()}


def loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def target_refusal(url: str, allow_hosts: Iterable[str]) -> str | None:
    """Why a callback URL may not be contacted, or ``None`` if it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "unparsable URL"
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} is not http(s)"
    if not host:
        return "no host"
    allowed = {h.lower() for h in allow_hosts}
    if loopback_host(host) or "*" in allowed or host.lower() in allowed:
        return None
    return f"host {host!r} is not loopback and not in the callback allow-list"


def fragment_settings(url: str) -> dict[str, str]:
    """Per-URL delivery settings in the fragment (Plivo ``#ct=..&rt=..&rc=..``, SignalWire ``#ot=..``)."""
    fragment = urlsplit(url).fragment
    return dict(parse_qsl(fragment)) if fragment else {}


class CallbackDispatcher:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.config = emulator.config
        self.signers: dict[str, Signer] = {}
        self._wakeup: asyncio.Event | None = None
        self._busy: set[str] = set()
        self._workers: set[asyncio.Task[None]] = set()
        self._runner: asyncio.Task[None] | None = None
        self._slots = asyncio.Semaphore(CONCURRENCY)

    # --- producing ---------------------------------------------------------------------------------

    def enqueue(
        self,
        *,
        provider: str,
        account: str,
        event: str,
        schema: str,
        url: str,
        method: str,
        payload: Mapping[str, Any],
        ordering_key: str,
    ) -> None:
        """Queue one callback. Call inside ``store.write()`` so it commits with the state change."""
        method = method.upper() if method.upper() in ("GET", "POST") else "POST"
        self.emulator.check_callback_payload(provider, schema, payload)
        refusal = target_refusal(url, self.config.callback_allow_hosts)
        settings = fragment_settings(url)
        max_attempts = 1 + self.config.callback_retries
        if "rc" in settings and settings["rc"].isdigit():
            max_attempts = 1 + min(int(settings["rc"]), 5)
        timeout = self.config.callback_timeout
        for key in ("tt", "rt"):
            if settings.get(key, "").isdigit():
                timeout = min(timeout, int(settings[key]) / 1000)
        now = time.time()
        delivery = Delivery(
            id=None,
            provider=provider,
            account=account,
            event=event,
            schema=schema,
            ordering_key=ordering_key,
            url=url,
            method=method,
            payload=dict(payload),
            state="refused" if refusal else "pending",
            attempts=0,
            max_attempts=max_attempts,
            timeout=timeout,
            response_status=None,
            last_error=refusal,
            request_url=None,
            request_headers={},
            request_body=None,
            created_wall=now,
            updated_wall=now,
        )
        self.emulator.store.insert(DELIVERIES, delivery)
        if refusal:
            log.warning("callback %s to %s refused: %s", event, url, refusal)
            return
        if self._wakeup is not None:
            self._wakeup.set()

    # --- running -----------------------------------------------------------------------------------

    async def start(self) -> None:
        self._slots = asyncio.Semaphore(CONCURRENCY)
        self._wakeup = asyncio.Event()
        self._wakeup.set()  # pending deliveries from a previous run resume at once
        self._runner = asyncio.create_task(self._run(), name="callback-dispatcher")

    async def stop(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        for task in list(self._workers):
            task.cancel()
        for task in list(self._workers):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _run(self) -> None:
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            await self.emulator.store.available()
            keys = self.emulator.store.select(DELIVERIES, "state = 'pending'", order_by="id")
            for key in dict.fromkeys(d.ordering_key for d in keys):
                if key not in self._busy:
                    self._busy.add(key)
                    task = asyncio.create_task(self._drain(key))
                    self._workers.add(task)
                    task.add_done_callback(self._workers.discard)

    async def _drain(self, key: str) -> None:
        try:
            while True:
                await self.emulator.store.available()
                rows = self.emulator.store.select(
                    DELIVERIES, "state = 'pending' AND ordering_key = ?", (key,), order_by="id", limit=1
                )
                if not rows:
                    return
                await self._deliver(rows[0])
        except asyncio.CancelledError:
            raise
        except Exception:  # never let one bad delivery stop the queue
            log.exception("callback worker for %s crashed", key)
        finally:
            self._busy.discard(key)

    def _request(self, delivery: Delivery) -> OutgoingRequest:
        parts = urlsplit(delivery.url)
        signed_url = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        params = wire_params(delivery.payload)
        if delivery.method == "GET":
            separator = "&" if parts.query else "?"
            query = urlencode(params)
            request_url = signed_url + (separator + query if query else "")
            return OutgoingRequest("GET", signed_url, request_url, params, b"")
        return OutgoingRequest("POST", signed_url, signed_url, params, urlencode(params).encode())

    async def _deliver(self, delivery: Delivery) -> None:
        store = self.emulator.store
        while delivery.attempts < delivery.max_attempts:
            outgoing = self._request(delivery)
            headers = {"User-Agent": "recording-emulator", **self._sign(delivery, outgoing)}
            if outgoing.method == "POST":
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            status: int | None = None
            error: str | None = None
            try:
                async with self._slots:  # a bounded number of deliveries in flight
                    status = await webhook_client.send(
                        outgoing.method, outgoing.request_url, headers, outgoing.body, delivery.timeout
                    )
                if not 200 <= status < 300:
                    error = f"HTTP {status}"
            except webhook_client.WebhookError as exc:
                error = str(exc)
            delivery.attempts += 1
            delivery.response_status = status
            delivery.last_error = error
            delivery.request_url = outgoing.request_url
            delivery.request_headers = headers
            delivery.request_body = outgoing.body.decode() if outgoing.body else None
            delivery.updated_wall = time.time()
            await store.available()
            if error is None:
                delivery.state = "delivered"
            elif delivery.attempts >= delivery.max_attempts:
                delivery.state = "failed"
                log.warning(
                    "callback %s to %s failed after %d attempts: %s",
                    delivery.event,
                    delivery.url,
                    delivery.attempts,
                    error,
                )
            with store.write():
                store.update(DELIVERIES, delivery)
            if delivery.state != "pending":
                return
            await asyncio.sleep(self.config.callback_backoff * 2 ** (delivery.attempts - 1))

    def _sign(self, delivery: Delivery, outgoing: OutgoingRequest) -> dict[str, str]:
        signer = self.signers.get(delivery.provider)
        return signer(delivery, outgoing) if signer else {}

    # --- observing ---------------------------------------------------------------------------------

    def idle(self) -> bool:
        return not self._busy and self.emulator.store.count(DELIVERIES, "state = 'pending'") == 0

    async def flush(self, timeout: float) -> bool:
        """Wait until nothing is pending or in flight; ``False`` if ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        if self._wakeup is not None:
            self._wakeup.set()
        while True:
            await self.emulator.store.available()
            if self.idle():
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.005)
