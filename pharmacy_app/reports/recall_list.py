"""The recall bring-back list (tilbagekaldelse): what every site must return.

One A4 portrait document per recalled batch: the product, item number and batch, the
reason, who recalled it and when, then one row per location holding the batch outside
the pharmacy, with its address, use-by, doses and vials and an empty check column for
ticking off what came back, totals and a signature line.  Danish by default, English on
request.  Made from plain data (:class:`RecallListData`), gathered by
``services.recall``; nothing here reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.reports.pdf_common import (
    FONT,
    GRID,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    STRIPE_FILL,
    Imprint,
    PageFrame,
    build_pdf,
    check_language,
    escape,
    fmt_date,
    fmt_datetime,
    fmt_int,
    styles,
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
        _signature(t),
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
    right = [
        Paragraph(f"<b>{escape(doc.pharmacy_name)}</b>", _right(st.body)),
        Paragraph(
            escape(t["pharmacy_code"].format(code=doc.pharmacy_code)) if doc.pharmacy_code else "",
            _right(st.subtitle),
        ),
    ]
    table = Table([[left, right]], colWidths=[100 * mm, 80 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ]
        )
    )
    return table


def _facts(doc: RecallListData, t: dict[str, str], language: str) -> Flowable:
    st = styles()

    def pair(label: str, value: str) -> list[Paragraph]:
        return [Paragraph(escape(label), st.label), Paragraph(escape(value), st.value)]

    rows = [
        pair(t["product"], doc.product) + pair(t["recalled_by"], doc.recalled_by),
        pair(t["varenr"], doc.varenummer)
        + pair(t["recalled_at"], fmt_datetime(doc.recalled_at, language)),
        pair(t["batch"], doc.batch) + pair(t["expiry"], fmt_date(doc.expiry, language)),
        [
            Paragraph(escape(t["reason"]), st.label),
            Paragraph(escape(doc.reason), st.body),
            "",
            "",
        ],
    ]
    table = Table(rows, colWidths=[28 * mm, 62 * mm, 28 * mm, 62 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("SPAN", (1, 3), (3, 3)),
            ]
        )
    )
    return table


def _lines_table(
    doc: RecallListData, t: dict[str, str], language: str, closing: list[Flowable]
) -> Flowable:
    """One row per location, the totals, and ``closing`` (notice and signature) kept with
    the last rows so a signature never stands alone on a page."""
    st = styles()
    keys = ("col_location", "col_address", "col_use_by", "col_doses", "col_vials", "col_check")
    header = [
        Paragraph(escape(t[key]), st.head_right if i in _NUMERIC else st.head)
        for i, key in enumerate(keys)
    ]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for i, line in enumerate(doc.lines, start=1):
        rows.append(_line_row(line, t, language))
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-2, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        # The check column: an empty box to tick.
        commands.append(("BOX", (5, i), (5, i), 0.6, INK))
    n = len(doc.lines)
    total_label = t["total_one"] if n == 1 else t["total"].format(n=fmt_int(n, language))
    rows.append(
        [Paragraph(escape(total_label), st.cell_bold), "", ""]
        + [
            Paragraph(fmt_int(doc.doses, language), st.cell_right_bold),
            Paragraph(fmt_int(doc.vials, language), st.cell_right_bold),
            "",
        ]
    )
    total_row = len(rows) - 1
    commands += [
        ("SPAN", (0, total_row), (2, total_row)),
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.9, INK),
        ("TOPPADDING", (0, total_row), (-1, total_row), 4),
    ]
    rows.append([closing] + [""] * (len(_COLUMNS_MM) - 1))
    last = len(rows) - 1
    commands += [
        ("SPAN", (0, last), (-1, last)),
        ("TOPPADDING", (0, last), (-1, last), 3 * mm),
        ("LEFTPADDING", (0, last), (-1, last), 0),
        ("RIGHTPADDING", (0, last), (-1, last), 0),
        ("NOSPLIT", (0, max(1, n - 2)), (-1, last)),
    ]
    table = Table(rows, colWidths=[w * mm for w in _COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _line_row(line: RecallListLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    location: list[Paragraph] = [
        Paragraph(escape(line.location_name), st.cell),
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


def _signature(t: dict[str, str]) -> Flowable:
    st = styles()
    table = Table(
        [
            ["", "", ""],
            [
                Paragraph(escape(t["checked_by"]), st.label),
                "",
                Paragraph(escape(t["date"]), st.label),
            ],
        ],
        colWidths=[105 * mm, 15 * mm, 60 * mm],
        rowHeights=[12 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
            ]
        )
    )
    return table


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_right", alignment=TA_RIGHT)
