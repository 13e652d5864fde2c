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
    # In transit: Stedtype Undervejs, under the code and name of the site it is going to.
    lager = {(r["Stedkode"], r["Sted"], r["Stedtype"]): r["Doser"] for r in sheet_rows(path, "Lager")}
    assert lager == {
        ("RH-APO", "Region Hovedstadens Apotek", "Sygehusapotek"): 60,
        ("VC-T", "Vaccinationscenter T", "Undervejs"): 60,
    }

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
    assert (transit.group, transit.name, transit.wasted) == ("in_transit", "Undervejs", 6)


def _product_id(app: App, varenummer: str) -> int:
    return next(p.id for p in reference.list_products(app) if p.varenummer == varenummer)


TWO_SITES = """
2026-11-02 receive 412345 TR1 exp 2027-01-10 2 packs      // 120 doses, use-by within 60 days of December's end
2026-11-02 site VC-T central "Vaccinationscenter T"
2026-11-02 site DC-U decentral "Sundhedshus U"
"""


def test_stock_in_transit_is_listed_under_the_place_it_is_going_to(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    """``Undervejs`` with the destination's Stedkode and Sted, one row per destination,
    apart from the stock the destination already holds; gone once it has arrived."""
    PaperLog(app, clock).run(TWO_SITES)
    set_home(app)
    product = _product_id(app, "412345")
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    first = dist.plan_round(
        app, planned_for=date(2026, 11, 2), site_codes=["VC-T", "DC-U"], mode="in_transit",
        requested={("VC-T", product): 30, ("DC-U", product): 24},
    )  # fmt: skip
    dist.dispatch(app, first.round_id)
    clock.set(datetime(2026, 11, 3, 9, 0, tzinfo=UTC))
    (to_u,) = [x for x in dist.round_view(app, first.round_id).lists if x.site_code == "DC-U"]
    dist.confirm_receipt(app, to_u.list_id)
    second = dist.plan_round(
        app, planned_for=date(2026, 11, 3), site_codes=["DC-U"], mode="in_transit",
        requested={("DC-U", product): 12},
    )  # fmt: skip
    dist.dispatch(app, second.round_id)

    # November's report once November has ended (a running month is provisional and
    # counts days to expiry from today instead of from the month's end).
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    path = ssi_report.write(app, "2026-11", tmp_path / "nov")
    rows = sheet_rows(path, "Lager")
    lager = {(r["Stedkode"], r["Sted"], r["Stedtype"]): r["Doser"] for r in rows}
    assert lager == {
        ("RH-APO", "Region Hovedstadens Apotek", "Sygehusapotek"): 54,
        ("VC-T", "Vaccinationscenter T", "Undervejs"): 30,
        ("DC-U", "Sundhedshus U", "Decentralt tilbud"): 24,
        ("DC-U", "Sundhedshus U", "Undervejs"): 12,
    }
    assert "IN_TRANSIT" not in {r["Stedkode"] for r in rows}
    summary = by(sheet_rows(path, "Opsummering"), "Varenummer")[("412345",)]
    assert summary["Ultimo"] == 120 and summary["Afstemt"] == "OK"
    # Udløb has the same columns as Lager, so the same rows for stock in transit.
    expiring = {(r["Stedkode"], r["Stedtype"]): r["Doser"] for r in sheet_rows(path, "Udløb")}
    assert expiring[("VC-T", "Undervejs")] == 30 and expiring[("DC-U", "Undervejs")] == 12

    # Both arrive in December: the November report still shows them on their way.
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    for view in (first, second):
        for listed in dist.round_view(app, view.round_id).lists:
            if listed.status == "dispatched":
                dist.confirm_receipt(app, listed.list_id)
    again = sheet_rows(ssi_report.write(app, "2026-11", tmp_path / "nov-again"), "Lager")
    assert {(r["Stedkode"], r["Stedtype"]): r["Doser"] for r in again} == {
        (code, kind): doses for (code, _name, kind), doses in lager.items()
    }
    december = sheet_rows(ssi_report.write(app, "2026-12", tmp_path / "dec"), "Lager")
    assert {(r["Stedkode"], r["Stedtype"]): r["Doser"] for r in december} == {
        ("RH-APO", "Sygehusapotek"): 54,
        ("VC-T", "Centralt vaccinationscenter"): 30,
        ("DC-U", "Decentralt tilbud"): 36,
    }
