"""Identifier formats, each matching its provider's spec pattern."""

from __future__ import annotations

import base64
import os
import secrets
import time
from collections.abc import Iterator

_VARIANT = "89ab"
_POOL_BYTES = 5120  # 512 ids


class _RandomPool:
    """``os.urandom`` read in blocks, handed out as 20-hex-digit chunks: one system call per few hundred
    ids instead of one per id. Thread-safe without a lock (a list iterator hands out each chunk once)."""

    def __init__(self) -> None:
        self._chunks: Iterator[str] = iter(())
        os.register_at_fork(after_in_child=self.reset)  # a forked child must not repeat the parent's ids

    def reset(self) -> None:
        self._chunks = iter(())

    def take(self) -> str:
        chunk = next(self._chunks, None)
        while chunk is None:
            block = os.urandom(_POOL_BYTES).hex()
            self._chunks = iter([block[i : i + 20] for i in range(0, len(block), 20)])
            chunk = next(self._chunks, None)
        return chunk


_random = _RandomPool()


_prefix: tuple[int, str] = (-1, "")  # (millisecond, its first 15 characters of an id)


def new_uuid() -> str:
    """A lowercase RFC 4122 UUID in the version-4 layout (Plivo call and recording ids, Telnyx and
    SignalWire sids): 48 bits of millisecond time, then random bits (74 after version and variant).

    Time first makes ids increase with creation, so every new recording lands at the end of the primary
    key index instead of on a random page (fewer pages written per commit); ids stay unique and unguessable.
    """
    global _prefix
    millisecond = time.time_ns() // 1_000_000
    known, prefix = _prefix
    if known != millisecond:
        t = f"{millisecond & 0xFFFFFFFFFFFF:012x}"
        prefix = f"{t[:8]}-{t[8:]}-4"
        _prefix = (millisecond, prefix)
    r = _random.take()
    return f"{prefix}{r[:3]}-{_VARIANT[int(r[3], 16) & 3]}{r[4:7]}-{r[7:19]}"


def telnyx_call_control_id() -> str:
    """``v3:`` + URL-safe base64, like ``v3:KBnLO0ZK3DhKM5s7bE9VluaSmKsOchKht_fUYvxcp8ysbmzCCtpkmA``."""
    return "v3:" + base64.urlsafe_b64encode(os.urandom(39)).decode("ascii").rstrip("=")


def plivo_nonce() -> str:
    """A 20-digit numeric nonce for ``X-Plivo-Signature-V3-Nonce``."""
    return "".join(secrets.choice("0123456789") for _ in range(20))
