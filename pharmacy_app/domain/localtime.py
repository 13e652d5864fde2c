"""Danish local time: the one zone every date a person sees or reports is counted in.

Movements are stored in UTC; days, months and "today" are Europe/Copenhagen days, so a
dose given at 00:30 on 1 November belongs to November, not to October's last UTC hour.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


def local_day(moment: datetime) -> date:
    """The Danish calendar day of a moment; a naive moment is taken as UTC (as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ).date()


def at_local(day: date, clock: time = time(0)) -> datetime:
    """``clock`` o'clock Danish time on ``day``, in UTC."""
    return datetime.combine(day, clock, tzinfo=LOCAL_TZ).astimezone(UTC)
