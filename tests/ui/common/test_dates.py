"""Dates as people type them, and the date fields that show them in the UI language."""

from __future__ import annotations

from datetime import date

import pytest

from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.date_edit import DateEdit
from pharmacy_app.ui.common.dates import calendar_date_edit, parse_date, pydate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-2027", date(2027, 12, 31)),
        ("31.12.27", date(2027, 12, 31)),
        ("311227", date(2027, 12, 31)),
        ("31122027", date(2027, 12, 31)),
        ("2027-12-31", date(2027, 12, 31)),
        ("20271231", date(2027, 12, 31)),
        ("02-2028", date(2028, 2, 29)),  # a month: its last day
        ("31-02-2027", None),
        ("hello", None),
        ("", None),
    ],
)
def test_dates_as_people_type_them(text, expected):
    assert parse_date(text) == expected


def test_a_typed_date_is_written_back_in_the_ui_language(qtbot, danish):
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.is_valid()  # empty until typed
    assert edit.line.placeholderText() == "dd-mm-åååå"
    qtbot.keyClicks(edit.line, "311227")
    edit.line.editingFinished.emit()
    assert edit.value() == date(2027, 12, 31) and edit.line.text() == "31-12-2027"
    edit.line.setText("31-02")
    assert not edit.is_valid() and "c4262e" in edit.line.styleSheet()


@pytest.mark.parametrize(("language", "shown"), [("da", "05-10-2026"), ("en", "2026-10-05")])
def test_the_calendar_field_writes_dates_as_the_language_does(qtbot, language, shown):
    fmt.set_language(language)
    edit = calendar_date_edit(date(2026, 10, 5))
    qtbot.addWidget(edit)
    assert edit.calendarPopup()
    assert edit.text() == shown
    assert pydate(edit.date()) == date(2026, 10, 5)
