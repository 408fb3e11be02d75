"""The callback contract: every callback received is on-schema, signed, sent once; none is missing.

Schemathesis does not test ``callbacks``. This module does, in three steps:

1. ``Ledger.observe`` (called for every response) remembers each 2xx start request that registered one
   of our receiver URLs, and each deleted recording;
2. after the run, the target is settled (``settle.py``: recordings end, the queue drains);
3. ``evaluate`` checks what the receiver got against the spec's ``callbacks`` (schema chosen by the
   URL path on the receiver), the signature, duplicates, the registrations' requirements
   (``callback_rules.py``) and, on the emulator, its own delivery log.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from . import callback_rules, environment, spec_index
from .form_coercion import coerce_form
from .providers import PROVIDERS, ProviderName
from .receiver import ReceivedRequest
from .results import Outcome
from .signatures_check import form_pairs, signature_problem

SCHEMA = "callback_schema_conformance"
SIGNATURE = "callback_signature"
UNIQUE = "callback_delivered_once"
ARRIVAL = "callback_arrival"
CALLBACK_CHECKS = (SCHEMA, SIGNATURE, UNIQUE, ARRIVAL)


def subject(callback_operation_id: str) -> str:
    return f"callback {callback_operation_id}"


@dataclasses.dataclass
class Ledger:
    """What the run registered and deleted; fed from every response, read once after the run."""

    registrations: dict[tuple[str, str], callback_rules.Registration] = dataclasses.field(
        default_factory=dict
    )
    deleted: dict[str, set[str]] = dataclasses.field(default_factory=lambda: defaultdict(set))
    providers: set[ProviderName] = dataclasses.field(default_factory=set)
    outcomes: dict[ProviderName, list[Outcome]] = dataclasses.field(default_factory=dict)
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.registrations.clear()
            self.deleted.clear()
            self.providers.clear()
            self.outcomes.clear()

    def register(self, registration: callback_rules.Registration) -> None:
        with self.lock:
            self.providers.add(registration.provider)
            self.registrations[(registration.token, registration.field)] = registration

    def note_provider(self, provider: ProviderName) -> None:
        with self.lock:
            self.providers.add(provider)

    def note_deleted(self, provider: ProviderName, recording_id: str) -> None:
        with self.lock:
            self.deleted[provider].add(recording_id)

    def pending_providers(self) -> list[ProviderName]:
        with self.lock:
            return [p for p in PROVIDERS if p in self.providers and p not in self.outcomes]


LEDGER = Ledger()


def token_of(url: Any, receiver_base: str) -> tuple[str, str, str, str] | None:
    """(provider, operationId, field, token) if ``url`` is one of our receiver URLs."""
    if not isinstance(url, str) or not url.startswith(receiver_base + "/cb/"):
        return None
    parts = url[len(receiver_base) + len("/cb/") :].split("#", 1)[0].split("?", 1)[0].split("/")
    return (parts[0], parts[1], parts[2], unquote(parts[3])) if len(parts) == 4 else None


@dataclasses.dataclass(frozen=True)
class Arrival:
    """A received callback, decoded and classified."""

    request: ReceivedRequest
    provider: ProviderName
    registering_operation: str
    field: str
    token: str
    spec: spec_index.CallbackSpec | None  # the callback operation it matched (or came closest to)
    payload: dict[str, Any]
    schema_errors: list[str]


def classify(request: ReceivedRequest) -> Arrival | None:
    """Decode a request to the receiver and match it to a callback operation of the spec."""
    route = request.route
    if route is None or route[0] not in PROVIDERS:
        return None
    provider_name, operation_id, field, token = route
    provider: ProviderName = provider_name  # type: ignore[assignment]
    token = unquote(token)
    pairs = form_pairs(request)
    candidates = [
        cb for cb in spec_index.callbacks_for(provider, operation_id, field) if cb.method == request.method
    ]
    best: tuple[spec_index.CallbackSpec | None, dict[str, Any], list[str]] = (
        None,
        dict(pairs),
        [f"{request.method} is not a documented method for callbacks on `{field}` of {operation_id}"],
    )
    for cb in candidates:
        payload = coerce_form(provider, cb.schema_name, pairs)
        errors = spec_index.validation_errors(provider, cb.schema_name, payload)
        if not errors:
            return Arrival(request, provider, operation_id, field, token, cb, payload, [])
        if best[0] is None or len(errors) < len(best[2]):
            best = (cb, payload, [f"{cb.schema_name}: {e}" for e in errors])
    return Arrival(request, provider, operation_id, field, token, best[0], best[1], best[2])


def _curl(request: ReceivedRequest, full_url: str) -> str:
    headers = " ".join(
        f"-H '{k}: {v}'" for k, v in request.headers.items() if k.startswith(("x-", "telnyx-"))
    )
    data = f" --data '{request.body.decode(errors='replace')}'" if request.body else ""
    return f"curl -X {request.method} {headers}{data} '{full_url}'"


def evaluate(
    provider: ProviderName,
    received: Iterable[ReceivedRequest],
    receiver_base: str,
    *,
    webhook_secret: str | None,
    deliveries: list[dict[str, Any]] | None,
    check_arrival: bool,
) -> list[Outcome]:
    """Every verdict of the callback contract for ``provider``."""
    outcomes: list[Outcome] = []
    arrivals: list[Arrival] = []
    local_base = receiver_base
    for request in received:
        arrival = classify(request)
        if arrival is None or arrival.provider != provider:
            continue
        arrivals.append(arrival)
        row = _row(arrival)
        full_url = local_base + request.path + (f"?{request.query}" if request.query else "")
        reproduction = _curl(request, full_url)
        outcomes.append(
            Outcome(
                provider,
                row,
                SCHEMA,
                not arrival.schema_errors,
                "Callback payload violates the spec:\n"
                + "\n".join(arrival.schema_errors)
                + f"\n\nPayload: {arrival.payload}",
                reproduction,
            )
        )
        if webhook_secret is None:
            outcomes.append(
                Outcome(provider, row, SIGNATURE, None, "no webhook secret configured", new_case=False)
            )
        else:
            problem = signature_problem(provider, request, full_url, webhook_secret)
            outcomes.append(
                Outcome(
                    provider,
                    row,
                    SIGNATURE,
                    problem is None,
                    f"Callback signature does not verify: {problem}",
                    reproduction,
                    new_case=False,
                )
            )
    outcomes.extend(_uniqueness(provider, arrivals))
    if check_arrival:
        registrations = [r for r in LEDGER.registrations.values() if r.provider == provider]
        outcomes.extend(_arrival(provider, registrations, arrivals))
        if deliveries is not None:
            outcomes.extend(_delivery_log(provider, deliveries, arrivals, receiver_base))
    return outcomes


def _row(arrival: Arrival) -> str:
    if arrival.spec is not None:
        return subject(arrival.spec.operation_id)
    return subject(f"{arrival.registering_operation}.{arrival.field} {arrival.request.method} (undocumented)")


def _identity(arrival: Arrival) -> tuple[Any, ...]:
    schema = arrival.spec.schema_name if arrival.spec else "?"
    fields = callback_rules.IDENTITY.get(schema, ())
    return (arrival.token, arrival.field, schema, *(arrival.payload.get(f) for f in fields))


def _uniqueness(provider: ProviderName, arrivals: list[Arrival]) -> list[Outcome]:
    groups: dict[tuple[Any, ...], list[Arrival]] = defaultdict(list)
    for arrival in arrivals:
        groups[_identity(arrival)].append(arrival)
    outcomes = []
    for identity, group in groups.items():
        distinct = {tuple(sorted((k, str(v)) for k, v in a.payload.items())) for a in group}
        row = _row(group[0])
        message = (
            f"Deliveries of one callback ({identity[2]}) differ in content"
            f"\n\n{len(group)} deliveries of {identity[2:]} with {len(distinct)} different payloads:\n"
            + "\n".join(str(a.payload) for a in group)
        )
        outcomes.append(Outcome(provider, row, UNIQUE, len(distinct) == 1, message, new_case=False))
    return outcomes


def _callback_operation(
    provider: ProviderName, operation_id: str, field: str, schema: str, method: str
) -> str:
    for cb in spec_index.callbacks_for(provider, operation_id, field):
        if cb.schema_name == schema and cb.method == method:
            return cb.operation_id
    return f"{operation_id}.{field} ({schema}, {method})"


def _arrival(
    provider: ProviderName, registrations: list[callback_rules.Registration], arrivals: list[Arrival]
) -> list[Outcome]:
    by_token: dict[tuple[str, str], list[Arrival]] = defaultdict(list)
    for arrival in arrivals:
        by_token[(arrival.token, arrival.field)].append(arrival)
    outcomes = []
    for registration in registrations:
        got = by_token.get((registration.token, registration.field), [])
        for need in callback_rules.requirements(registration, LEDGER.deleted[provider]):
            row = subject(
                _callback_operation(
                    provider, registration.operation_id, registration.field, need.schema_name, need.method
                )
            )
            matching = [a for a in got if need.accepts(a.payload)]
            right_method = [a for a in matching if a.request.method == need.method]
            if right_method:
                outcomes.append(Outcome(provider, row, ARRIVAL, True, new_case=False))
                continue
            if matching:
                message = (
                    f"The {need.description} callback arrived with {matching[0].request.method}, "
                    f"but {registration.field} was registered for {need.method}"
                )
            else:
                message = f"The {need.description} callback never arrived on {registration.field}"
            message += (
                f"\n\nRecording {registration.recording_id}: {len(got)} other callbacks arrived on that URL."
                f"\nRegistered by {registration.case_label} with body {dict(registration.request_body)},"
                f"\nanswered with {dict(registration.response_body)}"
            )
            outcomes.append(Outcome(provider, row, ARRIVAL, False, message, new_case=False))
    return outcomes


def _delivery_log(
    provider: ProviderName, deliveries: list[dict[str, Any]], arrivals: list[Arrival], receiver_base: str
) -> list[Outcome]:
    """Each delivery the emulator logged to our receiver arrived, with the payload it logged."""
    received = {(a.request.path, a.request.method, tuple(sorted(form_pairs(a.request)))) for a in arrivals}
    outcomes = []
    for delivery in deliveries:
        route = token_of(delivery.get("url"), receiver_base)
        if route is None or delivery.get("provider") != provider:
            continue
        _, operation_id, field, _ = route
        method = str(delivery.get("method", "POST"))
        row = subject(_callback_operation(provider, operation_id, field, str(delivery.get("schema")), method))
        state = delivery.get("state")
        request_url = str(delivery.get("request_url") or delivery.get("url"))
        parts = urlsplit(request_url)
        payload = parse_qsl(
            parts.query if method == "GET" else (delivery.get("body") or ""), keep_blank_values=True
        )
        key = (parts.path, method, tuple(sorted(payload)))
        if state != "delivered":
            message = (
                f"The emulator logged a {delivery.get('event')} delivery as {state}"
                f"\n\nDelivery {delivery.get('id')} to {request_url}: {delivery.get('error')}"
            )
            outcomes.append(Outcome(provider, row, ARRIVAL, False, message, new_case=False))
        elif key not in received:
            message = (
                f"The emulator logged a {delivery.get('event')} delivery as delivered, but it never arrived"
                f"\n\nDelivery {delivery.get('id')} to {request_url}"
            )
            outcomes.append(Outcome(provider, row, ARRIVAL, False, message, new_case=False))
    return outcomes


def stray_requests(received: Iterable[ReceivedRequest]) -> list[ReceivedRequest]:
    """Requests to the receiver that name no callback we registered (reported as schema failures)."""
    return [r for r in received if classify(r) is None]


def webhook_secret(provider: ProviderName, env: Mapping[str, str] | None = None) -> str | None:
    target = environment.load_target(provider, env)
    return target.webhook_secret if target else None
