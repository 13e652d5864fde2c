"""Danish local time: the one zone every date a person sees or reports is counted in.

Movements are stored in UTC; days, months and "today" are Europe/Copenhagen days, so a
dose given at 00:30 on 1 November belongs to November, not to October's last UTC hour.
A time shown to a person (window, PDF, export, message) is Copenhagen time too, whatever
the machine's own time zone: never ``astimezone()`` without a zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


def local_moment(moment: datetime) -> datetime:
    """A moment in Danish time; a naive moment is taken as UTC (as the database stores)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def local_day(moment: datetime) -> date:
    """The Danish calendar day of a moment; a naive moment is taken as UTC (as stored)."""
    return local_moment(moment).date()


def local_minute(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM`` in Danish time, for a moment named in a message."""
    return local_moment(moment).strftime("%Y-%m-%d %H:%M")


def at_local(day: date, clock: time = time(0)) -> datetime:
    """``clock`` o'clock Danish time on ``day``, in UTC."""
    return datetime.combine(day, clock, tzinfo=LOCAL_TZ).astimezone(UTC)


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week (weeks run Monday to Sunday, as in Denmark)."""
    return day - timedelta(days=day.weekday())
