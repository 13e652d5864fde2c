"""Date-times as people and data loggers write them, read as aware UTC moments.

* ISO (``2026-12-06T14:30``, ``2026-12-06 14:30:00``, with or without an offset or ``Z``)
  and Danish (``06-12-2026 14:30[:ss]``, ``06.12.2026 …``, ``06/12/2026 …``, ``… kl.
  14.30``); a day alone is ISO or Danish likewise.
* A time without an offset is Copenhagen wall-clock time.  In the hour that occurs twice
  when summer time ends, the first reading is the earlier hour, and a reading that would
  otherwise go back before ``previous`` is the later one, so a logger's series stays in
  order across the change.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from pharmacy_app.domain.localtime import LOCAL_TZ

_DANISH = re.compile(
    r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]+|\s*kl\.?\s*)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$"
)
_DAY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$")


def parse_day(text: str) -> date | None:
    text = text.strip()
    found = _DAY.match(text)
    try:
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    found = _CLOCK.match(text.strip())
    if found is None:
        return None
    h, mi, sec = int(found[1]), int(found[2]), int(found[3] or 0)
    return time(h, mi, sec) if h <= 23 and mi <= 59 and sec <= 59 else None


def parse_moment(text: str, previous: datetime | None = None) -> datetime | None:
    """The aware UTC moment ``text`` names, or ``None`` when it names none."""
    text = text.strip()
    danish = _DANISH.match(text)
    if danish:
        d, mo, y, h, mi, sec = (int(g or 0) for g in danish.groups())
        try:
            return local_to_utc(datetime.combine(date(y, mo, d), time(h, mi, sec)), previous)
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC)
    return local_to_utc(parsed, previous)


def local_to_utc(naive: datetime, previous: datetime | None = None) -> datetime:
    """Copenhagen wall-clock time as UTC (see the module for the repeated hour)."""
    first = naive.replace(tzinfo=LOCAL_TZ).astimezone(UTC)
    second = naive.replace(tzinfo=LOCAL_TZ, fold=1).astimezone(UTC)
    if previous is not None and first < previous <= second:
        return second
    return first
