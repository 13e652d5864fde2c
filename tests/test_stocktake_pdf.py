"""The stocktake count sheet and report, read back as a person would read them.

The documents are built by hand from the plain data the stocktake service will hand
over (:mod:`pharmacy_app.domain.stocktake_docs`): several storage places, a thawed part,
a blind count, a lot found that was not expected, and a long list that must flow over
pages.  The PDFs are turned back into text with poppler's ``pdftotext -layout`` and
counted with pypdf.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from pharmacy_app.domain.stocktake_docs import CountSheet, ReportLine, SheetLine, StocktakeReport
from pharmacy_app.reports.pdf_common import Imprint
from pharmacy_app.reports.stocktake_pdf import (
    MINUS,
    signed,
    storage_heading,
    write_count_sheet,
    write_stocktake_report,
)
from tests.helpers import pdftext

STARTED = datetime(2026, 11, 30, 7, 45, tzinfo=UTC)  # 08:45 in Copenhagen
POSTED = datetime(2026, 11, 30, 13, 5, tzinfo=UTC)  # 14:05 in Copenhagen

COMIRNATY = "Comirnaty (variant-adapted) 30 µg/dosis, multidosis"
SPIKEVAX = "Spikevax (variant-adapted) 0,1 mg/ml"
VAXIGRIP = "Vaxigrip (Tetra) fyldt injektionssprøjte"
FLUENZ = "Fluenz (Tetra) næsespray"


def sheet_line(
    product: str,
    varenummer: str,
    batch: str,
    expiry: date,
    expected: int | None,
    storage: tuple[int, int] | None,
    *,
    thawed_on: date | None = None,
    unit: str = "hætteglas",
    per_unit: int = 6,
) -> SheetLine:
    lo, hi = storage if storage else (None, None)
    return SheetLine(
        storage_min_c=lo,
        storage_max_c=hi,
        product=product,
        varenummer=varenummer,
        batch=batch,
        expiry=expiry,
        thawed_on=thawed_on,
        unit=unit,
        doses_per_unit=per_unit,
        expected_units=expected,
    )


# Given out of order on purpose: the sheet groups and sorts them itself.
SHEET_LINES = (
    sheet_line(
        VAXIGRIP, "123456", "FL2026A", date(2027, 7, 31), 140, (2, 8), unit="sprøjter", per_unit=1
    ),
    sheet_line(COMIRNATY, "412345", "FX1234", date(2027, 3, 31), 1250, (-90, -60)),
    sheet_line(SPIKEVAX, "412350", "SPX-41", date(2027, 5, 31), 20, (-50, -15), per_unit=10),
    sheet_line(COMIRNATY, "412345", "FX0999", date(2027, 1, 31), 40, (-90, -60)),
    # A thawed part of FX1234: a lot of its own, kept in the fridge.
    sheet_line(
        COMIRNATY, "412345", "FX1234", date(2027, 3, 31), 12, (2, 8), thawed_on=date(2026, 11, 20)
    ),
    sheet_line("Ukendt vare", "999001", "ZZ-1", date(2027, 2, 28), 3, None, unit="stk."),
    sheet_line(
        FLUENZ, "123458", "FZ12", date(2027, 2, 28), 8, (2, 8), unit="applikatorer", per_unit=1
    ),
)


def count_sheet(blind: bool = False, lines: tuple[SheetLine, ...] = SHEET_LINES) -> CountSheet:
    if blind:
        lines = tuple(replace(x, expected_units=None) for x in lines)
    return CountSheet(
        stocktake_id=17,
        location_code="RH-APO",
        location_name="Region Hovedstadens Apotek",
        scope="Hele lageret",
        blind=blind,
        started_at=STARTED,
        started_by="anna",
        lines=lines,
    )


def report_line(
    product: str,
    batch: str,
    expected: int,
    moved: int,
    counted: int | None,
    *,
    reason: str | None = None,
    text: str = "",
    unexpected: bool = False,
    per_unit: int = 6,
    unit: str = "hætteglas",
    thawed_on: date | None = None,
    by: str | None = "bo",
) -> ReportLine:
    difference = None if counted is None else counted - expected - moved
    return ReportLine(
        product=product,
        varenummer="412345" if product == COMIRNATY else "123456",
        batch=batch,
        expiry=date(2027, 3, 31),
        thawed_on=thawed_on,
        unit=unit,
        doses_per_unit=per_unit,
        expected_doses=expected,
        moved_during_doses=moved,
        counted_doses=counted,
        difference_doses=difference,
        reason_code=reason,
        reason_text=text,
        counted_by=by if counted is not None else None,
        unexpected=unexpected,
    )


REPORT_LINES = (
    # 1.200 expected, 60 sent out during the count, 1.128 counted: 12 doses (2 vials) short.
    report_line(COMIRNATY, "FX1234", 1200, -60, 1128, reason="BRUD_FUNDET"),
    report_line(COMIRNATY, "FX0999", 40, 0, 40),
    report_line(
        COMIRNATY,
        "FX1234",
        12,
        0,
        9,
        reason="ANDET",
        text="Anbrudt hætteglas kasseret",
        thawed_on=date(2026, 11, 20),
    ),
    report_line(
        VAXIGRIP, "FL2026A", 140, 10, 152, reason="TAELLEFEJL", per_unit=1, unit="sprøjter"
    ),
    report_line(
        VAXIGRIP,
        "FL-NY",
        0,
        0,
        5,
        reason="IKKE_REGISTRERET_FORBRUG",
        unexpected=True,
        per_unit=1,
        unit="sprøjter",
    ),
    report_line(VAXIGRIP, "FL2025X", 30, 0, None, per_unit=1, unit="sprøjter"),
)


def stocktake_report(lines: tuple[ReportLine, ...] = REPORT_LINES) -> StocktakeReport:
    return StocktakeReport(
        stocktake_id=17,
        location_code="RH-APO",
        location_name="Region Hovedstadens Apotek",
        scope="Program: covid-19",
        blind=False,
        status="posted",
        started_at=STARTED,
        started_by="anna",
        posted_at=POSTED,
        posted_by="anna",
        approved_by="carl",
        lines=lines,
    )


def squash(text: str) -> str:
    return " ".join(text.split())


def pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def row_of(text: str, *needles: str) -> str:
    """The one printed line holding every needle."""
    found = [r for r in text.splitlines() if all(n in r for n in needles)]
    assert len(found) == 1, (needles, found)
    return found[0]


# --------------------------------------------------------------------------- count sheet


def test_count_sheet_groups_lots_by_storage_with_boxes_and_signatures(tmp_path: Path) -> None:
    out = tmp_path / "optælling.pdf"
    imprint = Imprint("anna", STARTED, "sqlite:///apotek.db")
    write_count_sheet(count_sheet(), out, "da", imprint=imprint)
    text = pdftext(out)
    flat = squash(text)
    assert "Optællingsliste" in text and "Optælling nr." in text
    assert re.search(r"Optælling nr\.\s+17\b", flat) or " 17 " in text
    assert "Region Hovedstadens Apotek (RH-APO)" in flat
    assert "Hele lageret" in flat
    assert "Startet 30-11-2026 08:45" in flat and "Startet af anna" in flat
    assert "Med forventet antal" in flat
    # Storage groups, coldest first, unknown storage last, each with its true range.
    headings = [
        "Ultrafrys −90 til −60 °C",
        "Frys −50 til −15 °C",
        "Køleskab 2–8 °C",
        "Opbevaring ukendt",
    ]
    at = [text.index(h) for h in headings]
    assert at == sorted(at), at
    # Within a group: by product, then expiry, then batch.
    assert text.index(" FX0999 ") < text.index(" FX1234 ") < text.index("Frys −50")
    fridge = text[text.index("Køleskab 2–8 °C") : text.index("Opbevaring ukendt")]
    assert fridge.index("FX1234") < fridge.index("FZ12") < fridge.index("FL2026A")
    # Expected figures in Danish numbers, on the lot's own row; the thawed part says when.
    assert row_of(text, " FX1234 ", "31-03-2027", "hætteglas", "1.250")
    thawed = row_of(text, " FX1234 ", "20-11-2026")
    assert thawed.split()[-1] == "12"
    assert row_of(text, "FL2026A", "sprøjter").split()[-1] == "140"
    # Columns to fill in, blank rows for lots found, and the two signatures with dates.
    assert "Optalt antal" in text and "Initialer" in text and "Forventet" in text
    assert text.count("Fundet på hylden, men ikke på listen:") == 4
    assert "Optalt af (navn og underskrift)" in text
    assert "Kontrolleret af (navn og underskrift)" in text
    assert text.count("Dato") >= 2
    # Two pages; the fridge group runs onto the second under its repeated heading.
    assert pages(out) == 2 and "side 1 af 2" in text and "side 2 af 2" in text
    second = pdftext(out, 2)
    assert "Optællingsliste · optælling nr. 17" in second
    assert "Køleskab 2–8 °C" in second and "FL2026A" in second and "Optalt antal" in second
    assert "Udskrevet 30-11-2026 08:45 af anna · Kilde: sqlite:///apotek.db" in text
    for ch in "æøå°−–µ":
        assert ch in text, ch


def test_a_blind_count_sheet_has_no_expected_column_or_figures(tmp_path: Path) -> None:
    out = tmp_path / "blind.pdf"
    write_count_sheet(count_sheet(blind=True), out, "da")
    text = pdftext(out)
    assert "Blindtælling: forventet antal vises ikke" in squash(text)
    assert "Forventet" not in text
    for expected in ("1.250", "140"):
        assert expected not in text
    # The lot rows end with the blank boxes: nothing after the unit.
    assert row_of(text, " FX0999 ").split()[-1] == "hætteglas"
    assert row_of(text, "FL2026A").split()[-1] == "sprøjter"
    assert row_of(text, " FX1234 ", "20-11-2026").split()[-1] == "hætteglas"


def test_a_long_count_sheet_flows_over_pages_with_headers_repeated(tmp_path: Path) -> None:
    many = tuple(
        sheet_line(
            VAXIGRIP if i % 2 else COMIRNATY,
            "123456" if i % 2 else "412345",
            f"B{i:03d}",
            date(2027, 1 + i % 12, 28),
            i * 100,
            (2, 8) if i % 3 else (-90, -60),
        )
        for i in range(120)
    )
    out = tmp_path / "lang.pdf"
    write_count_sheet(count_sheet(lines=many), out, "en")
    n = pages(out)
    assert n >= 3
    text = pdftext(out)
    for page in range(1, n + 1):
        page_text = pdftext(out, page)
        assert f"page {page} of {n}" in page_text
        if page > 1:
            assert "Count sheet · stocktake no. 17" in page_text
        if page < n:  # the last page may hold only the signatures
            assert "Batch" in page_text and "Initials" in page_text
    for i in range(120):
        assert f"B{i:03d}" in text
    # English numbers and ISO dates; the counted boxes stay under their heading.
    assert row_of(text, " B110 ").split()[-1] == "11,000"
    assert "2027-03-28" in text
    assert "Ultra-low freezer −90 to −60 °C" in text and "Fridge 2–8 °C" in text
    assert "Checked by (name and signature)" in pdftext(out, n)


def test_a_count_sheet_with_nothing_expected_still_has_rows_to_write_in(tmp_path: Path) -> None:
    out = tmp_path / "tom.pdf"
    write_count_sheet(count_sheet(lines=()), out, "da")
    text = pdftext(out)
    assert "Ingen partier forventes her." in text
    assert "Fundet på hylden, men ikke på listen:" in text and "Optalt antal" in text
    assert "Kontrolleret af (navn og underskrift)" in text and "side 1 af 1" in text


def test_storage_headings_name_the_kind_of_storage() -> None:
    assert storage_heading(-90, -60, "da") == "Ultrafrys −90 til −60 °C"
    assert storage_heading(-25, -15, "da") == "Frys −25 til −15 °C"
    assert storage_heading(2, 8, "da") == "Køleskab 2–8 °C"
    assert storage_heading(15, 25, "en") == "Storage 15–25 °C"
    assert storage_heading(None, None, "en") == "Storage unknown"
    assert signed(-1200, "da") == f"{MINUS}1.200" and signed(5, "en") == "+5"
    assert signed(0, "da") == "0"


# --------------------------------------------------------------------------- report


def test_stocktake_report_shows_differences_reasons_and_totals(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    write_stocktake_report(stocktake_report(), out, "da")
    text = pdftext(out)
    flat = squash(text)
    assert "Optællingsrapport" in text
    assert "Status Bogført" in flat and "Program: covid-19" in flat
    assert "Startet 30-11-2026 08:45" in flat and "Startet af anna" in flat
    assert "Bogført 30-11-2026 14:05" in flat and "Bogført af anna" in flat
    assert "Godkendt af carl" in flat
    # Expected, moved during, counted, difference: Danish numbers, real minus signs.
    short = row_of(text, " FX1234 ", "1.200")
    assert f"1.200 {MINUS}60 1.128 {MINUS}12 Brud fundet bo" in squash(short), short
    assert f"{MINUS}2 hætteglas" in text  # 12 doses are 2 whole vials
    # The thawed part: 3 doses short, not a whole vial, so no units; ANDET with its text.
    thawed = row_of(text, " FX1234 ", f"{MINUS}3")
    assert "Andet" in thawed
    lines = text.splitlines()
    at = lines.index(thawed)
    words = " ".join(lines[at : at + 5]).split()  # the text wraps in its cell
    assert {"Anbrudt", "hætteglas", "kasseret", "optøet", "20-11-2026"} <= set(words)
    assert "Tællefejl" in row_of(text, "FL2026A")
    assert "140 +10 152 +2 Tællefejl bo" in squash(row_of(text, "FL2026A"))
    # The lot found on the shelf is marked; the uncounted lot says so.
    found = text[text.index("FL-NY") - 300 : text.index("FL-NY") + 300]
    assert "Fundet, ikke forventet" in squash(found)
    assert "Ikke registreret" in row_of(text, "FL-NY") and "forbrug" in found
    assert "ikke optalt" in row_of(text, "FL2025X")
    # Totals: positive 2 + 5 = 7, negative 12 + 3 = 15, net 8 short; four lines differ.
    assert row_of(text, "Overskud i alt").split()[-1] == "+7"
    assert row_of(text, "Manko i alt").split()[-1] == f"{MINUS}15"
    total = row_of(text, "I alt, 6 partier")
    assert f"1.422 {MINUS}50 1.334 {MINUS}8 4 partier med difference" in squash(total)
    assert "side 1 af 1" in text


def test_a_login_name_fits_its_column_unbroken(tmp_path: Path) -> None:
    """Who counted is read as a name: a typical login stays on the line of its lot."""
    out = tmp_path / "rapport.pdf"
    line = report_line(COMIRNATY, "FX1234", 1200, 0, 1200, by="farmaceut.hansen")
    write_stocktake_report(stocktake_report((line,)), out, "da")
    assert "farmaceut.hansen" in row_of(pdftext(out), " FX1234 ", "1.200")


def test_stocktake_report_in_english_and_over_several_pages(tmp_path: Path) -> None:
    many = tuple(
        report_line(
            COMIRNATY,
            f"B{i:03d}",
            60 + i,
            0,
            60 + i - (6 if i % 10 == 0 else 0),
            reason="SVIND" if i % 10 == 0 else None,
        )
        for i in range(120)
    )
    out = tmp_path / "report.pdf"
    write_stocktake_report(stocktake_report(many), out, "en")
    n = pages(out)
    assert n >= 3
    for page in range(1, n + 1):
        page_text = pdftext(out, page)
        assert f"page {page} of {n}" in page_text
        assert "Difference" in page_text and "Reason" in page_text
    text = pdftext(out)
    assert "Stocktake report · stocktake no. 17" in pdftext(out, 2)
    assert "Approved by carl" in squash(text)
    assert "Loss" in text and f"{MINUS}1 hætteglas" in text
    assert row_of(text, "Shortage in all").split()[-1] == f"{MINUS}72"
    assert row_of(text, "Surplus in all").split()[-1] == "0"
    assert "12 lots with a difference" in squash(text)
    assert "2026-11-30 14:05" in text


def test_an_open_report_without_posting_or_approval(tmp_path: Path) -> None:
    report = replace(
        stocktake_report(REPORT_LINES[:2]),
        status="open",
        posted_at=None,
        posted_by=None,
        approved_by=None,
    )
    out = tmp_path / "open.pdf"
    write_stocktake_report(report, out, "da")
    flat = squash(pdftext(out))
    assert "Status Åben" in flat
    assert "Godkendt af –" in flat and "Bogført af –" in flat


@pytest.mark.parametrize("language", ["de", ""])
def test_an_unknown_language_is_refused(tmp_path: Path, language: str) -> None:
    with pytest.raises(ValueError):
        write_count_sheet(count_sheet(), tmp_path / "x.pdf", language)
    assert not list(tmp_path.iterdir())
