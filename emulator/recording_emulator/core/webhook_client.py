"""A minimal HTTP/1.1 client for callbacks: one connection per attempt, the status code is all we need.

General-purpose clients cost about a millisecond of CPU per request in pool management; callbacks go
to a handful of (usually loopback) receivers, so a plain request over a fresh connection is both simpler
and several times cheaper. HTTPS uses the system trust store.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

_SAFE_TARGET = "/?&=%:@!$'()*+,;~-._"


class WebhookError(Exception):
    """The attempt failed before a status line came back (refused, reset, timed out, garbled)."""


def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context()


async def send(method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: float) -> int:
    """Send one request with ``Connection: close``; return the response status code."""
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    host = parts.hostname or ""
    port = parts.port or (443 if secure else 80)
    target = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=_SAFE_TARGET)
    authority = parts.netloc.rsplit("@", 1)[-1]
    lines = [f"{method} {target} HTTP/1.1", f"Host: {authority}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body

    async def exchange() -> int:
        reader, writer = await asyncio.open_connection(host, port, ssl=_ssl_context() if secure else None)
        try:
            writer.write(request)
            await writer.drain()
            status_line = await reader.readline()
        finally:
            writer.close()
            with contextlib.suppress(OSError, ssl.SSLError):
                await writer.wait_closed()
        fields = status_line.split(None, 2)
        if len(fields) < 2 or not fields[0].startswith(b"HTTP/") or not fields[1].isdigit():
            raise WebhookError(f"malformed status line {status_line[:80]!r}")
        return int(fields[1])

    try:
        return await asyncio.wait_for(exchange(), timeout)
    except TimeoutError:
        raise WebhookError(f"timed out after {timeout:g} s") from None
    except (OSError, ssl.SSLError, UnicodeError) as exc:
        raise WebhookError(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__) from None
