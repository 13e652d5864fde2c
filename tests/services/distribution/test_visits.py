"""A mobile unit's visit plan on SQLite and PostgreSQL: only mobile units have visits,
a visit with several programmes is saved whole, and the visits decide what it gets."""

from __future__ import annotations

from datetime import date

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution as dist
from pharmacy_app.services.app import App
from tests.paperlog import PaperLog
from tests.services.distribution.conftest import (
    COMIRNATY,
    TOMORROW,
    VAXIGRIP,
    lines_of,
    plan,
    product_id,
    request_of,
)


def test_visits_only_for_mobile_units(app: App, paper: PaperLog) -> None:
    view = plan(app, site_codes=["MOB-C", "VC-A"], product_ids=[product_id(app, COMIRNATY)])
    mob = view.list_for("MOB-C")
    view = dist.add_visit(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 4),
        institution="Plejehjemmet Solbakken",
        institution_kind="plejehjem",
        programme_code="covid-19",
        doses=18,
    )
    view = dist.add_visit(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 3),
        institution="Herberg Nord",
        institution_kind="herberg",
        programme_code="covid-19",
        doses=6,
    )
    visits = view.list_for("MOB-C").visits
    assert [(v.visit_date, v.institution, v.doses) for v in visits] == [
        (date(2026, 11, 3), "Herberg Nord", 6),
        (date(2026, 11, 4), "Plejehjemmet Solbakken", 18),
    ]
    assert view.list_for("MOB-C").visit_doses() == {"covid-19": 24}
    with pytest.raises(DomainError) as err:
        dist.add_visit(
            app,
            view.list_for("VC-A").list_id,
            visit_date=TOMORROW,
            institution="X",
            institution_kind="",
            programme_code="covid-19",
            doses=6,
        )
    assert err.value.code == "distribution_visit_mobile_only"
    with pytest.raises(DomainError) as err:
        dist.add_visit(
            app,
            mob.list_id,
            visit_date=date(2026, 11, 2),
            institution=" ",
            institution_kind="",
            programme_code="nope",
            doses=0,
        )
    assert {p.code for p in err.value.problems} == {
        "value_required",
        "value_invalid",
        "quantity_not_positive",
        "distribution_visit_before_round",
    }
    view = dist.remove_visit(app, visits[0].visit_id)
    assert [v.institution for v in view.list_for("MOB-C").visits] == ["Plejehjemmet Solbakken"]
    # The coordinator asks doses for the unit by hand: no rate, only the days-left rule.
    view = dist.add_request(app, mob.list_id, product_id(app, COMIRNATY), 24)
    req = request_of(view, "MOB-C", COMIRNATY)
    assert (req.requested, req.allocated) == (24, 24)
    # No rate: CA3D (3 days left) is fine for it and goes first.
    assert lines_of(view, "MOB-C") == [("CA3D", 24)]


def test_one_visit_with_several_programmes_is_saved_whole(app: App, paper: PaperLog) -> None:
    view = plan(app, site_codes=["MOB-C"], product_ids=[product_id(app, COMIRNATY)])
    mob = view.list_for("MOB-C")
    view = dist.add_visits(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 4),
        institution="Bostedet Lyngen",
        institution_kind="botilbud",
        doses_by_programme={"covid-19": 12, "influenza": 10},
    )
    assert view.list_for("MOB-C").visit_doses() == {"covid-19": 12, "influenza": 10}
    # One bad programme: none of the visit's rows are saved.
    with pytest.raises(DomainError) as err:
        dist.add_visits(
            app,
            mob.list_id,
            visit_date=date(2026, 11, 5),
            institution="Fængslet",
            institution_kind="fængsel",
            doses_by_programme={"covid-19": 6, "nope": 3},
        )
    assert [p.code for p in err.value.problems] == ["value_invalid"]
    assert dist.round_view(app, view.round_id).list_for("MOB-C").visit_doses() == {
        "covid-19": 12,
        "influenza": 10,
    }


def test_a_mobile_units_visits_decide_what_it_gets(app: App, paper: PaperLog) -> None:
    # MOB-C has no history: the rate gives nothing, the visits decide.  Two COVID-19
    # products are on its list; the pharmacy has only the first.
    single = "412346"
    view = plan(
        app, site_codes=["MOB-C"], product_ids=[product_id(app, COMIRNATY), product_id(app, single)]
    )
    mob = view.list_for("MOB-C")
    assert sorted((r.varenummer, r.requested) for r in mob.requests) == [(COMIRNATY, 0), (single, 0)]
    view = dist.add_visits(
        app, mob.list_id, visit_date=date(2026, 11, 4), institution="Plejehjemmet Solbakken",
        institution_kind="plejehjem", doses_by_programme={"covid-19": 18, "influenza": 10},
    )  # fmt: skip
    view = dist.add_visits(
        app, mob.list_id, visit_date=date(2026, 11, 8), institution="Herberg Nord",
        institution_kind="herberg", doses_by_programme={"covid-19": 4},
    )  # fmt: skip
    mob = view.list_for("MOB-C")
    # COVID-19: 18 + 4 = 22 doses, none held: 4 vials of 6 = 24 of the product the
    # pharmacy has; the other COVID-19 product asks for none.  Influenza: 10 Vaxigrip (the
    # influenza product the pharmacy has), one dose a syringe.
    assert sorted((r.varenummer, r.proposed, r.requested) for r in mob.requests) == [
        (VAXIGRIP, 10, 10),
        (COMIRNATY, 24, 24),
        (single, 0, 0),
    ]
    other = next(r for r in mob.requests if r.varenummer == single)
    assert other.basis.text("en").startswith("The visit plan's COVID-19 doses are asked for as Comirnaty")
    covid = next(r for r in mob.requests if r.varenummer == COMIRNATY)
    assert covid.basis.text("en") == "Visits plan 22 doses of COVID-19 (2 visits); holds 0; proposed 24 (4 vials of 6)."
    assert covid.basis.text("da") == "Besøgene kræver 22 doser Covid-19 (2 besøg); har 0; foreslået 24 (4 hætteglas à 6)."
    # The last COVID-19 visit is on 11-08: CA3D (use-by 11-06) would expire before it.
    assert sorted(lines_of(view, "MOB-C")) == [("CASOON", 24), ("VX1", 10)]
    # Without the 11-08 visit, 18 doses (3 vials) for 11-04: CA3D is good for that.
    herberg = next(v for v in mob.visits if v.institution == "Herberg Nord")
    view = dist.remove_visit(app, herberg.visit_id)
    assert sorted(lines_of(view, "MOB-C")) == [("CA3D", 18), ("VX1", 10)]
    # No COVID-19 visits left: back to the proposal from the rate of use (none: 0).
    solbakken = view.list_for("MOB-C").visits
    for visit in solbakken:
        if visit.programme == "covid-19":
            view = dist.remove_visit(app, visit.visit_id)
    assert sorted((r.varenummer, r.requested) for r in view.list_for("MOB-C").requests) == [
        (VAXIGRIP, 10),
        (COMIRNATY, 0),
        (single, 0),
    ]
    assert all(
        r.basis is None or not r.basis.text("en").startswith(("Visits plan", "The visit plan"))
        for r in view.list_for("MOB-C").requests
        if r.programme == "covid-19"
    )
