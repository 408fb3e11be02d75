"""Lenient date parsing for list filters.

The specs constrain filter values by pattern only (``2023-99-99`` matches ``[0-9]{4}-[0-9]{2}-[0-9]{2}``),
and a schema-valid request must not be rejected. Out-of-range fields are therefore clamped to the
nearest valid value instead of failing: ``2023-13-40`` filters like ``2023-12-31``.
"""

from __future__ import annotations

import calendar
import datetime
import email.utils
import re
from typing import NamedTuple

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


class FilterTime(NamedTuple):
    stamp: float  # epoch seconds
    date_only: bool  # a whole day (``YYYY-MM-DD``) rather than a moment
    exact: bool  # a real calendar value (nothing had to be clamped)


def clamped_timestamp(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    micro: int = 0,
    offset_seconds: int = 0,
) -> tuple[float, bool]:
    """Epoch seconds of the given UTC-offset wall time with every field clamped into its valid range,
    and whether the fields were valid as given."""
    fields = (year, month, day, hour, minute, second, micro)
    year = min(max(year, 1), 9999)
    month = min(max(month, 1), 12)
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    clamped = (year, month, day, min(hour, 23), min(minute, 59), min(second, 59), min(micro, 999_999))
    moment = datetime.datetime(*clamped, tzinfo=datetime.UTC)
    return moment.timestamp() - offset_seconds, clamped == fields


def _offset(zone: str | None) -> int:
    if not zone or zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 3600 + int(digits[2:4]) * 60)


def parse_filter_time(value: str) -> FilterTime | None:
    """ISO dates/date-times or RFC 2822 date-times; ``None`` if the text is neither."""
    text = value.strip()
    found = _ISO.fullmatch(text)
    if found:
        year, month, day, hour, minute, second, fraction, zone = found.groups()
        micro = int((fraction or "0").ljust(6, "0"))
        stamp, exact = clamped_timestamp(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            _offset(zone),
        )
        return FilterTime(stamp, hour is None, exact)
    parsed = email.utils.parsedate_tz(text.replace("Sept", "Sep"))
    if parsed is None:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    stamp, exact = clamped_timestamp(year, month, day, hour, minute, second, 0, parsed[9] or 0)
    return FilterTime(stamp, False, exact)
