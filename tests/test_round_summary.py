"""The arithmetic the Distribution screens show, without Qt: a round's totals, who is
short of what, what a dispatch sends, what a site confirmed, and requests in whole vials.

The rounds are written with the distribution service's own view records, as the service
returns them: two central centres and a mobile unit, one list cancelled, Prevenar short.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pharmacy_app.services.distribution import (
    LineView,
    ListView,
    RequestView,
    RoundSummary,
    RoundView,
    VisitView,
)
from pharmacy_app.ui.distribution import summary as s

PREVENAR, VAXIGRIP, COMIRNATY = 1, 2, 3
NAMES = {PREVENAR: "Prevenar 20", VAXIGRIP: "Vaxigrip Tetra", COMIRNATY: "Comirnaty"}
PER_UNIT = {PREVENAR: 1, VAXIGRIP: 10, COMIRNATY: 6}
_ids = iter(range(1, 10_000))


def request(list_id: int, product: int, requested: int, allocated: int) -> RequestView:
    return RequestView(
        request_id=next(_ids), list_id=list_id, product_id=product, product=NAMES[product] + " (full name)",
        varenummer=str(product), programme="p", doses_per_unit=PER_UNIT[product], proposed=requested,
        requested=requested, basis=None, allocated=allocated, short=requested - allocated,
        product_short=NAMES[product],
    )


def line(list_id: int, product: int, doses: int, received: int | None = None) -> LineView:
    return LineView(
        line_id=next(_ids), list_id=list_id, line_no=1, lot_id=next(_ids), product_id=product, product=NAMES[product],
        varenummer=str(product), batch="B1", expiry=date(2027, 6, 30), use_by=date(2027, 6, 30), thawed_on=None,
        doses=doses, units=doses // PER_UNIT[product], override_reason="", received_doses=received,
        discrepancy_reason="",
    )


def site_list(list_id: int, site: str, status: str = s.DRAFT, kind: str = "central", requests=(), lines=(), visits=()):
    return ListView(
        list_id=list_id, list_number=f"L-{list_id}", round_id=7, site_code=site, site_name=f"Vaccinationscenter {site}",
        site_kind=kind, address="", city="", status=status, requests=tuple(requests), lines=tuple(lines),
        visits=tuple(visits), received_by=None, received_at=None,
    )


def a_round(status: str = s.DRAFT, lists=()) -> RoundView:
    return RoundView(
        round_id=7, number="R-20261007-01", planned_for=date(2026, 10, 7), mode=s.IN_TRANSIT, status=status,
        created_by="coordinator", created_at=datetime(2026, 10, 6, 9, tzinfo=UTC), dispatched_by=None,
        dispatched_at=None, note="", lists=tuple(lists),
    )


def busy_round() -> RoundView:
    """Herlev gets all the Prevenar it asked for; Hvidovre 290 of 400; Amager is cancelled
    (asking for more than anyone); the mobile unit has no picks yet."""
    herlev = site_list(
        1, "Herlev",
        requests=[request(1, PREVENAR, 600, 600), request(1, VAXIGRIP, 40, 40)],
        lines=[line(1, PREVENAR, 600), line(1, VAXIGRIP, 40)],
    )
    hvidovre = site_list(2, "Hvidovre", requests=[request(2, PREVENAR, 400, 290)], lines=[line(2, PREVENAR, 290)])
    amager = site_list(3, "Amager", status=s.CANCELLED, requests=[request(3, PREVENAR, 900, 0)])
    mobile = site_list(
        4, "Mobil Nord", kind=s.MOBILE_KIND, requests=[request(4, COMIRNATY, 36, 30)],
        visits=[VisitView(1, 4, date(2026, 10, 7), "Plejecenter Solgården", "plejehjem", "covid-19", 36)],
    )
    return a_round(lists=[herlev, hvidovre, amager, mobile])


def test_a_cancelled_list_counts_for_nothing():
    view = busy_round()
    assert [lst.site_code for lst in s.live_lists(view)] == ["Herlev", "Hvidovre", "Mobil Nord"]
    totals = s.round_totals(view)
    # The mobile unit has no picks yet: what is allocated to it counts.
    assert totals == s.RoundTotals(sites=3, doses=600 + 40 + 290 + 30, units=600 + 4 + 290, requested=1076, received=0)
    assert s.live_lists(None) == [] and s.round_totals(None).sites == 0


def test_the_shortage_lines_name_who_gets_how_much():
    lines = s.shortage_lines(busy_round())
    assert lines == [
        s.Shortage("Prevenar 20", 110, [("Vaccinationscenter Hvidovre", 290, 400)]),
        s.Shortage("Comirnaty", 6, [("Vaccinationscenter Mobil Nord", 30, 36)]),
    ]
    # Amager's 900 (cancelled) are not short; the largest shortage comes first.
    assert sum(x.short for x in lines) == sum(req - alloc for _site, _p, req, alloc in busy_round().shortfalls)


def test_what_a_dispatch_sends():
    sent = s.dispatch_of(busy_round())
    assert sent == s.Dispatch(
        sites=2, doses=930, units=894, short=116, empty_sites=["Vaccinationscenter Mobil Nord"]
    )


def test_what_a_site_confirmed():
    herlev = busy_round().lists[0]
    first, second = herlev.lines
    assert s.received_of(herlev) == (640, 0)  # nothing confirmed yet
    assert s.received_of(herlev, {first.line_id: 599, second.line_id: 40}) == (640, 639)
    confirmed = replace(herlev, lines=(replace(first, received_doses=590), replace(second, received_doses=40)))
    assert s.received_of(confirmed) == (640, 630)
    assert [s.per_unit(x) for x in herlev.lines] == [1, 10]


def test_requests_are_whole_vials():
    assert s.vials(100, 6) == 17 and s.whole_vials(100, 6) == 102
    assert s.vials(0, 6) == 0 and s.whole_vials(12, 6) == 12
    assert s.whole_vials(7, 0) == 7  # a product without a vial size counts single doses


def test_the_lists_a_table_shows():
    view = busy_round()
    assert [lst.list_id for lst in s.shown_lists(view, None)] == [1, 2, 4]
    assert [lst.list_id for lst in s.shown_lists(view, 3)] == [3]  # a cancelled list, when chosen
    assert s.shown_lists(None, None) == []


def test_visits_go_to_the_chosen_or_the_only_mobile_list():
    view = busy_round()
    mobile, herlev = view.lists[3], view.lists[0]
    assert s.is_mobile(mobile) and not s.is_mobile(herlev)
    assert s.visit_list(view, None) is mobile
    assert s.visit_list(view, herlev) is None
    two = replace(view, lists=(*view.lists, replace(mobile, list_id=5, site_code="Mobil Syd")))
    assert s.visit_list(two, None) is None  # which one? the person chooses
    assert s.visit_list(replace(view, status=s.DISPATCHED), replace(mobile, status=s.DISPATCHED)) is None


def test_a_rounds_line_follows_the_round():
    old = RoundSummary(7, "R-20261007-01", date(2026, 10, 7), s.IN_TRANSIT, s.DRAFT, 4, 0, "coordinator")
    new = s.updated_summary(old, replace(busy_round(), status=s.DISPATCHED, created_by=""))
    assert new == replace(old, status=s.DISPATCHED, sites=3, doses=960)

