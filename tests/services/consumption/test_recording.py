"""Recording consumption on SQLite and PostgreSQL: a week in one call, noon stamps,
target groups, every problem at once, never more than a site holds at any moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from pharmacy_app.domain.consumption import occurred_for
from pharmacy_app.services import consumption, queries, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption import ConsumptionEntry as E
from tests.conftest import START
from tests.paperlog import Clock, PaperLog
from tests.services.consumption.conftest import WEEK, codes, ledger_state, on_hand, refused


def test_a_week_is_recorded_in_one_call(app: App, log: PaperLog) -> None:
    fx, fl = log.lots["FX1234"], log.lots["FL2026A"]
    entries = [E("VC-HER", day, fx, 30 + i) for i, day in enumerate(WEEK)]
    entries += [E("VC-HER", day, fl, 5, "65+") for day in WEEK[:5]]
    before, _ = ledger_state(app)
    result = consumption.record(app, entries)

    assert result.entries == 12
    assert result.doses == sum(30 + i for i in range(7)) + 25
    assert result.sites == ("VC-HER",)
    assert (result.first_day, result.last_day) == (WEEK[0], WEEK[-1])
    assert ledger_state(app)[0] == before + 12
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 231
    assert on_hand(app, "VC-HER", "FL2026A") == 60 - 25
    assert "256 doses given at VC-HER, 2026-10-26 – 2026-11-01" in result.summary()
    assert "256 doser givet på VC-HER, 26-10-2026 – 01-11-2026" in result.summary("da")
    assert "doser givet på VC-HER" in result.summary("da")

    info = queries.lot_history(app, fx)
    assert info is not None
    given = [h for h in info.history if h.kind == "administer"]
    assert len(given) == 7
    # Noon in Copenhagen; the clocks went back on 25 October 2026, so it is 11:00 UTC.
    assert {h.occurred_at.time() for h in given} == {datetime(2026, 1, 1, 11, 0).time()}
    assert [h.occurred_at.date() for h in given] == WEEK
    assert given[0].reference == "FORBRUG VC-HER 2026-10-26"
    assert all(h.to_code == "ADMINISTERED" and h.user == "tester" for h in given)
    assert queries.check_ledger(app).ok


def test_today_before_noon_is_stamped_now_and_summer_time_is_respected(
    app: App, log: PaperLog, clock: Clock
) -> None:
    assert occurred_for(date(2026, 10, 23), START) == datetime(
        2026, 10, 23, 10, 0, tzinfo=UTC
    )
    assert occurred_for(START.date(), START) == START
    result = consumption.record(app, [E("VC-HER", START.date(), log.lots["FX1234"], 6)])
    info = queries.lot_history(app, log.lots["FX1234"])
    assert info is not None and info.history[-1].occurred_at == START
    assert result.first_day == START.date()


def test_target_groups_are_stored_and_summed(app: App, log: PaperLog) -> None:
    fx = log.lots["FX1234"]
    consumption.record(
        app,
        [
            E("VC-HER", WEEK[0], fx, 20, "65+"),
            E("VC-HER", WEEK[0], fx, 7, "Sundhedspersonale"),  # case is forgiven
            E("VC-HER", WEEK[1], fx, 12, "65+"),
            E("VC-HER", WEEK[1], fx, 3),
        ],
    )
    with app.db.read() as s:
        stored = s.execute(
            sa.text(
                "select target_group, sum(doses) from movement where kind = 'administer' "
                "group by target_group order by target_group"
            )
        ).all()
    assert sorted(stored, key=lambda r: str(r[0])) == sorted(
        [("65+", 32), ("sundhedspersonale", 7), (None, 3)], key=lambda r: str(r[0])
    )

    grid = consumption.week_grid(app, "VC-HER", WEEK[3])  # any day finds its Monday
    assert grid.week_start == WEEK[0] and grid.days == tuple(WEEK)
    row = next(r for r in grid.rows if r.batch == "FX1234")
    assert row.on_hand == 300 - 42
    assert row.recorded_on(WEEK[0]) == 27
    assert row.recorded_on(WEEK[0], "65+", any_group=False) == 20
    assert row.recorded_on(WEEK[1], None, any_group=False) == 3
    # Ordered by product, then use-by: the expired OLD999 is still there, it is still held.
    assert [r.batch for r in grid.rows] == ["OLD999", "FX1234", "FL2026A"]
    assert grid.target_groups[0] == "65+"
    assert grid.is_open(WEEK[0]) and not grid.is_open(START.date() + timedelta(days=1))

    rows = consumption.consumption_rows(app, WEEK[0], WEEK[6], site="VC-HER")
    assert sum(r.doses for r in rows) == 42
    assert {r.target_group for r in rows} == {"65+", "sundhedspersonale", None}
    assert consumption.consumption_rows(app, WEEK[2], WEEK[6]) == []


def test_a_reversed_entry_is_no_longer_counted(app: App, log: PaperLog) -> None:
    result = consumption.record(app, [E("VC-HER", WEEK[0], log.lots["FX1234"], 10)])
    stock.reverse(app, movement_id=result.movement_ids[0])
    grid = consumption.week_grid(app, "VC-HER", WEEK[0])
    assert next(r for r in grid.rows if r.batch == "FX1234").recorded_on(WEEK[0]) == 0
    assert consumption.consumption_rows(app, WEEK[0], WEEK[6]) == []


def test_every_problem_is_reported_at_once_and_nothing_is_written(app: App, log: PaperLog) -> None:
    fx, old = log.lots["FX1234"], log.lots["OLD999"]
    err = refused(
        app,
        lambda: consumption.record(
            app,
            [
                E("VC-HER", WEEK[0], fx, 10),  # fine on its own
                E("VC-XXX", WEEK[0], fx, 1),
                E("VC-HER", WEEK[0], 999_999, 1),
                E("VC-HER", WEEK[0], fx, 0),
                E("VC-HER", WEEK[0], fx, -3),
                E("VC-HER", WEEK[0], fx, 2, "teenagere"),
                E("VC-HER", START.date() + timedelta(days=1), fx, 1),
                E("VC-HER", date(2026, 10, 1), fx, 1),
                E("VC-HER", WEEK[3], old, 6),  # used by 28 October; this is the 29th
                E("DC-FRB", WEEK[0], log.lots["FL2026A"], 1),  # never had flu vaccine
                E("ADMINISTERED", WEEK[0], fx, 1),
            ],
        ),
    )
    found = codes(err)
    assert ("consumption_site_unknown", 2, "site_code") in found
    assert ("consumption_lot_unknown", 3, "lot_id") in found
    assert ("consumption_doses_invalid", 4, "doses") in found
    assert ("consumption_doses_invalid", 5, "doses") in found
    assert ("consumption_target_group_unknown", 6, "target_group") in found
    assert ("consumption_day_in_future", 7, "day") in found
    assert ("consumption_day_too_old", 8, "day") in found
    assert ("consumption_lot_expired", 9, "lot_id") in found
    assert ("consumption_lot_not_at_site", 10, "lot_id") in found
    assert ("consumption_site_not_allowed", 11, "site_code") in found
    assert not any(row == 1 for _c, row, _f in found)
    text = err.text("en")
    assert "Row 8, day: 2026-10-01 is more than 14 days ago" in text
    assert "could be used until 2026-10-28 and cannot have been given on 2026-10-29" in text
    assert "'teenagere' is not in the catalogue (use one of: 65+, 70+" in text
    assert "Række 2, site_code: stedet VC-XXX kendes ikke." in err.text("da")


def test_giving_more_than_the_site_holds_is_refused_with_the_numbers(
    app: App, log: PaperLog
) -> None:
    fx = log.lots["FX1234"]
    err = refused(app, lambda: consumption.record(app, [E("DC-FRB", WEEK[2], fx, 60)]))
    assert err.code == "consumption_over_stock"
    assert err.text("en") == (
        "Sundhedshus Frederiksberg holds 54 doses of FX1234 on 2026-10-28; 60 were entered (row 1)."
    )
    assert "har 54 doser af FX1234 den 28-10-2026; der er indtastet 60" in err.text("da")

    # Across a week: the batch is added up day by day; the first day that runs short is named.
    entries = [E("VC-HER", day, fx, 50) for day in WEEK]  # 350 > 300
    entries.append(E("VC-HER", WEEK[5], fx, 1, "65+"))
    err = refused(app, lambda: consumption.record(app, entries))
    (problem,) = err.problems
    assert problem.params["day"] == date(2026, 10, 31)
    assert problem.params["on_hand"] == 50
    assert problem.params["entered"] == 51
    assert problem.params["rows"] == "6, 8"


def test_a_back_dated_entry_may_not_take_what_later_movements_needed(
    app: App, log: PaperLog, clock: Clock
) -> None:
    fx = log.lots["FX1234"]
    # Today DC-FRB gives 50 of its 54: on Monday last week only 4 could still be spare.
    consumption.record(app, [E("DC-FRB", START.date(), fx, 50)])
    err = refused(app, lambda: consumption.record(app, [E("DC-FRB", WEEK[0], fx, 5)]))
    assert err.problems[0].params["on_hand"] == 4
    consumption.record(app, [E("DC-FRB", WEEK[0], fx, 4)])
    assert on_hand(app, "DC-FRB", "FX1234") == 0
    assert queries.check_ledger(app).ok


def test_an_empty_batch_is_refused(app: App, log: PaperLog) -> None:
    assert refused(app, lambda: consumption.record(app, [])).code == "consumption_empty"
