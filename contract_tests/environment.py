"""Where a run gets its target from: environment variables only, so the runner and the bare CLI agree.

``python -m contract_tests`` fills these variables itself (from the emulator it starts, or from the
``*_TEST_*`` variables of a live sandbox); a bare ``schemathesis run`` reads the ones you export.
``contract_tests/README.md`` documents every variable.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping

from .providers import INFO, ProviderName

# Suite-wide settings (not tied to a provider).
CALLBACK_URL = "CONTRACT_CALLBACK_URL"  # public base URL of the callback receiver (default: the local one)
CALLBACK_PORT = "CONTRACT_CALLBACK_PORT"  # port the local receiver binds on 127.0.0.1 (default: a free one)
CALLBACK_WAIT = "CONTRACT_CALLBACK_WAIT"  # live targets: seconds to wait for late callbacks (default 20)
EMULATOR_URL = "CONTRACT_EMULATOR_URL"  # set when the target is the emulator: its control API is used
EMULATOR_MPCS = "CONTRACT_EMULATOR_MPCS"  # emulator only: uuids of every MPC provisioned, ended when settling


@dataclasses.dataclass(frozen=True)
class ProviderEnv:
    """The variables of one provider; ``required`` ones must all be set or the provider is skipped."""

    base_url: str
    base_url_default: str | None
    account: str
    secret: str
    ids: Mapping[str, str]  # path parameter -> variable naming an existing resource (required)
    recording_id: str  # optional: a finished recording, pinned on GET operations
    webhook_secret: str  # optional: key that verifies callback signatures
    space_url: str | None = None  # SignalWire: the Space, when the base URL is not given

    @property
    def required(self) -> tuple[str, ...]:
        return (self.account, self.secret, *self.ids.values())


VARIABLES: dict[ProviderName, ProviderEnv] = {
    "plivo": ProviderEnv(
        base_url="PLIVO_BASE_URL",
        base_url_default="https://api.plivo.com",
        account="PLIVO_AUTH_ID",
        secret="PLIVO_AUTH_TOKEN",
        ids={
            "call_uuid": "PLIVO_TEST_CALL_UUID",
            "conference_name": "PLIVO_TEST_CONFERENCE_NAME",
            "mpc_name": "PLIVO_TEST_MPC_NAME",
            "mpc_uuid": "PLIVO_TEST_MPC_UUID",
        },
        recording_id="PLIVO_TEST_RECORDING_ID",
        webhook_secret="PLIVO_AUTH_TOKEN",
    ),
    "telnyx": ProviderEnv(
        base_url="TELNYX_BASE_URL",
        base_url_default="https://api.telnyx.com/v2",
        account="TELNYX_ACCOUNT_SID",
        secret="TELNYX_API_KEY",
        ids={"call_sid": "TELNYX_TEST_CALL_SID"},
        recording_id="TELNYX_TEST_RECORDING_SID",
        webhook_secret="TELNYX_PUBLIC_KEY",
    ),
    "signalwire": ProviderEnv(
        base_url="SIGNALWIRE_BASE_URL",
        base_url_default=None,
        account="SIGNALWIRE_PROJECT_ID",
        secret="SIGNALWIRE_API_TOKEN",
        ids={"CallSid": "SIGNALWIRE_TEST_CALL_SID"},
        recording_id="SIGNALWIRE_TEST_RECORDING_SID",
        webhook_secret="SIGNALWIRE_SIGNING_KEY",
        space_url="SIGNALWIRE_SPACE_URL",
    ),
}


@dataclasses.dataclass(frozen=True)
class ProviderTarget:
    """One provider's target as the tests use it: where, who, and which ids exist there."""

    name: ProviderName
    base_url: str
    account: str
    secret: str
    path_ids: Mapping[str, str]  # path parameter -> id pinned on positive cases (account included)
    recording_id: str | None  # pinned on positive GET cases of the recording resource
    webhook_secret: str | None


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def _signalwire_space(space: str) -> str:
    host = space.strip().rstrip("/").removeprefix("https://").removeprefix("http://")
    if "." not in host:
        host += ".signalwire.com"
    return f"https://{host}/api/laml/2010-04-01"


def missing_variables(name: ProviderName, env: Mapping[str, str] | None = None) -> list[str]:
    """The required variables of ``name`` that are unset (empty counts as unset)."""
    env = os.environ if env is None else env
    spec = VARIABLES[name]
    missing = [var for var in spec.required if _get(env, var) is None]
    no_space = spec.space_url is None or _get(env, spec.space_url) is None
    if spec.base_url_default is None and _get(env, spec.base_url) is None and no_space:
        missing.append(f"{spec.base_url} or {spec.space_url}" if spec.space_url else spec.base_url)
    return missing


def resolve_base_url(name: ProviderName, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    spec = VARIABLES[name]
    explicit = _get(env, spec.base_url)
    if explicit:
        return explicit.rstrip("/")
    if spec.space_url and (space := _get(env, spec.space_url)):
        return _signalwire_space(space)
    if spec.base_url_default is None:
        raise KeyError(f"{spec.base_url} is not set")
    return spec.base_url_default


def load_target(name: ProviderName, env: Mapping[str, str] | None = None) -> ProviderTarget | None:
    """The target of ``name`` from the environment, or ``None`` if a required variable is missing."""
    env = os.environ if env is None else env
    if missing_variables(name, env):
        return None
    spec = VARIABLES[name]
    account = _get(env, spec.account)
    secret = _get(env, spec.secret)
    assert account is not None and secret is not None
    path_ids = {INFO[name].account_param: account}
    for param, var in spec.ids.items():
        value = _get(env, var)
        assert value is not None
        path_ids[param] = value
    return ProviderTarget(
        name=name,
        base_url=resolve_base_url(name, env),
        account=account,
        secret=secret,
        path_ids=path_ids,
        recording_id=_get(env, spec.recording_id),
        webhook_secret=_get(env, spec.webhook_secret),
    )


def callback_wait(env: Mapping[str, str] | None = None) -> float:
    env = os.environ if env is None else env
    return float(_get(env, CALLBACK_WAIT) or 20)


def emulator_url(env: Mapping[str, str] | None = None) -> str | None:
    return _get(os.environ if env is None else env, EMULATOR_URL)


def emulator_mpcs(env: Mapping[str, str] | None = None) -> list[str]:
    value = _get(os.environ if env is None else env, EMULATOR_MPCS) or ""
    return [uuid for uuid in value.split(",") if uuid]
