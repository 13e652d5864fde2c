"""Every page and dialog is usable on a small screen (1024x700) and a large one (1600x1000),
in Danish and English, with the demo region's data.

A page or dialog passes when no visible widget overlaps a visible sibling, no label,
button or box is squeezed below the room its text needs and no table is too low to show
rows (``tests/ui/geometry.py``), when
nothing forces the window larger than asked, and when the important stock columns are in
view.  The PNGs land in the test's temporary folder, or in ``$PHARMACY_SCREENSHOTS`` when
set, to be looked at.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from pharmacy_app.domain.errors import Problem
from pharmacy_app.services import distribution, expiry, rebalance, receiving, reference
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockFilter, stock_rows
from tests.ui.conftest import _open_copy, wait_idle
from tests.ui.data import StepClock, utc
from tests.ui.geometry import clipped, overlaps, squashed

SIZES = [(1024, 700), (1600, 1000)]
DEMO_UNTIL = date(2026, 12, 4)
DEMO_NOW = utc(2026, 12, 5, 9)
PAGES = ["stock", "receiving", "distribution", "expiry", "consumption", "reports", "settings"]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo region (a year of stock and use), a draft receipt of several products
    and a planned round for every site: what a pharmacy's screens hold on a busy day."""
    from pharmacy_app.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    app = open_app(f"sqlite:///{path}", user="tester", clock=StepClock(DEMO_NOW))
    try:
        demo.generate(app, until=DEMO_UNTIL)
        products = reference.list_products(app, active_only=True)
        receipt = receiving.start(app, "FS-2026-1205", delivered_on=DEMO_UNTIL)
        for n, p in enumerate(products[:6]):
            receiving.add_line(
                app, receipt.id, product=p.id, batch=f"QA{n}7731", expiry=date(2027, 6, 30), packs=2 + n
            )
        sites = [loc.code for loc in reference.list_locations(app) if loc.kind_code not in ("pharmacy", None)]
        distribution.plan_round(app, planned_for=DEMO_UNTIL + timedelta(days=3), site_codes=sites)
    finally:
        app.close()
    return path


@pytest.fixture
def demo_app(demo_template: Path, tmp_path: Path) -> Iterator[App]:
    app = _open_copy(demo_template, tmp_path)
    app.clock = StepClock(DEMO_NOW)  # type: ignore[attr-defined]
    yield app
    app.close()


