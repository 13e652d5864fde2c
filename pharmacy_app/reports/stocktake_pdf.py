"""The two stocktake documents (optælling) on A4: the count sheet and the stocktake report.

* **Count sheet** (optællingsliste): handed to the person counting.  The place, what the
  count covers, the stocktake number (large, to write on any extra sheet) and who started
  it when; the lots grouped by storage place (coldest first, unknown storage last), each
  group sorted by product, expiry and batch, with blank boxes for the counted units and
  the counter's initials and a few empty rows for lots found that the list does not
  name; signature lines for "counted by" and "checked by".  On a blind count the
  expected column is left out altogether: the counter must not see the figure.
* **Stocktake report** (optællingsrapport): kept after posting.  Per lot the expected
  doses, the doses moved at the place during the count, the doses counted, the
  difference (in doses, and in units where whole) with its reason and who counted it;
  lots found that were not expected are marked, lines with a difference are shaded, and
  the totals of the positive and the negative differences close the table.

Both are drawn from the plain data of :mod:`pharmacy_app.domain.stocktake_docs` exactly as
given; nothing here reads the database.  Every page says which page of how many it is
and, after the first, which stocktake it belongs to, so a loose sheet can be placed; with
an :class:`~pharmacy_app.reports.pdf_common.Imprint` (optional) the footer also says who
printed it, when and from which data.
Differences are printed with a real minus sign (U+2212) and an explicit plus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.domain.stocktake_docs import CountSheet, ReportLine, SheetLine, StocktakeReport
from pharmacy_app.domain.stocktake_reasons import reason_label
from pharmacy_app.reports.distribution_list_text import temperature_range
from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    GRID,
    INK,
    LOT_COLUMNS,
    STRIPE_FILL,
    Commands,
    Imprint,
    PageFrame,
    build_pdf,
    check_language,
    count_label,
    data_table_commands,
    escape,
    fact,
    facts_table,
    fmt_date,
    fmt_datetime,
    fmt_int,
    header_cells,
    right_aligned,
    signature_line,
    styles,
    title_block,
    total_row_commands,
)

MINUS = "\u2212"
#: Empty rows under each storage group, for lots found on the shelf but not on the list.
BLANK_ROWS = 3

_TEXT: dict[str, dict[str, str]] = {
    "da": {
        **LOT_COLUMNS["da"],
        "sheet_title": "Optællingsliste",
        "sheet_subtitle": "Lageroptælling af {place}",
        "report_title": "Optællingsrapport",
        "report_subtitle": "Lageroptælling af {place}",
        "number_label": "Optælling nr.",
        "number_hint": "Skriv nummeret på ekstra ark",
        "place": "Sted",
        "scope": "Omfang",
        "started": "Startet",
        "started_by": "Startet af",
        "count_kind": "Optælling",
        "blind": "Blindtælling: forventet antal vises ikke",
        "open_count": "Med forventet antal",
        "status": "Status",
        "posted": "Bogført",
        "posted_by": "Bogført af",
        "approved_by": "Godkendt af",
        "none": "–",
        "status_open": "Åben",
        "status_posted": "Bogført",
        "status_cancelled": "Annulleret",
        "col_thawed": "Optøet",
        "col_unit": "Enhed",
        "col_expected_units": "Forventet",
        "col_counted_units": "Optalt antal",
        "col_initials": "Initialer",
        "col_expected": "Forventet (doser)",
        "col_moved": "Bevæget under optælling",
        "col_counted": "Optalt (doser)",
        "col_difference": "Difference (doser)",
        "col_reason": "Årsag",
        "col_counted_by": "Optalt af",
        "storage_ultra": "Ultrafrys {range}",
        "storage_freezer": "Frys {range}",
        "storage_fridge": "Køleskab {range}",
        "storage_other": "Opbevaring {range}",
        "storage_unknown": "Opbevaring ukendt",
        "found_rows": "Fundet på hylden, men ikke på listen:",
        "no_lots": "Ingen partier forventes her. Skriv fundne partier i linjerne nedenfor.",
        "sheet_notice": "Tæl hele enheder (hætteglas, sprøjter eller applikatorer) og skriv "
        "antallet i Optalt antal, også 0. Skriv partier, der står på hylden men ikke på "
        "listen, i de tomme linjer under deres opbevaringssted.",
        "cycle_notice": "Tæl hele enheder (hætteglas, sprøjter eller applikatorer) af hvert "
        "parti på listen og skriv antallet i Optalt antal, også 0. Kun disse partier tælles "
        "nu; står der andre partier forkert, så tag en almindelig optælling.",
        "blind_done": "Blindtælling (optælleren så ikke forventet antal)",
        "counted_by_sig": "Optalt af (navn og underskrift)",
        "checked_by_sig": "Kontrolleret af (navn og underskrift)",
        "date": "Dato",
        "unexpected": "Fundet, ikke forventet",
        "not_counted": "ikke optalt",
        "units": "{units} {unit}",
        "thawed": "optøet {date}",
        "total": "I alt, {n} partier",
        "total_one": "I alt, 1 parti",
        "plus_total": "Overskud i alt (positive differencer)",
        "minus_total": "Manko i alt (negative differencer)",
        "with_difference": "{n} partier med difference",
        "with_difference_one": "1 parti med difference",
        "report_notice": "Difference = optalt − forventet − bevæget under optællingen, i "
        "doser; i enheder, hvor den er et helt antal. Bevæget under optællingen er det, der "
        "er flyttet ind (+) eller ud (−) af stedet efter optællingens start.",
        "sheet_running": "Optællingsliste · optælling nr. {id}",
        "report_running": "Optællingsrapport · optælling nr. {id}",
        "sheet_meta": "Optællingsliste for optælling nr. {id}",
        "report_meta": "Optællingsrapport for optælling nr. {id}",
    },
    "en": {
        **LOT_COLUMNS["en"],
        "sheet_title": "Count sheet",
        "sheet_subtitle": "Stocktake of {place}",
        "report_title": "Stocktake report",
        "report_subtitle": "Stocktake of {place}",
        "number_label": "Stocktake no.",
        "number_hint": "Write the number on any extra sheet",
        "place": "Place",
        "scope": "Scope",
        "started": "Started",
        "started_by": "Started by",
        "count_kind": "Count",
        "blind": "Blind count: expected figures not shown",
        "open_count": "With expected figures",
        "status": "Status",
        "posted": "Posted",
        "posted_by": "Posted by",
        "approved_by": "Approved by",
        "none": "–",
        "status_open": "Open",
        "status_posted": "Posted",
        "status_cancelled": "Cancelled",
        "col_thawed": "Thawed",
        "col_unit": "Unit",
        "col_expected_units": "Expected",
        "col_counted_units": "Counted",
        "col_initials": "Initials",
        "col_expected": "Expected (doses)",
        "col_moved": "Moved during count",
        "col_counted": "Counted (doses)",
        "col_difference": "Difference (doses)",
        "col_reason": "Reason",
        "col_counted_by": "Counted by",
        "storage_ultra": "Ultra-low freezer {range}",
        "storage_freezer": "Freezer {range}",
        "storage_fridge": "Fridge {range}",
        "storage_other": "Storage {range}",
        "storage_unknown": "Storage unknown",
        "found_rows": "Found on the shelf but not on the list:",
        "no_lots": "No lots are expected here. Write any lots found in the rows below.",
        "sheet_notice": "Count whole units (vials, syringes or applicators) and write the "
        "number under Counted, also 0. Write lots that are on the shelf but not on the list "
        "in the empty rows under their storage place.",
        "cycle_notice": "Count whole units (vials, syringes or applicators) of each lot on "
        "the list and write the number under Counted, also 0. Only these lots are counted "
        "now; if other lots look wrong, start an ordinary stocktake.",
        "blind_done": "Blind count (the counter did not see the expected figures)",
        "counted_by_sig": "Counted by (name and signature)",
        "checked_by_sig": "Checked by (name and signature)",
        "date": "Date",
        "unexpected": "Found, not expected",
        "not_counted": "not counted",
        "units": "{units} {unit}",
        "thawed": "thawed {date}",
        "total": "Total, {n} lots",
        "total_one": "Total, 1 lot",
        "plus_total": "Surplus in all (positive differences)",
        "minus_total": "Shortage in all (negative differences)",
        "with_difference": "{n} lots with a difference",
        "with_difference_one": "1 lot with a difference",
        "report_notice": "Difference = counted − expected − moved during the count, in "
        "doses; in units where it is a whole number. Moved during the count is what went "
        "into (+) or out of (−) the place after the count started.",
        "sheet_running": "Count sheet · stocktake no. {id}",
        "report_running": "Stocktake report · stocktake no. {id}",
        "sheet_meta": "Count sheet for stocktake no. {id}",
        "report_meta": "Stocktake report for stocktake no. {id}",
    },
}


# --------------------------------------------------------------------------- shared


def signed(n: int, language: str) -> str:
    """``+12``, ``−1.200`` (a real minus sign), ``0``."""
    if n == 0:
        return "0"
    return ("+" if n > 0 else MINUS) + fmt_int(abs(n), language)


def storage_heading(lo: int | None, hi: int | None, language: str) -> str:
    """The heading of a storage group: "Ultrafrys −90 til −60 °C", "Køleskab 2–8 °C"."""
    t = _TEXT[language]
    if lo is None or hi is None:
        return t["storage_unknown"]
    span = temperature_range(lo, hi, language)
    if hi <= -60:
        key = "storage_ultra"
    elif hi < 0:
        key = "storage_freezer"
    elif lo >= 0 and hi <= 8:
        key = "storage_fridge"
    else:
        key = "storage_other"
    return t[key].format(range=span)


def _storage_key(line: SheetLine) -> tuple[int, int, int]:
    """Coldest storage first; unknown storage last."""
    if line.storage_min_c is None or line.storage_max_c is None:
        return (1, 0, 0)
    return (0, line.storage_min_c, line.storage_max_c)


def _lot_key(line: SheetLine) -> tuple[str, str, date, str, date]:
    """By product, expiry and batch; a thawed part after the frozen stock of its lot."""
    return (line.product, line.varenummer, line.expiry, line.batch, line.thawed_on or date.min)


def _write(
    kind: str,
    doc: CountSheet | StocktakeReport,
    story: list[Flowable],
    path: Path | BinaryIO,
    language: str,
    imprint: Imprint | None,
) -> None:
    """Lay out one of the documents (``kind`` "sheet" or "report"), every page after the
    first headed by the stocktake's number and place."""
    t = _TEXT[language]
    frame = PageFrame(
        imprint=imprint,
        language=language,
        running_left=t[f"{kind}_running"].format(id=doc.stocktake_id),
        running_right=_place(doc.location_code, doc.location_name),
    )
    build_pdf(
        path,
        story,
        frame,
        title=f"{t[f'{kind}_title']} {doc.stocktake_id}",
        subject=t[f"{kind}_meta"].format(id=doc.stocktake_id),
    )


