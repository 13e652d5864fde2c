"""Returning stock to SSI (``services.ssi_return``, ``pharmacy-app return-to-ssi``), on
SQLite and PostgreSQL: a recalled batch in quarantine goes back whole and in part, every
refusal writes nothing, the monthly workbook's ``Returneret til SSI`` column is the hand
count (a reversed return included), the return note reads back, and the command line
chains on the id it prints."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from pharmacy_app.cli.parser import parse_args, run
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import (
    queries,
    recall,
    receiving,
    reference,
    ssi_report,
    ssi_return,
    stock,
)
from pharmacy_app.services.app import App
from pharmacy_app.services.ssi_return import ReturnLine
from tests.helpers import balance, pdftext, table_digest
from tests.paperlog import Clock, PaperLog
from tests.test_ledger import assert_refused

# Comirnaty multi-dose (412345): 6 doses a vial, 60 a pack.  Pneumovax (345678): 1 dose a pack.
LOG = """
2026-10-01 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses
2026-10-01 site VC-HER central "Vaccinationscenter Herlev"
2026-10-02 transfer FX1234 RH-APO -> VC-HER 60
"""
QUARANTINE = "RH-APO-KAR"
DAMAGED = "Beskadiget levering: knust hætteglas"


def at(day: str, hh: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hh, tzinfo=UTC)


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    """RH-APO holds 60 doses of FX1234 and, in quarantine, 10 of the Pneumovax PN0001."""
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    paper = PaperLog(app, clock)
    paper.run(LOG)
    clock.set(at("2026-10-03"))
    draft = receiving.start(app, "FS-2")
    receiving.add_line(
        app, draft.id, product="345678", batch="PN0001", expiry=date(2027, 6, 30), packs=10,
        hold=True, hold_reason="Temperaturlogger alarm",
    )  # fmt: skip
    receiving.post(app, draft.id)
    paper.lots["PN0001"] = recall.find_lot(app, "345678", "PN0001")
    clock.set(at("2026-10-10"))
    return paper


def recall_pn(app: App, log: PaperLog) -> None:
    recall.recall_lot(app, log.lots["PN0001"], "SSI tilbagekalder batch PN0001")


def refused(app: App, code: str, action) -> DomainError:
    """``action`` is refused with ``code``, in both languages, and writes nothing at all."""
    assert queries.check_ledger(app, full=True).ok  # its checkpoint row before the digest
    before = table_digest(app)
    error = assert_refused(app, code, action)
    assert table_digest(app) == before, "a refused return wrote something"
    return error


def test_a_recalled_batch_in_quarantine_goes_back_in_part_then_whole(
    app: App, log: PaperLog, clock: Clock
) -> None:
    lot = log.lots["PN0001"]
    recall_pn(app, log)
    first = ssi_return.return_to_ssi(
        app, reference=" SSI-RET-0113 ", reason=" Tilbagekaldt ", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 4)],
    )  # fmt: skip
    assert balance(app, QUARANTINE, lot) == 6
    assert (first.reference, first.reason, first.from_code, first.created_by) == (
        "SSI-RET-0113", "Tilbagekaldt", QUARANTINE, "tester",
    )  # fmt: skip
    assert first.created_at == at("2026-10-10")
    (line,) = first.lines
    assert (line.batch, line.doses, line.recalled, line.lot_id) == ("PN0001", 4, True, lot)
    history = {h.movement_id: h for h in queries.lot_history(app, lot).history}
    moved = history[line.movement_id]
    assert (moved.kind, moved.from_code, moved.to_code, moved.doses) == (
        "transfer", QUARANTINE, "SSI", 4,
    )  # fmt: skip
    assert (moved.reference, moved.note) == ("SSI-RET-0113", "Tilbagekaldt")

    clock.set(at("2026-10-11"))
    rest = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0113", reason="Tilbagekaldt, resten", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 6)],
    )  # fmt: skip
    assert balance(app, QUARANTINE, lot) == 0
    assert [r.id for r in ssi_return.list_returns(app)] == [rest.id, first.id]
    assert ssi_return.get_return(app, first.id) == first
    assert queries.check_ledger(app, full=True).ok


def test_one_return_holds_several_lots_and_is_written_whole(app: App, log: PaperLog) -> None:
    view = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0200", reason=DAMAGED,
        lines=[ReturnLine("412345", "FX1234", 12), ReturnLine("412345", "FX1234", 6)],
    )  # fmt: skip
    assert [(x.line_no, x.doses) for x in view.lines] == [(1, 12), (2, 6)]
    assert view.from_code == "RH-APO" and view.doses == 18
    assert balance(app, "RH-APO", log.lots["FX1234"]) == 42
    assert len({x.movement_id for x in view.lines}) == 2
    assert queries.check_ledger(app, full=True).ok


def test_a_thawed_part_is_named_by_its_thaw_date(app: App, log: PaperLog, tmp_path: Path) -> None:
    thawed = receiving.thaw(app, lot_id=log.lots["FX1234"], location_code="RH-APO", doses=12)
    view = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0250", reason=DAMAGED,
        lines=[ReturnLine("412345", "FX1234", 6, thawed_on=date(2026, 10, 10))],
    )  # fmt: skip
    assert view.lines[0].lot_id == thawed.lot_id and view.lines[0].thawed_on == date(2026, 10, 10)
    assert balance(app, "RH-APO", thawed.lot_id) == 6
    assert balance(app, "RH-APO", log.lots["FX1234"]) == 48, "the frozen lot is untouched"
    note = tmp_path / "thawed.pdf"
    note.write_bytes(ssi_return.return_note_pdf(app, view.id, "da"))
    assert "optøet 10-10-2026" in pdftext(note)


def test_a_recalled_return_from_quarantine_can_be_undone_there(app: App, log: PaperLog) -> None:
    """Quarantine is the pharmacy's, not a site: the recalled doses may go back there."""
    recall_pn(app, log)
    view = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0260", reason="Tilbagekaldt", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 10)],
    )  # fmt: skip
    stock.reverse_one(app, view.lines[0].movement_id, "SSI asked for it next week instead")
    assert balance(app, QUARANTINE, log.lots["PN0001"]) == 10
    assert queries.check_ledger(app, full=True).ok


