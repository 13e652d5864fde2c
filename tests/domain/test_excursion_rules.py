"""The pure rules of temperature excursions: runs of readings outside the range, the
evidence kept, reading temperatures and times as loggers write them, and the decision
suggested for each kind of held stock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pharmacy_app.domain.excursions import (
    Decision,
    HeldStock,
    Reading,
    StabilityRule,
    Why,
    detect,
    parse_celsius,
    shortened_use_by,
    suggest,
)
from pharmacy_app.domain.time_text import parse_moment

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
FLU = StabilityRule(warm_hours=24, warm_max_c=25, freezing_destroys=True, no_refreeze=False)
MRNA = StabilityRule(warm_hours=12, warm_max_c=25, freezing_destroys=True, no_refreeze=True)
FRIDGE = HeldStock(False, None, (2, 8), date(2027, 1, 31), date(2027, 1, 31), None)
FROZEN = HeldStock(True, (-90, -60), (2, 8), date(2027, 6, 30), date(2027, 6, 30), 70)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_runs_outside_the_range_are_maximal_and_in_time_order() -> None:
    temps = [5, 9, 12, 8, 7, 1.5, 1.0, 3, 9]
    readings = [Reading(at(i), c) for i, c in enumerate(temps)]
    found = detect(reversed(readings), (2.0, 8.0))
    assert [(f.start, f.end, f.lowest, f.highest) for f in found] == [
        (at(1), at(2), 9, 12), (at(5), at(6), 1.0, 1.5), (at(8), at(8), 9, 9),
    ]  # fmt: skip
    assert detect([Reading(at(0), 2.0), Reading(at(1), 8.0)], (2.0, 8.0)) == []  # the limits are in range


def test_temperatures_and_times_as_written() -> None:
    assert [parse_celsius(t) for t in ("-0,5", "8.4 °C", "\u22121", "12", "varm", "", "400")] == [
        -0.5, 8.4, -1.0, 12.0, None, None, None,
    ]  # fmt: skip
    # Summer time in Copenhagen (UTC+2), Danish and ISO forms, an offset kept.
    assert parse_moment("15-07-2026 14:30") == datetime(2026, 7, 15, 12, 30, tzinfo=UTC)
    assert parse_moment("15.07.2026 14.30.15") == datetime(2026, 7, 15, 12, 30, 15, tzinfo=UTC)
    assert parse_moment("2026-07-15T14:30+00:00") == datetime(2026, 7, 15, 14, 30, tzinfo=UTC)
    assert parse_moment("31-02-2026 10:00") is None and parse_moment("i går") is None


def test_the_suggestion_for_stock_kept_cold() -> None:
    # Frozen: a fridge-only vaccine is discarded.
    assert suggest(FLU, FRIDGE, at(0), at(1), -1.0, 6).decision is Decision.DISCARDED
    # Cold but not frozen, or warm for a short while: released.
    assert suggest(FLU, FRIDGE, at(0), at(3), 0.5, 6) == suggest(FLU, FRIDGE, at(0), at(10), 4, 12)
    assert suggest(FLU, FRIDGE, at(0), at(10), 4, 12).decision is Decision.RELEASED
    # Warmer than the product tolerates at all, or for longer than it may: discarded.
    assert suggest(FLU, FRIDGE, at(0), at(1), 4, 30).why is Why.TOO_WARM
    assert suggest(FLU, FRIDGE, at(0), at(30), 4, 12).why is Why.WARM_TOO_LONG
    # In between: a shorter use-by, in proportion to the allowance used.
    between = suggest(FLU, FRIDGE, at(0), at(18), 4, 12)
    assert between.decision is Decision.SHORTENED and between.use_by == shortened_use_by(date(2027, 1, 31), at(18), 0.75)
    assert between.use_by is not None and date(2026, 11, 2) < between.use_by < date(2027, 1, 31)


def test_the_suggestion_for_frozen_stock() -> None:
    assert suggest(MRNA, FROZEN, at(0), at(2), -85, -70).why is Why.STILL_FROZEN
    thawed = suggest(MRNA, FROZEN, at(0), at(2), -80, 5)
    assert (thawed.decision, thawed.use_by) == (Decision.SHORTENED, date(2026, 11, 1) + timedelta(days=70))
    assert suggest(MRNA, FROZEN, at(0), at(20), -80, 15).decision is Decision.DISCARDED
