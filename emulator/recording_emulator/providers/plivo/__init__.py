"""Plivo: call, conference and multiparty-call recording, and the Recording resource."""

from __future__ import annotations

from ...core.emulator import Emulator
from ...core.errors import ErrorKind
from ...core.provider import Authenticator, Provider
from .errors import PlivoErrors
from .handlers import handlers
from .models import PlivoBackend
from .signing import plivo_signer


def _backend(emulator: Emulator) -> PlivoBackend:
    emulator.callbacks.signers["plivo"] = plivo_signer(emulator.credentials.plivo_auth_token)
    return PlivoBackend(emulator)


def _credentials(emulator: Emulator) -> tuple[str, str]:
    return emulator.credentials.plivo_auth_id, emulator.credentials.plivo_auth_token


PLIVO: Provider[PlivoBackend] = Provider(
    name="plivo",
    spec_name="plivo",
    claims=("/v1/",),
    errors=PlivoErrors(),
    handlers=handlers,
    backend=_backend,
    auth=Authenticator("basic", "auth_id", ErrorKind.UNAUTHORIZED, _credentials),
    lenient_bodies=True,  # DELETE params may come as a JSON body; unknown keys are ignored
    media_path=r"/v1/Account/(?P<account>[^/]+)/Recording/(?P<id>[^/.]+)\.(?P<ext>mp3|wav)",
)

__all__ = ["PLIVO", "PlivoBackend"]
