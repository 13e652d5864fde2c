"""The recall bring-back list (tilbagekaldelse): what every site must return.

One A4 portrait document per recalled batch: the product, item number and batch, the
reason, who recalled it and when, then one row per location holding the batch outside
the pharmacy, with its address, use-by, doses and vials and an empty check column for
ticking off what came back, totals and a signature line.  Stock in transit is a row of
its own, "Undervejs til <site>", with the code and address of the site it is going to.  Danish by default, English on
request.  Made from plain data (:class:`RecallListData`), gathered by
``services.recall``; nothing here reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.reports.pdf_common import (
    GRID,
    INK,
    STRIPE_FILL,
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
class RecallListLine:
    location_code: str
    location_name: str
    address: str
    use_by: date
    doses: int
    vials: int
    thawed_on: date | None = None
    # Stock on its way to the location named: brought back from there when it arrives.
    in_transit: bool = False


@dataclass(frozen=True)
class RecallListData:
    product: str
    varenummer: str
    batch: str
    expiry: date
    reason: str
    recalled_by: str
    recalled_at: datetime
    pharmacy_code: str
    pharmacy_name: str
    imprint: Imprint
    lines: tuple[RecallListLine, ...]

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    @property
    def vials(self) -> int:
        return sum(line.vials for line in self.lines)


_TEXT: dict[str, dict[str, str]] = {
    "da": {
        "title": "Tilbagekaldelse",
        "subtitle": "Liste over lager, der skal returneres til apoteket",
        "pharmacy_code": "Apotekskode {code}",
        "product": "Vare",
        "varenr": "Varenummer",
        "batch": "Batch",
        "expiry": "Udløb",
        "reason": "Årsag",
        "recalled_by": "Tilbagekaldt af",
        "recalled_at": "Tilbagekaldt",
        "locations": "Steder",
        "col_location": "Sted",
        "col_address": "Adresse",
        "col_use_by": "Anvendes til",
        "col_doses": "Doser",
        "col_vials": "Enheder",
        "col_check": "Returneret",
        "thawed": "optøet {date}",
        "in_transit_to": "Undervejs til {site}",
        "in_transit": "Undervejs",
        "total": "I alt, {n} steder",
        "total_one": "I alt, 1 sted",
        "none": "Ingen steder uden for apoteket har batchen på lager.",
        "notice": "Batchen må ikke gives, sendes eller optøs. Returnér alt lager af batchen "
        "til apoteket, eller kassér det med årsagen Tilbagekaldt. Enheder er hætteglas, "
        "sprøjter eller applikatorer; et anbrudt hætteglas tæller som ét.",
        "checked_by": "Kontrolleret af (navn og underskrift)",
        "date": "Dato",
        "meta_subject": "Tilbagekaldelse af batch {batch}",
        "running": "Tilbagekaldelse · batch {batch}",
    },
    "en": {
        "title": "Recall",
        "subtitle": "Stock to be returned to the pharmacy",
        "pharmacy_code": "Pharmacy code {code}",
        "product": "Product",
        "varenr": "Item no.",
        "batch": "Batch",
        "expiry": "Expiry",
        "reason": "Reason",
        "recalled_by": "Recalled by",
        "recalled_at": "Recalled",
        "locations": "Locations",
        "col_location": "Location",
        "col_address": "Address",
        "col_use_by": "Use by",
        "col_doses": "Doses",
        "col_vials": "Units",
        "col_check": "Returned",
        "thawed": "thawed {date}",
        "in_transit_to": "In transit to {site}",
        "in_transit": "In transit",
        "total": "Total, {n} locations",
        "total_one": "Total, 1 location",
        "none": "No location outside the pharmacy holds the batch.",
        "notice": "The batch must not be given, sent or thawed. Return all stock of the "
        "batch to the pharmacy, or discard it with the reason Recalled. Units are vials, "
        "syringes or applicators; an opened vial counts as one.",
        "checked_by": "Checked by (name and signature)",
        "date": "Date",
        "meta_subject": "Recall of batch {batch}",
        "running": "Recall · batch {batch}",
    },
}

# Column widths (mm) on A4 portrait with 15 mm margins: 180 mm in all.
_COLUMNS_MM = (50, 52, 22, 18, 16, 22)
_NUMERIC = (3, 4)


def write_recall_list(doc: RecallListData, out: Path | BinaryIO, language: str = "da") -> None:
    """Write the bring-back list for ``doc`` to a file path or a binary stream."""
    check_language(language)
    t = _TEXT[language]
    frame = PageFrame(
        imprint=doc.imprint,
        language=language,
        running_left=t["running"].format(batch=doc.batch),
        running_right=doc.product,
    )
    build_pdf(
        out,
        story(doc, language),
        frame,
        title=f"{t['title']} {doc.batch}",
        subject=t["meta_subject"].format(batch=doc.batch),
    )


def story(doc: RecallListData, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    closing: list[Flowable] = [
        Paragraph(escape(t["notice"]), st.small),
        Spacer(0, 9 * mm),
        signature_line(t["checked_by"], t["date"]),
    ]
    out: list[Flowable] = [
        _title_block(doc, t),
        Spacer(0, 4 * mm),
        _facts(doc, t, language),
        Spacer(0, 5 * mm),
    ]
    if doc.lines:
        out.append(_lines_table(doc, t, language, closing))
    else:
        out += [Paragraph(escape(t["none"]), st.body), Spacer(0, 3 * mm), *closing]
    return out


def _title_block(doc: RecallListData, t: dict[str, str]) -> Flowable:
    st = styles()
    left = [
        Paragraph(escape(t["title"]), st.title),
        Paragraph(escape(t["subtitle"]), st.subtitle),
    ]
    code_line = t["pharmacy_code"].format(code=doc.pharmacy_code) if doc.pharmacy_code else ""
    return title_block(left, pharmacy_heading(doc.pharmacy_name, code_line))


def _facts(doc: RecallListData, t: dict[str, str], language: str) -> Flowable:
    rows = [
        fact(t["product"], doc.product) + fact(t["recalled_by"], doc.recalled_by),
        fact(t["varenr"], doc.varenummer)
        + fact(t["recalled_at"], fmt_datetime(doc.recalled_at, language)),
        fact(t["batch"], doc.batch) + fact(t["expiry"], fmt_date(doc.expiry, language)),
    ]
    return facts_table(rows, note=(t["reason"], doc.reason))


def _lines_table(
    doc: RecallListData, t: dict[str, str], language: str, closing: list[Flowable]
) -> Flowable:
    """One row per location, the totals, and ``closing`` (notice and signature) kept with
    the last rows so a signature never stands alone on a page."""
    st = styles()
    keys = ("col_location", "col_address", "col_use_by", "col_doses", "col_vials", "col_check")
    rows: list[list[Any]] = [header_cells([t[key] for key in keys], _NUMERIC)]
    commands = data_table_commands()
    for i, line in enumerate(doc.lines, start=1):
        rows.append(_line_row(line, t, language))
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-2, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        # The check column: an empty box to tick.
        commands.append(("BOX", (5, i), (5, i), 0.6, INK))
    n = len(doc.lines)
    total_label = count_label(n, t["total_one"], t["total"], language)
    rows.append(
        [Paragraph(escape(total_label), st.cell_bold), "", ""]
        + [
            Paragraph(fmt_int(doc.doses, language), st.cell_right_bold),
            Paragraph(fmt_int(doc.vials, language), st.cell_right_bold),
            "",
        ]
    )
    commands += total_row_commands(len(rows) - 1, 2)
    commands += closing_row(rows, closing, n)
    table = Table(rows, colWidths=[w * mm for w in _COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _line_row(line: RecallListLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    name = line.location_name
    if line.in_transit:
        name = t["in_transit_to"].format(site=name) if name else t["in_transit"]
    location: list[Paragraph] = [
        Paragraph(escape(name), st.cell),
        Paragraph(escape(line.location_code), st.cell_muted),
    ]
    use_by: list[Paragraph] = [Paragraph(fmt_date(line.use_by, language), st.cell)]
    if line.thawed_on is not None:
        use_by.append(
            Paragraph(escape(t["thawed"].format(date=fmt_date(line.thawed_on, language))), st.cell_muted)
        )
    return [
        location,
        Paragraph(escape(line.address), st.cell),
        use_by,
        Paragraph(fmt_int(line.doses, language), st.cell_right),
        Paragraph(fmt_int(line.vials, language), st.cell_right),
        "",
    ]
