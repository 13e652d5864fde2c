"""The Distribution page on a demo region: plan a round, adjust it, split a shortage
fairly, change a lot with a reason, plan a mobile unit's visits, preview the lists,
dispatch, and confirm receipt with a discrepancy; cancel and reverse; move stock.

The region is the demo data (12 months ending 05-10-2026); the window's clock stands at
Tuesday 06-10-2026 09:00 UTC.  The demo sites hold plenty, so before the tests start
three sites have given almost all their Prevenar 20 and Vaxigrip (:data:`LOW_SITES`):
their proposals for those products are then above zero.  The pharmacy holds about 690 doses
of Prevenar 20, so a round asking for 600 + 400 of it is short.

Every service call runs through the operations helper, so the tests wait with
``qtbot.waitUntil`` (never ``qWait``, which would starve the worker threads).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import shiboken6
import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.services import demo, distribution, queries, reference, stock
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.distribution.change_lot_dialog import ChangeLotDialog
from pharmacy_app.ui.distribution.confirm_receipt_dialog import ConfirmReceiptDialog
from pharmacy_app.ui.distribution.models import LinesModel, RequestsModel
from pharmacy_app.ui.distribution.new_round_dialog import NewRoundDialog
from pharmacy_app.ui.distribution.reason_dialog import ReasonDialog
from pharmacy_app.ui.distribution.summary import CANCELLED, DISPATCHED, DRAFT, RECEIVED
from pharmacy_app.ui.distribution.visit_dialog import VisitDialog
from pharmacy_app.ui.main_window import DISTRIBUTION, MainWindow
from pharmacy_app.ui.transfers.transfer_dialog import TransferDialog
from tests.ui.conftest import TEMPLATE_START, TEST_START, _copy_db, wait_idle
from tests.ui.data import StepClock
from tests.ui.test_screenshots import assert_real_picture

HERLEV, HVIDOVRE, AMAGER, MOB_NORD = "RH-VC-HERLEV", "RH-VC-HVIDOVRE", "RH-VC-AMAGER", "RH-MOB-NORD"
PREVENAR, VAXIGRIP, COMIRNATY = "345679", "123456", "412345"
LOW_SITES = (HERLEV, HVIDOVRE, MOB_NORD)
KEEP = 4  # doses of each drained product left at a low site


# --------------------------------------------------------------------------- data


def drain(app: App) -> None:
    """Three sites give almost all their Prevenar 20 and Vaxigrip: they need more."""
    products = {p.varenummer: p.id for p in reference.list_products(app)}
    locations = {loc.code: loc.id for loc in reference.list_locations(app)}
    for code in LOW_SITES:
        for varenummer in (PREVENAR, VAXIGRIP):
            rows = queries.stock_rows(
                app, StockFilter(product_id=products[varenummer], location_id=locations[code])
            )
            rows = [r for r in rows if r.use_by > date(2026, 10, 6)]
            left = KEEP
            for row in rows:
                give = row.doses - left
                left = max(0, -give)
                if give > 0:
                    stock.administer(app, lot_id=row.lot_id, site_code=code, doses=give, reference="DAG-TEST")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    app = open_app(f"sqlite:///{path}", user="tester", clock=StepClock(TEMPLATE_START))
    try:
        demo.generate(app, until=date(2026, 10, 5))
        drain(app)
    finally:
        app.close()
    return path


@pytest.fixture
def dapp(demo_template: Path, tmp_path: Path):
    db = _copy_db(demo_template, tmp_path / demo_template.name)
    a = open_app(f"sqlite:///{db}", user="coordinator", clock=StepClock(TEST_START))
    yield a
    a.close()


@pytest.fixture
def dwindow(qtbot, dapp):
    w = MainWindow(dapp)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    wait_idle(qtbot, w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=30_000)
    w.show_page(DISTRIBUTION)
    qtbot.waitUntil(lambda: w.ops.is_idle(), timeout=30_000)
    yield w
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.close()
    w.close()


def idle(qtbot, window, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: window.ops.is_idle(), timeout=timeout)


def product_id(app: App, varenummer: str) -> int:
    return next(p.id for p in reference.list_products(app) if p.varenummer == varenummer)


def request_of(view, site: str, varenummer: str):
    lst = view.list_for(site)
    return next(r for r in lst.requests if r.varenummer == varenummer)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def plan(qtbot, window, app: App, sites: list[str], varenummers: list[str], in_transit: bool = True):
    """Plan a round through the New round dialog."""
    page = window.distribution_page
    page.new_button.click()
    dialog = page.new_dialog
    assert isinstance(dialog, NewRoundDialog) and dialog.isVisible()
    assert dialog.planned_for() == date(2026, 10, 7)  # tomorrow, by the application's clock
    qtbot.waitUntil(lambda: dialog.sites_tree.topLevelItemCount() > 0 and dialog.products_list.count() > 0)
    assert not dialog.ok_button.isEnabled()  # no site ticked yet
    # The filter and "All" tick only the sites shown.
    qtbot.keyClicks(dialog.filter_edit, sites[0].split("-")[-1].title())
    dialog.all_button.click()
    assert dialog.site_codes() == [sites[0]]
    dialog.filter_edit.clear()
    dialog.tick_sites(sites[1:])
    assert sorted(dialog.site_codes()) == sorted(sites)
    dialog.tick_products([product_id(app, v) for v in varenummers])
    if in_transit:
        dialog.transit_radio.click()
    assert dialog.mode() == ("in_transit" if in_transit else "direct")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.round is not None and closed(dialog), timeout=30_000)
    idle(qtbot, window)
    return page.round


def activate(qtbot, window) -> None:
    """Keys go to the active window (a dialog may have been in front)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)