@pytest.mark.parametrize(
    ("code", "kwargs"),
    [
        ("ssi_return_reference_required", {"reference": "  "}),
        ("ssi_return_reason_required", {"reason": ""}),
        ("ssi_return_no_lines", {"lines": []}),
        ("ssi_return_not_from_pharmacy", {"from_location": "VC-HER"}),
        ("location_unknown", {"from_location": "SSI"}),
        ("lot_unknown", {"lines": [ReturnLine("412345", "NOPE1", 6)]}),
        ("lot_unknown", {"lines": [ReturnLine("412345", "FX1234", 6, date(2026, 10, 5))]}),
        ("product_unknown", {"lines": [ReturnLine("999999", "FX1234", 6)]}),
        ("quantity_not_whole_units", {"lines": [ReturnLine("412345", "FX1234", 5)]}),
        ("quantity_not_positive", {"lines": [ReturnLine("412345", "FX1234", 0)]}),
        # The second line takes more than is left after the first: nothing of either.
        (
            "insufficient_stock",
            {"lines": [ReturnLine("412345", "FX1234", 54), ReturnLine("412345", "FX1234", 12)]},
        ),
        ("insufficient_stock", {"lines": [ReturnLine("345678", "PN0001", 1)]}),  # held, not here
    ],
)
def test_refusals_write_nothing(app: App, log: PaperLog, code: str, kwargs: dict) -> None:
    args = {
        "reference": "SSI-RET-0300",
        "reason": DAMAGED,
        "lines": [ReturnLine("412345", "FX1234", 6)],
    } | kwargs
    refused(app, code, lambda: ssi_return.return_to_ssi(app, **args))


def test_more_than_the_place_holds_names_the_doses_there(app: App, log: PaperLog) -> None:
    error = refused(
        app,
        "insufficient_stock",
        lambda: ssi_return.return_to_ssi(
            app, reference="R", reason=DAMAGED, from_location=QUARANTINE,
            lines=[ReturnLine("345678", "PN0001", 11)],
        ),  # fmt: skip
    )
    assert "10 doses" in error.text("en") and "PN0001" in error.text("en")
    assert "10 doser" in error.text("da")


