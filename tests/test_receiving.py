"""Receiving through the real services: scans, typed lines, posting, quarantine, thawing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.gs1 import GS, interpret, looks_like_scan
from pharmacy_app.services import queries, receiving, reference, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock

# The clock fixture stands at 2026-11-02 09:00 UTC.
VAXIGRIP = "07046261234566"
COMIRNATY = "07046264123454"


def pack(gtin: str, expiry: str, batch: str, serial: str, prefix: str = "]d2") -> str:
    return f"{prefix}01{gtin}17{expiry}10{batch}{GS}21{serial}"


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


def counts(app: App) -> tuple[int, int, int, int]:
    with app.db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(sa.text(f"select count(*) from {t}")).scalar_one()
            for t in ("movement", "lot", "receipt_scan", "receipt_line")
        )


# --------------------------------------------------------------------------- GS1


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


# --------------------------------------------------------------------------- scanning


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


# --------------------------------------------------------------------------- posting


def test_nothing_is_stock_until_posted_and_posting_is_whole(home: App) -> None:
    r = receiving.start(home, "FS-2026-0500")
    receiving.add_line(home, r.id, product="412345", batch="CZ9", expiry=date(2027, 6, 30), packs=2)
    receiving.add_line(home, r.id, product="123456", batch="FL9", expiry=date(2027, 6, 30), packs=5)
    bad = receiving.add_line(
        home, r.id, product="123457", batch="OLD", expiry=date(2026, 10, 1), packs=1
    )
    assert queries.stock_rows(home) == []
    assert [p.code for p in bad.problems] == ["lot_expired"]
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert [p.code for p in err.value.problems] == ["lot_expired"]
    assert counts(home)[0] == 0 and queries.stock_rows(home) == []
    receiving.remove_line(home, bad.lines[-1].id)
    posted = receiving.post(home, r.id)
    assert posted.status == "posted" and posted.posted_by == "tester"
    assert all(line.lot_id and line.location_code == "RH-APO" for line in posted.lines)
    stock_now = {(s.location_code, s.batch): s.doses for s in queries.stock_rows(home)}
    assert stock_now == {("RH-APO", "CZ9"): 120, ("RH-APO", "FL9"): 50}
    history = queries.lot_history(home, queries.stock_rows(home)[0].lot_id).history
    assert history[0].reference == "FS-2026-0500" and history[0].from_code == "SSI"
    with pytest.raises(DomainError) as err:
        receiving.start(home, "FS-2026-0500")
    assert err.value.code == "note_already_received"
    with pytest.raises(DomainError) as err:
        receiving.add_line(
            home, r.id, product="123456", batch="X", expiry=date(2027, 1, 1), packs=1
        )
    assert err.value.code == "receipt_not_draft"
    assert queries.check_ledger(home).ok


def test_short_dated_lots_need_confirmation(home: App, clock: Clock) -> None:
    r = receiving.start(home, "FS-SHORT")
    view = receiving.add_line(
        home,
        r.id,
        product="123456",
        batch="SD1",
        expiry=clock.now.date() + timedelta(days=20),
        packs=1,
    )
    assert [w.code for w in view.warnings] == ["short_dated"]
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert err.value.code == "short_dated" and "20" in err.value.text("da")
    assert counts(home)[0] == 0
    receiving.post(home, r.id, confirm_short_dated=True)
    assert counts(home)[0] == 1


def test_a_known_batch_with_another_expiry_is_refused_at_the_line(home: App) -> None:
    stock.receive(home, product="123456", batch="FLX", expiry=date(2027, 5, 31), packs=1)
    r = receiving.start(home, "FS-X")
    view = receiving.add_line(
        home, r.id, product="123456", batch="FLX", expiry=date(2027, 6, 30), packs=1
    )
    assert [p.code for p in view.lines[0].problems] == ["lot_expiry_mismatch"]


def test_bad_typed_lines_are_refused(home: App) -> None:
    r = receiving.start(home, "FS-BAD")
    for kwargs, code in (
        (dict(product="999999", batch="A", expiry=date(2027, 1, 1), packs=1), "product_unknown"),
        (dict(product="123456", batch="A B", expiry=date(2027, 1, 1), packs=1), "batch_invalid"),
        (
            dict(product="123456", batch="A", expiry=date(2027, 1, 1), packs=0),
            "quantity_not_positive",
        ),
        (
            dict(product="123456", batch="A", expiry=date(2027, 1, 1), packs=1, condition="warm"),
            "condition_unknown",
        ),
    ):
        with pytest.raises(DomainError) as err:
            receiving.add_line(home, r.id, **kwargs)
        assert err.value.code == code
    with pytest.raises(DomainError) as err:
        receiving.start(home, "   ")
    assert err.value.code == "note_number_invalid"
    assert receiving.get(home, r.id).lines == []
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert err.value.code == "receipt_empty"


# --------------------------------------------------------------------------- quarantine


def test_held_stock_is_in_the_ledger_but_cannot_be_picked(home: App) -> None:
    reference.save_location(
        home, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    r = receiving.start(home, "FS-HOLD")
    view = receiving.add_line(
        home, r.id, product="412350", batch="SP1", expiry=date(2027, 6, 30), packs=2, hold=True
    )
    assert [p.code for p in view.problems] == ["hold_reason_required"]
    receiving.update_line(home, view.lines[0].id, hold_reason="Temperaturlogger alarm")
    receiving.post(home, r.id)
    [row] = queries.stock_rows(home)
    assert row.held and row.location_kind_code == "quarantine"
    assert receiving.get(home, r.id).lines[0].location_code == "RH-APO-KAR"
    assert (row.location_code, row.location_kind, row.doses) == (
        "RH-APO-KAR",
        "Karantæne (tilbageholdt)",
        100,
    )
    for action in (
        lambda: stock.transfer(
            home, lot_id=row.lot_id, from_code="RH-APO-KAR", to_code="VC-HER", doses=50
        ),
        lambda: stock.administer(home, lot_id=row.lot_id, site_code="RH-APO-KAR", doses=1),
        lambda: receiving.thaw(home, lot_id=row.lot_id, location_code="RH-APO-KAR", doses=50),
    ):
        with pytest.raises(DomainError) as err:
            action()
        assert err.value.code == "held_stock"
    with pytest.raises(DomainError) as err:
        receiving.release(home, lot_id=row.lot_id, quarantine_code="RH-APO-KAR", doses=50, note=" ")
    assert err.value.code == "hold_reason_required"
    receiving.release(
        home, lot_id=row.lot_id, quarantine_code="RH-APO-KAR", doses=50, note="Logger OK"
    )
    stock.discard(
        home, lot_id=row.lot_id, location_code="RH-APO-KAR", doses=50, reason_code="TEMPERATURSVIGT"
    )
    rows = {(s.location_code, s.doses) for s in queries.stock_rows(home)}
    assert rows == {("RH-APO", 50)}
    kinds = [h.kind for h in queries.lot_history(home, row.lot_id).history]
    assert kinds == ["receipt", "release", "discard"]
    with pytest.raises(DomainError) as err:
        receiving.release(home, lot_id=row.lot_id, quarantine_code="RH-APO", doses=5, note="x")
    assert err.value.code == "not_quarantine"
    assert queries.check_ledger(home).ok


# --------------------------------------------------------------------------- thawing


def test_thawing_starts_the_thawed_shelf_life_and_never_refreezes(home: App, clock: Clock) -> None:
    r = receiving.start(home, "FS-FROST")
    receiving.add_line(home, r.id, product="412345", batch="CZ9", expiry=date(2027, 6, 30), packs=2)
    receiving.add_line(
        home,
        r.id,
        product="412345",
        batch="CZ8",
        expiry=date(2027, 6, 30),
        packs=1,
        condition="fridge",
    )
    posted = receiving.post(home, r.id)
    thawed_on_arrival = posted.lines[1]
    assert thawed_on_arrival.thawed_on == clock.now.date()
    assert thawed_on_arrival.use_by == clock.now.date() + timedelta(days=70)
    frozen = next(s for s in queries.stock_rows(home) if s.batch == "CZ9")
    assert frozen.thawed_on is None and frozen.use_by == date(2027, 6, 30)

    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=7)
    assert err.value.code == "quantity_not_whole_units"
    clock.advance(days=3)
    thawed = receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=60)
    rows = {(s.batch, s.thawed_on, s.use_by): s.doses for s in queries.stock_rows(home)}
    assert rows[("CZ9", None, date(2027, 6, 30))] == 60
    assert rows[("CZ9", date(2026, 11, 5), date(2027, 1, 14))] == 60
    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=thawed.lot_id, location_code="RH-APO", doses=6)
    assert err.value.code == "already_thawed"
    flu = stock.receive(home, product="123456", batch="FL1", expiry=date(2027, 6, 30), packs=1)
    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=flu.lot_id, location_code="RH-APO", doses=10)
    assert err.value.code == "not_a_frozen_product"
    # Thawing again on the same day adds to the same thawed part.
    again = receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=60)
    assert again.lot_id == thawed.lot_id
    history = queries.lot_history(home, thawed.lot_id).history
    assert [(h.kind, h.from_code, h.to_code) for h in history] == [("thaw", "THAW", "RH-APO")] * 2
    assert queries.check_ledger(home).ok


def test_thawed_stock_expires_on_its_own_use_by(home: App, clock: Clock) -> None:
    reference.save_location(
        home, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    r = receiving.start(home, "FS-T")
    receiving.add_line(home, r.id, product="412350", batch="SP9", expiry=date(2027, 6, 30), packs=1)
    receiving.post(home, r.id)
    lot = queries.stock_rows(home)[0].lot_id
    thawed = receiving.thaw(home, lot_id=lot, location_code="RH-APO", doses=50)
    clock.advance(days=31)  # Spikevax keeps 30 days thawed
    with pytest.raises(DomainError) as err:
        stock.transfer(home, lot_id=thawed.lot_id, from_code="RH-APO", to_code="VC-HER", doses=10)
    assert err.value.code == "lot_expired"
