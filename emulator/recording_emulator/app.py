"""Build the emulator's ASGI application with every provider and the control API."""

from __future__ import annotations

from typing import Any

from .config import EmulatorConfig, config_from_env
from .control import CONTROL
from .core.app import EmulatorApp
from .core.provider import Provider
from .providers.plivo import PLIVO
from .providers.twilio_style import SIGNALWIRE, TELNYX

PROVIDERS: tuple[Provider[Any], ...] = (PLIVO, TELNYX, SIGNALWIRE, CONTROL)


def create_app(config: EmulatorConfig | None = None, **overrides: Any) -> EmulatorApp:
    """The ASGI app. Without ``config``, settings come from ``RECORDING_EMULATOR_*`` and ``overrides``."""
    return EmulatorApp(config if config is not None else config_from_env(**overrides), PROVIDERS)
