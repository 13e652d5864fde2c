"""Discards: expired stock in one step (every holding or none), the reason proposed for
each, the opened-vial limit and the comment "other" needs; SQLite and PostgreSQL, and
the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import expiry, queries, receiving, stock, waste
from pharmacy_app.services.app import App
from tests.helpers import iso_days_from, set_home
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

TODAY = date(2026, 11, 2)

WASTE_LOG = """
2026-09-20 receive 412350 SPK1 exp 2027-06-30 1 packs   // Spikevax, 50 doses, 5 a vial, frozen
2026-10-01 receive 123456 OLD exp 2026-10-31 2 packs    // 20 doses, expired on 11-02
2026-10-01 receive 412345 FX1 exp 2027-03-31 1 packs    // 60 doses, 6 a vial
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 transfer OLD RH-APO -> VC-A 8
2026-10-01 transfer FX1 RH-APO -> VC-A 30
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(WASTE_LOG)
    # 10 doses of Spikevax thawed on 10-01: 30 days at 2-8 °C, use by 10-31, long before
    # the manufacturer's expiry.
    clock.set(datetime(2026, 10, 1, 9, 0, tzinfo=UTC))
    thawed = receiving.thaw(app, lot_id=paper.lots["SPK1"], location_code="RH-APO", doses=10)
    paper.lots["SPK1-T"] = thawed.lot_id
    set_home(app)
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return paper


def movements(app: App) -> int:
    with app.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(m.Movement)) or 0)


def test_expired_stock_and_the_reason_for_each(app: App, log: PaperLog) -> None:
    rows = waste.expired_stock(app)
    got = {(r.location_code, r.batch, r.thawed_on): (r.doses, r.reason_code) for r in rows}
    assert got == {
        ("RH-APO", "OLD", None): (12, "UDLOEBET"),
        ("VC-A", "OLD", None): (8, "UDLOEBET"),
        # Thawed, and the manufacturer's expiry (2027-06-30) has not passed.
        ("RH-APO", "SPK1", date(2026, 10, 1)): (10, "OPTOET_OVERSKREDET"),
    }
    assert [r.batch for r in waste.expired_stock(app, location_code="VC-A")] == ["OLD"]
    # Thawed stock past its manufacturer's expiry too is simply expired.
    assert waste.proposed_reason(date(2026, 11, 1), date(2026, 10, 1), TODAY) == "UDLOEBET"
    assert waste.proposed_reason(date(2026, 11, 2), date(2026, 10, 1), TODAY) == "OPTOET_OVERSKREDET"
    with pytest.raises(DomainError) as info:
        waste.expired_stock(app, location_code="NOWHERE")
    assert info.value.code == "location_unknown"


def test_discard_expired_all_in_one_step(app: App, log: PaperLog) -> None:
    posted = waste.discard_expired(app, note="weekly clean-up")
    assert sorted((p.from_code, p.batch, p.doses, p.to_code) for p in posted) == [
        ("RH-APO", "OLD", 12, "WASTED"),
        ("RH-APO", "SPK1", 10, "WASTED"),
        ("VC-A", "OLD", 8, "WASTED"),
    ]
    assert waste.expired_stock(app) == []
    ids = {p.movement_id for p in posted}
    with app.db.read() as s:
        written = list(s.scalars(select(m.Movement).where(m.Movement.id.in_(ids))))
        got = sorted((mv.reason_code, mv.reference, mv.note, mv.doses) for mv in written)
    assert got == [
        ("OPTOET_OVERSKREDET", "KAS-2026-11-02", "weekly clean-up", 10),
        ("UDLOEBET", "KAS-2026-11-02", "weekly clean-up", 8),
        ("UDLOEBET", "KAS-2026-11-02", "weekly clean-up", 12),
    ]
    # The waste figures count them as closed-vial waste.
    (row,) = expiry.wastage_figures(app, TODAY, TODAY, "programme")[:1]
    assert row.wasted > 0 and row.open_vial == 0
    assert queries.check_ledger(app).ok
    # Nothing left: nothing to do.
    assert waste.discard_expired(app) == []


