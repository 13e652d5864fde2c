"""The op factories (pharmacy_app/ui/ops): each use case reports what its service changes,
the operations helper broadcasts exactly that, and a page reloads only for the flags it shows.

The expected flags are those the screens passed by hand before the services declared them,
so the same pages refresh after the same actions.
"""

from datetime import date
from pathlib import Path

import pytest

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import reference
from pharmacy_app.ui.ops import consumption as consumption_ops
from pharmacy_app.ui.ops import distribution as dist_ops
from pharmacy_app.ui.ops import expiry as expiry_ops
from pharmacy_app.ui.ops import planning as planning_ops
from pharmacy_app.ui.ops import receiving as receiving_ops
from pharmacy_app.ui.ops import reports as reports_ops
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops import stocktake as stocktake_ops
from pharmacy_app.ui.ops import transfers as transfer_ops
from tests.ui.conftest import wait_idle

STOCK, RECEIVING, DRAFT = Change.STOCK, Change.RECEIVING, Change.RECEIPT_DRAFT
DIST, RECALL, REPORTS = Change.DISTRIBUTION, Change.RECALL, Change.REPORTS
REFERENCE, SETTINGS = Change.REFERENCE, Change.SETTINGS
P = Path("x")
D = date(2026, 1, 5)

# (the factory, a call of it, what it changes): building an op runs nothing.
OPS = [
    (dist_ops.plan_round, lambda f: f(None, planned_for=D, site_codes=[], product_ids=[], mode="direct", fair_split=False, note=""), DIST),
    (dist_ops.set_requested, lambda f: f(None, 1, 10), DIST),
    (dist_ops.reallocate, lambda f: f(None, 1, fair_split=True), DIST),
    (dist_ops.change_lot, lambda f: f(None, 1, 2, "why"), DIST),
    (dist_ops.add_visits, lambda f: f(None, 1, visit_date=D, institution="I", institution_kind="k", doses_by_programme={}), DIST),
    (dist_ops.remove_visit, lambda f: f(None, 1), DIST),
    (dist_ops.dispatch_round, lambda f: f(None, 1), DIST | STOCK),
    (dist_ops.cancel_round, lambda f: f(None, 1, ""), DIST),
    (dist_ops.cancel_list, lambda f: f(None, 1, ""), DIST),
    (dist_ops.reverse_list, lambda f: f(None, 1, "note"), DIST | STOCK),
    (dist_ops.confirm_receipt, lambda f: f(None, 1, {}, reasons={}, reason_codes={}), DIST | STOCK),
    (receiving_ops.start_receipt, lambda f: f(None, "N1", D), RECEIVING),
    (receiving_ops.add_line, lambda f: f(None, 1, product=1, batch="B", expiry=D, packs=1, condition=None, hold=False, hold_reason=""), DRAFT),
    (receiving_ops.scan, lambda f: f(None, 1, "010"), DRAFT),
    (receiving_ops.update_line, lambda f: f(None, 1, packs=2), DRAFT),
    (receiving_ops.remove_line, lambda f: f(None, 1), DRAFT),
    (receiving_ops.post_receipt, lambda f: f(None, 1, confirm_short_dated=False), STOCK | RECEIVING),
    (receiving_ops.cancel_receipt, lambda f: f(None, 1), RECEIVING),
    (receiving_ops.import_note, lambda f: f(None, P, confirm_short_dated=False), RECEIVING | STOCK),
    (stock_ops.discard, lambda f: f(None, lot_id=1, location_code="L", doses=1, reason_code="R", note=""), STOCK),
    (stock_ops.discard_expired, lambda f: f(None, []), STOCK),
    (stock_ops.reverse_one, lambda f: f(None, 1, "why"), STOCK),
    (stock_ops.release, lambda f: f(None, lot_id=1, quarantine_code="Q", doses=1, note=""), STOCK | RECEIVING),
    (stock_ops.thaw, lambda f: f(None, lot_id=1, location_code="L", doses=1), STOCK | RECEIVING),
    (
        stock_ops.return_to_ssi,
        lambda f: f(None, target_lot=("V", "B", None), from_code="L", doses=1, reference="R", reason="x"),
        STOCK,
    ),
    (stocktake_ops.start, lambda f: f(None, "RH-APO", storage="frozen", blind=True), Change.STOCKTAKE),
    (stocktake_ops.start_cycle, lambda f: f(None, "RH-APO", [1, 2]), Change.STOCKTAKE),
    (stocktake_ops.record_counts, lambda f: f(None, 1, []), Change.STOCKTAKE),
    (stocktake_ops.scan, lambda f: f(None, 1, "010"), Change.STOCKTAKE),
    (stocktake_ops.import_counts, lambda f: f(None, 1, P), Change.STOCKTAKE),
    (stocktake_ops.post, lambda f: f(None, 1, "anden"), STOCK | Change.STOCKTAKE),
    (stocktake_ops.cancel, lambda f: f(None, 1), Change.STOCKTAKE),
    (expiry_ops.accept_proposal, lambda f: f(None, None, doses=1), STOCK),
    (expiry_ops.send_proposal_to_region, lambda f: f(None, None, region_code="R", reference="x", doses=1, note=""), STOCK),
    (expiry_ops.recall_lot, lambda f: f(None, 1, "why"), RECALL | STOCK),
    (expiry_ops.save_expiry_windows, lambda f: f(None, [7, 30]), SETTINGS),
    (expiry_ops.export_table, lambda f: f(None, P, [], [], "Spild"), Change.NONE),
    (transfer_ops.transfer_between_sites, lambda f: f(None, lot_id=1, from_code="A", to_code="B", doses=1, note=""), STOCK | DIST),
    (transfer_ops.return_to_pharmacy, lambda f: f(None, lot_id=1, from_code="A", doses=1, note=""), STOCK | DIST),
    (transfer_ops.send_to_region, lambda f: f(None, lot_id=1, doses=1, region_code="R", reference="x", note=""), STOCK | DIST),
    (transfer_ops.receive_from_region, lambda f: f(None, P), STOCK | DIST),
    (consumption_ops.record_consumption, lambda f: f(None, [], closed_month_reason=None), STOCK),
    (consumption_ops.import_consumption_sheet, lambda f: f(None, P, closed_month_reason=None), STOCK),
    (consumption_ops.correct_day, lambda f: f(None, site_code="S", day=D, lot_id=1, doses=1, reason="r", target_group=None, every_group=True, closed_month_reason=None), STOCK),
    (settings_ops.save_settings, lambda f: f(None, reference.Settings(7, "RH-APO")), SETTINGS),
    (settings_ops.save_location, lambda f: f(None, None), REFERENCE),
    (settings_ops.save_product, lambda f: f(None, None), REFERENCE),
    (settings_ops.trust_key, lambda f: f(None, region_code="R", key_text="k", label=""), SETTINGS),
    (settings_ops.revoke_key, lambda f: f(None, "f"), SETTINGS),
    (settings_ops.load_catalogue_sites, lambda f: f(None), REFERENCE),
    (settings_ops.choose_home_pharmacy, lambda f: f(None, "RH-APO"), SETTINGS),
    (settings_ops.save_backup_settings, lambda f: f(None, None), SETTINGS),
    (settings_ops.save_round_interval, lambda f: f(None, 7), SETTINGS),
    (settings_ops.save_order_settings, lambda f: f(None, 14, 7), SETTINGS),
    (settings_ops.save_use_basis, lambda f: f(None, "forecast"), SETTINGS),
    (settings_ops.set_target, lambda f: f(None, "VC-HER", "123456", "days", 4, 7), REFERENCE),
    (settings_ops.clear_target, lambda f: f(None, "VC-HER", "123456"), REFERENCE),
    # A restore replaces every table: every view reloads.
    (settings_ops.restore_backup, lambda f: f(None, Path("x.sqlite3")), ~Change.NONE),
    (reports_ops.make_workbook, lambda f: f(None, "2026-01", P), Change.NONE),
    (reports_ops.mark_sent, lambda f: f(None, "2026-01", P), REPORTS),
    (planning_ops.add_expected, lambda f: f(None, product="123456", expected_on=D, packs=1), Change.EXPECTED_DELIVERIES),
    (planning_ops.cancel_expected, lambda f: f(None, 1, "why"), Change.EXPECTED_DELIVERIES),
]
MODULES = [consumption_ops, dist_ops, expiry_ops, planning_ops, receiving_ops, reports_ops, settings_ops, stock_ops, stocktake_ops, transfer_ops]