def test_a_site_returns_to_the_pharmacy_first(app: App, log: PaperLog) -> None:
    error = refused(
        app,
        "ssi_return_not_from_pharmacy",
        lambda: ssi_return.return_to_ssi(
            app, reference="R", reason=DAMAGED, from_location="VC-HER",
            lines=[ReturnLine("412345", "FX1234", 6)],
        ),  # fmt: skip
    )
    assert "Vaccinationscenter Herlev (VC-HER)" in error.text("en")
    assert "return it to the pharmacy first" in error.text("en")
    assert "returnér det først til apoteket" in error.text("da")


def test_an_unknown_return_note_is_refused(app: App, log: PaperLog) -> None:
    with pytest.raises(DomainError) as err:
        ssi_return.return_note(app, 999)
    assert err.value.code == "ssi_return_unknown"


def test_a_return_after_the_month_is_closed_counts_in_the_open_month(
    app: App, log: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    """Dated now, a return never lands in a month already reported to SSI: October
    closed, the November return leaves October's workbook as it was sent."""
    clock.set(at("2026-11-02"))
    october = ssi_report.write(app, "2026-10", tmp_path / "sent")
    ssi_report.mark_sent(app, "2026-10", october)
    ssi_return.return_to_ssi(
        app, reference="SSI-RET-0400", reason=DAMAGED, lines=[ReturnLine("412345", "FX1234", 6)]
    )
    again = ssi_report.write(app, "2026-10", tmp_path / "again")
    assert summary(again)["412345"]["Returneret til SSI"] == 0
    november = ssi_report.write(app, "2026-11", tmp_path / "nov")
    assert summary(november)["412345"]["Returneret til SSI"] == 6
    assert queries.check_ledger(app, full=True).ok


# --------------------------------------------------------------------------- the workbook


def summary(path: Path) -> dict[str, dict]:
    return {r["Varenummer"]: r for r in ssi_workbook.read(path)["Opsummering"]}


def test_the_workbook_counts_returns_and_their_reversals(
    app: App, log: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    recall_pn(app, log)
    fx = [ReturnLine("412345", "FX1234", 12)]
    ssi_return.return_to_ssi(
        app, reference="SSI-RET-1", reason="Tilbagekaldt", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 4)],
    )  # fmt: skip
    clock.set(at("2026-10-11"))
    ssi_return.return_to_ssi(
        app, reference="SSI-RET-1", reason="Tilbagekaldt", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 6)],
    )  # fmt: skip
    clock.set(at("2026-10-12"))
    wrong = ssi_return.return_to_ssi(app, reference="SSI-RET-2", reason=DAMAGED, lines=fx)
    clock.set(at("2026-10-13"))
    stock.reverse_one(app, wrong.lines[0].movement_id, "the wrong batch was packed")
    clock.set(at("2026-10-20"))
    late = ssi_return.return_to_ssi(
        app, reference="SSI-RET-3", reason=DAMAGED, lines=[ReturnLine("412345", "FX1234", 6)]
    )
    clock.set(at("2026-11-02"))
    stock.reverse_one(app, late.lines[0].movement_id, "SSI sent it back: not damaged")
    clock.set(at("2026-11-03"))

    october = summary(ssi_report.write(app, "2026-10", tmp_path / "oct"))
    # By hand.  PN0001: 10 received, 4 + 6 returned.  FX1234: 120 received, 12 returned and
    # reversed the next day (nets to zero in the month), 6 returned on 20 October.
    pn, fx_row = october["345678"], october["412345"]
    assert (pn["Primo"], pn["Modtaget fra SSI"], pn["Returneret til SSI"], pn["Ultimo"]) == (
        0, 10, 10, 0,
    )  # fmt: skip
    assert (fx_row["Primo"], fx_row["Modtaget fra SSI"], fx_row["Returneret til SSI"]) == (0, 120, 6)
    assert fx_row["Ultimo"] == 114  # 54 at RH-APO, 60 at VC-HER
    assert pn["Afstemt"] == "OK" and fx_row["Afstemt"] == "OK"
    # November: the reversal of October's return counts in the month it is made, negative.
    november = summary(ssi_report.write(app, "2026-11", tmp_path / "nov"))["412345"]
    assert (november["Primo"], november["Returneret til SSI"], november["Ultimo"]) == (114, -6, 120)
    assert november["Afstemt"] == "OK"
    assert "345678" not in summary(ssi_report.write(app, "2026-11", tmp_path / "nov2"))
    assert queries.check_ledger(app, full=True).ok


