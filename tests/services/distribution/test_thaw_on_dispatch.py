"""A round and the sites' storage on SQLite and PostgreSQL: frozen stock is thawed on
dispatch for a site that keeps it only cold (by the thawed use-by), stays frozen for one
that keeps it frozen, is not sent where it cannot be kept, and a site gets no more than
its equipment has room for; the printed list says so.  Transfers thaw on the way too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services import distribution as dist
from pharmacy_app.services import documents, queries, transfers
from pharmacy_app.services.app import App
from tests.helpers import balance, give_storage, home_log, pdftext
from tests.paperlog import Clock, PaperLog
from tests.services.distribution.conftest import COMIRNATY, VAXIGRIP, product_id

SPIKEVAX = "412350"  # 5 doses a vial, frozen -50/-15, 30 days thawed
TODAY = date(2026, 11, 2)
THAWED_USE_BY = date(2027, 1, 11)  # 02-11-2026 + 70 days (Comirnaty thawed)

# The slow site used 28 doses in the 28 days before 11-02: 1 a day, 2 left.
LOG = """
2026-10-01 receive 412345 CF1 exp 2027-06-30 4 packs     // 240 doses, frozen
2026-10-01 receive 412350 SF1 exp 2027-06-30 2 packs     // 100 doses, frozen
2026-10-01 receive 123456 VX1 exp 2027-05-31 10 packs    // 100 syringes
2026-10-01 site FR-A central "Køleskab A"
2026-10-01 site SL-B decentral "Langsomme B"
2026-10-01 site UL-C central "Ultrafryser C"
2026-10-01 site FZ-D decentral "Fryser D"
2026-10-01 site CAP-E decentral "Lille køleskab E"
2026-10-01 transfer CF1 RH-APO -> SL-B 30
2026-10-20 give CF1 SL-B 28
2026-10-25 transfer VX1 RH-APO -> CAP-E 10
"""


@pytest.fixture
def paper(app: App, clock: Clock) -> PaperLog:
    log = home_log(app, clock, LOG)
    give_storage(app, "FR-A", "fridge")
    give_storage(app, "UL-C", "ultralow", "fridge")
    give_storage(app, "FZ-D", "freezer")
    give_storage(app, "CAP-E", "fridge", packs=3)  # holds 1 pack of Vaxigrip: room for 2
    return log


def round_of(app: App, sites: list[str], asked: dict[tuple[str, str], int], **kw) -> dist.RoundView:
    requested = {(site, product_id(app, v)): doses for (site, v), doses in asked.items()}
    return dist.plan_round(
        app, planned_for=TODAY, site_codes=sites, requested=requested, **kw
    )


def movements(app: App, reference: str) -> list[tuple[str, str, str, str, int]]:
    """(kind, batch + thawed day, from, to, doses) of the movements with ``reference``."""
    src, dst = sa.orm.aliased(m.Location), sa.orm.aliased(m.Location)
    with app.db.read() as s:
        rows = s.execute(
            sa.select(m.Movement.kind, m.Lot.batch, m.Lot.thawed_on, src.code, dst.code, m.Movement.doses)
            .join(m.Lot, m.Lot.id == m.Movement.lot_id)
            .join(src, src.id == m.Movement.from_location_id)
            .join(dst, dst.id == m.Movement.to_location_id)
            .where(m.Movement.reference == reference)
            .order_by(m.Movement.id)
        )
        return [
            (str(k), b + (f"@{t.isoformat()}" if t else ""), f, d, n) for k, b, t, f, d, n in rows
        ]


def reading(pdf: Path, page: int = 1) -> str:
    """The page's text in reading order, each table cell whole (pypdf), on one line."""
    return " ".join(PdfReader(str(pdf)).pages[page - 1].extract_text().split())