@pytest.mark.parametrize(("factory", "call", "expected"), OPS, ids=lambda x: getattr(x, "__name__", ""))
def test_each_use_case_reports_what_its_service_declares(factory, call, expected) -> None:
    assert call(factory).changes == expected


def test_every_factory_is_checked() -> None:
    """A new factory gets a line in OPS, so what it changes is pinned here."""
    factories = {
        value for m in MODULES for value in vars(m).values() if callable(value) and value.__module__ == m.__name__
    }
    assert factories == {factory for factory, _call, _expected in OPS}


def test_no_screen_runs_a_write_without_its_op() -> None:
    """Every write goes through a use case's op, which takes the flags from the service."""
    ui = Path(__file__).resolve().parents[2] / "pharmacy_app" / "ui"
    callers = sorted(p.relative_to(ui).as_posix() for p in ui.rglob("*.py") if "ops.write(" in p.read_text("utf-8"))
    assert callers == ["operations.py", "ops/service_op.py"]  # its docstring, and the op


def test_an_op_runs_and_broadcasts_what_its_service_declares(qtbot, window, app) -> None:
    ops = window.ops
    seen = []
    op = settings_ops.save_settings(None, reference.Settings(9, "RH-APO")).success(seen.append)
    with qtbot.waitSignal(ops.changed, timeout=30_000) as blocker:
        op.run(ops, "Saving…")
    assert blocker.args == [Change.SETTINGS]
    assert seen == [None]
    assert reference.read_settings(app).backdate_window_days == 9