# --------------------------------------------------------------------------- the note


def test_the_return_note_reads_back_in_both_languages(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    recall_pn(app, log)
    view = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0113", reason="Tilbagekaldt batch, SSI-brev", from_location=QUARANTINE,
        lines=[ReturnLine("345678", "PN0001", 10)],
    )  # fmt: skip
    mixed = ssi_return.return_to_ssi(
        app, reference="SSI-RET-0200", reason=DAMAGED,
        lines=[ReturnLine("412345", "FX1234", 60)],
    )  # fmt: skip
    da = tmp_path / "da.pdf"
    da.write_bytes(ssi_return.return_note_pdf(app, view.id, "da"))
    text = pdftext(da)
    for expected in (
        "Returnering til SSI", f"Returseddel nr. {view.id}", "SSI-RET-0113", "PN0001",
        "Tilbagekaldt batch, SSI-brev", "TILBAGEKALDT", "RH-APO-KAR", "Statens Serum Institut",
        "30-06-2027", "I alt, 1 linje", "Pakket af", "Modtaget af SSI", "10-10-2026",
        "Udskrevet", "tester",
    ):  # fmt: skip
        assert expected in text, expected
    en = tmp_path / "en.pdf"
    en.write_bytes(ssi_return.return_note_pdf(app, mixed.id, "en"))
    text = pdftext(en)
    for expected in (
        "Return to SSI", "SSI-RET-0200", "FX1234", "Item no. 412345", "Received by SSI",
        "Packed by", "2027-03-31",
    ):  # fmt: skip
        assert expected in text, expected
    assert "RECALLED" not in text
    # 60 doses of a 6-dose vial: 10 vials, one whole pack of 60.
    row = next(line for line in text.splitlines() if "FX1234" in line)
    assert row.split()[-3:] == ["60", "10", "1"]
    reader = PdfReader(en)
    assert len(reader.pages) == 1
    assert reader.metadata is not None and "SSI-RET-0200" in str(reader.metadata.title)


# --------------------------------------------------------------------------- command line


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(parse_args(["--db", db_url, "--user", "cli", *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_returns_and_prints_the_note_again(
    app: App, db_url: str, log: PaperLog, tmp_path: Path
) -> None:
    recall_pn(app, log)
    note = tmp_path / "notes" / "return.pdf"
    code, out, err = cli(
        db_url, "return-to-ssi", "--lot-batch", "PN0001", "--varenummer", "345678",
        "--doses", "3", "--reference", "SSI-RET-0500", "--reason", "Tilbagekaldt",
        "--from", QUARANTINE, "--out", str(note),
    )  # fmt: skip
    assert code == 0, err
    return_id = int(out.strip().splitlines()[-1].split()[-1])
    assert "returned 3 doses" in out and "(recalled)" in out
    assert balance(app, QUARANTINE, log.lots["PN0001"]) == 7
    assert "SSI-RET-0500" in pdftext(note) and "TILBAGEKALDT" in pdftext(note)
    assert ssi_return.get_return(app, return_id).created_by == "cli"

    again = tmp_path / "again.pdf"
    code, out, err = cli(db_url, "return-note", str(return_id), "--out", str(again), "--lang", "en")
    assert code == 0, err
    assert "Return note no." in pdftext(again)

    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    refused_note = tmp_path / "refused.pdf"
    code, out, err = cli(
        db_url, "return-to-ssi", "--lot-batch", "FX1234", "--varenummer", "412345",
        "--doses", "6", "--reference", "SSI-RET-0501", "--reason", "x", "--from", "VC-HER",
        "--out", str(refused_note),
    )  # fmt: skip
    assert code == 1 and "return it to the pharmacy first" in err
    assert not refused_note.exists() and table_digest(app) == before
    code, _out, err = cli(db_url, "return-note", "999", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "does not exist" in err
