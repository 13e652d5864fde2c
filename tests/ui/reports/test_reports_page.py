"""The Reports page with a real database: make the month's workbook, mark it as sent,
see it in the archive, save a copy, and list what changed after a back-dated posting."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from pharmacy_app.services import queries, reference, ssi_report, stock
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.main_window import REPORTS
from pharmacy_app.ui.operations import Cancelled, Operations
from pharmacy_app.ui.reports.models import ArchiveModel, ChangesModel, SummaryModel
from pharmacy_app.ui.reports.page import OUTPUT_DIR_KEY, ReportsPage
from pharmacy_app.ui.reports.work import write_workbook
from tests.ui.data import StepClock, utc

MONTH = "2026-10"  # the UI test data is posted on 5 October 2026
AFTER_MONTH = utc(2026, 11, 2, 9)  # October has ended: its report can be marked as sent


def set_home_pharmacy(app, code="RH-APO"):
    current = reference.read_settings(app)
    reference.save_settings(app, reference.Settings(current.backdate_window_days, code))


@pytest.fixture
def page(qtbot, window, app, tmp_path):
    set_home_pharmacy(app)
    app.clock = StepClock(AFTER_MONTH)
    window.show_page(REPORTS)
    p = window.reports_page
    qtbot.waitUntil(lambda: p._started and window.ops.is_idle(), timeout=30_000)
    p.set_output_dir(tmp_path / "out")
    p.set_period(MONTH)
    return p


def column(model, c):
    return [model.index(r, c).data() for r in range(model.rowCount())]


def make(qtbot, page):
    page.make_button.click()
    qtbot.waitUntil(lambda: page.made is not None and page.ops.is_idle(), timeout=30_000)


def mark(qtbot, page):
    page.mark_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=30_000)
    page.accept_confirmation()
    qtbot.waitUntil(lambda: page.archive_pane.model.rowCount() > 0 and page.ops.is_idle(), timeout=30_000)


def test_defaults_previous_month_and_remembers_the_folder(qtbot, app, tmp_path):
    ops = Operations(app)
    first = ReportsPage(ops)
    qtbot.addWidget(first)
    assert first.period() == "2026-09"  # the app's clock says October 2026
    first.set_output_dir(tmp_path / "reports")
    second = ReportsPage(ops)
    qtbot.addWidget(second)
    assert second.output_dir() == tmp_path / "reports"
    assert settings().value(OUTPUT_DIR_KEY) == str(tmp_path / "reports")
    assert not second.mark_action.isEnabled()
    assert "(Ctrl+M)" in second.make_button.toolTip()
    assert "(Ctrl+Shift+M)" in second.mark_action.toolTip()
    assert "(Ctrl+Shift+S)" in second.archive_pane.save_copy_button.toolTip()
    ops.shutdown()


def test_make_workbook_shows_the_summary_sheet(qtbot, page, tmp_path, app, monkeypatch):
    make(qtbot, page)
    path = tmp_path / "out" / "SSI_1084_2026-10.xlsx"
    assert path.exists() and page.made.path == path
    assert not list(path.parent.glob("*.part")), "no temporary file left behind"

    model = page.workbook_box.summary_model
    titles = model.column_titles()
    assert titles[:5] == ["Program", "Vaccine", "Varenummer", "Primo", "Modtaget fra SSI"]
    assert titles[-3:] == ["Ultimo", "Spildprocent", "Afstemt"]
    assert model.rowCount() == 3
    assert set(column(model, titles.index("Afstemt"))) == {"OK"}
    assert set(column(model, titles.index("Varenummer"))) == {"412345", "123456", "345679"}
    # Comirnaty: 2 packs received, 12 given, 6 discarded; the reversed 7 do not count.
    comirnaty = column(model, titles.index("Varenummer")).index("412345")
    row = {t: model.index(comirnaty, i).data() for i, t in enumerate(titles)}
    assert (row["Primo"], row["Givet"], row["Kasseret"]) == ("0", "12", "6")
    assert row["Spildprocent"] == "33.3"
    assert model.index(comirnaty, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # not red

    report = ssi_report.build(app, MONTH)
    assert page.made.checksum == report.checksum
    assert report.checksum in page.workbook_box.checksum_label.text()
    assert "All 3 rows reconcile" in page.workbook_box.reconciled_label.text()
    assert "SSI_1084_2026-10.xlsx" in page.workbook_box.file_label.text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.workbook_box.open_folder_button.click()
    page.workbook_box.file_label.linkActivated.emit(QUrl.fromLocalFile(str(path)).toString())
    assert [u.toLocalFile() for u in opened] == [str(path.parent), str(path)]


def test_the_summary_speaks_the_ui_language_and_the_file_stays_danish(qtbot, page, tmp_path):
    """English window: English headers, "Checksum", the file's word in the tooltip; the
    workbook keeps SSI's Danish layout whatever the window's language."""
    from openpyxl import load_workbook

    make(qtbot, page)
    model = page.workbook_box.summary_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    flat = [h.replace("\n", " ") for h in headers]
    assert flat[:5] == ["Programme", "Vaccine", "Item no.", "Opening stock", "Received from SSI"]
    assert flat[-3:] == ["Closing stock", "Wastage %", "Reconciled"]
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Primo in the workbook"
    assert page.workbook_box.checksum_label.text().startswith("Checksum: ")
    assert "Kontrolsum" not in page.workbook_box.checksum_label.text() + page.workbook_box.title()
    archive = page.archive_pane.model
    assert "Checksum" in [archive.headerData(c, Qt.Orientation.Horizontal) for c in range(archive.columnCount())]
    wb = load_workbook(page.made.path)
    assert [c.value for c in wb["Opsummering"][1]][:4] == ["Program", "Vaccine", "Varenummer", "Primo"]


def test_the_summary_in_danish_uses_the_files_words(qtbot, danish, app, tmp_path):
    from pharmacy_app.ui import fmt

    fmt.set_language("da")
    model = SummaryModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal).replace("\n", "") for c in range(model.columnCount())]
    assert headers[:4] == ["Program", "Vaccine", "Varenummer", "Primo"]
    assert headers[-3:] == ["Ultimo", "Spild-procent", "Afstemt"]
    assert QCoreApplication.translate("WorkbookBox", "Checksum: %1") == "Kontrolsum: %1"


def test_a_row_that_does_not_reconcile_is_red(qtbot):
    model = SummaryModel()
    ok = {"Program": "Covid-19", "Vaccine": "A", "Varenummer": "1", "Afstemt": "OK"}
    bad = {"Program": "Covid-19", "Vaccine": "B", "Varenummer": "2", "Afstemt": -3}
    model.set_rows([ok, bad])
    afstemt = model.column_titles().index("Afstemt")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, afstemt).data() == "-3"
    assert model.index(1, afstemt).data(Qt.ItemDataRole.FontRole).bold()
    assert model.not_reconciled() == 1


def test_models_pass_the_model_tester(qtbot, qtmodeltester, page):
    make(qtbot, page)
    qtmodeltester.check(page.workbook_box.summary_model)
    qtmodeltester.check(page.archive_pane.model)
    qtmodeltester.check(page.changes_pane.model)


def test_a_bad_month_is_refused_and_nothing_is_written(qtbot, page, tmp_path):
    shown: list[str] = []
    page.ops.error_shown.connect(shown.append)
    page.set_period("2026-13")
    page.make_button.click()
    qtbot.waitUntil(lambda: bool(shown) and page.ops.is_idle(), timeout=30_000)
    assert "'2026-13' is not a month" in shown[0]
    assert page.made is None and page.workbook_box.summary_model.rowCount() == 0
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    for box in page.ops.open_message_boxes():
        box.close()


def test_a_file_that_is_not_the_months_report_is_not_archived(qtbot, page, app, tmp_path):
    make(qtbot, page)
    other = ssi_report.write(app, "2026-09", tmp_path / "other")
    page.made.path.write_bytes(other.read_bytes())  # someone replaced the file on disk
    shown: list[str] = []
    page.ops.error_shown.connect(shown.append)
    page.mark_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=30_000)
    page.accept_confirmation()
    qtbot.waitUntil(lambda: bool(shown) and page.ops.is_idle(), timeout=30_000)
    assert "is not the SSI report for 2026-10" in shown[0]
    assert ssi_report.archive(app) == []
    assert page.archive_pane.model.rowCount() == 0
    for box in page.ops.open_message_boxes():
        box.close()


def test_cancelling_the_confirmation_marks_nothing(qtbot, page, app):
    make(qtbot, page)
    page.mark_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=30_000)
    assert "closes 2026-10" in page.confirm_box.informativeText()
    assert "coordinator" in page.confirm_box.informativeText()
    page.confirm_box.reject()
    qtbot.waitUntil(lambda: page.confirm_box is None, timeout=30_000)
    assert page.ops.is_idle()
    assert ssi_report.archive(app) == []


def test_mark_sent_archive_copy_and_changes_since_sent(qtbot, page, app, tmp_path):
    make(qtbot, page)
    assert not page.changes_action.isEnabled()  # nothing sent yet
    mark(qtbot, page)

    sent = ssi_report.archive(app)
    assert len(sent) == 1
    archive = page.archive_pane.model
    assert column(archive, ArchiveModel.PERIOD) == ["2026-10"]
    assert column(archive, ArchiveModel.VERSION) == ["1"]
    assert column(archive, ArchiveModel.SENT_BY) == ["tester"]
    assert column(archive, ArchiveModel.FILE) == ["SSI_1084_2026-10.xlsx"]
    sha = archive.index(0, ArchiveModel.SHA256)
    assert sha.data().endswith("…") and len(sha.data()) == 13
    assert sha.data(3) == sent[0].file_sha256  # the tooltip holds it in full
    assert archive.index(0, ArchiveModel.CHECKSUM).data(3) == page.made.checksum
    assert "2026-10 is closed" in page.month_status.text()
    assert "version 1" in page.message.text()

    # Save copy writes the archived bytes exactly.
    page.select_archived(0)
    assert page.save_copy_action.isEnabled()
    copy = tmp_path / "copy.xlsx"
    page.save_copy(copy)
    qtbot.waitUntil(lambda: copy.exists() and page.ops.is_idle(), timeout=30_000)
    assert copy.read_bytes() == ssi_report.archived_file(app, sent[0].id) == page.made.path.read_bytes()

    # Nothing changed yet: a clear empty state that names the version sent.
    assert page.changes_action.isEnabled()
    page.changes_button.click()
    qtbot.waitUntil(lambda: page.changes_found is not None and page.ops.is_idle(), timeout=30_000)
    assert page.changes_pane.model.rowCount() == 0
    assert page.changes_pane.table.empty_text().startswith("No changes since the version sent on ")
    assert page.changes_pane.table.empty_text().endswith(" by tester.")
    assert page.tabs.currentIndex() == page.changes_tab

    # A back-dated posting into the closed month, with a coordinator's reason.
    lot_id = queries.stock_rows(app, StockFilter(text="VG5521"))[0].lot_id
    stock.administer(
        app,
        lot_id=lot_id,
        site_code="MOB-NORD",
        doses=2,
        occurred_at=datetime(2026, 10, 25, 14, 0, tzinfo=UTC),  # in the back-dating window
        closed_month_reason="Skema fundet efter indberetning",
    )
    page.changes_button.click()
    qtbot.waitUntil(lambda: page.changes_pane.model.rowCount() > 0 and page.ops.is_idle(), timeout=30_000)
    changes = page.changes_pane.model
    rows = list(
        zip(
            column(changes, ChangesModel.SHEET),
            column(changes, ChangesModel.ROW),
            column(changes, ChangesModel.COLUMN),
            column(changes, ChangesModel.SENT),
            column(changes, ChangesModel.NOW),
            strict=True,
        )
    )
    # The English window names SSI's sheets and columns in English.
    assert ("Summary", "123456", "Administered", "0", "2") in rows
    assert ("Summary", "123456", "Closing stock", "50", "48") in rows
    forbrug = [r for r in rows if r[0] == "Consumption"]
    assert forbrug == [("Consumption", "MOB-NORD / 123456 / VG5521", "(row added)", "—", forbrug[0][4])]
    assert "Doses given: 2" in forbrug[0][4]
    assert "difference" in page.changes_pane.header.text() and "tester" in page.changes_pane.header.text()


def test_a_month_not_ended_gives_a_provisional_workbook_that_cannot_be_sent(qtbot, page, app, window):
    app.clock = StepClock(utc(2026, 10, 31, 22, 30))  # 23:30 on 31 October in Copenhagen
    page.set_period("2026-09")
    page.set_period(MONTH)
    assert "2026-10 has not ended" in page.month_status.text()
    assert "Foreløbig" in page.month_status.text()
    make(qtbot, page)
    made = page.made
    assert made.provisional and made.path.name == "SSI_1084_2026-10_foreloebig.xlsx"
    assert "Provisional (Foreløbig)" in page.workbook_box.title()
    assert page.workbook_box.provisional_label.isVisibleTo(page)
    first = fmt.date_text(date(2026, 11, 1))
    assert "Foreløbig" in page.workbook_box.provisional_label.text() and first in page.workbook_box.provisional_label.text()
    assert not page.mark_action.isEnabled() and not page.mark_button.isEnabled()
    assert "has not ended" in page.mark_button.toolTip()
    page.mark_sent()  # the action's slot, should it be reached anyway
    assert page.confirm_box is None
    assert ssi_report.archive(app) == []

    # At midnight the month is over: the provisional file is not the one to send.
    app.clock = StepClock(utc(2026, 10, 31, 23, 30))
    page.set_period("2026-09")
    page.set_period(MONTH)
    assert not page.mark_action.isEnabled()
    assert "provisional" in page.mark_button.toolTip()
    make(qtbot, page)
    qtbot.waitUntil(lambda: not page.made.provisional and page.ops.is_idle(), timeout=30_000)
    assert page.made.path.name == "SSI_1084_2026-10.xlsx"
    assert not page.workbook_box.provisional_label.isVisibleTo(page)
    assert page.mark_action.isEnabled()


def test_marking_again_adds_a_version(qtbot, page, app):
    make(qtbot, page)
    mark(qtbot, page)
    page.made = None
    make(qtbot, page)
    assert page.made.version == 2 and page.made.path.name == "SSI_1084_2026-10_v2.xlsx"
    assert "version 2" in page.workbook_box.title()
    page.mark_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=30_000)
    page.accept_confirmation()
    qtbot.waitUntil(lambda: page.archive_pane.model.rowCount() == 2 and page.ops.is_idle(), timeout=30_000)
    assert column(page.archive_pane.model, ArchiveModel.VERSION) == ["2", "1"]
    assert page.selected_archived().version == 2


def test_page_keys_work(qtbot, page, window, tmp_path):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    page.period_combo.setFocus()
    qtbot.keyClick(page.period_combo, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.made is not None and page.ops.is_idle(), timeout=30_000)
    assert Path(page.made.path).exists()


class _Steps:
    """Stands in for the operations helper's progress: records steps, cancels on request."""

    def __init__(self, cancel_at: int | None = None):
        self.steps: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def update(self, done, total=0, text=""):
        if self.cancel_at is not None and done >= self.cancel_at:
            raise Cancelled()
        self.steps.append((done, total))


def test_progress_is_reported_and_cancelling_writes_nothing(app, tmp_path):
    set_home_pharmacy(app)
    steps = _Steps()
    made = write_workbook(app, MONTH, tmp_path / "a", steps)
    assert made.path.exists() and made.summary
    assert steps.steps[-1][0] == steps.steps[-1][1] > 1

    with pytest.raises(Cancelled):
        write_workbook(app, MONTH, tmp_path / "b", _Steps(cancel_at=3))
    # Cancelled early the folder is not even made; either way no file is left in it.
    left = list((tmp_path / "b").iterdir()) if (tmp_path / "b").exists() else []
    assert left == [], "a cancelled workbook leaves no file"