def test_a_refused_op_broadcasts_nothing(qtbot, window) -> None:
    ops = window.ops
    refused, changed = [], []
    ops.changed.connect(changed.append)
    op = dist_ops.dispatch_round(None, 999_999).failure(lambda exc: refused.append(exc) or True)
    op.run(ops)
    qtbot.waitUntil(lambda: bool(refused), timeout=30_000)
    qtbot.waitUntil(ops.is_idle, timeout=30_000)
    assert changed == []


# ---------------------------------------------------------------- pages subscribe to flags


def _spy(monkeypatch, obj, name: str, calls: list[str]) -> None:
    monkeypatch.setattr(obj, name, lambda *a, **k: calls.append(f"{type(obj).__name__}.{name}"))


# What each page reloads, and for which flags (as the pages' handlers say).
SUBSCRIPTIONS = {
    "StockPage.refresh": STOCK | REFERENCE | SETTINGS,
    "SettingsPage.refresh": REFERENCE | SETTINGS,
    "ReceivingPage._load_list": RECEIVING | STOCK | REFERENCE | SETTINGS,
    "DistributionPage.reload_rounds": DIST | STOCK | REFERENCE | SETTINGS,
    "ReportsPage.load_archive": ~DRAFT,
    "ConsumptionPage.load_sites": REFERENCE,
}


@pytest.mark.parametrize("flag", list(Change), ids=lambda f: f.name)
def test_a_page_reloads_only_for_the_flags_it_shows(qtbot, window, monkeypatch, flag) -> None:
    window.distribution_page.start()
    window.reports_page.start()
    wait_idle(qtbot, window)
    calls: list[str] = []
    _spy(monkeypatch, window.stock_page, "refresh", calls)
    _spy(monkeypatch, window.settings_page, "refresh", calls)
    _spy(monkeypatch, window.receiving_page, "_load_list", calls)
    _spy(monkeypatch, window.distribution_page, "reload_rounds", calls)
    _spy(monkeypatch, window.reports_page, "load_archive", calls)
    _spy(monkeypatch, window.consumption_page, "load_sites", calls)
    window.ops.notify(flag)
    assert set(calls) == {name for name, flags in SUBSCRIPTIONS.items() if flag & flags}