@pytest.fixture(params=["en", "da"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "da":
        request.getfixturevalue("danish")
    return str(request.param)


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PHARMACY_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def problems_of(widget: QWidget) -> list[str]:
    return overlaps(widget) + clipped(widget) + squashed(widget)


def _settle(qtbot: Any, window: Any) -> None:
    wait_idle(qtbot, window, timeout=30_000)
    qtbot.wait(30)


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_without_overlap(qtbot, demo_app, language, size, tmp_path):
    from pharmacy_app.ui.main_window import DISTRIBUTION, RECEIVING, MainWindow

    window = MainWindow(demo_app)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    _settle(qtbot, window)
    found: dict[str, list[str]] = {}
    folder = _folder(tmp_path)
    window.receiving_page.open_receipt(receiving.list_receipts(demo_app, status=receiving.DRAFT)[0].id)
    window.distribution_page.open_round(distribution.list_rounds(demo_app)[0].round_id)
    for number, name in enumerate(PAGES):
        window.show_page(number)
        _settle(qtbot, window)
        if number == RECEIVING:
            qtbot.waitUntil(lambda: window.receiving_page.receipt is not None, timeout=30_000)
        if number == DISTRIBUTION:
            qtbot.waitUntil(lambda: window.distribution_page.round is not None, timeout=30_000)
        page = window.pages.widget(number)
        tabs = page if isinstance(page, QTabWidget) else getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
                _settle(qtbot, window)
            label = f"{name}{tab if tabs is not None else ''}"
            assert (window.width(), window.height()) == size, f"{label} forces the window to another size"
            window.grab().save(str(folder / f"{label}-{language}-{size[0]}.png"))
            if problems := problems_of(window):
                found[label] = problems
    window.close()
    assert found == {}, "\n".join(f"{k}: {p}" for k, v in found.items() for p in v)


def test_the_important_stock_columns_are_in_view_at_1024(qtbot, demo_app):
    from pharmacy_app.ui.main_window import MainWindow
    from pharmacy_app.ui.stock.model import StockModel

    window = MainWindow(demo_app)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 700)
    _settle(qtbot, window)
    table = window.stock_page.table
    header = table.horizontalHeader()
    for column in (StockModel.LOCATION, StockModel.PRODUCT, StockModel.BATCH, StockModel.USE_BY, StockModel.DOSES):
        assert not header.isSectionHidden(column)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width(), column
    # Products read apart by name, not only by item number.
    names = {table.model().index(r, StockModel.PRODUCT).data() for r in range(table.model().rowCount())}
    assert "Comirnaty 30 µg multidosis" in names
    assert not any(n.endswith("…") for n in names)
    # A wide window shows every column again.
    window.resize(1600, 1000)
    _settle(qtbot, window)
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    window.close()


# --------------------------------------------------------------------------- dialogs


def _stock_row(app: App, **where: Any) -> Any:
    rows = stock_rows(app, StockFilter(), limit=2000)
    return next(r for r in rows if all(getattr(r, k) == v for k, v in where.items()))


def _dialogs(app: App, window: Any) -> dict[str, Callable[[], QDialog]]:
    from pharmacy_app.ui.distribution.change_lot_dialog import ChangeLotDialog
    from pharmacy_app.ui.distribution.confirm_receipt_dialog import ConfirmReceiptDialog
    from pharmacy_app.ui.distribution.new_round_dialog import NewRoundDialog
    from pharmacy_app.ui.distribution.reason_dialog import ReasonDialog
    from pharmacy_app.ui.distribution.visit_dialog import VisitDialog
    from pharmacy_app.ui.expiry.accept_proposal_dialog import AcceptProposalDialog
    from pharmacy_app.ui.expiry.record_waste_dialog import RecordWasteDialog
    from pharmacy_app.ui.expiry.windows_dialog import WindowsDialog
    from pharmacy_app.ui.export_dialog import ConsumptionExportDialog
    from pharmacy_app.ui.receiving.new_receipt_dialog import NewReceiptDialog
    from pharmacy_app.ui.reports.closed_month import ClosedMonthDialog
    from pharmacy_app.ui.settings.location_dialog import LocationDialog
    from pharmacy_app.ui.settings.product_dialog import ProductDialog
    from pharmacy_app.ui.stock.discard_dialog import DiscardDialog
    from pharmacy_app.ui.stock.release_dialog import ReleaseDialog
    from pharmacy_app.ui.stock.stock_target import StockTarget
    from pharmacy_app.ui.stock.thaw_dialog import ThawDialog
    from pharmacy_app.ui.transfers.transfer_dialog import TransferDialog

    ops = window.ops
    today = DEMO_NOW.date()
    products = {p.varenummer: p for p in reference.list_products(app)}
    programmes = reference.list_programmes(app)
    site = next(loc for loc in reference.list_locations(app) if loc.kind_code == "central")
    round_view = distribution.round_view(app, distribution.list_rounds(app)[0].round_id)
    lst = next(x for x in round_view.lists if x.lines)
    frozen = _stock_row(app, location_code="RH-APO", varenummer="412345")
    at_site = _stock_row(app, location_code=site.code)
    proposal = rebalance.proposals(app, today)[0]
    reasons = reference.list_discard_reasons(app)
    closed = Problem("month_closed", {"period": "2026-11", "when": "2026-12-02 10:00", "by": "mette"})
    return {
        "product": lambda: ProductDialog(ops, programmes, products["412345"], window),
        "location": lambda: LocationDialog(
            ops, reference.list_location_kinds(app), reference.list_regions(app), site, window
        ),
        "new-receipt": lambda: NewReceiptDialog(ops, today, window),
        "new-round": lambda: NewRoundDialog(ops, today, window),
        "change-lot": lambda: ChangeLotDialog(ops, lst.lines[0], lst.site_name, round_view.planned_for, window),
        "visit": lambda: VisitDialog(ops, lst, programmes, round_view.planned_for, window),
        "confirm-receipt": lambda: ConfirmReceiptDialog(ops, lst, reasons, "transit", window),
        "reason": lambda: ReasonDialog("Cancel list", "Why is the list cancelled?", "Cancel list", True, window),
        "transfer": lambda: TransferDialog(ops, window),
        "record-waste": lambda: RecordWasteDialog(ops, location_code=site.code, parent=window),
        "windows": lambda: WindowsDialog(expiry.er.DEFAULT_WINDOWS, window),
        "release": lambda: ReleaseDialog(ops, StockTarget.from_row(at_site), window),
        "discard": lambda: DiscardDialog(ops, StockTarget.from_row(at_site), window),
        "thaw": lambda: ThawDialog(ops, StockTarget.from_row(frozen, products["412345"]), today, window),
        "accept-proposal": lambda: AcceptProposalDialog(ops, proposal, window),
        "closed-month": lambda: ClosedMonthDialog(closed, window),
        "consumption-export": lambda: ConsumptionExportDialog(window.exporter, window),
    }


DIALOGS = [
    "product", "location", "new-receipt", "new-round", "change-lot", "visit", "confirm-receipt", "reason",
    "transfer", "record-waste", "windows", "release", "discard", "thaw", "accept-proposal", "closed-month",
    "consumption-export",
]  # fmt: skip


@pytest.mark.slow
def test_every_dialog_fits_a_small_screen_without_overlap(qtbot, demo_app, language, tmp_path):
    from pharmacy_app.ui.main_window import MainWindow

    window = MainWindow(demo_app)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 700)
    _settle(qtbot, window)
    builders = _dialogs(demo_app, window)
    assert sorted(builders) == sorted(DIALOGS)
    folder = _folder(tmp_path)
    found: dict[str, list[str]] = {}
    for name in DIALOGS:
        dialog = builders[name]()
        dialog.show()
        _settle(qtbot, window)
        # At its own size, and squeezed to the least it allows: both must read.
        for label, resize in (("", None), ("-min", dialog.minimumSizeHint())):
            if resize is not None:
                least = resize.expandedTo(dialog.minimumSize())
                layout = dialog.layout()
                if layout is not None and layout.hasHeightForWidth():  # wrapped text needs more height
                    least.setHeight(max(least.height(), layout.totalHeightForWidth(least.width())))
                dialog.resize(least)
                qtbot.wait(30)
            if dialog.width() > 1024 or dialog.height() > 700:
                found.setdefault(name, []).append(f"{dialog.width()}x{dialog.height()} does not fit 1024x700")
            dialog.grab().save(str(folder / f"dialog-{name}{label}-{language}.png"))
            found_here = problems_of(dialog)
            if found_here:
                found.setdefault(name + label, []).extend(found_here)
        dialog.reject()
        dialog.deleteLater()
    window.close()
    assert found == {}, "\n".join(f"{k}: {p}" for k, v in found.items() for p in v)
