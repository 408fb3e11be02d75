"""Identifier formats, each matching its provider's spec pattern."""

from __future__ import annotations

import base64
import os
import secrets

_VARIANT = "89ab"


def new_uuid() -> str:
    """A lowercase RFC 4122 v4 UUID (Plivo call and recording ids, Telnyx and SignalWire sids)."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def telnyx_call_control_id() -> str:
    """``v3:`` + URL-safe base64, like ``v3:KBnLO0ZK3DhKM5s7bE9VluaSmKsOchKht_fUYvxcp8ysbmzCCtpkmA``."""
    return "v3:" + base64.urlsafe_b64encode(os.urandom(39)).decode("ascii").rstrip("=")


def plivo_nonce() -> str:
    """A 20-digit numeric nonce for ``X-Plivo-Signature-V3-Nonce``."""
    return "".join(secrets.choice("0123456789") for _ in range(20))
