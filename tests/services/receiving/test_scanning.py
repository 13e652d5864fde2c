"""Scanning packs: GS1 codes read (or refused as problems, never exceptions), packs
added to matching lines, a serial received once."""

from __future__ import annotations

from datetime import date

import pytest

from pharmacy_app.domain.gs1 import GS, interpret, looks_like_scan
from pharmacy_app.services import receiving
from pharmacy_app.services.app import App
from tests.services.receiving.conftest import COMIRNATY, VAXIGRIP, counts, pack


def test_gs1_scans_with_prefix_separator_and_brackets() -> None:
    scan = interpret(pack(VAXIGRIP, "271130", "FL2025A", "X7K2P9Q4M1"))
    assert not isinstance(scan, type(None))
    assert (scan.gtin, scan.expiry, scan.batch, scan.serial) == (
        VAXIGRIP,
        date(2027, 11, 30),
        "FL2025A",
        "X7K2P9Q4M1",
    )
    piped = interpret(f"01{VAXIGRIP}17271100" + "10FL2025A|21S1")
    assert piped.expiry == date(2027, 11, 30)  # day 00: the month's last day
    assert piped.serial == "S1"
    hri = interpret("(01)07046261234566(17)261130(10)FL2025A(21)X7K2P9Q4M1")
    assert hri.batch == "FL2025A"
    assert looks_like_scan("]d2010704...") and looks_like_scan("0107046261234566")
    assert not looks_like_scan("FL2025A")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "scan_empty"),
        ("hello world", "scan_unreadable"),
        ("(01)07046261234567(17)261130(10)FL2025A(21)X7K2P9Q4M2", "scan_bad_gtin"),
        (f"]d201{VAXIGRIP}17271130", "scan_missing"),  # no batch
        (f"]d201{VAXIGRIP}10FL1{GS}21S1", "scan_missing"),  # no expiry
        (f"]d201{VAXIGRIP}1727113210FL1", "scan_field_invalid"),  # 32nd of November
        (f"]d201{VAXIGRIP}172711", "scan_field_invalid"),  # cut off in the expiry
        (f"]d201{VAXIGRIP}1727113010FL1|21", "scan_field_invalid"),  # separator, no serial
        (f"]d201{VAXIGRIP}1727113010FL1|21S1|*X", "scan_left_over"),  # characters left over
        (f"]d201{VAXIGRIP}1727113010FL1 2", "scan_left_over"),  # a space is no batch character
        (f"]d201{VAXIGRIP}1727113010" + "A" * 25, "scan_left_over"),  # batch over 20
        (f"]d201{VAXIGRIP}1727113010FL1|10FL2", "scan_field_twice"),
        ("(01)07046261234566(17)261130(10)FL2025A(2999)X", "scan_left_over"),  # unknown AI
        ("(01)07046261234566(17)261330(10)FL2025A", "scan_field_invalid"),
        ("(01)07046261234566)x", "scan_unreadable"),
    ],
)
def test_bad_scans_are_problems_not_exceptions(text: str, code: str) -> None:
    problem = interpret(text)
    assert getattr(problem, "code", None) == code
    assert problem.text("da") and problem.text("en")
    assert "{missing" not in problem.text("da") and "{scan}" not in problem.text("en")
    for raw in ("pattern", "Failed", "match", "Application Identifier"):  # biip's English
        assert raw not in problem.text("da") and raw not in problem.text("en")


def test_a_problem_names_the_field_and_what_was_read() -> None:
    bad_date = interpret(f"01{VAXIGRIP}1727023010FL1")  # 30 February
    assert bad_date.code == "scan_field_invalid"
    assert bad_date.params["ai"] == "17" and bad_date.params["value"] == "270230"
    assert "udløbsdato (17) har værdien “270230”" in bad_date.text("da")
    left = interpret(f"01{VAXIGRIP}1727113010FL1|21S1|*X")
    assert "efter GTIN, udløbsdato, batch, serienummer kommer “*X”" in left.text("da")
    assert "after GTIN, expiry date, batch, serial number comes “*X”" in left.text("en")


def test_scanning_adds_packs_to_matching_lines(home: App) -> None:
    r = receiving.start(home, "FS-2026-0412")
    for serial in ("S1", "S2", "S3"):
        out = receiving.scan(home, r.id, pack(VAXIGRIP, "271130", "FL2025A", serial))
        assert out.ok, out.problem
    out = receiving.scan(home, r.id, pack(VAXIGRIP, "280531", "FL2026B", "S4"))
    assert out.ok
    view = receiving.get(home, r.id)
    assert [(line.batch, line.packs, line.scans, line.doses) for line in view.lines] == [
        ("FL2025A", 3, 3, 30),
        ("FL2026B", 1, 1, 10),
    ]
    assert view.lines[0].condition == "fridge"
    comirnaty = receiving.scan(home, r.id, pack(COMIRNATY, "270630", "CZ9", "C1"))
    assert comirnaty.receipt.lines[-1].condition == "frozen"  # stored frozen on arrival


def test_refused_scans_write_nothing(home: App) -> None:
    r = receiving.start(home, "FS-2026-0413")
    assert receiving.scan(home, r.id, pack(VAXIGRIP, "271130", "FL2025A", "S1")).ok
    before = counts(home)
    cases = {
        "scan_duplicate_serial": pack(VAXIGRIP, "271130", "FL2025A", "S1"),
        "scan_unknown_gtin": pack("09520123456788", "271130", "LOT42", "S9"),
        "scan_bad_gtin": pack("07046261234567", "271130", "FL2025A", "S8"),
        "lot_expired": pack(COMIRNATY, "250600", "HZ0123", "S7"),
        "scan_missing": f"]d201{VAXIGRIP}17271130",
    }
    for code, text in cases.items():
        out = receiving.scan(home, r.id, text)
        assert out.problem is not None and out.problem.code == code, (code, out.problem)
        assert counts(home) == before, code
    dup = receiving.scan(home, r.id, cases["scan_duplicate_serial"]).problem
    assert "FS-2026-0413" in dup.text("da")


def test_a_serial_received_once_is_refused_on_a_later_delivery(home: App) -> None:
    first = receiving.start(home, "FS-1")
    receiving.scan(home, first.id, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    receiving.post(home, first.id)
    second = receiving.start(home, "FS-2")
    out = receiving.scan(home, second.id, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert out.problem.code == "scan_duplicate_serial"
    # A cancelled draft frees its serials.
    third = receiving.start(home, "FS-3")
    receiving.scan(home, third.id, pack(VAXIGRIP, "271130", "FL2025A", "S2"))
    receiving.cancel(home, third.id)
    assert receiving.scan(home, second.id, pack(VAXIGRIP, "271130", "FL2025A", "S2")).ok
