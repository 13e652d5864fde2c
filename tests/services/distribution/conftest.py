"""The paper log every distribution test starts from: three sites with a month of
use, the pharmacy's lots (one expired, one recalled, one on hold), and helpers to plan
and read a round."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.services import distribution as dist
from pharmacy_app.services import receiving, reference
from pharmacy_app.services.app import App
from tests.helpers import give_storage, set_home
from tests.paperlog import Clock, PaperLog

COMIRNATY = "412345"  # 6 doses a vial, 10 vials a pack
VAXIGRIP = "123456"  # 1 dose a syringe, 10 a pack
TOMORROW = date(2026, 11, 3)

# Consumption in the 28 days 10-06..11-02 (the rate window on 11-02) and the pharmacy's
# stock.  Every site has had its products since 10-01: its own rate applies.
LOG = """
2026-10-01 receive 412345 CA1 exp 2027-03-31 10 packs      // 600 doses
2026-10-01 receive 123456 VX1 exp 2027-05-31 40 packs      // 400 doses
2026-10-01 receive 412345 CAEXP exp 2026-11-01 1 packs     // 60, expired by 11-02
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 site MOB-C mobile "Mobil enhed C"
2026-10-01 transfer CA1 RH-APO -> VC-A 300
2026-10-01 transfer CA1 RH-APO -> DC-B 48
2026-10-01 transfer VX1 RH-APO -> DC-B 60
2026-10-20 give CA1 VC-A 266     // 266 / 28 = 9.5 a day; 34 left
2026-10-20 give CA1 DC-B 42      // 1.5 a day; 6 left
2026-10-20 give VX1 DC-B 56      // 2 a day; 4 left
2026-11-02 receive 412345 CASOON exp 2026-11-20 1 packs   // 60, 17 days left on 11-03
2026-11-02 receive 412345 CA3D exp 2026-11-06 1 packs     // 60, 3 days left on 11-03
2026-11-02 receive 412345 CAREC exp 2026-11-10 1 packs    // 60, recalled below
2026-11-02 receive 412345 CALATE exp 2027-06-30 2 packs   // 120
"""
# Pharmacy after the log: CA1 252, CAEXP 60, CASOON 60, CA3D 60, CAREC 60, CALATE 120,
# VX1 340, and CAHELD 60 (11-05) on hold in quarantine.


@pytest.fixture
def paper(app: App, clock: Clock) -> PaperLog:
    log = PaperLog(app, clock)
    log.run(LOG)
    set_home(app)
    # These sites keep Comirnaty frozen: the rules here are FEFO and use in time; thaw on
    # dispatch to fridge-only sites is tested in test_thaw_on_dispatch.py.
    for code in ("VC-A", "DC-B", "MOB-C"):
        give_storage(app, code, "ultralow", "fridge")
    with app.db.write() as s:
        lot = s.get(m.Lot, log.lots["CAREC"])
        lot.recalled_at = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        lot.recalled_by = "qa"
        lot.recall_reason = "particles"
    receipt = receiving.start(app, "FS-HOLD")
    receiving.add_line(
        app,
        receipt.id,
        product=COMIRNATY,
        batch="CAHELD",
        expiry=date(2026, 11, 5),
        packs=1,
        hold=True,
        hold_reason="logger alarm",
    )
    receiving.post(app, receipt.id, confirm_short_dated=True)
    with app.db.read() as s:
        log.lots["CAHELD"] = s.scalars(sa.select(m.Lot.id).where(m.Lot.batch == "CAHELD")).one()
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return log


def product_id(app: App, varenummer: str) -> int:
    with app.db.read() as s:
        return reference.product_by_key(s, varenummer).id


def lines_of(view: dist.RoundView, site: str) -> list[tuple[str, int]]:
    return [(ln.batch, ln.doses) for ln in view.list_for(site).lines]


def request_of(view: dist.RoundView, site: str, varenummer: str) -> dist.RequestView:
    return next(r for r in view.list_for(site).requests if r.varenummer == varenummer)


def ledger_size(app: App) -> tuple[int, int]:
    with app.db.read() as s:
        return (
            int(s.scalar(sa.select(sa.func.count()).select_from(m.Movement)) or 0),
            int(s.scalar(sa.select(sa.func.sum(m.StockBalance.doses))) or 0),
        )


def plan(app: App, **kw) -> dist.RoundView:
    kw.setdefault("planned_for", TOMORROW)
    kw.setdefault("site_codes", ["VC-A", "DC-B"])
    return dist.plan_round(app, **kw)
