"""Numbers, counts, dates and addresses as each language writes them, in messages (typed
problems), command-line summaries and documents alike."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pharmacy_app.domain import formats
from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.messages.terms import Phrase, Term


def test_numbers_in_danish_and_english() -> None:
    assert formats.integer(1455, "da") == "1.455" and formats.integer(1455, "en") == "1,455"
    assert formats.integer(-43529, "da") == "-43.529" and formats.integer(7, "da") == "7"
    assert formats.decimal(1234.56, 1, "da") == "1.234,6"
    assert formats.decimal(1234.56, 1, "en") == "1,234.6"
    assert formats.decimal(0.05, 1, "da") == "0,1"  # half up, as the workbook rounds


def test_a_count_agrees_with_its_noun() -> None:
    assert formats.count(1, "dosis", "doser", "da") == "1 dosis"
    assert formats.count(1455, "dosis", "doser", "da") == "1.455 doser"
    assert formats.count(0, "line", "lines", "en") == "0 lines"
    assert formats.count(43529, "row", "rows", "en") == "43,529 rows"


def test_one_date_format_per_language() -> None:
    d = date(2026, 11, 30)
    assert formats.date_text(d, "da") == "30-11-2026" and formats.date_text(d, "en") == "2026-11-30"
    assert formats.day_month(d, "da") == "30-11" and formats.day_month(d, "en") == "11-30"
    assert formats.date_text(None, "da") == ""


def test_a_rate_has_one_decimal_or_two_below_one_dose_a_day() -> None:
    assert formats.per_day(12.5, "da") == "12,5" and formats.per_day(12.0, "en") == "12"
    assert formats.per_day(0.25, "da") == "0,25" and formats.per_day(1234.56, "en") == "1,234.6"
    assert formats.tenths(0.25, "da") == "0,3" and formats.tenths(3.0, "en") == "3"
    rate = Sentence(Code.BASIS_RATE, {
        "rate": 1.0, "cover_days": 1, "cover": 1, "on_hand": 0, "proposed": 6, "units": "",
    })  # fmt: skip
    assert rate.text("da") == "Bruger 1 dosis om dagen; 1 dags forbrug er 1 dosis; har 0; foreslået 6."


def test_a_moment_is_iso_in_english_and_copenhagen_time_in_danish() -> None:
    late = datetime(2026, 12, 5, 23, 30, tzinfo=UTC)  # 00:30 on the 6th in Copenhagen
    assert formats.moment_text(late, "en") == "2026-12-05T23:30:00+00:00"
    assert formats.moment_text(late, "da") == "06-12-2026 00:30"
    assert formats.moment_day(late, "en") == "2026-12-05"
    assert formats.moment_day(late, "da") == "06-12-2026"


def test_a_shipment_problem_writes_its_moment_and_its_limits_as_read() -> None:
    future = Problem(
        "shipment_field_invalid",
        {"field": "sent_at", "why": Phrase(Term.SH_IN_FUTURE, {"when": datetime(2027, 7, 1, 10, 0, tzinfo=UTC)})},
    )
    assert "sent_at: 2027-07-01T10:00:00+00:00 is in the future." in future.text("en")
    assert "sent_at: 01-07-2027 12:00 ligger i fremtiden." in future.text("da")
    old = Phrase(Term.SH_YEAR_AGO, {"sent_at": datetime(2025, 1, 1, 23, 30, tzinfo=UTC)})
    assert "2025-01-01 is more" in Problem("shipment_field_invalid", {"field": "sent_at", "why": old}).text("en")
    assert "02-01-2025 er mere" in Problem("shipment_field_invalid", {"field": "sent_at", "why": old}).text("da")
    between = Phrase(Term.SH_NOT_BETWEEN, {"number": 0, "low": 1, "high": 1_000_000})
    problem = Problem("shipment_field_invalid", {"field": "doses", "why": between})
    assert "0 ligger ikke mellem 1 og 1000000" in problem.text("da")


@pytest.mark.parametrize(
    ("address", "city", "shown"),
    [
        ("Arne Jacobsens Allé 12", "2300 København S", "Arne Jacobsens Allé 12, 2300 København S"),
        # As older data holds it: the town already on the street line, and again as city.
        ("Arne Jacobsens Allé 12, 2300 København S", "København S", "Arne Jacobsens Allé 12, 2300 København S"),
        ("Arne Jacobsens Allé 12, 2300 København S", "2300 København S", "Arne Jacobsens Allé 12, 2300 København S"),
        ("", "Herlev", "Herlev"),
        ("Hovedgaden 1", "", "Hovedgaden 1"),
        ("", "", ""),
    ],
)
def test_an_address_names_its_town_once(address: str, city: str, shown: str) -> None:
    assert formats.address_line(address, city) == shown


def test_problems_write_quantities_as_the_language_does() -> None:
    short = Problem(
        "insufficient_stock",
        {"on_hand": 1, "batch": "FX1", "product": "Comirnaty", "location": "VC-A", "requested": 1455},
    )
    assert short.text("da") == (
        "Der er kun 1 dosis af batch FX1 (Comirnaty) på VC-A; der blev bedt om 1.455."
    )
    assert short.text("en") == (
        "Only 1 dose of lot FX1 (Comirnaty) is on hand at VC-A; 1,455 were asked for."
    )
    many = Problem("database_empty_required", {"movements": 43529})
    assert "43.529 bevægelser" in many.text("da") and "43,529 movements" in many.text("en")
    one = Problem("database_empty_required", {"movements": 1})
    assert "1 bevægelse;" in one.text("da") and "1 movement;" in one.text("en")
    confirm = Problem("note_confirm_short_dated", {"count": 1})
    assert "1 kortdateret batch skal bekræftes" in confirm.text("da")
    assert "1 short-dated lot needs confirmation" in confirm.text("en")


def test_identifiers_are_not_grouped_and_dates_follow_the_language() -> None:
    problem = Problem(
        "note_gtin_check_digit", {"row": 1234, "column": "GTIN", "value": "0704", "expected": 5}
    )
    assert problem.text("da").startswith("række 1234, GTIN")
    too_old = Problem(
        "consumption_day_too_old",
        {"row": 2, "field": "Dato", "day": date(2026, 9, 1), "days": 1, "earliest": date(2026, 9, 30)},
    )
    assert "01-09-2026 er mere end 1 dag siden" in too_old.text("da")
    assert "2026-09-01 is more than 1 day ago" in too_old.text("en")
    assert "30-09-2026" in too_old.text("da") and "2026-09-30" in too_old.text("en")
