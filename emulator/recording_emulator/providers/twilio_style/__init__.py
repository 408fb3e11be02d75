"""Telnyx TeXML and SignalWire LaML: one Twilio-style model and handler set, two dialects."""

from __future__ import annotations

from .models import RECORDING, TwilioStyleBackend
from .signalwire import SIGNALWIRE
from .telnyx import TELNYX

__all__ = ["RECORDING", "SIGNALWIRE", "TELNYX", "TwilioStyleBackend"]