def test_discard_expired_chosen_items_all_or_nothing(app: App, log: PaperLog) -> None:
    old, fx1 = log.lots["OLD"], log.lots["FX1"]
    before = movements(app)
    # FX1 is not expired, and VC-A holds no SPK1: both named, nothing written.
    with pytest.raises(DomainError) as info:
        waste.discard_expired(app, [(old, "VC-A"), (fx1, "VC-A"), (log.lots["SPK1-T"], "VC-A")])
    assert [p.code for p in info.value.problems] == ["discard_not_expired", "discard_not_held"]
    text = info.value.text("en")
    assert "FX1" in text and "Vaccinationscenter A" in text
    assert "31-03-2027" in info.value.text("da")
    assert movements(app) == before
    assert len(waste.expired_stock(app)) == 3
    # Only the chosen one.
    (posted,) = waste.discard_expired(app, [(old, "VC-A")])
    assert (posted.from_code, posted.doses) == ("VC-A", 8)
    # Discarded by hand meanwhile: no longer there.
    stock.discard(app, lot_id=old, location_code="RH-APO", doses=12, reason_code="UDLOEBET")
    with pytest.raises(DomainError) as info:
        waste.discard_expired(app, [(old, "RH-APO")])
    assert info.value.code == "discard_not_held"
    assert queries.check_ledger(app).ok


def test_opened_vial_waste_is_at_most_one_vial_and_never_at_the_pharmacy(app: App, log: PaperLog) -> None:
    fx1 = log.lots["FX1"]
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=8, reason_code="ANBRUDT_HETTEGLAS")
    assert info.value.code == "open_vial_too_many"
    assert "holds 6 doses; 8 were entered" in info.value.text("en")
    assert "indeholder 6 doser; der er indtastet 8" in info.value.text("da")
    posted = stock.discard(app, lot_id=fx1, location_code="VC-A", doses=6, reason_code="ANBRUDT_HETTEGLAS")
    assert posted.doses == 6
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="RH-APO", doses=6, reason_code="ANBRUDT_HETTEGLAS")
    assert info.value.code == "open_vial_at_pharmacy"
    # Other reasons at a site are not limited to a vial.
    assert stock.discard(app, lot_id=fx1, location_code="VC-A", doses=12, reason_code="BRUD").doses == 12


def test_breakage_and_cold_chain_take_whole_vials(app: App, log: PaperLog) -> None:
    fx1 = log.lots["FX1"]  # Comirnaty, 6 doses a vial: 30 doses (5 vials) at VC-A
    before = movements(app)
    for reason in ("BRUD", "TEMPERATURSVIGT", "UDLOEBET", "TILBAGEKALDT", "OPTOET_OVERSKREDET"):
        with pytest.raises(DomainError) as info:
            stock.discard(app, lot_id=fx1, location_code="VC-A", doses=1, reason_code=reason)
        assert info.value.code == "discard_not_whole_units", reason
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=8, reason_code="BRUD")
    en, da = info.value.text("en"), info.value.text("da")
    assert 'Waste for "Broken or damaged" is recorded in whole vials' in en
    assert "8 doses of" in en and "(6 doses per vial)" in en and "multiple of 6 doses" in en
    assert "ANBRUDT_HETTEGLAS" in en
    assert 'Kassation med årsagen "Brud/beskadiget" registreres i hele hætteglas' in da
    assert "(6 doser pr. hætteglas)" in da
    assert movements(app) == before, "a refused discard writes nothing"
    assert lot_doses(app, fx1, "VC-A") == 30

    # One broken vial: 6 doses; the other 24 stay as 4 whole vials.
    assert stock.discard(app, lot_id=fx1, location_code="VC-A", doses=6, reason_code="BRUD").doses == 6
    # The rest of an opened vial may be part of one.
    stock.administer(app, lot_id=fx1, site_code="VC-A", doses=2)
    assert stock.discard(app, lot_id=fx1, location_code="VC-A", doses=4, reason_code="ANBRUDT_HETTEGLAS").doses == 4
    assert lot_doses(app, fx1, "VC-A") == 18
    # A site holding part of a vial (its opened vial not yet recorded) can let all of it go.
    stock.administer(app, lot_id=fx1, site_code="VC-A", doses=1)  # 17 = 2 vials and 5 doses
    with pytest.raises(DomainError):
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=5, reason_code="TEMPERATURSVIGT")
    assert stock.discard(app, lot_id=fx1, location_code="VC-A", doses=17, reason_code="TEMPERATURSVIGT").doses == 17
    assert lot_doses(app, fx1, "VC-A") == 0
    # At the pharmacy too.
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="RH-APO", doses=3, reason_code="BRUD")
    assert info.value.code == "discard_not_whole_units"
    # A syringe is a whole unit of one dose.
    old = log.lots["OLD"]  # influenza syringes
    assert stock.discard(app, lot_id=old, location_code="VC-A", doses=3, reason_code="BRUD").doses == 3
    assert queries.check_ledger(app).ok