def _place(code: str, name: str) -> str:
    return f"{name} ({code})" if name and name != code else code


def _head(title: str, subtitle: str, number: int, hint: str, t: dict[str, str]) -> Flowable:
    """Title on the left; the stocktake number large on the right, to copy onto sheets."""
    st = styles()
    big = st.title.clone("stocktake_number", fontSize=22, leading=26)
    right: list[Flowable] = [
        Paragraph(escape(t["number_label"]), right_aligned(st.label)),
        Paragraph(escape(str(number)), right_aligned(big)),
    ]
    if hint:
        right.append(Paragraph(escape(hint), right_aligned(st.small)))
    left = [Paragraph(escape(title), st.title), Paragraph(escape(subtitle), st.subtitle)]
    return title_block(left, right, (120, 60))


def _lot_cell(
    product: str, varenummer: str | None, notes: Iterable[tuple[str, bool]]
) -> list[Paragraph]:
    """The product name, its item number under it when given, then any notes (bold ones
    stand out)."""
    st = styles()
    cell = [Paragraph(escape(product), st.cell)]
    if varenummer:
        cell.append(Paragraph(escape(varenummer), st.cell_muted))
    cell += [
        Paragraph(escape(text), st.cell_bold if bold else st.cell_muted) for text, bold in notes
    ]
    return cell


