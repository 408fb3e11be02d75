"""Schemathesis hooks of the suite, loaded by ``schemathesis.toml`` (``hooks = "contract_tests.hooks"``).

Importing this module registers, for schemas loaded with our ``schemathesis.toml`` only:

* ``before_call``: positive cases get ids that exist on the target (account, live call, conference,
  multiparty call; a finished recording on GETs outside the stateful phase) and callback URL fields
  that point at the local receiver. Only *positive* components are touched: pinning a valid id into a
  negative case would make Schemathesis expect a rejection of a valid request (TOOLING.md section 2.6).
* our checks (``checks.py``) and the run-level ``CallbackContract`` check, which settles the target
  after the run and fails on any callback-contract violation (``callback_contract.py``).

The same module serves ``python -m contract_tests`` and a bare ``schemathesis run``.
"""

from __future__ import annotations

import datetime
import functools
import os
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, GenerationMode, HookContext, Response
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

from . import callback_contract, checks, environment, spec_index
from .callback_rules import Registration
from .providers import INFO, ProviderName, provider_of_path
from .receiver import get_receiver
from .results import Outcome
from .settle import settle

AnyCase = Case[Any]

__all__ = ["CallbackContract", "before_call", "checks", "reload"]


@functools.cache
def _target(provider: ProviderName) -> environment.ProviderTarget | None:
    return environment.load_target(provider)


def reload() -> None:
    """Forget cached targets (the runner changes the environment between runs)."""
    _target.cache_clear()


def _positive(case: AnyCase, location: ParameterLocation) -> bool:
    meta = case.meta
    if meta is None:
        return True
    component = meta.components.get(location)
    return component is None or component.mode == GenerationMode.POSITIVE


def _pooled(case: AnyCase, parameter: str) -> bool:
    """Whether Schemathesis already filled ``parameter`` from a real response (its resource pool)."""
    meta = case.meta
    return meta is not None and any(draw.parameter_name == parameter for draw in meta.pool_draws)


def _operation_id(case: AnyCase) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _pin_path(case: AnyCase, provider: ProviderName, target: environment.ProviderTarget) -> None:
    parameters = case.path_parameters
    if parameters is None:
        return
    for name in list(parameters):
        if name in target.path_ids:
            parameters[name] = target.path_ids[name]
    recording = INFO[provider].recording_param
    stateful = case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL
    if (
        recording in parameters
        and case.method.upper() == "GET"
        and target.recording_id is not None
        and not stateful
        and not _pooled(case, recording)
    ):
        parameters[recording] = target.recording_id


def _point_callbacks_at_receiver(case: AnyCase, provider: ProviderName) -> None:
    if not isinstance(case.body, dict):
        return
    operation_id = _operation_id(case)
    receiver = get_receiver()
    for field in spec_index.callback_fields(provider, operation_id):
        if field in case.body:
            case.body[field] = receiver.url_for(provider, operation_id, field, case.id)


PLIVO_ADD_TIME_WINDOW = 30 * 86400  # seconds; Plivo rejects wider add_time ranges (a rule in prose only)


def _add_time(value: Any) -> datetime.datetime | None:
    """A Plivo ``add_time`` filter value as a date, or None when it is no real calendar date."""
    text = str(value).strip()
    for layout in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, layout)
        except ValueError:
            continue
    return None


def _keep_add_time_window(case: AnyCase) -> None:
    """Keep positive ``listRecordings`` queries inside Plivo's 30-day ``add_time`` window.

    The spec states the window in prose (a JSON Schema cannot relate two parameters), so Schemathesis
    generates wider ranges as valid data; Plivo answers them with 400. Dropping the upper bounds keeps
    the case valid for both.
    """
    query = case.query
    if not query:
        return
    lows = [_add_time(query[k]) for k in ("add_time__gt", "add_time__gte") if k in query]
    highs = [_add_time(query[k]) for k in ("add_time__lt", "add_time__lte") if k in query]
    low = min((d for d in lows if d), default=None)
    high = max((d for d in highs if d), default=None)
    if low and high and (high - low).total_seconds() > PLIVO_ADD_TIME_WINDOW:
        for key in ("add_time__lt", "add_time__lte"):
            query.pop(key, None)


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    if not checks.ours(case):
        return
    provider = provider_of_path(case.operation.path)
    target = _target(provider)
    if target is None:
        return
    callback_contract.LEDGER.note_provider(provider)
    if _positive(case, ParameterLocation.PATH):
        _pin_path(case, provider, target)
    if _positive(case, ParameterLocation.BODY):
        _point_callbacks_at_receiver(case, provider)
    if (
        provider == "plivo"
        and _operation_id(case) == "listRecordings"
        and _positive(case, ParameterLocation.QUERY)
    ):
        _keep_add_time_window(case)


def _json(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


@schemathesis.check
class CallbackContract:
    """Run-level check: after all phases, settle the target and judge every callback (see module doc)."""

    def after_response(self, ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
        if not checks.ours(case) or not 200 <= response.status_code < 300:
            return True
        provider = provider_of_path(case.operation.path)
        operation_id = _operation_id(case)
        path = case.path_parameters or {}
        recording_param = INFO[provider].recording_param
        if operation_id == "deleteRecording" and recording_param in path:
            callback_contract.LEDGER.note_deleted(provider, str(path[recording_param]))
            return True
        if not isinstance(case.body, dict):
            return True
        receiver = get_receiver()
        answer = _json(response)
        registered = False
        for field in spec_index.callback_fields(provider, operation_id):
            route = callback_contract.token_of(case.body.get(field), receiver.base_url)
            if route is None:
                continue
            callback_contract.LEDGER.register(
                Registration(
                    provider,
                    operation_id,
                    field,
                    route[3],
                    dict(case.body),
                    answer if isinstance(answer, dict) else {},
                    case.operation.label,
                )
            )
            registered = True
        return None if registered else True

    def after_run(self, ctx: CheckContext) -> None:
        failures = [o for o in finish() if o.passed is False]
        if failures:
            lines = [f"[{o.check}] {o.subject}: {o.message}" for o in failures[:20]]
            more = f"\n... and {len(failures) - 20} more" if len(failures) > 20 else ""
            raise AssertionError(
                f"{len(failures)} callback contract violation(s):\n" + "\n\n".join(lines) + more
            )


def finish() -> list[Outcome]:
    """Settle and evaluate every provider this process tested and has not judged yet (idempotent)."""
    found: list[Outcome] = []
    receiver = get_receiver()
    for provider in callback_contract.LEDGER.pending_providers():
        target = _target(provider)
        if target is None:
            continue
        started = [
            r.recording_id
            for r in callback_contract.LEDGER.registrations.values()
            if r.provider == provider and r.recording_id
        ]
        deliveries = settle(target, [rid for rid in started if rid])
        # A live provider cannot reach 127.0.0.1: arrivals are judged only with a public receiver URL.
        live_without_public_url = deliveries is None and not os.environ.get(environment.CALLBACK_URL)
        outcomes = callback_contract.evaluate(
            provider,
            receiver.requests(),
            receiver.base_url,
            webhook_secret=target.webhook_secret,
            deliveries=deliveries,
            check_arrival=not live_without_public_url,
        )
        callback_contract.LEDGER.outcomes[provider] = outcomes
        found.extend(outcomes)
    return found
