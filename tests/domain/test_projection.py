"""Projected stock week by week, against a hand count."""

from __future__ import annotations

from datetime import date, timedelta

from pharmacy_app.domain import projection as pj

W0 = date(2026, 11, 30)  # a Monday
WEEKS = [W0 + timedelta(weeks=k) for k in range(4)]


def test_arithmetic_against_a_hand_count() -> None:
    """Lot A 100 doses use-by Wednesday of week 1, lot B 300 doses use-by far away; 60
    a week used; 200 arrive in week 2; a round takes 50 of B in week 0.

    week 0: start 400, out 50 (B 250), use 60 from A (A 40), end 290
    week 1: start 290, use 60 from A (40) then B (20): A 0, B 230; nothing expired, end 230
    week 2: start 230, in 200, use 60 from B (170), end 370
    week 3: start 370, use 60, end 310."""
    lots = [pj.Holding(1, W0 + timedelta(days=9), 100), pj.Holding(2, date(2027, 6, 1), 300)]
    use = {w: 60 for w in WEEKS}
    result = pj.project(
        lots,
        WEEKS,
        use,
        [pj.Flow(WEEKS[2], 200)],
        [pj.Flow(W0, 50, lot_id=2, use_by=date(2027, 6, 1))],
    )
    rows = [(w.start, w.incoming, w.outgoing, w.used, w.expired, w.end) for w in result.weeks]
    assert rows == [
        (400, 0, 50, 60, 0, 290),
        (290, 0, 0, 60, 0, 230),
        (230, 200, 0, 60, 0, 370),
        (370, 0, 0, 60, 0, 310),
    ]
    assert result.stock_out is None
    for w in result.weeks:
        assert w.start + w.incoming - w.outgoing - w.used - w.expired == w.end


def test_expiry_losses_and_the_stock_out_day() -> None:
    """Lot A 100 doses use-by Friday of week 0 at 30 a week: 70 lost in week 0.  Lot B 50
    doses then covers week 1 (30), and week 2 wants 30 with 20 left: short 10, out on
    Monday + 7*20//30 = 4 days: Friday of week 2."""
    lots = [pj.Holding(1, W0 + timedelta(days=4), 100), pj.Holding(2, date(2027, 6, 1), 50)]
    result = pj.project(lots, WEEKS, {w: 30 for w in WEEKS})
    assert [w.expired for w in result.weeks] == [70, 0, 0, 0]
    assert result.expired_lots == ((1, W0 + timedelta(days=4), 70),)
    assert [w.short for w in result.weeks] == [0, 0, 10, 30]
    assert result.stock_out == WEEKS[2] + timedelta(days=4)
    assert [w.end for w in result.weeks] == [50, 20, 0, 0]


def test_an_overdue_delivery_counts_in_the_first_week() -> None:
    result = pj.project([], WEEKS[:2], {}, [pj.Flow(W0 - timedelta(weeks=2), 90)])
    assert [w.incoming for w in result.weeks] == [90, 0]