def _expiry_cell(line: ReportLine, t: dict[str, str], language: str) -> list[Paragraph]:
    st = styles()
    cell = [Paragraph(fmt_date(line.expiry, language), st.cell)]
    if line.thawed_on is not None:
        thawed = t["thawed"].format(date=fmt_date(line.thawed_on, language))
        cell.append(Paragraph(escape(thawed), st.cell_muted))
    return cell


# --------------------------------------------------------------------------- count sheet

# Column widths (mm), 180 mm in all; on a blind count the expected column's room goes to
# the product and the counted box.
_SHEET_MM = (38, 14, 18, 18, 18, 20, 17, 21, 16)
_SHEET_BLIND_MM = (46, 14, 18, 18, 18, 20, 30, 16)
_ROW_PAD = 2.2 * mm  # room to write by hand


def write_count_sheet(
    sheet: CountSheet,
    path: Path | BinaryIO,
    language: str,
    *,
    imprint: Imprint | None = None,
) -> None:
    """Write the count sheet for ``sheet`` to ``path`` (a file is replaced whole)."""
    check_language(language)
    _write("sheet", sheet, count_sheet_story(sheet, language), path, language, imprint)


def count_sheet_story(sheet: CountSheet, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    place = _place(sheet.location_code, sheet.location_name)
    rows = [
        fact(t["place"], place) + fact(t["started"], fmt_datetime(sheet.started_at, language)),
        fact(t["scope"], sheet.scope) + fact(t["started_by"], sheet.started_by),
        fact(t["count_kind"], t["blind"] if sheet.blind else t["open_count"]) + ["", ""],
    ]
    story: list[Flowable] = [
        _head(
            t["sheet_title"],
            t["sheet_subtitle"].format(place=place),
            sheet.stocktake_id,
            t["number_hint"],
            t,
        ),
        Spacer(0, 4 * mm),
        facts_table(rows),
        Spacer(0, 2 * mm),
        Paragraph(escape(t["cycle_notice" if sheet.cycle else "sheet_notice"]), st.small),
        Spacer(0, 3 * mm),
    ]
    lines = sorted(sheet.lines, key=lambda x: (_storage_key(x), _lot_key(x)))
    if not lines:
        story += [Paragraph(escape(t["no_lots"]), st.body), Spacer(0, 2 * mm)]
        story.append(_sheet_table("", [], sheet.blind, t, language, found_rows=not sheet.cycle))
    for _key, group in groupby(lines, key=_storage_key):
        members = list(group)
        heading = storage_heading(members[0].storage_min_c, members[0].storage_max_c, language)
        table = _sheet_table(heading, members, sheet.blind, t, language, found_rows=not sheet.cycle)
        story += [table, Spacer(0, 4 * mm)]
    story.append(
        KeepTogether(
            [
                Spacer(0, 4 * mm),
                signature_line(t["counted_by_sig"], t["date"]),
                Spacer(0, 4 * mm),
                signature_line(t["checked_by_sig"], t["date"]),
            ]
        )
    )
    return story


def _below(commands: Commands, rows: int) -> Commands:
    """``commands`` for a table that has ``rows`` more rows on top: indices from the
    top move down, those from the bottom (negative) stay."""

    def move(cell: tuple[int, int]) -> tuple[int, int]:
        col, row = cell
        return (col, row + rows if row >= 0 else row)

    return [(name, move(a), move(b), *rest) for name, a, b, *rest in commands]


def _sheet_table(
    heading: str,
    lines: Sequence[SheetLine],
    blind: bool,
    t: dict[str, str],
    language: str,
    *,
    found_rows: bool = True,
) -> Table:
    """One storage group: its heading and the column heads (both repeated on every page
    the group runs onto), its lots, then (``found_rows``; not on a cycle count, which
    counts only its listed lots) empty rows for lots found but not listed."""
    st = styles()
    keys = ["col_product", "col_varenr", "col_batch", "col_expiry", "col_thawed", "col_unit"]
    keys += ([] if blind else ["col_expected_units"]) + ["col_counted_units", "col_initials"]
    expected_col = None if blind else 6
    counted_col = len(keys) - 2
    numeric = () if expected_col is None else (expected_col,)
    rows: list[list[Any]] = [
        [Paragraph(escape(heading), st.heading)] + [""] * (len(keys) - 1),
        header_cells([t[k] for k in keys], numeric),
    ]
    top = len(rows)  # the first lot's row
    commands: Commands = _below(data_table_commands(), 1) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]
    for i, line in enumerate(lines, start=top):
        row: list[Any] = [
            Paragraph(escape(line.product), st.cell),
            Paragraph(escape(line.varenummer), st.cell),
            Paragraph(escape(line.batch), st.cell_bold),
            Paragraph(fmt_date(line.expiry, language), st.cell),
            Paragraph(fmt_date(line.thawed_on, language), st.cell),
            Paragraph(escape(line.unit), st.cell),
        ]
        if expected_col is not None:
            expected = "" if line.expected_units is None else fmt_int(line.expected_units, language)
            row.append(Paragraph(expected, st.cell_right))
        rows.append(row + ["", ""])
        if (i - top) % 2 == 1:
            commands.append(("BACKGROUND", (0, i), (counted_col - 1, i), STRIPE_FILL))
    found = len(rows)  # the label over the empty rows
    blanks = BLANK_ROWS if found_rows else 0
    if found_rows:
        label = Paragraph(escape(t["found_rows"]), st.cell_muted)
        rows.append([label] + [""] * (len(keys) - 1))
        rows += [[""] * len(keys) for _ in range(blanks)]
    last = len(rows) - 1
    commands.append(("LINEBELOW", (0, top), (-1, last), 0.25, GRID))
    if found_rows:
        commands += [
            ("SPAN", (0, found), (-1, found)),
            ("TOPPADDING", (0, found), (-1, found), 4),
            ("BOTTOMPADDING", (0, found), (-1, found), 1),
            ("INNERGRID", (0, found + 1), (-1, last), 0.25, GRID),
            ("BOX", (0, found + 1), (-1, last), 0.4, GRID),
        ]
    # The boxes to write in: counted units and initials, on every lot and empty row.
    for first, end in ((top, found - 1), (found + 1, last)):
        if end >= first:
            commands += [
                ("TOPPADDING", (0, first), (-1, end), _ROW_PAD),
                ("BOTTOMPADDING", (0, first), (-1, end), _ROW_PAD),
                ("GRID", (counted_col, first), (-1, end), 0.7, INK),
            ]
    heights = [None] * found + ([None] + [9 * mm] * blanks if found_rows else [])
    widths = _SHEET_BLIND_MM if blind else _SHEET_MM
    table = Table(
        rows,
        colWidths=[w * mm for w in widths],
        rowHeights=heights,
        repeatRows=top,
        hAlign="LEFT",
    )
    # Keep the found-rows label with its empty rows, and those with the last lot.
    commands.append(("NOSPLIT", (0, max(top, found - 1)), (-1, last)))
    table.setStyle(TableStyle(commands))
    return table