def test_a_fridge_only_site_gets_frozen_stock_thawed_on_dispatch(app: App, paper: PaperLog) -> None:
    view = round_of(app, ["FR-A"], {("FR-A", COMIRNATY): 60})
    (line,) = view.list_for("FR-A").lines
    # Before dispatch the line says it will be thawed, and its use-by there.
    assert (line.batch, line.doses, line.thawed_on) == ("CF1", 60, None)
    assert line.thaws_on == TODAY and line.thawed_use_by == THAWED_USE_BY
    assert line.use_by_there == THAWED_USE_BY

    view = dist.dispatch(app, view.round_id)
    (line,) = view.list_for("FR-A").lines
    number = view.list_for("FR-A").list_number
    thawed = f"CF1@{TODAY.isoformat()}"
    assert movements(app, number) == [
        (MovementKind.THAW, "CF1", "RH-APO", "THAW", 60),
        (MovementKind.THAW, thawed, "THAW", "RH-APO", 60),
        (MovementKind.TRANSFER, thawed, "RH-APO", "FR-A", 60),
    ]
    # The line names the thawed part: thawed today, used by 70 days later.
    assert (line.batch, line.thawed_on, line.use_by, line.expiry) == (
        "CF1", TODAY, THAWED_USE_BY, date(2027, 6, 30)
    )
    assert line.thaws_on is None
    assert balance(app, "FR-A", line.lot_id) == 60
    assert balance(app, "RH-APO", line.lot_id) == 0
    assert balance(app, "RH-APO", paper.lots["CF1"]) == 240 - 30 - 60
    with app.db.read() as s:
        mv = s.get(m.Movement, line.dispatch_movement_id)
        assert mv is not None and mv.lot_id == line.lot_id
    assert queries.check_ledger(app, full=True).ok


def test_a_slow_site_gets_only_what_it_can_use_in_the_thawed_shelf_life(
    app: App, paper: PaperLog
) -> None:
    # 1 dose a day, 2 held: 70 thawed days -> 68 doses, 11 whole vials; frozen (238 days
    # to the expiry) it would have taken all 120.
    view = round_of(app, ["SL-B"], {("SL-B", COMIRNATY): 120})
    lst = view.list_for("SL-B")
    assert [(ln.batch, ln.doses) for ln in lst.lines] == [("CF1", 66)]
    (req,) = lst.requests
    assert (req.requested, req.allocated, req.short) == (120, 66, 54)
    assert req.short_reason is None  # short for time, not for storage

    give_storage(app, "SL-B", "ultralow", "fridge")
    view = dist.reallocate(app, view.round_id)
    assert [(ln.batch, ln.doses, ln.thaws_on) for ln in view.list_for("SL-B").lines] == [
        ("CF1", 120, None)
    ]


def test_an_ultra_low_freezer_gets_frozen_stock_and_spikevax_is_thawed(
    app: App, paper: PaperLog
) -> None:
    view = round_of(app, ["UL-C"], {("UL-C", COMIRNATY): 60, ("UL-C", SPIKEVAX): 50})
    lines = {ln.batch: ln for ln in view.list_for("UL-C").lines}
    assert lines["CF1"].thaws_on is None  # -90/-60 keeps Comirnaty frozen
    assert lines["SF1"].thaws_on == TODAY  # too cold for Spikevax (-50/-15): fridge, thawed
    assert lines["SF1"].thawed_use_by == date(2026, 12, 2)  # 30 days thawed

    view = dist.dispatch(app, view.round_id)
    lines = {ln.batch: ln for ln in view.list_for("UL-C").lines}
    assert lines["CF1"].thawed_on is None and lines["CF1"].lot_id == paper.lots["CF1"]
    assert (lines["SF1"].thawed_on, lines["SF1"].use_by) == (TODAY, date(2026, 12, 2))
    assert balance(app, "UL-C", paper.lots["CF1"]) == 60
    assert balance(app, "UL-C", lines["SF1"].lot_id) == 50
    assert balance(app, "UL-C", paper.lots["SF1"]) == 0
    kinds = [k for k, *_ in movements(app, view.list_for("UL-C").list_number)]
    assert kinds.count(MovementKind.THAW) == 2 and kinds.count(MovementKind.TRANSFER) == 2
    assert queries.check_ledger(app, full=True).ok


