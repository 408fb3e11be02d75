"""Emulator settings: one frozen dataclass, from keyword arguments, the CLI or ``RECORDING_EMULATOR_*``.

Every default is deterministic so that a fresh emulator always prints the same credentials.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

ClockMode = Literal["real", "manual"]

ENV_PREFIX = "RECORDING_EMULATOR_"


@dataclasses.dataclass(frozen=True)
class Credentials:
    """The one account per provider the emulator serves (state is still keyed by provider + account)."""

    plivo_auth_id: str = "MAEMULATOR0000000001"  # 'MA' + 18 upper-case alphanumerics, as the SDKs require
    plivo_auth_token: str = "EmulatorPlivoAuthToken000000000000000001"
    telnyx_account_sid: str = "7e1a0000-0000-4000-8000-000000000001"  # the organization_id (a UUID)
    telnyx_api_key: str = "KEY_EMULATOR_TELNYX_0000000000000001"
    # base64 of the 32-byte Ed25519 seed; the public key is derived from it (GET /_emulator/accounts)
    telnyx_private_key_seed: str = "ZW11bGF0b3ItdGVsbnl4LXNpZ25pbmcta2V5LTAwMDE="
    signalwire_project_id: str = "5e1a0000-0000-4000-8000-000000000001"
    signalwire_api_token: str = "PTEmulatorSignalWireApiToken0000000001"
    signalwire_signing_key: str = "PSK_EmulatorSigningKey000000000001"


@dataclasses.dataclass(frozen=True)
class EmulatorConfig:
    """Everything that can be tuned. ``test_mode`` validates responses and callbacks against the specs."""

    host: str = "127.0.0.1"
    port: int = 8080
    data_dir: Path | None = None  # None: a fresh temporary directory (state then dies with the process)
    public_base_url: str | None = None  # base of URLs put in responses; default http://{host}:{port}
    test_mode: bool = False
    clock: ClockMode = "real"
    # SQLite synchronous mode: both survive kill -9; 'full' also survives an OS crash (an fsync per commit)
    durability: Literal["full", "normal"] = "normal"
    max_body_bytes: int = 1_048_576
    callback_timeout: float = 5.0  # seconds per attempt
    callback_retries: int = 2  # attempts after the first one
    callback_backoff: float = 0.5  # seconds before the first retry, doubled each time
    callback_allow_hosts: tuple[str, ...] = ()  # extra hosts callbacks may target besides loopback
    access_log: bool = False
    credentials: Credentials = dataclasses.field(default_factory=Credentials)

    @property
    def base_url(self) -> str:
        return self.public_base_url or f"http://{self.host}:{self.port}"

    def replace(self, **changes: Any) -> EmulatorConfig:
        return dataclasses.replace(self, **changes)


_BOOL_TRUE = {"1", "true", "yes", "on"}


def _convert(kind: Any, raw: str) -> Any:
    text = str(kind)
    if kind is bool or text == "bool":
        return raw.strip().lower() in _BOOL_TRUE
    if kind is int or text == "int":
        return int(raw)
    if kind is float or text == "float":
        return float(raw)
    if "Path" in text:
        return Path(raw)
    if "tuple" in text:
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw


def config_from_env(environ: Mapping[str, str] | None = None, **overrides: Any) -> EmulatorConfig:
    """Build a config from ``RECORDING_EMULATOR_<FIELD>`` variables, then apply ``overrides``.

    Credentials use the same prefix: ``RECORDING_EMULATOR_PLIVO_AUTH_ID``, ``..._TELNYX_API_KEY`` ...
    Keyword overrides may name credential fields directly (``plivo_auth_id="MA..."``).
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    creds: dict[str, Any] = {}
    for field in dataclasses.fields(EmulatorConfig):
        raw = env.get(ENV_PREFIX + field.name.upper())
        if raw is not None and field.name != "credentials":
            values[field.name] = _convert(field.type, raw)
    for field in dataclasses.fields(Credentials):
        raw = env.get(ENV_PREFIX + field.name.upper())
        if raw:
            creds[field.name] = raw
    cred_names = {f.name for f in dataclasses.fields(Credentials)}
    for key, value in overrides.items():
        if value is None:
            continue
        if key in cred_names:
            creds[key] = value
        else:
            values[key] = value
    if "data_dir" in values and values["data_dir"] is not None:
        values["data_dir"] = Path(values["data_dir"])
    base: Credentials = values.pop("credentials", Credentials())
    return EmulatorConfig(credentials=dataclasses.replace(base, **creds), **values)