# --------------------------------------------------------------------------- report

# The batch column fits an eight-character batch in bold on one line.
_REPORT_MM = (26, 17, 18, 17, 17, 15, 19, 24, 27)
_REPORT_NUMERIC = (3, 4, 5, 6)


def write_stocktake_report(
    report: StocktakeReport,
    path: Path | BinaryIO,
    language: str,
    *,
    imprint: Imprint | None = None,
) -> None:
    """Write the stocktake report for ``report`` to ``path`` (a file is replaced whole)."""
    check_language(language)
    _write("report", report, report_story(report, language), path, language, imprint)


def report_story(report: StocktakeReport, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    place = _place(report.location_code, report.location_name)
    status = t.get(f"status_{report.status}", report.status)
    rows = [
        fact(t["place"], place) + fact(t["status"], status),
        fact(t["scope"], report.scope)
        + fact(t["count_kind"], t["blind_done"] if report.blind else t["open_count"]),
        fact(t["started"], fmt_datetime(report.started_at, language))
        + fact(t["started_by"], report.started_by),
        fact(t["posted"], fmt_datetime(report.posted_at, language) or t["none"])
        + fact(t["posted_by"], report.posted_by or t["none"]),
        fact(t["approved_by"], report.approved_by or t["none"]) + ["", ""],
    ]
    return [
        _head(
            t["report_title"],
            t["report_subtitle"].format(place=place),
            report.stocktake_id,
            "",
            t,
        ),
        Spacer(0, 4 * mm),
        facts_table(rows),
        Spacer(0, 5 * mm),
        _report_table(report.lines, t, language),
        Spacer(0, 3 * mm),
        Paragraph(escape(t["report_notice"]), st.small),
    ]


def _report_table(lines: Sequence[ReportLine], t: dict[str, str], language: str) -> Table:
    st = styles()
    keys = (
        "col_product",
        "col_batch",
        "col_expiry",
        "col_expected",
        "col_moved",
        "col_counted",
        "col_difference",
        "col_reason",
        "col_counted_by",
    )
    rows: list[list[Any]] = [header_cells([t[k] for k in keys], _REPORT_NUMERIC)]
    # Room between the right-aligned difference and the reason's text.
    commands: Commands = data_table_commands() + [("LEFTPADDING", (7, 0), (7, -1), 6)]
    for i, line in enumerate(lines, start=1):
        rows.append(_report_row(line, t, language))
        if line.difference_doses:
            commands.append(("BACKGROUND", (0, i), (-1, i), ATTENTION_FILL))
        elif i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
    diffs = [x.difference_doses for x in lines if x.difference_doses]
    plus = sum(d for d in diffs if d > 0)
    minus = sum(d for d in diffs if d < 0)
    n = len(lines)
    counted = [x.counted_doses for x in lines if x.counted_doses is not None]
    rows.append(
        [Paragraph(escape(count_label(n, t["total_one"], t["total"], language)), st.cell_bold)]
        + ["", ""]
        + [
            Paragraph(fmt_int(sum(x.expected_doses for x in lines), language), st.cell_right_bold),
            Paragraph(
                signed(sum(x.moved_during_doses for x in lines), language), st.cell_right_bold
            ),
            Paragraph(fmt_int(sum(counted), language), st.cell_right_bold),
            Paragraph(signed(plus + minus, language), st.cell_right_bold),
            Paragraph(
                escape(
                    count_label(
                        len(diffs), t["with_difference_one"], t["with_difference"], language
                    )
                ),
                st.cell,
            ),
            "",
        ]
    )
    commands += total_row_commands(len(rows) - 1, 2)
    commands.append(("SPAN", (7, len(rows) - 1), (8, len(rows) - 1)))
    for key, value in (("plus_total", plus), ("minus_total", minus)):
        rows.append(
            [Paragraph(escape(t[key]), st.cell_bold)]
            + [""] * 5
            + [Paragraph(signed(value, language), st.cell_right_bold), "", ""]
        )
        commands.append(("SPAN", (0, len(rows) - 1), (5, len(rows) - 1)))
    # The totals stay with the last lines.
    commands.append(("NOSPLIT", (0, max(1, n - 1)), (-1, len(rows) - 1)))
    table = Table(rows, colWidths=[w * mm for w in _REPORT_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _report_row(line: ReportLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    notes = [(t["unexpected"], True)] if line.unexpected else []
    if line.counted_doses is None:
        counted: Any = Paragraph(escape(t["not_counted"]), right_aligned(st.cell_muted))
    else:
        counted = Paragraph(fmt_int(line.counted_doses, language), st.cell_right)
    difference: list[Paragraph] = []
    if line.difference_doses is not None:
        style = st.cell_right_bold if line.difference_doses else st.cell_right
        difference.append(Paragraph(signed(line.difference_doses, language), style))
        per = line.doses_per_unit
        if line.difference_doses and per > 1 and line.difference_doses % per == 0:
            units = t["units"].format(
                units=signed(line.difference_doses // per, language), unit=line.unit
            )
            difference.append(Paragraph(escape(units), right_aligned(st.cell_muted)))
    reason: list[Paragraph] = []
    if line.reason_code:
        reason.append(Paragraph(escape(reason_label(line.reason_code, language)), st.cell))
    if line.reason_text.strip():
        reason.append(Paragraph(escape(line.reason_text.strip()), st.cell_muted))
    return [
        _lot_cell(line.product, line.varenummer, notes),
        Paragraph(escape(line.batch), st.cell_bold),
        _expiry_cell(line, t, language),
        Paragraph(fmt_int(line.expected_doses, language), st.cell_right),
        Paragraph(signed(line.moved_during_doses, language), st.cell_right),
        counted,
        difference,
        reason,
        Paragraph(escape(line.counted_by or ""), st.cell),
    ]
