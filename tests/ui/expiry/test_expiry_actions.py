"""The Expiry page's action tabs with a real database: stock at risk and accepting a
rebalancing proposal, discarding expired stock in one step, recording waste with a
reason, and recalling a batch.

The window's clock stands at 2026-10-06 09:00 UTC (a minute later at every reading).
Every service call runs through the operations helper, so the tests wait with
``qtbot.waitUntil``.  The PNGs of the demo region land in the test's temporary folder.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import demo, queries, rebalance, recall, reference, stock, waste
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.expiry.accept_proposal_dialog import AcceptProposalDialog
from pharmacy_app.ui.expiry.discard_tab import DiscardTab
from pharmacy_app.ui.expiry.recall_tab import RecallTab
from pharmacy_app.ui.expiry.record_waste_dialog import RecordWasteDialog
from pharmacy_app.ui.expiry.risk_tab import OTHER_REGION, RiskTab
from pharmacy_app.ui.expiry.send_to_region_dialog import SendToRegionDialog
from pharmacy_app.ui.operations import Operations
from tests.ui.data import Log, StepClock, apply_log
from tests.ui.test_screenshots import assert_real_picture

# DC-B holds 50 doses of SOON (10 days left) and uses none; VC-A gives 30 doses a day
# of the same product: moving them saves them.  Pneumovax at DC-B: no one uses it.
RISK_LOG = """
site VC-A "Vaccinationscenter A" central 1084
site DC-B "Sundhedshus B" decentral 1084
receive 123456 SOON exp 2026-10-16 packs 10 ref FS-10 to RH-APO
receive 123456 LATER exp 2027-06-30 packs 5 ref FS-11 to RH-APO
receive 345678 PN1 exp 2026-10-30 packs 5 ref FS-12 to RH-APO
transfer SOON RH-APO -> DC-B 50 ref DL-10
transfer LATER RH-APO -> VC-A 40 ref DL-11
transfer PN1 RH-APO -> DC-B 5 ref DL-12
administer LATER at VC-A 30 ref DAG-10
"""

# Received on 2026-09-20, expired on 2026-10-01: 12 doses at the pharmacy, 8 at VC-HER.
EXPIRED_LOG = """
receive 123457 OLDX exp 2026-10-01 packs 2 ref FS-20 to RH-APO
transfer OLDX RH-APO -> VC-HER 8 ref DL-20
"""


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


@pytest.fixture
def ops(qtbot, home):
    o = Operations(home)
    yield o
    o.shutdown()
    for box in o.open_message_boxes():
        box.close()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMessageBox) and w.isVisible():
            w.close()


def show(qtbot, widget, ops):
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: ops.is_idle(), timeout=30_000)
    return widget


def idle(qtbot, ops):
    qtbot.waitUntil(lambda: ops.is_idle(), timeout=30_000)


def lot_doses(app: App, batch: str) -> dict[str, int]:
    return {r.location_code: r.doses for r in queries.stock_rows(app, StockFilter(text=batch)) if r.batch == batch}


def discards(app: App, batch: str) -> list[tuple[str, int, str | None]]:
    """(from location, doses, reason) of every discard of ``batch``, in posting order."""
    out = []
    for row in _history_of(app, batch):
        if row.kind == "discard":
            out.append((row.from_code, row.doses, row.reason_code))
    return out


def _history_of(app: App, batch: str):
    import sqlalchemy as sa

    from pharmacy_app.db import models as m

    with app.db.read() as s:
        lot_ids = list(s.scalars(sa.select(m.Lot.id).where(m.Lot.batch == batch)))
    rows = []
    for lot_id in lot_ids:
        info = queries.lot_history(app, lot_id)
        if info is not None:
            rows.extend(info.history)
    return rows


# --------------------------------------------------------------------------- at risk


def test_at_risk_and_accepting_a_proposal_posts_a_transfer(qtbot, ops, home, tmp_path):
    apply_log(home, RISK_LOG)
    tab = show(qtbot, RiskTab(ops), ops)
    assert tab.grab().save(str(tmp_path / "risk.png"))

    rows = tab.risk_model.rows()
    soon = next(r for r in rows if r.batch == "SOON")
    assert (soon.location_code, soon.doses, soon.at_risk) == ("DC-B", 50, 50)
    # SOON and PN1 at DC-B, the 20 Vaxigrip doses the mobile unit never gives, and the
    # pharmacy's 10 doses of PV2001, a product no site in the region gives.
    assert tab.risk_totals.text() == "85 doses at risk · 3 locations · 4 rows"
    pv = next(r for r in rows if r.batch == "PV2001")
    assert (pv.location_code, pv.at_risk, pv.rate_source) == ("RH-APO", 10, "region")

    proposals = tab.proposals()
    site = next(p for p in proposals if p.batch == "SOON" and p.to_code == "VC-A")
    assert site.doses_saved == 50
    # Ranked by doses saved, and each row shows its sentence, not only as a tooltip.
    assert [p.doses_saved for p in proposals] == sorted((p.doses_saved for p in proposals), reverse=True)
    row = proposals.index(site)
    shown = tab.proposal_model.index(row, tab.EXPLAIN).data()
    assert shown == site.sentence("en") and "Vaccinationscenter A" in shown
    assert tab.proposal_table.rowHeight(row) > tab.proposal_table.fontMetrics().height() * 2

    # Another region: shown, explained, sent with its own button.
    other = next(p for p in proposals if p.batch == "PN1")
    assert other.kind == OTHER_REGION
    other_row = proposals.index(other)
    assert "Send to another region…" in tab.proposal_model.index(other_row, tab.EXPLAIN).data()
    buttons = tab.row_buttons()
    assert buttons[other_row].isEnabled() and buttons[other_row].text() == "Send to another region…"
    assert buttons[row].isEnabled() and buttons[row].text() == "Accept…"

    # Accept, lowering the doses to 40: a transfer DC-B -> VC-A is posted.
    qtbot.mouseClick(buttons[row], Qt.MouseButton.LeftButton)
    dialog = tab.accept_dialog
    assert isinstance(dialog, AcceptProposalDialog) and dialog.isVisible()
    assert dialog.sentence.text().startswith("Move 50 doses")
    dialog.doses_spin.setValue(40)
    assert "Saves up to 40 doses" in dialog.doses_hint.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.accept_dialog is None or not tab.accept_dialog.isVisible(), timeout=30_000)
    idle(qtbot, ops)

    assert lot_doses(home, "SOON") == {"RH-APO": 50, "DC-B": 10, "VC-A": 40}
    transfers = [h for h in _history_of(home, "SOON") if h.kind == "transfer" and h.to_code == "VC-A"]
    assert [(t.from_code, t.doses) for t in transfers] == [("DC-B", 40)]
    assert "Transfer posted: 40 doses of batch SOON" in tab.status.text()

    # The lists reloaded: 10 doses are still at risk at DC-B.
    qtbot.waitUntil(
        lambda: next((r.at_risk for r in tab.risk_model.rows() if r.batch == "SOON"), None) == 10, timeout=30_000
    )
    assert all(p.doses <= 10 for p in tab.proposals() if p.batch == "SOON")


def test_a_stale_proposal_is_refused_inside_the_dialog(qtbot, ops, home):
    apply_log(home, RISK_LOG)
    tab = show(qtbot, RiskTab(ops), ops)
    row = next(i for i, p in enumerate(tab.proposals()) if p.batch == "SOON" and p.to_code == "VC-A")
    tab.open_accept(tab.proposals()[row])
    dialog = tab.accept_dialog
    # Meanwhile someone gives 45 of the 50 doses at DC-B.
    lot = next(r.lot_id for r in queries.stock_rows(home, StockFilter(text="SOON")) if r.location_code == "DC-B")
    stock.administer(home, lot_id=lot, site_code="DC-B", doses=45)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert "no longer holds" in dialog.problems.text()
    assert dialog.isVisible()
    assert "VC-A" not in lot_doses(home, "SOON")


def test_sending_an_other_region_proposal_saves_the_shipment_file(qtbot, ops, home, tmp_path):
    apply_log(home, RISK_LOG)
    tab = show(qtbot, RiskTab(ops), ops)
    target = tmp_path / "forsendelse"  # the .json suffix is added
    tab.shipment_path = target
    row = next(i for i, p in enumerate(tab.proposals()) if p.batch == "PN1")
    proposal = tab.proposals()[row]
    assert (proposal.kind, proposal.from_code, proposal.doses) == (OTHER_REGION, "DC-B", 5)

    qtbot.mouseClick(tab.row_buttons()[row], Qt.MouseButton.LeftButton)
    dialog = tab.region_dialog
    assert isinstance(dialog, SendToRegionDialog) and dialog.isVisible()
    assert dialog.sentence.text().startswith("5 doses of Pneumovax")
    assert dialog.doses_spin.maximum() == 5 and dialog.doses_spin.value() == 5
    assert dialog.reference_edit.text() == "REG-PN1-2026-10-06"
    qtbot.waitUntil(lambda: dialog.region_combo.count() > 0, timeout=30_000)
    codes = [dialog.region_combo.itemData(i) for i in range(dialog.region_combo.count())]
    assert codes == ["1081", "1082", "1083", "1085"]  # not our own, 1084
    assert not dialog.ok_button.isEnabled()  # no region chosen yet
    dialog.region_combo.setCurrentIndex(codes.index("1083"))
    dialog.reference_edit.clear()
    assert not dialog.ok_button.isEnabled()  # the reference is required
    qtbot.keyClicks(dialog.reference_edit, "AFT-2026-40")
    qtbot.keyClicks(dialog.note_edit, "Syddanmark tager dem")
    dialog.doses_spin.setValue(3)
    dialog.grab().save(str(tmp_path / "send_to_region.png"))
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.region_dialog is None or not tab.region_dialog.isVisible(), timeout=30_000)
    idle(qtbot, ops)

    # DC-B -> RH-APO -> OTHER_REGION, both under the reference.
    assert lot_doses(home, "PN1") == {"DC-B": 2}  # the pharmacy had sent all 5 to DC-B
    moved = [(h.from_code, h.to_code, h.doses, h.reference) for h in _history_of(home, "PN1")][-2:]
    assert moved == [("DC-B", "RH-APO", 3, "AFT-2026-40"), ("RH-APO", "OTHER_REGION", 3, "AFT-2026-40")]
    assert queries.check_ledger(home).ok
    saved = target.with_suffix(".json")
    passport = json.loads(saved.read_bytes())
    assert (passport["lot"]["batch"], passport["doses"], passport["to"]["region"]) == ("PN1", 3, "1083")
    assert passport["note"] == "Syddanmark tager dem"
    assert tab.status.text() == (
        f"Sent 3 doses of batch PN1 to region 1083; shipment document saved to {saved}."
    )
    # The proposals reloaded: 2 doses of PN1 are left at DC-B for another region.
    qtbot.waitUntil(
        lambda: [p.doses for p in tab.proposals() if p.batch == "PN1"] == [2], timeout=30_000
    )


def test_sending_to_another_region_is_refused_inside_the_dialog(qtbot, ops, home, tmp_path):
    apply_log(home, RISK_LOG)
    tab = show(qtbot, RiskTab(ops), ops)
    tab.shipment_path = tmp_path / "never.json"
    row = next(i for i, p in enumerate(tab.proposals()) if p.batch == "PN1")
    tab.proposal_table.setCurrentIndex(tab.proposal_model.index(row, 0))
    assert tab.accept_button.isEnabled()
    tab.accept_selected()
    dialog = tab.region_dialog
    assert isinstance(dialog, SendToRegionDialog)
    qtbot.waitUntil(lambda: dialog.region_combo.count() > 0, timeout=30_000)
    dialog.region_combo.setCurrentIndex(0)
    # Meanwhile DC-B gives 4 of its 5 doses: the proposal no longer holds.
    lot = next(r.lot_id for r in queries.stock_rows(home, StockFilter(text="PN1")) if r.location_code == "DC-B")
    stock.administer(home, lot_id=lot, site_code="DC-B", doses=4)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert "no longer holds" in dialog.problems.text()
    assert dialog.isVisible() and dialog.shipment is None
    assert lot_doses(home, "PN1") == {"DC-B": 1}
    assert not (tmp_path / "never.json").exists()


# --------------------------------------------------------------------------- discard


def _post_expired(app: App) -> Log:
    clock: StepClock = app.clock  # type: ignore[assignment]
    back = clock.current
    clock.current = datetime(2026, 9, 20, 9, 0, tzinfo=UTC)
    log = apply_log(app, EXPIRED_LOG)
    clock.current = back
    return log


def test_expired_stock_is_discarded_in_one_step_with_the_proposed_reasons(qtbot, ops, home):
    _post_expired(home)
    tab = show(qtbot, DiscardTab(ops), ops)
    rows = tab.model.rows()
    assert sorted((r.location_code, r.doses, r.reason_code) for r in rows) == [
        ("RH-APO", 12, "UDLOEBET"),
        ("VC-HER", 8, "UDLOEBET"),
    ]
    assert len(tab.checked_rows()) == 2  # all checked by default
    assert tab.model.index(0, tab.REASON).data() == "Expired"
    assert tab.discard_button.text().replace("&", "") == "Discard 20 doses of expired stock…"

    # Unchecking one row lowers the count; checking it again (Space) restores it.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert len(tab.checked_rows()) == 1
    assert tab.all_check.checkState() == Qt.CheckState.PartiallyChecked
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert len(tab.checked_rows()) == 2

    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box is not None and "20 doses" in box.text()
    yes = next(b for b in box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Discarded 20 doses" in tab.status.text(), timeout=30_000)
    idle(qtbot, ops)

    assert lot_doses(home, "OLDX") == {}
    assert sorted(discards(home, "OLDX")) == [("RH-APO", 12, "UDLOEBET"), ("VC-HER", 8, "UDLOEBET")]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=30_000)
    assert not tab.discard_button.isEnabled()


def test_only_the_checked_rows_are_discarded(qtbot, ops, home):
    _post_expired(home)
    tab = show(qtbot, DiscardTab(ops), ops)
    row = next(i for i, r in enumerate(tab.model.rows()) if r.location_code == "RH-APO")
    tab.model.setData(tab.model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    yes = next(b for b in tab.confirm_box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Discarded 8 doses" in tab.status.text(), timeout=30_000)
    assert lot_doses(home, "OLDX") == {"RH-APO": 12}


def open_waste_dialog(qtbot, tab: DiscardTab, ops, location: str) -> RecordWasteDialog:
    dialog = tab.open_record_waste(location)
    qtbot.waitUntil(lambda: ops.is_idle() and bool(dialog.lot_rows()), timeout=30_000)
    assert dialog.location_code() == location
    return dialog


def test_record_waste_asks_for_a_comment_and_refuses_more_than_a_vial(qtbot, ops, home):
    tab = show(qtbot, DiscardTab(ops), ops)
    dialog = open_waste_dialog(qtbot, tab, ops, "VC-HER")
    # Only lots held at VC-HER, with their doses on hand.
    assert [r.batch for r in dialog.lot_rows()] == ["FX1234"]
    assert "42 doses on hand" in dialog.lot_combo.currentText()
    before = lot_doses(home, "FX1234")

    # Other, without a comment: refused, with the message at the comment field.
    dialog.select_reason("ANDET")
    assert dialog.comment_hint.isVisible() and "Required" in dialog.comment_hint.text()
    dialog.doses_spin.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_problem("comment") != "", timeout=30_000)
    assert "comment" in dialog.field_problem("comment").lower()
    assert dialog.isVisible()
    assert lot_doses(home, "FX1234") == before

    # Left in an opened vial: a Comirnaty multi-dose vial holds 6 doses; 7 is refused.
    dialog.select_reason("ANBRUDT_HETTEGLAS")
    assert "holds 6 doses" in dialog.vial_hint.text()
    dialog.doses_spin.setValue(7)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_problem("doses") != "", timeout=30_000)
    assert "6 doses" in dialog.field_problem("doses")
    assert lot_doses(home, "FX1234") == before

    # Four doses left in the vial: discarded.
    dialog.doses_spin.setValue(4)
    assert dialog.field_problem("doses") == ""  # changing the field clears its problem
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.waste_dialog is None, timeout=30_000)  # closed and gone
    idle(qtbot, ops)
    assert lot_doses(home, "FX1234")["VC-HER"] == before["VC-HER"] - 4
    assert discards(home, "FX1234")[-1] == ("VC-HER", 4, "ANBRUDT_HETTEGLAS")
    assert "Discarded 4 doses of batch FX1234" in tab.status.text()


def test_record_waste_offers_whole_vials_for_breakage(qtbot, ops, home):
    tab = show(qtbot, DiscardTab(ops), ops)
    dialog = open_waste_dialog(qtbot, tab, ops, "VC-HER")
    before = lot_doses(home, "FX1234")["VC-HER"]  # 42 doses of Comirnaty: 7 vials of 6
    dialog.select_reason("BRUD")
    assert dialog.whole_units()
    assert dialog.units_spin.isVisible() and not dialog.doses_spin.isVisible()
    assert dialog.units_spin.maximum() == 7 and not dialog.all_check.isVisible()
    assert "whole vials" in dialog.vial_hint.text() and "6 doses each" in dialog.vial_hint.text()
    dialog.units_spin.setValue(2)
    assert dialog.units_doses.text() == "2 vials = 12 doses" and dialog.doses() == 12
    # Open-vial waste is entered in doses.
    dialog.select_reason("ANBRUDT_HETTEGLAS")
    assert dialog.doses_spin.isVisible() and not dialog.units_spin.isVisible()
    dialog.select_reason("TEMPERATURSVIGT")
    assert dialog.units_spin.isVisible() and dialog.doses() == 12
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.waste_dialog is None, timeout=30_000)
    idle(qtbot, ops)
    assert lot_doses(home, "FX1234")["VC-HER"] == before - 12
    assert discards(home, "FX1234")[-1] == ("VC-HER", 12, "TEMPERATURSVIGT")

    # A dose given from an opened vial: 29 doses, 4 whole vials and part of one.
    lot_id = next(r.lot_id for r in queries.stock_rows(home, StockFilter(text="FX1234")) if r.location_code == "VC-HER")
    stock.administer(home, lot_id=lot_id, site_code="VC-HER", doses=1)
    dialog = open_waste_dialog(qtbot, tab, ops, "VC-HER")
    dialog.select_reason("BRUD")
    assert dialog.units_spin.maximum() == 4 and dialog.all_check.isVisible()
    assert "All 29 doses held here" in dialog.all_check.text()
    dialog.all_check.setChecked(True)
    assert not dialog.units_spin.isEnabled() and dialog.doses() == 29
    assert dialog.units_doses.text() == "= 29 doses"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.waste_dialog is None, timeout=30_000)
    idle(qtbot, ops)
    assert "VC-HER" not in lot_doses(home, "FX1234")


def test_record_waste_other_with_a_comment_is_posted(qtbot, ops, home):
    tab = show(qtbot, DiscardTab(ops), ops)
    dialog = open_waste_dialog(qtbot, tab, ops, "MOB-NORD")
    dialog.select_reason("ANDET")
    dialog.doses_spin.setValue(3)
    qtbot.keyClicks(dialog.note_edit, "dropped in the car park")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.waste_dialog is None, timeout=30_000)  # closed and gone
    idle(qtbot, ops)
    assert discards(home, "VG5521") == [("MOB-NORD", 3, "ANDET")]


# --------------------------------------------------------------------------- recall


def test_recall_lists_the_holders_makes_the_bring_back_list_and_blocks_the_lot(qtbot, ops, home):
    tab = show(qtbot, RecallTab(ops), ops)
    qtbot.keyClicks(tab.search_edit, "FX1234")
    qtbot.waitUntil(lambda: [b.batch for b in tab.batches()] == ["FX1234"], timeout=30_000)
    assert not tab.recall_button.isEnabled()
    tab.batch_table.setCurrentIndex(tab.batch_model.index(0, 0))
    qtbot.waitUntil(lambda: tab.holders_loaded() and tab.holder_model.rowCount() == 2, timeout=30_000)
    assert not tab.recall_button.isEnabled()  # no reason yet
    assert "Give the reason" in tab.recall_hint.text()
    assert not tab.bring_back_button.isEnabled()  # not recalled

    qtbot.keyClicks(tab.reason_edit, "SSI recall notice 2026-14")
    assert tab.recall_button.isEnabled()
    qtbot.mouseClick(tab.recall_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box is not None and "FX1234" in box.text() and "blocked" in box.informativeText()
    yes = next(b for b in box.buttons() if b.text() == "Recall")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.shown_recall is not None, timeout=30_000)
    idle(qtbot, ops)

    holders = {(h.location_code, h.doses) for h in tab.holder_rows}
    assert holders == {("VC-HER", 42), ("RH-APO", 60)}
    assert "Recalled batch FX1234" in tab.holders_title.text()
    assert "to bring back" in tab.holder_totals.text()
    qtbot.waitUntil(lambda: tab.recalled_model.rowCount() == 1, timeout=30_000)
    assert tab.recalled_model.rows()[0].batch == "FX1234"
    assert [v.batch for v in recall.recalled_lots(home)] == ["FX1234"]

    # The bring-back list, previewed (print and save live in the preview).
    assert tab.bring_back_button.isEnabled()
    qtbot.mouseClick(tab.bring_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None, timeout=30_000)
    preview = tab.preview_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count >= 1
    assert preview.path.read_bytes().startswith(b"%PDF")
    preview.close()

    # The recalled lot cannot be sent to a site any more.
    lot_id = next(r.lot_id for r in queries.stock_rows(home, StockFilter(text="FX1234")) if r.location_code == "RH-APO")
    with pytest.raises(DomainError) as err:
        stock.transfer(home, lot_id=lot_id, from_code="RH-APO", to_code="MOB-NORD", doses=6)
    assert err.value.problems[0].code in ("lot_recalled", "transfer_lot_recalled")

    # Choosing it in the recalled list shows its holders again.
    tab.batch_table.clearSelection()
    tab.shown_lot = None
    tab.select_recalled(0)
    qtbot.waitUntil(lambda: tab.holders_loaded() and tab.shown_recall is not None, timeout=30_000)
    assert {h.location_code for h in tab.holder_rows} == {"VC-HER", "RH-APO"}


def test_a_recall_without_a_reason_is_not_possible(qtbot, ops, home):
    tab = show(qtbot, RecallTab(ops), ops)
    qtbot.waitUntil(lambda: len(tab.batches()) == 3, timeout=30_000)
    tab.batch_table.setCurrentIndex(tab.batch_model.index(0, 0))
    qtbot.keyClicks(tab.reason_edit, "   ")
    assert not tab.recall_button.isEnabled()
    tab.confirm_recall()
    assert tab.confirm_box is None
    assert recall.recalled_lots(home) == []


# --------------------------------------------------------------------------- pictures


def _demo_app(tmp_path) -> App:
    """The demo region, plus stock at risk, expired stock and a recall."""
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    clock = StepClock(now - timedelta(days=10), step=timedelta(seconds=1))
    app = open_app(f"sqlite:///{tmp_path / 'demo.db'}", user="tester", clock=clock)
    demo.generate(app, seed=1, until=date(2026, 10, 23))
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    today = now.date()
    old = stock.receive(app, product="123456", batch="VX2291", expiry=today - timedelta(days=2), packs=6)
    stock.transfer(app, lot_id=old.lot_id, from_code="RH-APO", to_code="RH-DC-NEXOE", doses=30)
    clock.current = now - timedelta(hours=2)
    soon = stock.receive(app, product="412345", batch="GK4410", expiry=today + timedelta(days=9), packs=20)
    stock.transfer(app, lot_id=soon.lot_id, from_code="RH-APO", to_code="RH-DC-NEXOE", doses=480)
    pn = stock.receive(app, product="345678", batch="PN0021", expiry=today + timedelta(days=5), packs=60)
    stock.transfer(app, lot_id=pn.lot_id, from_code="RH-APO", to_code="RH-DC-GENTOFTE", doses=60)
    rows = queries.stock_rows(app, StockFilter(text="RH-VC-HERLEV"), limit=5)
    recall.recall_lot(app, rows[0].lot_id, "SSI tilbagekaldelse 2026-14")
    clock.current = now
    return app


@pytest.mark.parametrize("language", ["en", "da"])
def test_pictures_of_the_tabs_with_the_demo_region(qtbot, tmp_path, request, language):
    if language == "da":
        request.getfixturevalue("danish")
    app = _demo_app(tmp_path)
    ops = Operations(app)
    try:
        assert rebalance.proposals(app) and waste.expired_stock(app)
        for cls in (RiskTab, DiscardTab, RecallTab):
            tab = show(qtbot, cls(ops), ops)
            if isinstance(tab, RiskTab):
                qtbot.waitUntil(lambda t=tab: t.proposal_model.rowCount() > 0, timeout=30_000)
                first = tab.proposals()[0]
                sentence = first.sentence(language)
                assert tab.proposal_model.index(0, tab.EXPLAIN).data() == sentence
                assert tab.row_buttons()[0].text() == ("Godkend…" if language == "da" else "Accept…")
            elif isinstance(tab, DiscardTab):
                qtbot.waitUntil(lambda t=tab: t.model.rowCount() > 0, timeout=30_000)
            else:
                qtbot.waitUntil(lambda t=tab: t.recalled_model.rowCount() == 1, timeout=30_000)
                tab.select_recalled(0)
                qtbot.waitUntil(lambda t=tab: t.holders_loaded() and t.holder_model.rowCount() > 0, timeout=30_000)
            idle(qtbot, ops)
            path = tmp_path / f"{cls.__name__}_{language}.png"
            assert tab.grab().save(str(path))
            assert_real_picture(path, 1400, 900)
            tab.close()
    finally:
        ops.shutdown()
        app.close()


def test_stock_in_transit_is_named_by_where_it_is_going(qtbot, ops, danish):
    from datetime import date

    from pharmacy_app.services.recall import HolderView

    tab = RecallTab(ops)
    qtbot.addWidget(tab)
    moving = HolderView(
        "IN_TRANSIT", "Undervejs", "", "Hovedgaden 1, 2100 København Ø", 1, date(2027, 3, 31),
        None, 18, 3, "VC-A", "Vaccinationscenter A",
    )  # fmt: skip
    tab._holders_arrived([moving])
    assert tab.holder_model.index(0, 0).data() == "Undervejs til Vaccinationscenter A"
