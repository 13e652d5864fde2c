"""The goods-receipt document (varemodtagelse) for a posted receipt from SSI.

One A4 portrait document per delivery note: the pharmacy, the note number and dates,
who posted it and when, then every line with its product, item number (varenummer),
batch, expiry, use-by date (earlier than the expiry when the stock arrived thawed),
storage condition on arrival, whether it was put on hold and why, packs and doses,
with totals and a signature line.  Danish by default, English on request.

The document is made from plain data (:class:`GoodsReceiptData`), gathered by
``services.documents``; nothing here reads the database.  What must hold: every line
is printed (the table breaks across pages and repeats its header), the totals are the
sums of the printed lines, and every page says who printed it, when, from which data,
and which page of how many it is.
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
    LOT_COLUMNS,
    STRIPE_FILL,
    Commands,
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

FROZEN, FRIDGE = "frozen", "fridge"


@dataclass(frozen=True)
class GoodsReceiptLine:
    line_no: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    condition: str  # "frozen" or "fridge" (2-8 °C) on arrival
    packs: int
    doses: int
    thawed_on: date | None = None
    hold: bool = False
    hold_reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class GoodsReceiptData:
    note_number: str
    delivered_on: date
    pharmacy_code: str
    pharmacy_name: str
    posted_by: str
    posted_at: datetime
    imprint: Imprint
    lines: tuple[GoodsReceiptLine, ...]
    supplier: str = "Statens Serum Institut"
    comment: str = ""
    imported_from: str = ""  # the delivery note file the lines were imported from

    @property
    def packs(self) -> int:
        return sum(line.packs for line in self.lines)

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    @property
    def held(self) -> tuple[GoodsReceiptLine, ...]:
        return tuple(line for line in self.lines if line.hold)


_TEXT: dict[str, dict[str, str]] = {
    "da": {
        **LOT_COLUMNS["da"],
        "title": "Varemodtagelse",
        "subtitle": "Modtagelse af vacciner fra {supplier}",
        "pharmacy_code": "Apotekskode {code}",
        "note": "Følgeseddel",
        "delivered": "Leveringsdato",
        "supplier": "Leverandør",
        "posted_by": "Bogført af",
        "posted_at": "Bogført",
        "lines": "Linjer",
        "comment": "Bemærkning",
        "imported_from": "Importeret fra",
        "col_storage": "Ved ankomst",
        "col_status": "Status",
        "col_packs": "Pakn.",
        "col_doses": "Doser",
        "frozen": "Frost",
        "fridge": "Køl 2–8 °C",
        "thawed": "optøet {date}",
        "to_stock": "Til lager",
        "held": "Tilbageholdt",
        "total": "I alt, {n} linjer",
        "total_one": "I alt, 1 linje",
        "of_which_held": "heraf tilbageholdt",
        "held_notice": "Tilbageholdte linjer er bogført i apotekets karantæne og må ikke "
        "udleveres, før en farmaceut har frigivet dem.",
        "thawed_notice": "Anvendes til er tidligere end udløb, når varen er modtaget optøet "
        "(optøet holdbarhed ved 2–8 °C).",
        "received_by": "Modtaget af (navn og underskrift)",
        "date": "Dato",
        "meta_subject": "Varemodtagelse for følgeseddel {note}",
        "running": "Varemodtagelse · følgeseddel {note}",
    },
    "en": {
        **LOT_COLUMNS["en"],
        "title": "Goods receipt",
        "subtitle": "Vaccines received from {supplier}",
        "pharmacy_code": "Pharmacy code {code}",
        "note": "Delivery note",
        "delivered": "Delivery date",
        "supplier": "Supplier",
        "posted_by": "Posted by",
        "posted_at": "Posted",
        "lines": "Lines",
        "comment": "Comment",
        "imported_from": "Imported from",
        "col_storage": "On arrival",
        "col_status": "Status",
        "col_packs": "Packs",
        "col_doses": "Doses",
        "frozen": "Frozen",
        "fridge": "Fridge 2–8 °C",
        "thawed": "thawed {date}",
        "to_stock": "To stock",
        "held": "On hold",
        "total": "Total, {n} lines",
        "total_one": "Total, 1 line",
        "of_which_held": "of which on hold",
        "held_notice": "Lines on hold are posted to the pharmacy's quarantine and must not "
        "be issued until a pharmacist has released them.",
        "thawed_notice": "Use by is earlier than the expiry where stock arrived thawed "
        "(thawed shelf life at 2–8 °C).",
        "received_by": "Received by (name and signature)",
        "date": "Date",
        "meta_subject": "Goods receipt for delivery note {note}",
        "running": "Goods receipt · delivery note {note}",
    },
}

# Column widths (mm) on A4 portrait with 15 mm margins: 180 mm in all.
_COLUMNS_MM = (7, 38, 13, 16, 18, 19, 20, 26, 10, 13)
_NUMERIC = (8, 9)  # packs, doses: right-aligned


def write_goods_receipt(doc: GoodsReceiptData, out: Path | BinaryIO, language: str = "da") -> None:
    """Write the goods-receipt PDF for ``doc`` to a file path or a binary stream."""
    check_language(language)
    t = _TEXT[language]
    frame = PageFrame(
        imprint=doc.imprint,
        language=language,
        running_left=t["running"].format(note=doc.note_number),
        running_right=f"{doc.pharmacy_name} ({doc.pharmacy_code})",
    )
    build_pdf(
        out,
        story(doc, language),
        frame,
        title=f"{t['title']} {doc.note_number}",
        subject=t["meta_subject"].format(note=doc.note_number),
    )


def story(doc: GoodsReceiptData, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    closing: list[Flowable] = []
    if doc.held:
        closing.append(Paragraph(escape(t["held_notice"]), st.small))
    if any(line.use_by != line.expiry for line in doc.lines):
        closing.append(Paragraph(escape(t["thawed_notice"]), st.small))
    closing += [Spacer(0, 9 * mm), signature_line(t["received_by"], t["date"])]
    return [
        _title_block(doc, t),
        Spacer(0, 4 * mm),
        _facts(doc, t, language),
        Spacer(0, 5 * mm),
        _lines_table(doc, t, language, closing),
    ]


def _title_block(doc: GoodsReceiptData, t: dict[str, str]) -> Flowable:
    st = styles()
    left = [
        Paragraph(escape(t["title"]), st.title),
        Paragraph(escape(t["subtitle"].format(supplier=doc.supplier)), st.subtitle),
    ]
    code_line = t["pharmacy_code"].format(code=doc.pharmacy_code)
    return title_block(left, pharmacy_heading(doc.pharmacy_name, code_line))


def _facts(doc: GoodsReceiptData, t: dict[str, str], language: str) -> Flowable:
    rows = [
        fact(t["note"], doc.note_number) + fact(t["posted_by"], doc.posted_by),
        fact(t["delivered"], fmt_date(doc.delivered_on, language))
        + fact(t["posted_at"], fmt_datetime(doc.posted_at, language)),
        fact(t["supplier"], doc.supplier) + fact(t["lines"], fmt_int(len(doc.lines), language)),
    ]
    if doc.imported_from:
        rows.append(fact(t["imported_from"], doc.imported_from) + ["", ""])
    note = (t["comment"], doc.comment) if doc.comment.strip() else None
    return facts_table(rows, note=note)


def _lines_table(
    doc: GoodsReceiptData, t: dict[str, str], language: str, closing: list[Flowable]
) -> Flowable:
    """The lines, their totals, and ``closing`` (notes and signature) as the last row,
    kept on the same page as the last lines so a signature never stands alone."""
    st = styles()
    head_keys = (
        "col_no",
        "col_product",
        "col_varenr",
        "col_batch",
        "col_expiry",
        "col_use_by",
        "col_storage",
        "col_status",
        "col_packs",
        "col_doses",
    )
    rows: list[list[Any]] = [header_cells([t[key] for key in head_keys], _NUMERIC)]
    commands: Commands = data_table_commands()
    for i, line in enumerate(doc.lines, start=1):
        rows.append(_line_row(line, t, language))
        if line.hold:
            commands.append(("BACKGROUND", (0, i), (-1, i), ATTENTION_FILL))
        elif i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))

    n = len(doc.lines)
    total_label = count_label(n, t["total_one"], t["total"], language)
    rows.append(
        [Paragraph(escape(total_label), st.cell_bold), "", "", "", "", "", "", ""]
        + [
            Paragraph(fmt_int(doc.packs, language), st.cell_right_bold),
            Paragraph(fmt_int(doc.doses, language), st.cell_right_bold),
        ]
    )
    commands += total_row_commands(len(rows) - 1, 7)
    if doc.held:
        rows.append(
            [Paragraph(escape(t["of_which_held"]), st.cell), "", "", "", "", "", "", ""]
            + [
                Paragraph(fmt_int(sum(x.packs for x in doc.held), language), st.cell_right),
                Paragraph(fmt_int(sum(x.doses for x in doc.held), language), st.cell_right),
            ]
        )
        commands.append(("SPAN", (0, len(rows) - 1), (7, len(rows) - 1)))
    commands += closing_row(rows, closing, n)
    table = Table(
        rows,
        colWidths=[w * mm for w in _COLUMNS_MM],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table


def _line_row(line: GoodsReceiptLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    product: list[Paragraph] = [Paragraph(escape(line.product), st.cell)]
    if line.note:
        product.append(Paragraph(escape(line.note), st.cell_muted))
    storage: list[Paragraph] = [
        Paragraph(escape(t[FROZEN] if line.condition == FROZEN else t[FRIDGE]), st.cell)
    ]
    if line.thawed_on is not None:
        storage.append(
            Paragraph(
                escape(t["thawed"].format(date=fmt_date(line.thawed_on, language))), st.cell_muted
            )
        )
    if line.hold:
        status: list[Paragraph] = [Paragraph(escape(t["held"]), st.cell_bold)]
        if line.hold_reason:
            status.append(Paragraph(escape(line.hold_reason), st.cell))
    else:
        status = [Paragraph(escape(t["to_stock"]), st.cell)]
    use_by_style = st.cell_bold if line.use_by != line.expiry else st.cell
    return [
        Paragraph(str(line.line_no), st.cell),
        product,
        Paragraph(escape(line.varenummer), st.cell),
        Paragraph(escape(line.batch), st.cell),
        Paragraph(fmt_date(line.expiry, language), st.cell),
        Paragraph(fmt_date(line.use_by, language), use_by_style),
        storage,
        status,
        Paragraph(fmt_int(line.packs, language), st.cell_right),
        Paragraph(fmt_int(line.doses, language), st.cell_right),
    ]
