"""A busy centre's stock a week before "today", and helpers to see that a refused
batch wrote nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from tests.conftest import START
from tests.paperlog import Clock, PaperLog

# A busy centre: 600 doses of Comirnaty and 100 flu syringes, a week before "today"
# (Monday 2 November 2026, 09:00 UTC).
STOCKED = """
2026-10-20 receive 412345 FX1234 exp 2027-03-31 10 packs ref FS-1   // 600 doses, 6 per vial
2026-10-20 receive 123456 FL2026A exp 2027-05-31 10 packs ref FS-1  // 100 syringes
2026-10-20 receive 412345 OLD999 exp 2026-10-28 1 packs ref FS-2    // expires mid-week
2026-10-20 site VC-HER central "Vaccinationscenter Herlev"
2026-10-20 site DC-FRB decentral "Sundhedshus Frederiksberg"
2026-10-21 transfer FX1234 RH-APO -> VC-HER 300
2026-10-21 transfer FL2026A RH-APO -> VC-HER 60
2026-10-21 transfer OLD999 RH-APO -> VC-HER 60
2026-10-21 transfer FX1234 RH-APO -> DC-FRB 54
"""
WEEK = [date(2026, 10, 26) + timedelta(days=i) for i in range(7)]


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    paper = PaperLog(app, clock)
    paper.run(STOCKED)
    clock.set(START)
    return paper


def ledger_state(app: App) -> tuple[int, list[tuple[object, ...]]]:
    with app.db.read() as s:
        movements = s.execute(sa.text("select count(*) from movement")).scalar_one()
        balances = s.execute(
            sa.text("select location_id, lot_id, doses from stock_balance order by 1, 2")
        ).all()
    return movements, [tuple(b) for b in balances]


def refused(app: App, action) -> DomainError:
    before = ledger_state(app)
    with pytest.raises(DomainError) as info:
        action()
    assert ledger_state(app) == before, "a refused action wrote something"
    assert info.value.text("en") and info.value.text("da")
    return info.value


def on_hand(app: App, location: str, batch: str) -> int:
    rows = queries.stock_rows(app, queries.StockFilter(text=batch))
    return sum(r.doses for r in rows if r.location_code == location and r.batch == batch)


def codes(err: DomainError) -> list[tuple[str, object, object]]:
    return [
        (p.code, p.params.get("row"), p.params.get("field", p.params.get("column")))
        for p in err.problems
    ]
