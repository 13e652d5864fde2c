"""Stock dispatched "in transit" stays the region's in the monthly SSI report: it is not
sent to another region, it is counted at month's end, and a loss on the way is the
region's waste."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pharmacy_app.services import distribution as dist
from pharmacy_app.services import expiry, reference, ssi_report
from pharmacy_app.services.app import App
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog
from tests.test_ssi_report import SUMMARY_NUMBERS, by, sheet_rows

LOG = """
2026-11-02 receive 412345 TR1 exp 2027-03-31 2 packs      // 120 doses
2026-11-02 site VC-T central "Vaccinationscenter T"
"""


def test_in_transit_stock_is_the_regions_own(app: App, clock: Clock, tmp_path: Path) -> None:
    log = PaperLog(app, clock)
    log.run(LOG)
    set_home(app)
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    view = dist.plan_round(
        app,
        planned_for=date(2026, 11, 2),
        site_codes=["VC-T"],
        mode="in_transit",
        requested={("VC-T", _product_id(app, "412345")): 60},
    )
    dist.dispatch(app, view.round_id)
    path = ssi_report.write(app, "2026-11", tmp_path)
    summary = by(sheet_rows(path, "Opsummering"), "Varenummer")[("412345",)]
    # Received 120 from SSI; nothing left the region; all 120 still the region's.
    assert [summary[h] for h in SUMMARY_NUMBERS] == [0, 120, 0, 0, 0, 0, 0, 0, 120]
    assert summary["Afstemt"] == "OK"
    lager = {(r["Stedkode"], r["Stedtype"]): r["Doser"] for r in sheet_rows(path, "Lager")}
    assert lager == {("RH-APO", "Sygehusapotek"): 60, ("IN_TRANSIT", "Under transport"): 60}

    # The site receives 54; 6 (one vial) broke on the way: the region's waste.
    listed = dist.round_view(app, view.round_id).lists[0]
    line = listed.lines[0]
    dist.confirm_receipt(
        app, listed.list_id, {line.line_id: 54},
        reasons={line.line_id: "vial broken in the cool box"}, reason_codes={line.line_id: "BRUD"},
    )  # fmt: skip
    path = ssi_report.write(app, "2026-11", tmp_path / "after")
    summary = by(sheet_rows(path, "Opsummering"), "Varenummer")[("412345",)]
    assert [summary[h] for h in SUMMARY_NUMBERS] == [0, 120, 0, 0, 0, 0, 6, 0, 114]
    assert summary["Afstemt"] == "OK"
    kassation = [(r["Stedkode"], r["Årsag"], r["Doser"]) for r in sheet_rows(path, "Kassation")]
    assert kassation == [("IN_TRANSIT", "BRUD", 6)]
    # The wastage figures count the loss too: 6 wasted, closed-vial, nothing given yet.
    (covid,) = expiry.wastage_figures(app, date(2026, 11, 1), date(2026, 11, 30))
    assert (covid.group, covid.administered, covid.wasted, covid.closed_vial) == ("covid-19", 0, 6, 6)
    (transit,) = expiry.wastage_figures(app, date(2026, 11, 1), date(2026, 11, 30), "site_kind")
    assert (transit.group, transit.name, transit.wasted) == ("in_transit", "Under transport", 6)


def _product_id(app: App, varenummer: str) -> int:
    return next(p.id for p in reference.list_products(app) if p.varenummer == varenummer)
