"""The three providers as the suite sees them: spec file, path parameters that name the account and ids.

Everything provider-specific that is not in the specs lives here, so hooks and checks stay generic.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Literal

ProviderName = Literal["plivo", "telnyx", "signalwire"]
PROVIDERS: tuple[ProviderName, ...] = ("plivo", "telnyx", "signalwire")

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"


@dataclasses.dataclass(frozen=True)
class ProviderInfo:
    name: ProviderName
    spec_file: Path
    title: str  # the spec's info.title: how schemathesis.toml picks the [[project]]
    path_prefix: str  # first path segment of every operation; tells the provider from a case
    account_param: str  # path parameter that holds the account id
    call_param: str  # path parameter that holds a call id
    recording_param: str  # path parameter that holds a recording id
    extra_params: tuple[str, ...] = ()  # other path parameters that must name live resources


INFO: dict[ProviderName, ProviderInfo] = {
    "plivo": ProviderInfo(
        name="plivo",
        spec_file=SPECS_DIR / "plivo.yaml",
        title="Plivo call-recording API (subset)",
        path_prefix="/v1/Account/",
        account_param="auth_id",
        call_param="call_uuid",
        recording_param="recording_id",
        extra_params=("conference_name", "mpc_name", "mpc_uuid"),
    ),
    "telnyx": ProviderInfo(
        name="telnyx",
        spec_file=SPECS_DIR / "telnyx_texml.yaml",
        title="Telnyx TeXML call recordings",
        path_prefix="/texml/Accounts/",
        account_param="account_sid",
        call_param="call_sid",
        recording_param="recording_sid",
    ),
    "signalwire": ProviderInfo(
        name="signalwire",
        spec_file=SPECS_DIR / "signalwire_laml.yaml",
        title="SignalWire Compatibility (LaML / cXML) API - call recordings",
        path_prefix="/Accounts/",
        account_param="AccountSid",
        call_param="CallSid",
        recording_param="Sid",
    ),
}


def provider_of_path(path: str) -> ProviderName:
    """Which provider a spec path template belongs to (the prefixes are disjoint)."""
    for info in INFO.values():
        if path.startswith(info.path_prefix):
            return info.name
    raise ValueError(f"no provider serves {path}")
