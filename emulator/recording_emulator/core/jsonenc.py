"""JSON encoders built once: compact output, no per-call set-up (``json.dumps`` with options builds a new
encoder on every call).

Responses go through :func:`response_bytes`: orjson (several times faster on the answers' ~1 KB objects),
with the standard library as the fallback for what orjson refuses (non-string keys, integers beyond 64 bits)
or when it is not installed. Both write the same compact UTF-8 JSON; they may spell an unusual float
differently (``1e-05`` vs ``0.00001``), never its value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _encoder
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the standard library still works
    orjson = None  # type: ignore[assignment]


def compact_encoder(*, ensure_ascii: bool) -> Callable[[Any], str]:
    """``obj -> str``: what ``json.dumps(obj, separators=(",", ":"), ensure_ascii=...)`` returns."""
    make = getattr(_encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython without the _json accelerator
        return json.JSONEncoder(separators=(",", ":"), ensure_ascii=ensure_ascii).encode
    # the arguments JSONEncoder.iterencode passes: no circular check, no default, no indent
    encode_string = _encoder.encode_basestring_ascii if ensure_ascii else _encoder.encode_basestring
    scanner = make(None, _no_default, encode_string, None, ":", ",", False, False, True)
    fallback = json.JSONEncoder(separators=(",", ":"), ensure_ascii=ensure_ascii).encode

    def encode(value: Any) -> str:
        if isinstance(value, (dict, list)):
            return "".join(scanner(value, 0))
        return fallback(value)  # a bare string or number: the C scanner only yields containers' chunks

    return encode


def _no_default(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_utf8_json = compact_encoder(ensure_ascii=False)


def response_bytes(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON (an answer's body)."""
    if orjson is not None:
        try:
            return orjson.dumps(value)
        except TypeError:  # orjson.JSONEncodeError: e.g. an int key or an int beyond 64 bits
            pass
    return _utf8_json(value).encode("utf-8")
