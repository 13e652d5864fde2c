"""The return note (returseddel) that goes with stock sent back to SSI.

One A4 portrait document per return: from the pharmacy (or its quarantine) to Statens
Serum Institut, SSI's return reference, the reason, the date and who packed it, then
one row per lot (product and item number, batch, expiry and thawed date, doses, and
the vials/syringes and packs where the doses make whole ones) with recalled lots
marked, totals, and signature lines for the one who packed it and the one at SSI who
received it.  Danish by default, English on request.  Made from plain data
(:class:`ReturnNoteData`), gathered by ``services.ssi_return``; nothing here reads the
database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    GRID,
    INK,
    Imprint,
    PageFrame,
    build_pdf,
    check_language,
    closing_row,
    count_label,
    data_table_commands,
    escape,
    fact,
    facts_table,
    fmt_date,
    fmt_datetime,
    fmt_int,
    header_cells,
    pharmacy_heading,
    signature_line,
    styles,
    title_block,
    total_row_commands,
)


@dataclass(frozen=True)
class ReturnNoteLine:
    product: str
    varenummer: str
    batch: str
    expiry: date
    thawed_on: date | None
    doses: int
    units: int | None  # whole vials/syringes/applicators, None for a part of one
    packs: int | None  # whole packs, None when the doses are not whole packs
    recalled: bool


@dataclass(frozen=True)
class ReturnNoteData:
    return_id: int
    reference: str
    reason: str
    created_at: datetime
    created_by: str
    from_code: str
    from_name: str
    pharmacy_code: str
    pharmacy_name: str
    imprint: Imprint
    lines: tuple[ReturnNoteLine, ...]

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    @property
    def units(self) -> int | None:
        found = [line.units for line in self.lines]
        return None if None in found else sum(u for u in found if u is not None)

    @property
    def packs(self) -> int | None:
        found = [line.packs for line in self.lines]
        return None if None in found else sum(p for p in found if p is not None)


_TEXT: dict[str, dict[str, str]] = {
    "da": {
        "title": "Returnering til SSI",
        "subtitle": "Returseddel nr. {id}",
        "pharmacy_code": "Apotekskode {code}",
        "from": "Fra",
        "to": "Til",
        "ssi": "Statens Serum Institut",
        "reference": "SSI-reference",
        "date": "Dato",
        "returned_by": "Registreret af",
        "reason": "Årsag",
        "col_product": "Vare",
        "col_batch": "Batch",
        "col_expiry": "Udløb",
        "col_doses": "Doser",
        "col_units": "Enheder",
        "col_packs": "Pakninger",
        "col_check": "Modtaget",
        "item_no": "Varenr. {v}",
        "thawed": "optøet {date}",
        "recalled": "TILBAGEKALDT",
        "total": "I alt, {n} linjer",
        "total_one": "I alt, 1 linje",
        "notice": "Enheder er hætteglas, sprøjter eller applikatorer; pakninger er vist, hvor "
        "doserne udgør hele pakninger. Tilbagekaldte batches er markeret. Lageret er trukket "
        "fra apotekets beholdning ved registreringen.",
        "packed_by": "Pakket af (navn og underskrift)",
        "received_by": "Modtaget af SSI (navn og underskrift)",
        "sign_date": "Dato",
        "meta_subject": "Returnering til SSI, reference {reference}",
        "running": "Returnering til SSI · {reference}",
    },
    "en": {
        "title": "Return to SSI",
        "subtitle": "Return note no. {id}",
        "pharmacy_code": "Pharmacy code {code}",
        "from": "From",
        "to": "To",
        "ssi": "Statens Serum Institut",
        "reference": "SSI reference",
        "date": "Date",
        "returned_by": "Recorded by",
        "reason": "Reason",
        "col_product": "Product",
        "col_batch": "Batch",
        "col_expiry": "Expiry",
        "col_doses": "Doses",
        "col_units": "Units",
        "col_packs": "Packs",
        "col_check": "Received",
        "item_no": "Item no. {v}",
        "thawed": "thawed {date}",
        "recalled": "RECALLED",
        "total": "Total, {n} lines",
        "total_one": "Total, 1 line",
        "notice": "Units are vials, syringes or applicators; packs are shown where the doses "
        "make whole packs. Recalled batches are marked. The stock was taken off the "
        "pharmacy's stock when the return was recorded.",
        "packed_by": "Packed by (name and signature)",
        "received_by": "Received by SSI (name and signature)",
        "sign_date": "Date",
        "meta_subject": "Return to SSI, reference {reference}",
        "running": "Return to SSI · {reference}",
    },
}

# Column widths (mm) on A4 portrait with 15 mm margins: 180 mm in all.
_COLUMNS_MM = (62, 24, 26, 16, 16, 18, 18)
_NUMERIC = (3, 4, 5)
_CHECK = 6


def write_return_note(doc: ReturnNoteData, out: Path | BinaryIO, language: str = "da") -> None:
    """Write the return note for ``doc`` to a file path or a binary stream."""
    check_language(language)
    t = _TEXT[language]
    frame = PageFrame(
        imprint=doc.imprint,
        language=language,
        running_left=t["running"].format(reference=doc.reference),
        running_right=t["subtitle"].format(id=doc.return_id),
    )
    build_pdf(
        out,
        story(doc, language),
        frame,
        title=f"{t['title']} {doc.reference}",
        subject=t["meta_subject"].format(reference=doc.reference),
    )


def story(doc: ReturnNoteData, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    closing: list[Flowable] = [
        Paragraph(escape(t["notice"]), st.small),
        Spacer(0, 7 * mm),
        signature_line(t["packed_by"], t["sign_date"]),
        Spacer(0, 4 * mm),
        signature_line(t["received_by"], t["sign_date"]),
    ]
    return [
        _title_block(doc, t),
        Spacer(0, 4 * mm),
        _facts(doc, t, language),
        Spacer(0, 5 * mm),
        _lines_table(doc, t, language, closing),
    ]


def _title_block(doc: ReturnNoteData, t: dict[str, str]) -> Flowable:
    st = styles()
    left = [
        Paragraph(escape(t["title"]), st.title),
        Paragraph(escape(t["subtitle"].format(id=doc.return_id)), st.subtitle),
    ]
    code_line = t["pharmacy_code"].format(code=doc.pharmacy_code) if doc.pharmacy_code else ""
    return title_block(left, pharmacy_heading(doc.pharmacy_name, code_line))


def _facts(doc: ReturnNoteData, t: dict[str, str], language: str) -> Flowable:
    rows = [
        fact(t["from"], f"{doc.from_name} ({doc.from_code})") + fact(t["to"], t["ssi"]),
        fact(t["reference"], doc.reference) + fact(t["date"], fmt_datetime(doc.created_at, language)),
        fact(t["returned_by"], doc.created_by) + fact("", ""),
    ]
    return facts_table(rows, note=(t["reason"], doc.reason))


def _count(n: int | None, language: str, style: Any) -> Paragraph | str:
    return "" if n is None else Paragraph(fmt_int(n, language), style)


def _lines_table(
    doc: ReturnNoteData, t: dict[str, str], language: str, closing: list[Flowable]
) -> Flowable:
    """One row per lot, the totals, and ``closing`` (notice and signatures) kept with the
    last rows so that the signatures never stand alone on a page."""
    st = styles()
    keys = ("col_product", "col_batch", "col_expiry", "col_doses", "col_units", "col_packs", "col_check")
    rows: list[list[Any]] = [header_cells([t[key] for key in keys], _NUMERIC)]
    commands = data_table_commands()
    for i, line in enumerate(doc.lines, start=1):
        rows.append(_line_row(line, t, language))
        if line.recalled:
            commands.append(("BACKGROUND", (0, i), (_CHECK - 1, i), ATTENTION_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        commands.append(("BOX", (_CHECK, i), (_CHECK, i), 0.6, INK))  # an empty box to tick
    label = count_label(len(doc.lines), t["total_one"], t["total"], language)
    rows.append(
        [Paragraph(escape(label), st.cell_bold), "", ""]
        + [
            Paragraph(fmt_int(doc.doses, language), st.cell_right_bold),
            _count(doc.units, language, st.cell_right_bold),
            _count(doc.packs, language, st.cell_right_bold),
            "",
        ]
    )
    commands += total_row_commands(len(rows) - 1, 2)
    commands += closing_row(rows, closing, len(doc.lines))
    table = Table(rows, colWidths=[w * mm for w in _COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _line_row(line: ReturnNoteLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    product: list[Paragraph] = [
        Paragraph(escape(line.product), st.cell),
        Paragraph(escape(t["item_no"].format(v=line.varenummer)), st.cell_muted),
    ]
    if line.recalled:
        product.append(Paragraph(escape(t["recalled"]), st.cell_bold))
    expiry: list[Paragraph] = [Paragraph(fmt_date(line.expiry, language), st.cell)]
    if line.thawed_on is not None:
        thawed = t["thawed"].format(date=fmt_date(line.thawed_on, language))
        expiry.append(Paragraph(escape(thawed), st.cell_muted))
    return [
        product,
        Paragraph(escape(line.batch), st.cell),
        expiry,
        Paragraph(fmt_int(line.doses, language), st.cell_right),
        _count(line.units, language, st.cell_right),
        _count(line.packs, language, st.cell_right),
        "",
    ]
