"""Posting into a month already reported to SSI, from the window: the closed-month
dialog explains, Cancel writes nothing, a reason posts it and goes into the note."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services import queries, reference, ssi_report
from pharmacy_app.services.app import App, open_app
from pharmacy_app.ui.reports.closed_month import ClosedMonthDialog, closed_month_problem
from pharmacy_app.ui.stock.discard_dialog import DiscardDialog
from pharmacy_app.ui.stock.release_dialog import ReleaseDialog
from pharmacy_app.ui.stock.stock_target import StockTarget
from pharmacy_app.ui.stock.thaw_dialog import ThawDialog
from tests.conftest import START
from tests.paperlog import Clock, PaperLog
from tests.ui.consumption.test_consumption_page import (
    LAST_WEEK,
    STOCKED,
    movements,
    row_of,
    show_site_week,
)

MONDAY = LAST_WEEK  # 26 October 2026: in the closed month


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def app(tmp_path: Path, clock: Clock) -> Iterator[App]:
    a = open_app(f"sqlite:///{tmp_path / 'c.db'}", user="tester", clock=clock)
    reference.save_settings(a, reference.Settings(14, "RH-APO"))
    PaperLog(a, clock).run(STOCKED)
    clock.set(START)
    yield a
    a.close()


def mark_sent(app: App, period: str, folder: Path) -> ssi_report.ArchivedReport:
    path = ssi_report.write(app, period, folder)
    return ssi_report.mark_sent(app, period, path)


@pytest.fixture
def sent(app: App, tmp_path: Path) -> ssi_report.ArchivedReport:
    return mark_sent(app, "2026-10", tmp_path / "sent")


@pytest.fixture
def window(qtbot, app: App, sent: ssi_report.ArchivedReport):
    from pharmacy_app.ui.main_window import CONSUMPTION, MainWindow

    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.show_page(CONSUMPTION)
    qtbot.waitUntil(lambda: w.consumption_page.site_combo.count() > 0 and w.ops.is_idle())
    yield w
    w.close()


def open_dialogs() -> list[ClosedMonthDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ClosedMonthDialog) and w.isVisible()
    ]


def wait_for_dialog(qtbot, owner) -> ClosedMonthDialog:
    qtbot.waitUntil(lambda: owner.closed_month_dialog is not None and len(open_dialogs()) == 1)
    dialog = open_dialogs()[0]
    assert dialog is owner.closed_month_dialog
    return dialog


def plain(rich: str) -> str:
    return re.sub(r"<[^>]+>", "", rich)


def notes(app: App, lot_id: int) -> list[str]:
    info = queries.lot_history(app, lot_id)
    assert info is not None
    return [h.note for h in info.history]


def test_saving_into_a_closed_month_asks_for_a_reason(qtbot, window, app: App) -> None:
    page = show_site_week(qtbot, window, "VC-HER", MONDAY)
    m = page.model
    fx = row_of(page, "FX1234")
    m.setData(m.index(fx, m.first_day_column), "5")
    before = movements(app)

    page.save_button.click()
    dialog = wait_for_dialog(qtbot, page)
    assert dialog.heading.text() == "October 2026 is closed"
    text = plain(dialog.explanation.text())
    # Sent at 09:00 UTC on 2 November, 10:00 in Copenhagen.
    assert "marked as sent on 2026-11-02 10:00 by tester" in text
    assert "Changes since sent" in text and "Reports page" in text
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("   ")
    assert not dialog.ok_button.isEnabled(), "a blank reason is no reason"
    assert not page.save_button.isEnabled()

    # Cancel writes nothing; the drafts stay and the page says why nothing was saved.
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: page.closed_month_dialog is None and not open_dialogs())
    qtbot.waitUntil(window.ops.is_idle)
    assert movements(app) == before
    assert m.has_drafts() and page.save_button.isEnabled()
    assert "Nothing was saved" in page.problems.text() and "2026-10 is closed" in page.problems.text()

    # Again, with a reason: posted, and the note says why.
    page.save_button.click()
    dialog = wait_for_dialog(qtbot, page)
    dialog.reason_edit.setText("Skema fundet efter indberetning")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=30_000) as saved:
        dialog.ok_button.click()
    assert saved.args[0].entries == 1
    qtbot.waitUntil(lambda: window.ops.is_idle() and not page.is_loading())
    assert movements(app) == before + 1
    assert not page.problems.isVisible()
    lot_id = page.model.grid().rows[fx].lot_id
    assert notes(app, lot_id)[-1] == "[efter lukning: Skema fundet efter indberetning]"
    changes = ssi_report.changes_since_sent(app, "2026-10")
    assert any(c.sheet == "Forbrug" for c in changes)


def test_importing_a_sheet_into_a_closed_month_asks_for_a_reason(
    qtbot, window, app: App, tmp_path: Path
) -> None:
    page = show_site_week(qtbot, window, "VC-HER", MONDAY)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"])
    ws.append(["VC-HER", MONDAY + timedelta(days=1), "412345", "FX1234", "65+", 4])
    sheet = tmp_path / "uge44.xlsx"
    wb.save(sheet)
    before = movements(app)

    page.import_file(sheet)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    page.preview_dialog.record_button.click()
    dialog = wait_for_dialog(qtbot, page)
    dialog.reason_edit.setText("Ark modtaget sent")
    with qtbot.waitSignal(page.saved, timeout=30_000):
        dialog.ok_button.click()
    assert movements(app) == before + 1
    lot_id = page.model.grid().rows[row_of(page, "FX1234")].lot_id
    assert notes(app, lot_id)[-1] == "Forbrugsark uge44.xlsx [efter lukning: Ark modtaget sent]"


def test_discarding_in_a_closed_month_asks_for_a_reason(
    qtbot, window, app: App, tmp_path: Path, clock: Clock
) -> None:
    # A discard is posted now, so "now" must be in a closed month: November closed on a
    # workstation whose clock ran a month ahead (the current month is never closed).
    clock.set(START + timedelta(days=30))
    mark_sent(app, "2026-11", tmp_path / "nov")
    clock.set(START)
    row = next(r for r in queries.stock_rows(app, queries.StockFilter(text="FX1234")) if r.location_code == "VC-HER")
    dialog = DiscardDialog(window.ops, StockTarget.from_row(row), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.reason_combo.count() > 0 and window.ops.is_idle())
    dialog.doses_spin.setValue(2)
    before = movements(app)

    dialog.ok_button.click()
    closed = wait_for_dialog(qtbot, dialog)
    assert closed.heading.text() == "November 2026 is closed"
    assert not dialog.ok_button.isEnabled(), "the discard waits for the answer"
    closed.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.closed_month_dialog is None and window.ops.is_idle())
    assert movements(app) == before
    assert dialog.ok_button.isEnabled() and dialog.isVisible()
    assert window.ops.open_message_boxes() == []

    dialog.ok_button.click()
    closed = wait_for_dialog(qtbot, dialog)
    closed.reason_edit.setText("Hætteglas tabt, opdaget ved optælling")
    with qtbot.waitSignal(dialog.done_value, timeout=30_000) as done:
        closed.ok_button.click()
    assert movements(app) == before + 1
    assert notes(app, done.args[0].lot_id)[-1] == "[efter lukning: Hætteglas tabt, opdaget ved optælling]"


def test_only_discard_takes_a_closed_month_reason() -> None:
    # receiving.release and receiving.thaw post now and take no closed-month reason.
    assert DiscardDialog.accepts_closed_month_reason
    assert not ReleaseDialog.accepts_closed_month_reason
    assert not ThawDialog.accepts_closed_month_reason


def test_only_a_refusal_that_is_only_the_closed_month_offers_the_override() -> None:
    closed = Problem("month_closed", {"period": "2026-10", "when": "2026-11-02 10:00", "by": "x"})
    other = Problem("insufficient_stock", {})
    assert closed_month_problem(DomainError(closed)) == closed
    assert closed_month_problem(DomainError([closed, other])) is None
    assert closed_month_problem(DomainError(other)) is None
    assert closed_month_problem(ValueError("month_closed")) is None


def test_the_dialog_in_danish(qtbot, danish, tmp_path: Path) -> None:
    problem = Problem("month_closed", {"period": "2026-10", "when": "2026-11-02 10:00", "by": "mette"})
    dialog = ClosedMonthDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Måneden er allerede indberettet til SSI"
    assert dialog.heading.text() == "oktober 2026 er lukket"
    text = plain(dialog.explanation.text())
    assert "markeret som sendt 02-11-2026 10:00 af mette" in text
    assert "Ændringer siden afsendelse" in text
    assert dialog.ok_button.text() == "&Gem alligevel"
    dialog.grab().save(str(tmp_path / "closed_month_da.png"))
