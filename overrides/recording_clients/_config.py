"""Where base URLs and credentials come from: argument, then environment variable, then default."""

from __future__ import annotations

import os
from collections.abc import Mapping

from .errors import ConfigurationError

PLIVO_PRODUCTION_URL = "https://api.plivo.com"
TELNYX_PRODUCTION_URL = "https://api.telnyx.com/v2"
SIGNALWIRE_API_PATH = "/api/laml/2010-04-01"


def _env(name: str, environ: Mapping[str, str] | None) -> str | None:
    value = (os.environ if environ is None else environ).get(name, "").strip()
    return value or None


def setting(arg: str | None, env_name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """``arg`` if given, else the environment variable ``env_name`` (empty counts as unset)."""
    return arg if arg else _env(env_name, environ)


def credential(
    arg: str | None, env_name: str, provider: str, what: str, environ: Mapping[str, str] | None = None
) -> str:
    """Like :func:`setting` but required: raise a :class:`ConfigurationError` naming both sources."""
    value = setting(arg, env_name, environ)
    if value is None:
        raise ConfigurationError(f"{provider} {what} is missing: pass {what}= or set {env_name}")
    return value


def base_url(arg: str | None, env_name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    """Base URL from the argument, then ``env_name``, then the provider's production URL."""
    url = setting(arg, env_name, environ) or default
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base URL must start with http:// or https://, got {url!r}")
    return url.rstrip("/")


def signalwire_space_base_url(space: str) -> str:
    """``example`` / ``example.signalwire.com`` / ``https://example.signalwire.com`` -> the LaML API root."""
    space = space.strip().rstrip("/")
    scheme, sep, host = space.partition("://")
    if not sep:
        scheme, host = "https", space
    if "." not in host and ":" not in host:
        host = f"{host}.signalwire.com"
    return f"{scheme}://{host}{SIGNALWIRE_API_PATH}"


def signalwire_base_url(
    arg: str | None, space_url: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """``base_url``, ``SIGNALWIRE_BASE_URL``, then the Space (``space_url`` / ``SIGNALWIRE_SPACE_URL``)."""
    explicit = setting(arg, "SIGNALWIRE_BASE_URL", environ)
    if explicit:
        return base_url(explicit, "SIGNALWIRE_BASE_URL", "", environ)
    space = setting(space_url, "SIGNALWIRE_SPACE_URL", environ)
    if space is None:
        raise ConfigurationError(
            "SignalWire space is missing: pass space_url= or base_url=, "
            "or set SIGNALWIRE_SPACE_URL (e.g. example.signalwire.com) or SIGNALWIRE_BASE_URL"
        )
    return signalwire_space_base_url(space)
