"""File menu exports: stock, movements and consumption to .xlsx or .csv, read back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from pharmacy_app.services import consumption, exports, queries
from pharmacy_app.services.app import App
from pharmacy_app.ui.export_dialog import (
    ConsumptionExportDialog,
    ExportKind,
    file_filters,
    with_suffix_for,
)

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
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
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
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
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
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
        window.export_stock_action.trigger()
    assert done.args[0].path == tmp_path / "lager.csv"
    header, _rows = read_back(tmp_path / "lager.csv")
    assert header == list(exports.STOCK_EXPORT_COLUMNS)
    suggested, filters = asked[0]
    assert Path(suggested).name == "beholdning_2026-10-06.xlsx"
    assert filters == "Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"
    # The next export suggests the folder and the format used last.
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        window.export_movements_action.trigger()
    assert Path(asked[1][0]).parent == tmp_path
    assert Path(asked[1][0]).suffix == ".csv"


def test_a_refused_export_leaves_no_file(qtbot, window, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.exporter.failed, timeout=10_000):
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
