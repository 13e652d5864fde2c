"""Dates as people type them, and the calendar field of the dialogs.

:func:`parse_date` reads what a person types (``31-12-2027``, ``31.12.27``, ``311227``,
``2027-12-31``, a month ``12-2027`` meaning its last day, as GS1's day 00 does);
:func:`calendar_date_edit` is Qt's date field in the UI language's order (Danish
``dd-mm-åååå``, English ISO) with its calendar a click away.  A date that must be typed
and may be left empty is :class:`pharmacy_app.ui.common.date_edit.DateEdit`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from pharmacy_app.ui import fmt


def parse_date(text: str) -> date | None:
    """A date as people type it: ``31-12-2027``, ``31.12.27``, ``31122027``, ``2027-12-31``,
    or only a month (``12-2027``, ``12/27``), which means its last day (as GS1 day 00)."""
    t = text.strip()
    if not t:
        return None
    parts = [p for p in re.split(r"[-./ ]+", t) if p]
    try:
        if len(parts) == 1 and parts[0].isdigit():
            digits = parts[0]
            if len(digits) == 8:
                for d, mo, y in ((digits[:2], digits[2:4], digits[4:]), (digits[6:], digits[4:6], digits[:4])):
                    found = _make(y, mo, d)
                    if found is not None:
                        return found
                return None
            if len(digits) == 6:
                return _make(digits[4:], digits[2:4], digits[:2])
            return None
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                return _make(parts[0], parts[1], parts[2])
            return _make(parts[2], parts[1], parts[0])
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                year, month = parts
            else:
                month, year = parts
            y = _year(year)
            m = int(month)
            if y is None or not 1 <= m <= 12:
                return None
            return date(y, m, monthrange(y, m)[1])
    except ValueError:
        return None
    return None


def _year(text: str) -> int | None:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    return None


def _make(year: str, month: str, day: str) -> date | None:
    y = _year(year)
    if y is None:
        return None
    try:
        return date(y, int(month), int(day))
    except ValueError:
        return None


def date_placeholder() -> str:
    """How dates are written in the UI language (Danish dd-mm-åååå, English ISO)."""
    if fmt.language() == "da":
        return "dd-mm-åååå"
    return "yyyy-mm-dd"


def display_format() -> str:
    """Qt's display format of a date in the UI language."""
    return "dd-MM-yyyy" if fmt.language() == "da" else "yyyy-MM-dd"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def calendar_date_edit(value: date) -> QDateEdit:
    """A date field showing ``value`` as the UI language writes dates, with a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format())
    edit.setDate(qdate(value))
    return edit