def test_a_site_that_cannot_keep_a_product_gets_none_with_the_reason(
    app: App, paper: PaperLog
) -> None:
    # A freezer at -25/-15 keeps Spikevax frozen, but neither Comirnaty nor Vaxigrip.
    view = round_of(
        app, ["FZ-D"], {("FZ-D", COMIRNATY): 60, ("FZ-D", VAXIGRIP): 10, ("FZ-D", SPIKEVAX): 20}
    )
    lst = view.list_for("FZ-D")
    assert [(ln.batch, ln.doses, ln.thaws_on) for ln in lst.lines] == [("SF1", 20, None)]
    reasons = {r.varenummer: r.short_reason for r in lst.requests}
    assert reasons[SPIKEVAX] is None
    for v in (COMIRNATY, VAXIGRIP):
        reason = reasons[v]
        assert reason is not None
        assert reason.text("da").startswith("Opbevaring: stedet har hverken frost eller køl")
        assert "nothing is sent" in reason.text("en")


def test_capacity_caps_what_a_site_gets_across_products_with_the_reason(
    app: App, paper: PaperLog, tmp_path: Path
) -> None:
    # The fridge holds 3 packs and has 1 pack of Vaxigrip: room for 2.  The site would
    # get 66 doses of Comirnaty (thawed into the fridge; the site's kind uses 1 a day),
    # 1.1 packs, and 20 syringes, 2 packs: 3.1 packs in 2.  Each gets 2 / 3.1 = 64.5 % of
    # it, in whole units: 7 vials (42 doses) and 12 syringes.
    view = round_of(app, ["CAP-E"], {("CAP-E", COMIRNATY): 120, ("CAP-E", VAXIGRIP): 20})
    lst = view.list_for("CAP-E")
    got = {r.varenummer: r for r in lst.requests}
    assert got[COMIRNATY].allocated == 42
    vaxigrip = got[VAXIGRIP]
    assert (vaxigrip.allocated, vaxigrip.short) == (12, 8)
    assert vaxigrip.short_reason is not None
    assert vaxigrip.short_reason.text("da") == (
        "Kapacitet: køleskabet har plads til 64 % af det, stedets varer skal bruge; hver vare "
        "får den andel (12 doser af denne vare)."
    )
    assert vaxigrip.short_reason.text("en") == (
        "Capacity: the fridge has room for 64 % of what the site's products need; each gets "
        "that share (12 doses of this product)."
    )
    reason = got[COMIRNATY].short_reason
    assert reason is not None and "(42 doses of this product)" in reason.text("en")
    assert ("CAP-E", vaxigrip.product, 20, 12) in view.shortfalls  # the banner's data

    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(documents.distribution_round_pdf(app, view.round_id, "da"))
    flat = " ".join(pdftext(pdf).split())
    assert "Mangler i denne levering" in flat
    assert "Kapacitet: køleskabet har plads til 64 %" in flat
    pdf.write_bytes(documents.distribution_round_pdf(app, view.round_id, "en"))
    assert "Capacity: the fridge has room for" in " ".join(pdftext(pdf).split())

    # A bigger fridge: everything fits and the reason is gone.
    give_storage(app, "CAP-E", "fridge", packs=10)
    view = dist.reallocate(app, view.round_id)
    got = {r.varenummer: r for r in view.list_for("CAP-E").requests}
    assert got[VAXIGRIP].allocated == 20
    assert all(r.short_reason is None for r in got.values())


def test_the_printed_list_shows_the_thaw_and_what_the_cool_box_holds(
    app: App, paper: PaperLog, tmp_path: Path
) -> None:
    view = round_of(
        app, ["FR-A", "UL-C"], {("FR-A", COMIRNATY): 60, ("UL-C", COMIRNATY): 60}
    )
    view = dist.dispatch(app, view.round_id)
    pdf = tmp_path / "lists.pdf"
    pdf.write_bytes(documents.distribution_round_pdf(app, view.round_id, "da"))
    fridge, frozen = (" ".join(pdftext(pdf, n).split()) for n in (1, 2))
    assert "Køleskab A" in fridge and "Ultrafryser C" in frozen
    assert "Optøet 02-11-2026, anvendes senest 11-01-2027" in reading(pdf, 1)
    assert "Opbevaring i køleboksen" in fridge and "Opbevares ved 2–8 °C. Må ikke fryses." in fridge
    assert "2–8 °C, må ikke genfryses" in reading(pdf, 1)
    # Nothing travels frozen to the fridge-only site: no freezer range on its list.
    assert "−90" not in fridge and "frosset" not in fridge.lower().replace("genfryses", "")
    assert "sæt dem straks på køl." in fridge
    # The ultra-low site gets it frozen, and its list says so.
    assert "Optøet" not in frozen
    assert "skal transporteres frosset og opbevares ved −90 til −60 °C" in frozen
    assert "Frost −90 til −60 °C" in reading(pdf, 2)
    pdf.write_bytes(documents.distribution_round_pdf(app, view.round_id, "en"))
    assert "Thawed 2026-11-02, use by 2027-01-11" in reading(pdf, 1)