def lot_doses(app: App, lot_id: int, location_code: str) -> int:
    rows = queries.stock_rows(app)
    return sum(r.doses for r in rows if r.lot_id == lot_id and r.location_code == location_code)


def test_other_needs_a_comment_and_every_reason_is_recorded(app: App, log: PaperLog) -> None:
    fx1 = log.lots["FX1"]
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=1, reason_code="ANDET", note="  ")
    assert info.value.code == "comment_required"
    stock.discard(app, lot_id=fx1, location_code="VC-A", doses=6, reason_code="ANDET", note="dropped on floor")
    for reason in ("TEMPERATURSVIGT", "BRUD", "TILBAGEKALDT", "UDLOEBET"):
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=6, reason_code=reason)  # a vial each
    with pytest.raises(DomainError) as info:
        stock.discard(app, lot_id=fx1, location_code="VC-A", doses=1, reason_code="LOST")
    assert info.value.code == "reason_unknown"
    with app.db.read() as s:
        reasons = sorted(
            s.scalars(
                select(m.Movement.reason_code).where(
                    m.Movement.lot_id == fx1, m.Movement.kind == "discard"
                )
            )
        )
    assert reasons == ["ANDET", "BRUD", "TEMPERATURSVIGT", "TILBAGEKALDT", "UDLOEBET"]


def test_discard_expired_on_the_command_line(app: App, clock: Clock, db_url: str) -> None:
    today = datetime.now(LOCAL_TZ).date()
    d = iso_days_from(today)

    PaperLog(app, clock).run(
        f"""
        {d(-30)} receive 123456 GONE exp {d(-2)} 1 packs
        {d(-30)} receive 123456 GOOD exp {d(100)} 1 packs
        {d(-30)} site VC-CLI central "Vaccinationscenter CLI"
        {d(-30)} transfer GONE RH-APO -> VC-CLI 4
        """
    )
    set_home(app)
    listed = cli("--db", db_url, "discard-expired", check=True)
    assert "GONE" in listed.stdout and "GOOD" not in listed.stdout
    assert "2 expired holdings, 10 doses" in listed.stdout and "--yes" in listed.stdout
    assert len(waste.expired_stock(app, today)) == 2  # listing changed nothing
    one = cli("--db", db_url, "discard-expired", "--location", "VC-CLI", "--yes", check=True)
    assert "discarded 1 holdings, 4 doses" in one.stdout
    rest = cli("--db", db_url, "discard-expired", "--yes", check=True)
    assert "discarded 1 holdings, 6 doses" in rest.stdout
    assert "0 expired holdings" in cli("--db", db_url, "discard-expired", check=True).stdout
    assert queries.check_ledger(app).ok
