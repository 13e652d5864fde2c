"""When consumption is dated and how much may still leave a location: pure functions,
no database.  Copenhagen time throughout: noon is 10:00 UTC in summer time, 11:00 UTC
in winter time; the clocks went back on 25 October 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pharmacy_app.domain.consumption import earliest_day, occurred_for
from pharmacy_app.domain.ledger import Step, available_at, first_negative
from pharmacy_app.domain.localtime import monday_of

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday, 10:00 in Copenhagen


def test_a_day_is_stamped_at_copenhagen_noon_and_never_after_now() -> None:
    assert occurred_for(date(2026, 10, 23), NOW) == datetime(2026, 10, 23, 10, 0, tzinfo=UTC)
    assert occurred_for(date(2026, 10, 26), NOW) == datetime(2026, 10, 26, 11, 0, tzinfo=UTC)
    assert occurred_for(NOW.date(), NOW) == NOW  # today, before noon: now
    after_noon = datetime(2026, 11, 2, 13, 0, tzinfo=UTC)
    assert occurred_for(NOW.date(), after_noon) == datetime(2026, 11, 2, 11, 0, tzinfo=UTC)


def test_the_first_open_day_is_the_first_noon_inside_the_window() -> None:
    # 14 days back from 10:00 on 2 November is 10:00 on 19 October, before that day's noon.
    assert earliest_day(NOW, 14) == date(2026, 10, 19)
    # At 13:00 on 2 November the 19th's noon (10:00 UTC) is outside: the 20th is first.
    assert earliest_day(datetime(2026, 11, 2, 12, 30, tzinfo=UTC), 14) == date(2026, 10, 20)
    # A window of 0 days: only today, and only once today's stamp (now) is in it.
    assert earliest_day(NOW, 0) == NOW.date()


@given(st.integers(min_value=0, max_value=366), st.integers(min_value=0, max_value=24 * 60))
def test_the_first_open_days_stamp_is_inside_the_window_and_the_day_before_is_not(
    days: int, minutes: int
) -> None:
    now = NOW + timedelta(minutes=minutes)
    first = earliest_day(now, days)
    limit = now - timedelta(days=days)
    assert occurred_for(first, now) >= limit
    assert occurred_for(first - timedelta(days=1), now) < limit


def test_weeks_start_on_monday() -> None:
    assert monday_of(date(2026, 11, 2)) == date(2026, 11, 2)
    assert monday_of(date(2026, 11, 8)) == date(2026, 11, 2)
    assert monday_of(date(2027, 1, 1)) == date(2026, 12, 28)


def test_what_may_leave_is_the_lowest_balance_from_that_moment_on() -> None:
    t = datetime(2026, 10, 20, 10, 0, tzinfo=UTC)
    steps = [
        Step(t, 1, 60),  # received
        Step(t + timedelta(days=2), 2, -40),  # given later
        Step(t + timedelta(days=3), 3, 30),  # more received
    ]
    assert available_at(steps, t - timedelta(days=1)) == 0  # before anything arrived
    assert available_at(steps, t) == 20  # 60 now, but 40 of them leave on the 22nd
    assert available_at(steps, t + timedelta(days=2)) == 20
    assert available_at(steps, t + timedelta(days=4)) == 50
    assert available_at([], t) == 0
    # In time order, then in sequence: the unordered list gives the same answer.
    assert available_at(list(reversed(steps)), t) == 20


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=-50, max_value=50)),
        max_size=12,
    ),
    st.integers(min_value=0, max_value=30),
)
def test_taking_what_is_available_never_makes_the_balance_negative_after(
    moves: list[tuple[int, int]], at_day: int
) -> None:
    t = datetime(2026, 10, 1, 10, 0, tzinfo=UTC)
    steps = [Step(t + timedelta(days=d), i, delta) for i, (d, delta) in enumerate(moves)]
    if first_negative(steps) is not None:
        return  # a history that is already negative somewhere is not the question here
    moment = t + timedelta(days=at_day, hours=1)
    most = available_at(steps, moment)
    assert most >= 0
    taken = [*steps, Step(moment, len(steps), -most)]
    assert first_negative(taken) is None
    if most:
        assert first_negative([*steps, Step(moment, len(steps), -most - 1)]) is not None
