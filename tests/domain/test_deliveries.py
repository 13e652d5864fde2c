"""Matching received deliveries against expected ones: by reference, else by product and
nearest day; every expectation and delivery in exactly one line."""

from __future__ import annotations

from datetime import date

from pharmacy_app.domain import deliveries as dl

TODAY = date(2026, 12, 7)


def test_reference_first_then_product_and_nearest_day() -> None:
    expected = [
        dl.Expected(1, 10, 600, date(2026, 12, 1), "ORD-1"),
        dl.Expected(2, 10, 600, date(2026, 12, 3)),
        dl.Expected(3, 10, 300, date(2026, 12, 20)),
        dl.Expected(4, 20, 100, date(2026, 11, 20), "SSI-9"),  # never came
        dl.Expected(5, 20, 100, date(2026, 12, 30)),  # not due yet
    ]
    received = [
        dl.Received("FS-77", 10, 720, date(2026, 12, 4)),  # nearest: #2, a day late, 120 more
        dl.Received("ORD-1", 10, 540, date(2026, 12, 1)),  # by reference: #1, 60 less
        dl.Received("FS-78", 30, 50, date(2026, 12, 2)),  # no such product expected
    ]
    lines = dl.match(expected, received, TODAY)
    by_expected = {x.expected.id: x for x in lines if x.expected is not None}
    assert (by_expected[1].status, by_expected[1].less, by_expected[1].more) == (
        dl.Status.DIFFERS,
        60,
        0,
    )
    assert by_expected[1].received is received[1]
    two = by_expected[2]
    assert (two.received, two.more, two.days_late) == (received[0], 120, 1)
    assert by_expected[3].status is dl.Status.OPEN  # 20 December, nothing received for it
    assert by_expected[4].status is dl.Status.OVERDUE
    assert by_expected[5].status is dl.Status.OPEN
    (unexpected,) = [x for x in lines if x.expected is None]
    assert unexpected.status is dl.Status.UNEXPECTED and unexpected.received is received[2]
    assert len(lines) == 6  # five expectations and one delivery alone
    # Order of the input does not matter.
    assert dl.match(list(reversed(expected)), list(reversed(received)), TODAY) == lines


def test_exactly_as_expected_and_too_far_apart() -> None:
    e = dl.Expected(1, 10, 600, date(2026, 12, 1))
    (line,) = dl.match([e], [dl.Received("FS-1", 10, 600, date(2026, 11, 30))], TODAY)
    assert line.status is dl.Status.AS_EXPECTED  # a day early is not a difference
    far = dl.Received("FS-2", 10, 600, date(2026, 12, 23))  # 22 days after: too far
    lines = dl.match([e], [far], TODAY)
    assert {x.status for x in lines} == {dl.Status.OVERDUE, dl.Status.UNEXPECTED}


def test_a_delivery_before_an_expectation_was_recorded_is_not_it() -> None:
    """SSI's delivery announced today for next week is not last week's: recorded on 7
    December for the 14th, it stays open though 600 doses came on the 2nd; an expectation
    recorded late, after its own day, is still met by what came before it was recorded."""
    received = [dl.Received("FS-80", 10, 600, date(2026, 12, 2))]
    ahead = dl.Expected(1, 10, 600, date(2026, 12, 14), recorded_on=TODAY)
    (came, still) = sorted(dl.match([ahead], received, TODAY), key=lambda x: x.expected is not None)
    assert (came.status, came.received) == (dl.Status.UNEXPECTED, received[0])
    assert (still.status, still.received) == (dl.Status.OPEN, None)
    late_entry = dl.Expected(2, 10, 600, date(2026, 12, 1), recorded_on=TODAY)
    (line,) = dl.match([late_entry], received, TODAY)
    assert (line.status, line.days_late) == (dl.Status.DIFFERS, 1)
    early = dl.Received("FS-81", 10, 600, date(2026, 12, 10))  # after it was recorded: it
    (line,) = dl.match([ahead], [early], TODAY)
    assert line.status is dl.Status.AS_EXPECTED
    by_reference = dl.Expected(3, 10, 600, date(2026, 12, 14), "FS-80", recorded_on=TODAY)
    (line,) = dl.match([by_reference], received, TODAY)  # its own note number: always it
    assert line.received is received[0]
