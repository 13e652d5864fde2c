"""The national picture tab, standalone (offscreen): three regions' workbooks loaded off
the window thread, the whole country, one region and the proposals shown, the overview
saved as a workbook and a PDF that read back, a wrong set of files refused with the
message naming the file, and the tab rendered in Danish and English at a small and a
large size (the PNGs land in the test's folder, or in $NATIONAL_SHOTS)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget

from pharmacy_app.services import national
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.planning.national_tab import NationalTab
from tests.helpers import pdftext
from tests.national_workbooks import Held, write_region
from tests.ui.test_screenshots import assert_real_picture

SHOTS = os.environ.get("NATIONAL_SHOTS")
NOV, PCV, COVID = "2026-11", "345679", "412345"


def _workbooks(folder: Path) -> list[Path]:
    return [
        write_region(folder, "1081", NOV, {
            PCV: (300, [Held("N-EARLY", date(2026, 12, 31), 3000)]),
            COVID: (1200, [Held("C-N1", date(2027, 3, 31), 1800)]),
        }),
        write_region(folder, "1084", NOV, {
            PCV: (9000, [Held("H-LATE", date(2027, 6, 30), 2100)]),
            COVID: (6000, [Held("C-H1", date(2027, 3, 31), 2400)]),
        }),
        write_region(folder, "1085", NOV, {
            PCV: (3000, [Held("S-LATE", date(2027, 6, 30), 2800)]),
            COVID: (2400, [Held("C-S1", date(2027, 2, 28), 3000)]),
        }),
    ]  # fmt: skip


@pytest.fixture
def tab(qtbot, app):
    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(app, parent)
    widget = NationalTab(ops, parent)
    yield widget
    ops.shutdown()
    for box in ops.open_message_boxes():
        box.close()


def _load(qtbot, tab, paths):
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.load_files(paths)


def _cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_regions_workbooks_give_the_overview_and_proposals(qtbot, tab, app, tmp_path):
    assert not tab.save_pdf_button.isEnabled()
    _load(qtbot, tab, _workbooks(tmp_path))
    assert tab.summary.text().startswith("2026-11: Region Nordjylland (1081)")
    # Whole country first: one line per product, the sums of the regions.
    totals = tab.lines_model
    assert totals.rowCount() == 2
    pcv = next(_cells(totals, r) for r in range(2) if "Prevenar" in _cells(totals, r)[1])
    assert pcv[0] == "Whole country" and pcv[2] == "7,900"
    tab.region_choice.setCurrentIndex(tab.region_choice.findData("1084"))
    rows = [_cells(tab.lines_model, r) for r in range(tab.lines_model.rowCount())]
    assert {r[0] for r in rows} == {"Region Hovedstaden"}
    tab.region_choice.setCurrentIndex(tab.region_choice.findData("*"))
    assert tab.lines_model.rowCount() == 6
    first = _cells(tab.proposals_model, 0)
    assert first[:3] == ["Region Nordjylland", "Region Hovedstaden", "N-EARLY"]
    assert "Region Hovedstaden" in first[5] and "expire unused" in first[5]
    # The session keeps it: the at-risk view can name the region short of the product.
    assert national.loaded(app) is tab.overview
    needing = national.needing_region(app, PCV, "1081")
    assert needing is not None and needing.region_code == "1084"

    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_workbook(tmp_path / "out" / "Landsoverblik")
    wb = load_workbook(tmp_path / "out" / "Landsoverblik.xlsx")
    assert "Forslag" in wb.sheetnames and wb["Forslag"].cell(row=2, column=5).value == "N-EARLY"
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_pdf(tmp_path / "out" / "national.pdf")
    text = pdftext(tmp_path / "out" / "national.pdf")
    assert "National picture" in text and "N-EARLY" in text


def test_a_wrong_set_is_refused_naming_the_file(qtbot, tab, tmp_path):
    paths = _workbooks(tmp_path)
    other = tmp_path / "again"
    other.mkdir()
    twice = write_region(other, "1084", NOV, {PCV: (10, [])})
    tab.load_files([*paths, twice])
    qtbot.waitUntil(lambda: bool(tab._ops.open_message_boxes()), timeout=30_000)
    box = tab._ops.open_message_boxes()[0]
    assert "SSI_1084_2026-11.xlsx" in box.text() + box.informativeText()
    assert tab.overview is None


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_tab_looks_right(qtbot, app, tmp_path, request, size, language):
    if language == "da":
        request.getfixturevalue("danish")
    parent = QWidget()
    qtbot.addWidget(parent)
    ops = Operations(app, parent)
    tab = NationalTab(ops)
    qtbot.addWidget(tab)
    try:
        tab.resize(*size)
        tab.show()
        _load(qtbot, tab, _workbooks(tmp_path))
        tab.region_choice.setCurrentIndex(tab.region_choice.findData("*"))
        qtbot.wait(50)
        folder = Path(SHOTS) if SHOTS else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"national_{language}_{size[0]}x{size[1]}.png"
        assert tab.grab().save(str(path))
        assert_real_picture(path, *size)
    finally:
        ops.shutdown()
