"""File menu exports: stock, movements and consumption to .xlsx or .csv, read back."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import consumption, exports, queries
from pharmacy_app.services.app import App
from pharmacy_app.ui import operations as ops_module
from pharmacy_app.ui.export_dialog import (
    ConsumptionExportDialog,
    ExportKind,
    file_filters,
    with_suffix_for,
)
from pharmacy_app.ui.main_window import MainWindow
from tests.ui.conftest import BIG_ROWS, wait_idle

OCTOBER = (date(2026, 10, 1), date(2026, 10, 6))  # the UI test data is posted on 5 October


def read_back(path: Path) -> tuple[list[str], list[list[object]]]:
    if path.suffix == ".xlsx":
        wb = load_workbook(path, read_only=True)
        ws = wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        wb.close()
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [list(r) for r in csv.reader(fh)]
    return [str(h) for h in rows[0]], rows[1:]


def export(qtbot, window, kind: ExportKind, path: Path, **kwargs):
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000) as done:
        window.exporter.export_to(kind, path, **kwargs)
    return done.args[0]


def no_temporary_files(folder: Path) -> bool:
    return not list(folder.glob("*.part"))


def test_the_file_menu_has_the_three_exports(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Export &stock…", "Export &movements…", "Export &consumption…"]
    assert file_filters() == ("Excel workbook (*.xlsx)", "CSV, comma-separated (*.csv)")


def test_stock_to_xlsx_and_csv(qtbot, window, app: App, tmp_path: Path) -> None:
    expected = len(queries.stock_rows(app, queries.StockFilter()))
    for name in ("stock.xlsx", "stock.csv"):
        path = tmp_path / name
        done = export(qtbot, window, ExportKind.STOCK, path)
        assert done.rows == expected and done.path == path
        header, rows = read_back(path)
        assert header == list(exports.STOCK_EXPORT_COLUMNS)
        assert len(rows) == expected
        assert f"Exported {expected} rows to {path}" == window.statusBar().currentMessage()
    assert {r[6] for r in rows} >= {"FX1234", "VG5521", "PV2001"}
    assert no_temporary_files(tmp_path)


def test_movements_to_xlsx_and_csv(qtbot, window, app: App, tmp_path: Path) -> None:
    expected = sum(1 for _ in queries.iter_movements(app))
    assert expected == 9  # the small paper log
    for name in ("movements.xlsx", "movements.csv"):
        path = tmp_path / name
        done = export(qtbot, window, ExportKind.MOVEMENTS, path)
        header, rows = read_back(path)
        assert header == exports.MOVEMENT_EXPORT_HEADER  # time columns say: Danish time
        assert len(rows) == done.rows == expected
    assert no_temporary_files(tmp_path)


def test_consumption_asks_for_period_and_site(qtbot, window, app: App, tmp_path: Path) -> None:
    window.export_consumption_action.trigger()
    dialog = window.exporter.consumption_dialog
    assert isinstance(dialog, ConsumptionExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.sites_loaded)
    # Defaults to the previous month; "to" before "from" cannot be exported.
    assert dialog.period() == (date(2026, 9, 1), date(2026, 9, 30))
    dialog.set_period(date(2026, 10, 6), date(2026, 10, 1))
    assert not dialog.export_button.isEnabled() and dialog.problem.isVisible()
    dialog.set_period(*OCTOBER)
    assert dialog.export_button.isEnabled() and not dialog.problem.isVisible()
    assert dialog.site_combo.itemText(0) == "All sites"
    assert dialog.set_site("VC-HER")

    # 12 doses given at Herlev; the 7 that were reversed are not consumption.
    expected = consumption.consumption_rows(app, *OCTOBER, "VC-HER")
    assert [r.doses for r in expected] == [12]
    path = tmp_path / "forbrug.csv"
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000) as done:
        dialog.export_to(path)
    qtbot.waitUntil(lambda: window.exporter.consumption_dialog is None)
    header, rows = read_back(path)
    assert header == list(consumption.CONSUMPTION_EXPORT_COLUMNS)
    assert len(rows) == done.args[0].rows == 1
    assert rows[0][1] == "VC-HER" and rows[0][9] == "12"
    assert window.statusBar().currentMessage() == f"Exported 1 row to {path}"

    # Every site, as a workbook.
    everywhere = consumption.consumption_rows(app, *OCTOBER)
    done = export(qtbot, window, ExportKind.CONSUMPTION, tmp_path / "all.xlsx", period=OCTOBER)
    header, rows = read_back(tmp_path / "all.xlsx")
    assert header == list(consumption.CONSUMPTION_EXPORT_COLUMNS)
    assert len(rows) == done.rows == len(everywhere)


def test_the_menu_action_uses_the_save_dialog(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    asked: list[tuple[str, str]] = []

    def fake_save(parent, title, suggested, filters, selected):
        asked.append((suggested, filters))
        return str(tmp_path / "lager"), file_filters()[1]  # typed without a suffix, CSV chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000) as done:
        window.export_stock_action.trigger()
    assert done.args[0].path == tmp_path / "lager.csv"
    header, _rows = read_back(tmp_path / "lager.csv")
    assert header == list(exports.STOCK_EXPORT_COLUMNS)
    suggested, filters = asked[0]
    assert Path(suggested).name == "beholdning_2026-10-06.xlsx"
    assert filters == "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"
    # The next export suggests the folder and the format used last.
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000):
        window.export_movements_action.trigger()
    assert Path(asked[1][0]).parent == tmp_path
    assert Path(asked[1][0]).suffix == ".csv"


def test_a_refused_export_leaves_no_file(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.exporter.failed, timeout=30_000):
        window.exporter.export_to(
            ExportKind.CONSUMPTION, tmp_path / "x.xlsx", period=(date(2026, 10, 6), date(2026, 10, 1))
        )
    assert not list(tmp_path.glob("x.xlsx*"))
    boxes = window.ops.open_message_boxes()
    assert len(boxes) == 1 and "before 2026-10-06" in boxes[0].text()
    boxes[0].close()


def test_a_name_without_a_suffix_gets_the_chosen_type() -> None:
    xlsx, csv_filter = file_filters()
    assert with_suffix_for(Path("/x/a"), xlsx) == Path("/x/a.xlsx")
    assert with_suffix_for(Path("/x/a"), csv_filter) == Path("/x/a.csv")
    assert with_suffix_for(Path("/x/a.CSV"), xlsx) == Path("/x/a.CSV")
    assert with_suffix_for(Path("/x/a.v2"), csv_filter) == Path("/x/a.v2.csv")


# --------------------------------------------------------------------------- Danish CSV


def test_the_danish_window_writes_csv_for_a_danish_spreadsheet(
    qtbot, window, app: App, tmp_path: Path, danish
) -> None:
    xlsx, csv_filter = file_filters()
    assert xlsx == "Excel-projektmappe (*.xlsx)"
    assert csv_filter == "CSV til dansk Excel, semikolonsepareret (*.csv)"
    path = tmp_path / "beholdning.csv"
    done = export(qtbot, window, ExportKind.STOCK, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"location_code;location;")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == done.rows == len(queries.stock_rows(app, queries.StockFilter()))
    expected = {
        (r.location_code, r.batch): r for r in queries.stock_rows(app, queries.StockFilter())
    }
    for row in rows:
        source = expected[(row["location_code"], row["batch"])]
        assert row["expiry"] == source.expiry.strftime("%d-%m-%Y")
        assert row["doses"] == str(source.doses)
        assert row["packs"] == f"{round(source.packs, 2)}".replace(".", ",")
    assert any("," in row["packs"] for row in rows)  # a part pack, with a decimal comma


def test_the_english_window_writes_plain_comma_separated_csv(
    qtbot, window, tmp_path: Path
) -> None:
    path = tmp_path / "stock.csv"
    export(qtbot, window, ExportKind.STOCK, path)
    raw = path.read_bytes()
    assert raw.startswith(b"location_code,location,")
    assert b";" not in raw.splitlines()[0]


# --------------------------------------------------------------------------- long exports


def progress_dialogs(window, label: str) -> list[QProgressDialog]:
    return [
        d for d in window.findChildren(QProgressDialog) if d.isVisible() and d.labelText() == label
    ]


def test_an_export_runs_while_a_save_holds_the_writer(qtbot, window, tmp_path: Path) -> None:
    """An export only reads: it does not wait behind a save (the single writer thread)."""
    gate, holding = threading.Event(), threading.Event()

    def long_save(_app):
        holding.set()
        gate.wait(20)

    window.ops.write(long_save, changes=Change.NONE, label="Saving…")
    assert holding.wait(5)
    try:
        path = tmp_path / "movements.xlsx"
        done = export(qtbot, window, ExportKind.MOVEMENTS, path)
        assert done.rows == 9 and path.exists()
        assert not gate.is_set()  # the save was still running all the while
    finally:
        gate.set()
    qtbot.waitUntil(window.ops.is_idle, timeout=30_000)


def test_a_long_export_shows_its_percentage(qtbot, big_app, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 0)
    w = MainWindow(big_app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w)
    seen: list[tuple[int, int, int, int]] = []

    def look(_op: int, done: int, total: int) -> None:
        for dialog in progress_dialogs(w, "Exporting movements…"):
            seen.append((done, total, dialog.value(), dialog.maximum()))

    w.ops.progressed.connect(look)
    path = tmp_path / "bevaegelser.csv"
    done = export(qtbot, w, ExportKind.MOVEMENTS, path)
    assert done.rows == BIG_ROWS
    assert seen, "no progress dialog was shown"
    assert {total for _d, total, _v, _m in seen} == {BIG_ROWS}
    # The dialog has a real range, so it shows a percentage, and it moves forward.
    assert all(maximum == BIG_ROWS for *_x, maximum in seen)
    values = [value for _d, _t, value, _m in seen]
    assert values == sorted(values) and values[-1] >= BIG_ROWS // 2
    assert [d for d, *_x in seen][-1] == BIG_ROWS
    w.close()


def test_cancelling_an_export_writes_no_file(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 0)
    # Another long export is still running: this one waits its turn, showing its dialog.
    gate = threading.Event()
    window.ops.query(lambda _app: gate.wait(20), label="Exporting stock…")
    path = tmp_path / "movements.xlsx"
    path.write_bytes(b"last month's file")  # an older export there stays as it was
    try:
        window.exporter.export_to(ExportKind.MOVEMENTS, path)
        qtbot.waitUntil(lambda: bool(progress_dialogs(window, "Exporting movements…")), timeout=30_000)
        (dialog,) = progress_dialogs(window, "Exporting movements…")
        (cancel,) = dialog.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        with qtbot.waitSignal(window.exporter.cancelled, timeout=30_000) as blocker:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
    assert blocker.args == [path]
    qtbot.waitUntil(window.ops.is_idle, timeout=30_000)
    assert path.read_bytes() == b"last month's file"
    assert no_temporary_files(tmp_path)
    assert window.exporter.last is None  # nothing was reported as exported
    assert window.statusBar().currentMessage() == "Export cancelled; movements.xlsx was not written."
    assert window.ops.open_message_boxes() == []
