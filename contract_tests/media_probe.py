"""Fetch the first bytes of a recording's media and tell whether they are audio of the stated format.

Only the head of the file is read (the magic numbers), and each URL is probed once per run: the same
recording is fetched by many cases, and the check must stay fast.
"""

from __future__ import annotations

import threading

import httpx

HEAD_BYTES = 4096
AUDIO_CONTENT_TYPES = {"wav": ("audio/wav", "audio/x-wav", "audio/wave"), "mp3": ("audio/mpeg", "audio/mp3")}


def sniff(head: bytes) -> str | None:
    """``'wav'`` for RIFF/WAVE, ``'mp3'`` for an ID3 tag or an MPEG audio frame sync, else ``None``."""
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06) != 0:
        return "mp3"  # 11 sync bits set and a valid layer
    return None


class MediaProbe:
    def __init__(self) -> None:
        self._results: dict[tuple[str, str], str | None] = {}
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=10, follow_redirects=True, trust_env=False)

    def problem(self, url: str, expected: str, auth: tuple[str, str] | None = None) -> str | None:
        """``None`` if ``url`` serves ``expected`` audio, else what is wrong (cached per URL and format)."""
        key = (url, expected)
        with self._lock:
            if key in self._results:
                return self._results[key]
        result = self._probe(url, expected, auth)
        with self._lock:
            self._results[key] = result
        return result

    def _fetch(self, url: str, auth: tuple[str, str] | None) -> tuple[int, str, bytes]:
        with self._http.stream("GET", url, auth=auth) as response:
            head = b""
            for chunk in response.iter_bytes():
                head += chunk
                if len(head) >= HEAD_BYTES:
                    break
            return response.status_code, response.headers.get("content-type", ""), head

    def _probe(self, url: str, expected: str, auth: tuple[str, str] | None) -> str | None:
        try:
            status, content_type, head = self._fetch(url, None)
            if status in (401, 403) and auth is not None:  # media that needs the API credentials
                status, content_type, head = self._fetch(url, auth)
        except httpx.HTTPError as exc:
            return f"GET {url} failed: {type(exc).__name__}: {exc}"
        if status != 200:
            return f"GET {url} answered {status}, expected 200 with {expected} audio"
        found = sniff(head)
        if found != expected:
            shown = found or f"not audio (starts with {head[:12]!r})"
            return f"GET {url}: the file is {shown}, but the stated format is {expected}"
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type and media_type not in AUDIO_CONTENT_TYPES[expected]:
            return f"GET {url}: Content-Type {content_type!r} is not {expected} audio"
        return None

    def close(self) -> None:
        self._http.close()