def test_a_draft_list_prints_the_thaw_it_will_get(app: App, paper: PaperLog, tmp_path: Path) -> None:
    view = round_of(app, ["FR-A"], {("FR-A", COMIRNATY): 60})
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(documents.distribution_round_pdf(app, view.round_id, "da"))
    flat = " ".join(pdftext(pdf).split())
    assert "Optøet 02-11-2026, anvendes senest 11-01-2027" in reading(pdf), reading(pdf)
    assert "−90" not in flat


def test_transfers_thaw_on_the_way_or_refuse(app: App, paper: PaperLog) -> None:
    # UL-C keeps Comirnaty frozen; FR-A only cold: the doses go thawed, thawed today.
    dist.dispatch(app, round_of(app, ["UL-C"], {("UL-C", COMIRNATY): 60}).round_id)
    moved = transfers.transfer_between_sites(
        app, lot_id=paper.lots["CF1"], from_code="UL-C", to_code="FR-A", doses=12, reference="T-1"
    )
    assert moved.lot_id != paper.lots["CF1"] and moved.to_code == "FR-A"
    assert movements(app, "T-1") == [
        (MovementKind.THAW, "CF1", "UL-C", "THAW", 12),
        (MovementKind.THAW, "CF1@2026-11-02", "THAW", "UL-C", 12),
        (MovementKind.TRANSFER, "CF1@2026-11-02", "UL-C", "FR-A", 12),
    ]
    assert balance(app, "FR-A", moved.lot_id) == 12
    assert balance(app, "UL-C", paper.lots["CF1"]) == 48
    # Frozen back to the pharmacy (it has an ultra-low freezer): as it is.
    back = transfers.return_to_pharmacy(app, lot_id=paper.lots["CF1"], from_code="UL-C", doses=12)
    assert back.lot_id == paper.lots["CF1"]
    # A freezer at -25/-15 cannot keep Comirnaty at all: refused, nothing written.
    with pytest.raises(DomainError) as err:
        transfers.transfer_between_sites(
            app, lot_id=paper.lots["CF1"], from_code="UL-C", to_code="FZ-D", doses=6
        )
    assert err.value.code == "frozen_to_place_without_storage"
    assert balance(app, "UL-C", paper.lots["CF1"]) == 36
    assert queries.check_ledger(app, full=True).ok


def test_in_transit_the_thawed_part_arrives_and_a_reversal_keeps_it_thawed(
    app: App, paper: PaperLog
) -> None:
    view = round_of(app, ["FR-A", "SL-B"], {("FR-A", COMIRNATY): 60, ("SL-B", COMIRNATY): 12},
                    mode="in_transit")  # fmt: skip
    view = dist.dispatch(app, view.round_id)
    fr_a, sl_b = view.list_for("FR-A"), view.list_for("SL-B")
    (line,) = fr_a.lines
    assert line.thawed_on == TODAY
    dist.confirm_receipt(app, fr_a.list_id)
    assert balance(app, "FR-A", line.lot_id) == 60
    # Reversed before receipt: the thawed doses come back to the pharmacy thawed (they are
    # never refrozen) and its frozen lot stays as the thaw left it.
    dist.reverse_list(app, sl_b.list_id, "the van broke down")
    (back,) = sl_b.lines
    assert back.lot_id == line.lot_id  # the same thawed part of the day
    assert balance(app, "RH-APO", line.lot_id) == 12
    assert balance(app, "RH-APO", paper.lots["CF1"]) == 240 - 30 - 60 - 12
    assert queries.check_ledger(app, full=True).ok