def editor(table, qtbot=None):
    """The editor open in the table (it has the keyboard focus).

    Offscreen, the window system may hand focus back a moment late after the table
    committed an edit; with ``qtbot`` the helper waits for it (a person's next key
    would also wait for the focus to arrive)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: _focus_in(table), timeout=30_000)
    widget = QApplication.focusWidget()
    assert widget is not None and table.isAncestorOf(widget), widget
    return widget


def _focus_in(table) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and table.isAncestorOf(widget)


def type_into(qtbot, table, text: str) -> None:
    """Type as a person does: the first key opens the editor, the rest go to it."""
    window = table.window()
    if QApplication.activeWindow() is not window:
        activate(qtbot, window)
    if not table.hasFocus() and not _focus_in(table):
        table.setFocus()
        qtbot.waitUntil(lambda: table.hasFocus() or _focus_in(table), timeout=30_000)
    qtbot.keyClicks(table, text[0])
    if text[1:]:
        qtbot.keyClicks(editor(table, qtbot), text[1:])


def edit_requested_by_keyboard(qtbot, window, site: str, varenummer: str, doses: int, f2: bool = False) -> None:
    page = window.distribution_page
    activate(qtbot, window)
    request = request_of(page.round, site, varenummer)
    page.select_request(request.request_id)
    table = page.tables.requests_table
    table.setFocus()
    assert table.currentIndex().column() == RequestsModel.REQUESTED
    if f2:
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClick(editor(table), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor(table), str(doses))
    else:
        type_into(qtbot, table, str(doses))  # typing starts the editor
    qtbot.keyClick(editor(table), Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: request_of(page.round, site, varenummer).requested == doses, timeout=30_000)
    except Exception:
        print("STRIP", page.strip.text(), request_of(page.round, site, varenummer))
        raise
    idle(qtbot, window)


# --------------------------------------------------------------------------- the whole round


def test_a_round_from_proposal_to_confirmed_receipt(qtbot, dwindow, dapp, tmp_path):
    page = dwindow.distribution_page
    assert page.rounds.rounds_model.rowCount() == 0
    assert "New round" in page.strip.text()

    # Plan: three sites (one a mobile unit), three products, in transit.
    view = plan(qtbot, dwindow, dapp, [HERLEV, HVIDOVRE, MOB_NORD], [PREVENAR, VAXIGRIP, COMIRNATY])
    assert view.status == DRAFT and view.mode == "in_transit"
    assert page.rounds.rounds_model.rowCount() == 1
    assert page.rounds.sites_model.rowCount() == 4  # All sites + three lists
    assert page.tables.requests_model.rowCount() == 9
    assert "Round R-20261007-01 planned" in page.strip.text()
    assert "In transit" in page.header.text() and "coordinator" in page.header.text()
    # Proposals: the drained sites need Prevenar and Vaxigrip, and say why.
    for site in LOW_SITES:
        for varenummer in (PREVENAR, VAXIGRIP):
            r = request_of(view, site, varenummer)
            assert r.proposed > 0 and r.requested == r.proposed
            assert "days of cover" in r.basis.text("en")
    page.select_request(request_of(view, HERLEV, VAXIGRIP).request_id)
    assert "days of cover" in page.tables.request_info.text()
    assert "Vaccinationscenter Herlev" in page.tables.request_info.text()
    tooltip = page.tables.requests_model.index(
        page.tables.requests_model.row_of(request_of(view, HERLEV, VAXIGRIP).request_id), RequestsModel.PROPOSED
    ).data(Qt.ItemDataRole.ToolTipRole)
    assert "Proposal:" in tooltip and "days of cover" in tooltip
    assert not page.banner.isVisible()

    # The coordinator asks for more Prevenar than the pharmacy holds (about 690 doses): typed.
    edit_requested_by_keyboard(qtbot, dwindow, HERLEV, PREVENAR, 600)
    edit_requested_by_keyboard(qtbot, dwindow, HVIDOVRE, PREVENAR, 400, f2=True)
    view = page.round
    herlev, hvidovre = request_of(view, HERLEV, PREVENAR), request_of(view, HVIDOVRE, PREVENAR)
    assert herlev.short == 0 and hvidovre.short > 0  # served in the list's order
    assert page.banner.isVisible() and page.banner.split_button.isVisible()
    banner = page.banner.text.text()
    assert "Short by" in banner and "Prevenar 20" in banner
    assert f"Vaccinationscenter Hvidovre gets {hvidovre.allocated} of 400" in banner
    row = page.tables.requests_model.row_of(hvidovre.request_id)
    assert page.tables.requests_model.index(row, RequestsModel.SHORT).data() == str(hvidovre.short)

    # Split fairly: both get about the same share.
    qtbot.mouseClick(page.banner.split_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.fair_split(), timeout=30_000)
    idle(qtbot, dwindow)
    view = page.round
    herlev, hvidovre = request_of(view, HERLEV, PREVENAR), request_of(view, HVIDOVRE, PREVENAR)
    assert herlev.short > 0 and hvidovre.short > 0
    assert abs(herlev.allocated / 600 - hvidovre.allocated / 400) < 0.05
    assert page.banner.in_order_button.isVisible() and not page.banner.split_button.isVisible()
    assert "every site gets about the same share" in page.banner.text.text()

    # Change a lot against FEFO, with a reason.
    page.select_list(view.list_for(HERLEV).list_id)
    assert page.tables.lines_table.isColumnHidden(LinesModel.SITE)  # one site: no site column
    line = next(x for x in view.list_for(HERLEV).lines if x.varenummer == VAXIGRIP)
    page.select_line(line.line_id)
    assert page.tables.change_lot_button.isEnabled()
    page.tables.change_lot_button.click()
    dialog = page.lot_dialog
    assert isinstance(dialog, ChangeLotDialog)
    qtbot.waitUntil(lambda: dialog.lots_table.rowCount() > 1, timeout=30_000)
    assert dialog.lots_table.item(0, 4).text().startswith("FEFO first")
    assert not dialog.ok_button.isEnabled()  # the reason is required
    chosen = dialog.chosen_lot()
    assert chosen is not None and chosen.lot_id != line.lot_id
    qtbot.keyClicks(dialog.reason_edit, "site asked for the later lot")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    idle(qtbot, dwindow)
    changed = next(x for x in page.round.list_for(HERLEV).lines if x.lot_id == chosen.lot_id)
    assert changed.override_reason == "site asked for the later lot"
    row = page.tables.lines_model.row_of(changed.line_id)
    assert page.tables.lines_model.index(row, LinesModel.NOTE).data() == "site asked for the later lot"

    # A visit plan for the mobile unit: one visit, two programmes.
    page.select_list(view.list_for(MOB_NORD).list_id)
    assert page.tables.visits_box.isVisible() and page.tables.add_visit_button.isEnabled()
    page.tables.add_visit_button.click()
    vdialog = page.visit_dialog
    assert isinstance(vdialog, VisitDialog)
    qtbot.keyClicks(vdialog.institution_edit, "Plejecenter Solgården")
    vdialog.kind_combo.setCurrentIndex(vdialog.kind_combo.findData("plejehjem"))
    vdialog.dose_spins["covid-19"].setValue(300)
    vdialog.dose_spins["influenza"].setValue(400)
    vdialog.ok_button.click()
    qtbot.waitUntil(lambda: closed(vdialog), timeout=30_000)
    idle(qtbot, dwindow)
    visits = page.round.list_for(MOB_NORD).visits
    assert sorted((v.programme, v.doses) for v in visits) == [("covid-19", 300), ("influenza", 400)]
    assert page.tables.visits_model.rowCount() == 2
    assert page.tables.visits_model.index(0, 3).data() == "Nursing home"
    # The visits decide what the unit gets of each programme, and say so.
    asked = [r for r in page.round.list_for(MOB_NORD).requests if r.basis.text("en").startswith("Visits plan")]
    assert {r.programme for r in asked} == {"covid-19", "influenza"}
    assert all(r.requested > 0 for r in asked) and page.round.list_for(MOB_NORD).lines

    # Preview the lists: one PDF for the round.
    with qtbot.waitSignal(page.document_shown, timeout=30_000) as shown:
        page.preview_button.click()
    preview = shown.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count >= 3  # each site's list starts on a new page
    assert preview.path.read_bytes().startswith(b"%PDF")
    preview.close()

    # Dispatch, in transit.
    page.select_list(None)
    page.dispatch_button.click()
    box = page.lifecycle.confirm_box
    assert isinstance(box, QMessageBox)
    assert "Dispatch round R-20261007-01" in box.text()
    assert "In transit" in box.informativeText()
    go = next(b for b in box.buttons() if b.text() == "Dispatch")
    go.click()
    qtbot.waitUntil(lambda: page.round.status == DISPATCHED, timeout=30_000)
    idle(qtbot, dwindow)
    assert "dispatched" in page.strip.text()
    assert not page.dispatch_button.isVisible() and page.receipt_button.isVisible()
    sent = sum(line.doses for lst in page.round.lists for line in lst.lines)
    assert _balance(dapp, "IN_TRANSIT") == sent

    # Herlev confirms: one vial of the first line is missing (broken), with its reason.
    herlev_list = page.round.list_for(HERLEV)
    page.select_list(herlev_list.list_id)
    assert page.receipt_button.isEnabled()
    page.receipt_button.click()
    rdialog = page.lifecycle.receipt_dialog
    assert isinstance(rdialog, ConfirmReceiptDialog)
    first = herlev_list.lines[0]
    per = first.doses // first.units
    rdialog.received[first.line_id].setValue(first.doses - per)
    assert not rdialog.ok_button.isEnabled()
    assert any("reason for the difference" in t for t in rdialog.missing())
    rdialog.set_received(first.line_id, first.doses - per, "one vial broken in the cool box", "BRUD")
    assert rdialog.ok_button.isEnabled()
    rdialog.ok_button.click()
    qtbot.waitUntil(lambda: closed(rdialog), timeout=30_000)
    qtbot.waitUntil(lambda: page.round.list_for(HERLEV).status == RECEIVED, timeout=30_000)
    idle(qtbot, dwindow)
    assert "Vaccinationscenter Herlev confirmed" in page.strip.text()
    got = page.round.list_for(HERLEV).lines[0]
    assert got.received_doses == first.doses - per
    assert got.discrepancy_reason == "one vial broken in the cool box"

    # The ledger shows it: the missing vial is a discard with its reason and the list number.
    with dapp.db.read() as s:
        rows = s.execute(
            sa.text(
                "select m.doses, m.reason_code, m.note from movement m join location d on d.id = m.to_location_id"
                " where m.reference = :ref and d.code = 'WASTED'"
            ),
            {"ref": herlev_list.list_number},
        ).all()
    assert rows == [(per, "BRUD", "one vial broken in the cool box")]
    herlev_sent = sum(line.doses for line in herlev_list.lines)
    assert _balance(dapp, "IN_TRANSIT") == sent - herlev_sent
    assert queries.check_ledger(dapp).ok


def _balance(app: App, code: str) -> int:
    with app.db.read() as s:
        return int(
            s.execute(
                sa.text(
                    "select coalesce(sum(b.doses), 0) from stock_balance b join location l on l.id = b.location_id"
                    " where l.code = :code"
                ),
                {"code": code},
            ).scalar_one()
        )


# --------------------------------------------------------------------------- cancel and reverse


def test_a_draft_round_is_cancelled_and_nothing_moves(qtbot, dwindow, dapp):
    page = dwindow.distribution_page
    view = plan(qtbot, dwindow, dapp, [AMAGER, HERLEV], [VAXIGRIP], in_transit=False)
    movements = _movements(dapp)
    # One list first, then the round.
    page.select_list(view.list_for(AMAGER).list_id)
    assert page.cancel_list_button.isEnabled()
    page.cancel_list_button.click()
    dialog = page.lifecycle.reason_dialog
    assert isinstance(dialog, ReasonDialog) and dialog.ok_button.isEnabled()  # reason optional
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.round.list_for(AMAGER).status == CANCELLED, timeout=30_000)
    idle(qtbot, dwindow)
    assert not page.cancel_list_button.isEnabled()  # the last list goes with the round
    page.cancel_round_button.click()
    dialog = page.lifecycle.reason_dialog
    qtbot.keyClicks(dialog.edit, "planned twice")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.round.status == CANCELLED, timeout=30_000)
    idle(qtbot, dwindow)
    assert "cancelled" in page.strip.text()
    assert not page.dispatch_button.isEnabled() and not page.cancel_round_button.isEnabled()
    assert page.rounds.rounds_model.index(0, 3).data() == "Cancelled"
    assert _movements(dapp) == movements
    assert "planned twice" in distribution.round_view(dapp, view.round_id).note


def test_a_dispatched_list_is_reversed_with_a_note(qtbot, dwindow, dapp):
    page = dwindow.distribution_page
    view = plan(qtbot, dwindow, dapp, [HERLEV], [VAXIGRIP], in_transit=False)
    page.lifecycle.dispatch_now(view.round_id)
    qtbot.waitUntil(lambda: page.round.status == DISPATCHED, timeout=30_000)
    idle(qtbot, dwindow)
    lst = page.round.list_for(HERLEV)
    page.select_list(lst.list_id)
    assert page.reverse_button.isVisible() and page.reverse_button.isEnabled()
    page.reverse_button.click()
    dialog = page.lifecycle.reason_dialog
    assert not dialog.ok_button.isEnabled()  # a note is required
    qtbot.keyClicks(dialog.edit, "wrong site")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.round.list_for(HERLEV).status == CANCELLED, timeout=30_000)
    idle(qtbot, dwindow)
    assert "reversed" in page.strip.text()
    with dapp.db.read() as s:
        kinds = s.execute(
            sa.text("select kind, count(*) from movement where reference = :ref or note = 'wrong site' group by kind"),
            {"ref": lst.list_number},
        ).all()
    assert dict(kinds) == {"transfer": len(lst.lines), "reversal": len(lst.lines)}
    assert queries.check_ledger(dapp).ok


def _movements(app: App) -> int:
    with app.db.read() as s:
        return int(s.execute(sa.text("select count(*) from movement")).scalar_one())


# --------------------------------------------------------------------------- keyboard


def test_the_requests_table_is_edited_with_the_keyboard(qtbot, dwindow, dapp):
    page = dwindow.distribution_page
    view = plan(qtbot, dwindow, dapp, [HERLEV, HVIDOVRE], [COMIRNATY, VAXIGRIP])
    table = page.tables.requests_table
    activate(qtbot, dwindow)
    comirnaty = request_of(view, HERLEV, COMIRNATY)
    page.select_request(comirnaty.request_id)
    table.setFocus()
    # 100 doses of a 6-dose vial: rounded up to 17 vials = 102 doses, and said so.
    type_into(qtbot, table, "100")
    qtbot.keyClick(editor(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: request_of(page.round, HERLEV, COMIRNATY).requested == 102, timeout=30_000)
    idle(qtbot, dwindow)
    assert "rounded up to whole vials of 6 doses" in page.strip.text()
    # Enter moved to the next row; the arrow keys move on; typing edits again.
    assert page.tables.requests_model.request_at(table.currentIndex().row()).request_id != comirnaty.request_id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    target = page.tables.requests_model.request_at(table.currentIndex().row())
    type_into(qtbot, table, "30")
    qtbot.keyClick(editor(table), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: next(r for lst in page.round.lists for r in lst.requests if r.request_id == target.request_id).requested
        == (30 if target.doses_per_unit == 1 else 30 + (-30) % target.doses_per_unit),
        timeout=30_000,
    )
    idle(qtbot, dwindow)
    # Escape leaves the figure as it was.
    before = page.round
    page.select_request(comirnaty.request_id)
    type_into(qtbot, table, "9")
    qtbot.keyClick(editor(table), Qt.Key.Key_Escape)
    idle(qtbot, dwindow)
    assert request_of(page.round, HERLEV, COMIRNATY).requested == request_of(before, HERLEV, COMIRNATY).requested
    # Shortcuts: Ctrl+P previews, Ctrl+L changes the lot of the selected line.
    lines = page.tables.lines_model
    page.tables.lines_table.selectionModel().setCurrentIndex(
        lines.index(0, LinesModel.BATCH),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page.tables.lines_table.setFocus()
    qtbot.keyClick(page.tables.lines_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.lot_dialog, ChangeLotDialog) and page.lot_dialog.isVisible())
    page.lot_dialog.reject()


# --------------------------------------------------------------------------- transfers


def test_transfers_site_to_site_back_to_pharmacy_and_to_another_region(qtbot, dwindow, dapp, tmp_path, monkeypatch):
    page = dwindow.distribution_page
    page.rounds.transfer_button.click()
    dialog = page.transfer_dialog
    assert isinstance(dialog, TransferDialog)
    picker = dialog.site_from
    qtbot.waitUntil(lambda: picker.location_combo.count() > 0)
    assert picker.choose_location(AMAGER)
    qtbot.waitUntil(lambda: picker.lot() is not None, timeout=30_000)
    lot = picker.lot()
    picker.doses_spin.setValue(lot.doses_per_unit * 2)
    dialog.site_to.setCurrentIndex(dialog.site_to.findData(HERLEV))
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Transfer"
    with qtbot.waitSignal(dialog.done_value, timeout=30_000):
        dialog.ok_button.click()
    idle(qtbot, dwindow)
    assert "moved from Vaccinationscenter Amager" in page.strip.text()

    # Back to the pharmacy.
    dialog.tabs.setCurrentIndex(1)
    back = dialog.return_from
    assert back.choose_location(HERLEV)
    qtbot.waitUntil(lambda: back.lot() is not None, timeout=30_000)
    back.doses_spin.setValue(back.lot().doses_per_unit)
    with qtbot.waitSignal(dialog.done_value, timeout=30_000):
        dialog.ok_button.click()
    idle(qtbot, dwindow)
    assert "returned from Vaccinationscenter Herlev" in page.strip.text()

    # To another region: the shipment file is saved where the user says.
    target = tmp_path / "shipment.json"
    monkeypatch.setattr(
        "pharmacy_app.ui.transfers.shipment_file.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    dialog.tabs.setCurrentIndex(2)
    out = dialog.region_from
    qtbot.waitUntil(lambda: out.lot() is not None and dialog.region_combo.count() > 0, timeout=30_000)
    out.doses_spin.setValue(out.lot().doses_per_unit)
    assert not dialog.ok_button.isEnabled()  # the reference is required
    qtbot.keyClicks(dialog.region_reference, "AFT-2026-17")
    with qtbot.waitSignal(dialog.done_value, timeout=30_000):
        dialog.ok_button.click()
    idle(qtbot, dwindow)
    assert "sent to region" in page.strip.text()
    passport = json.loads(target.read_bytes())
    assert "AFT-2026-17" in json.dumps(passport)
    assert queries.check_ledger(dapp).ok
    dialog.close()

    # The passport is for the other region: receiving it here is refused, and said so.
    movements = _movements(dapp)
    page.receive_region_file(target)
    idle(qtbot, dwindow)
    assert page.strip.state == "error"
    assert _movements(dapp) == movements


# --------------------------------------------------------------------------- the picture


@pytest.mark.parametrize("language", ["en", "da"])
def test_screenshot_of_a_round(request, qtbot, language, dapp, tmp_path):
    if language == "da":
        request.getfixturevalue("danish")
    dwindow = request.getfixturevalue("dwindow")
    page = dwindow.distribution_page
    view = plan(qtbot, dwindow, dapp, [HERLEV, HVIDOVRE, AMAGER, MOB_NORD], [PREVENAR, VAXIGRIP, COMIRNATY])
    edit_requested_by_keyboard(qtbot, dwindow, HERLEV, PREVENAR, 600)
    edit_requested_by_keyboard(qtbot, dwindow, HVIDOVRE, PREVENAR, 400)
    lst = view.list_for(MOB_NORD)
    distribution.add_visit(
        dapp, lst.list_id, visit_date=date(2026, 10, 7), institution="Plejecenter Solgården",
        institution_kind="plejehjem", programme_code="covid-19", doses=12,
    )
    page.open_round(view.round_id)
    idle(qtbot, dwindow)
    page.select_request(request_of(page.round, HVIDOVRE, PREVENAR).request_id)
    if language == "da":
        assert "Mangler" in page.banner.text.text() and "Runde R-20261007-01" in page.header.text()
        assert page.tables.requests_model.headerData(RequestsModel.REQUESTED, Qt.Orientation.Horizontal) == "Ønsket"
    path = tmp_path / "distribution.png"
    assert dwindow.grab().save(str(path))
    assert_real_picture(path, 1400, 900)
    page.select_list(lst.list_id)
    path2 = tmp_path / "distribution-mobile.png"
    assert dwindow.grab().save(str(path2))
    assert_real_picture(path2, 1400, 900)
