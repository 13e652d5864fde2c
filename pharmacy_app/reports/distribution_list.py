"""Distribution lists (distributionslister): what one site gets in a round, on A4.

One print job holds every list of a round; each list starts on a new page, so the
sheets can be put in each site's cool box.  A list shows:

* the site, its address, the date, the round and the list number, with the list
  number as a Code 128 barcode (printed underneath in plain text as well), and how the
  round is dispatched (straight to the site, or in transit until the site confirms);
* what to keep in mind for the cool box, from the products on the list: the fridge
  range, do not freeze, protect from light, thawed mRNA vaccine must not be refrozen and
  is used by a date, frozen goods stay frozen, and how long an opened vial keeps;
* every line with product, item number (varenummer), batch, expiry, use-by (with the
  thaw date where the stock is thawed), vials/syringes, doses and a box to tick;
* totals: doses, and units per kind of unit (vials, syringes and applicators are never
  added together); totals per product, what the site asked for and is not getting
  (:mod:`list_shortfall`), and for a mobile unit its visit plan;
* "packed by" and "received by" lines with date and time.

Every page carries who printed it, when and from which data, the list number, and
"side X af Y" counted within its own list, so a loose sheet finds its list.

The document is made from plain data (:mod:`.distribution_list_doc`), gathered by
``services.documents``; nothing here reads the database.  Its words and the cool-box
instructions are :mod:`.distribution_list_text`; this module draws the pages.  Danish by default, English
on request.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pharmacy_app.domain import formats
from pharmacy_app.reports.distribution_list_doc import (
    DistributionListDoc,
    ListLine,
)
from pharmacy_app.reports.distribution_list_text import (
    TEXT,
    institution_kind_name,
    storage_instructions,
    storage_text,
    unit_label,
    units_by_kind,
)
from pharmacy_app.reports.list_shortfall import shortfall_story
from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    STRIPE_FILL,
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
    fmt_int,
    header_cells,
    right_aligned,
    styles,
    title_block,
    total_row_commands,
)

# Column widths (mm) on A4 portrait with 15 mm margins: 180 mm in all.
_COLUMNS_MM = (7, 41, 13, 17, 18, 26, 23, 18, 11, 6)
_NUMERIC = (7, 8)  # units, doses: right-aligned
_VISIT_COLUMNS_MM = (20, 72, 30, 38, 20)
_BARCODE_MODULE = 0.33 * mm  # X-dimension: reads well off a laser print
_BARCODE_HEIGHT = 13 * mm


def distribution_lists_pdf(
    lists: Sequence[DistributionListDoc], imprint: Imprint, language: str = "da"
) -> bytes:
    """One PDF with every list in ``lists``, each starting on a new page."""
    check_language(language)
    if not lists:
        raise ValueError("no distribution lists to print")
    t = TEXT[language]
    rounds = sorted({doc.round_number for doc in lists})
    round_label = ", ".join(rounds)
    running = {
        doc.list_number: (
            t["running_left"].format(list=doc.list_number, site=doc.site_name),
            t["running_right"].format(
                round=doc.round_number, date=fmt_date(doc.planned_for, language)
            ),
        )
        for doc in lists
    }
    story: list[Flowable] = []
    for i, doc in enumerate(lists):
        if i:
            story.append(PageBreak())
        story.append(_ListStart(doc.list_number))
        story += _list_story(doc, t, language)
    buffer = io.BytesIO()
    build_pdf(
        buffer,
        story,
        _ListPageFrame(imprint=imprint, language=language, running=running),
        title=t["meta_title"].format(round=round_label),
        subject=t["meta_subject"].format(n=len(lists), round=round_label),
    )
    return buffer.getvalue()


_LIST_KEY = "_distribution_list_number"


class _ListStart(Flowable):
    """Takes no room; marks the page it lands on (and those after) as this list's."""

    def __init__(self, list_number: str) -> None:
        super().__init__()
        self.list_number = list_number

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, _LIST_KEY, self.list_number)


@dataclass(frozen=True)
class _ListPageFrame(PageFrame):
    """The shared page frame, with pages counted within each list, not the whole job."""

    running: dict[str, tuple[str, str]] = field(default_factory=dict)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        states: list[dict[str, Any]] = getattr(canvas, "_pages", [])
        keys = [state.get(_LIST_KEY) for state in states] or [None]
        key = keys[page - 1] if page - 1 < len(keys) else None
        own = [i for i, k in enumerate(keys, start=1) if k == key]
        number = own.index(page) + 1 if page in own else page
        left, right = self.running.get(key or "", ("", ""))
        PageFrame(self.imprint, self.language, running_left=left, running_right=right).draw(
            canvas, number, len(own) or pages
        )


def _list_story(doc: DistributionListDoc, t: dict[str, str], language: str) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _title_block(doc, t),
        Spacer(0, 2.5 * mm),
        _facts(doc, t, language),
        Spacer(0, 3 * mm),
    ]
    instructions = storage_instructions(doc, language)
    if instructions:
        story += [_storage_box(instructions, t), Spacer(0, 3 * mm)]
    story += [Paragraph(escape(t["lines"]), st.heading), Spacer(0, 1.5 * mm)]
    if doc.lines:
        story.append(_lines_table(doc, t, language))
    else:
        story.append(Paragraph(escape(t["no_lines"]), st.body))
    # What closes the list stays together, so the signatures never stand alone on a page.
    closing: list[Flowable] = []
    if doc.lines:
        closing += [Spacer(0, 3.5 * mm), *_per_product(doc, t, language)]
    short = shortfall_story(doc.shortfalls, language)
    if short:
        closing += [Spacer(0, 3.5 * mm), *short]
    if doc.visits:
        closing += [Spacer(0, 3.5 * mm), Paragraph(escape(t["visits"]), st.heading)]
        closing += [Spacer(0, 1.5 * mm), _visits_table(doc, t, language)]
    closing += [Spacer(0, 6 * mm), _signatures(t)]
    story.append(KeepTogether(closing))
    return story


def _title_block(doc: DistributionListDoc, t: dict[str, str]) -> Flowable:
    st = styles()
    address = formats.address_line(doc.address, doc.city)
    left: list[Flowable] = [
        Paragraph(escape(t["title"]), st.subtitle),
        Paragraph(escape(doc.site_name), st.title),
    ]
    if address:
        left.append(Paragraph(escape(address), _larger(st.body)))
    if doc.sender:
        left.append(Paragraph(escape(t["from"].format(sender=doc.sender)), st.subtitle))
    barcode = Code128(
        doc.list_number,
        barWidth=_BARCODE_MODULE,
        barHeight=_BARCODE_HEIGHT,
        humanReadable=False,  # its text would be set in unembedded Helvetica
        quiet=True,
    )
    barcode.hAlign = "RIGHT"
    number = Paragraph(escape(doc.list_number), _number_style())
    right = [barcode, Spacer(0, 1 * mm), number]
    return title_block(left, right, (112, 68), right_valign="TOP")


def _facts(doc: DistributionListDoc, t: dict[str, str], language: str) -> Flowable:
    site_kind = doc.site_kind_name or "–"
    rows = [
        fact(t["list_no"], doc.list_number) + fact(t["site_code"], doc.site_code),
        fact(t["date"], fmt_date(doc.planned_for, language)) + fact(t["site_kind"], site_kind),
        fact(t["round"], doc.round_number) + fact(t["mode"], t.get(doc.mode, doc.mode)),
    ]
    note = (t["note"], doc.note) if doc.note.strip() else None
    return facts_table(rows, (24, 66), note=note)


def _storage_box(instructions: list[str], t: dict[str, str]) -> Flowable:
    st = styles()
    bullet = st.body.clone(
        "storage_item", leftIndent=9, bulletIndent=0, leading=11.5, bulletFontName=FONT
    )
    content: list[Flowable] = [Paragraph(escape(t["storage_head"]), st.value)]
    content += [Paragraph(escape(text), bullet, bulletText="•") for text in instructions]
    table = Table([[content]], colWidths=[180 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), ATTENTION_FILL),
                ("BOX", (0, 0), (-1, -1), 0.9, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * mm),
            ]
        )
    )
    return table


class _CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _lines_table(doc: DistributionListDoc, t: dict[str, str], language: str) -> Flowable:
    st = styles()
    head_keys = (
        "col_no",
        "col_product",
        "col_varenr",
        "col_batch",
        "col_expiry",
        "col_use_by",
        "col_storage",
        "col_units",
        "col_doses",
    )
    header = header_cells([t[key] for key in head_keys], _NUMERIC)
    header.append(
        Paragraph("✓", st.head.clone("head_check", alignment=TA_CENTER, fontSize=9, leading=9))
    )
    rows: list[list[Any]] = [header]
    commands = data_table_commands()
    commands += [
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (-1, 0), (-1, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    for i, line in enumerate(doc.lines, start=1):
        rows.append(_line_row(i, line, t, language))
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
    n = len(doc.lines)
    label = count_label(n, t["total_one"], t["total"], language)
    # Vials, syringes and applicators are not added together: one total per kind of unit.
    units = [
        Paragraph(
            f"{fmt_int(count, language)} {escape(unit_label(count, name, language))}",
            st.cell_right_bold,
        )
        for name, count in units_by_kind(doc.lines).items()
    ]
    rows.append(
        [Paragraph(escape(label), st.cell_bold)]
        + [""] * 4
        + [units, "", "", Paragraph(fmt_int(doc.doses, language), st.cell_right_bold), ""]
    )
    last = len(rows) - 1
    commands += total_row_commands(last, 4)
    commands.append(("SPAN", (5, last), (7, last)))  # room for "30 applikatorer" on one line
    commands.append(("NOSPLIT", (0, max(1, last - 2)), (-1, last)))  # no total alone on a page
    table = Table(rows, colWidths=[w * mm for w in _COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _line_row(number: int, line: ListLine, t: dict[str, str], language: str) -> list[Any]:
    st = styles()
    product: list[Paragraph] = [Paragraph(escape(line.product), st.cell)]
    if line.override_reason.strip():
        product.append(
            Paragraph(escape(t["override"].format(reason=line.override_reason)), st.cell_muted)
        )
    use_by: list[Paragraph] = [
        Paragraph(
            fmt_date(line.use_by, language),
            st.cell_bold if line.thawed_on is not None or line.use_by != line.expiry else st.cell,
        )
    ]
    if line.thawed_on is not None:
        use_by.append(
            Paragraph(
                escape(
                    t["thawed"].format(
                        thawed=fmt_date(line.thawed_on, language),
                        use_by=fmt_date(line.use_by, language),
                    )
                ),
                st.cell_muted,
            )
        )
    storage = line.storage or storage_text(
        language,
        frozen=line.frozen,
        thawed=line.thawed_on is not None,
        fridge_c=line.fridge_c,
        frozen_c=line.frozen_c,
    )
    units: list[Paragraph] = [
        Paragraph(fmt_int(line.units, language), st.cell_right_bold),
        Paragraph(escape(unit_label(line.units, line.unit_name, language)), right_aligned(st.cell_muted)),
    ]
    if line.part_doses:
        units.append(
            Paragraph(escape(t["part_doses"].format(n=line.part_doses)), right_aligned(st.cell_muted))
        )
    return [
        Paragraph(str(number), st.cell),
        product,
        Paragraph(escape(line.varenummer), st.cell),
        Paragraph(escape(line.batch), st.cell_bold),
        Paragraph(fmt_date(line.expiry, language), st.cell),
        use_by,
        Paragraph(escape(storage), st.cell),
        units,
        Paragraph(fmt_int(line.doses, language), st.cell_right_bold),
        _CheckBox(),
    ]


def _per_product(doc: DistributionListDoc, t: dict[str, str], language: str) -> list[Flowable]:
    st = styles()
    totals: dict[tuple[str, str], list[Any]] = {}
    for line in doc.lines:
        entry = totals.setdefault((line.product, line.varenummer), [0, line.unit_name, 0, 0])
        entry[0] += line.units
        entry[2] += line.doses
        entry[3] += 1
    keys = ("col_product", "col_varenr", "col_lines", "col_units", "col_doses")
    rows: list[list[Any]] = [header_cells([t[key] for key in keys], (2, 3, 4))]
    for (product, varenummer), (units, unit_name, doses, count) in totals.items():
        rows.append(
            [
                Paragraph(escape(product), st.cell),
                Paragraph(escape(varenummer), st.cell),
                Paragraph(fmt_int(count, language), st.cell_right),
                Paragraph(
                    f"{fmt_int(units, language)} {escape(unit_label(units, unit_name, language))}",
                    st.cell_right,
                ),
                Paragraph(fmt_int(doses, language), st.cell_right_bold),
            ]
        )
    commands = data_table_commands()
    for i in range(1, len(rows)):
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
    table = Table(rows, colWidths=[w * mm for w in (88, 20, 18, 34, 20)], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return [Paragraph(escape(t["per_product"]), st.heading), Spacer(0, 1.5 * mm), table]


def _visits_table(doc: DistributionListDoc, t: dict[str, str], language: str) -> Flowable:
    st = styles()
    keys = ("col_visit_date", "col_institution", "col_kind", "col_programme", "col_doses")
    rows: list[list[Any]] = [header_cells([t[key] for key in keys], (4,))]
    commands = data_table_commands()
    visits = sorted(doc.visits, key=lambda v: (v.visit_date, v.institution))
    for i, visit in enumerate(visits, start=1):
        rows.append(
            [
                Paragraph(fmt_date(visit.visit_date, language), st.cell),
                Paragraph(escape(visit.institution), st.cell),
                Paragraph(escape(institution_kind_name(visit.institution_kind, language)), st.cell),
                Paragraph(escape(visit.programme_name), st.cell),
                Paragraph(fmt_int(visit.doses, language), st.cell_right),
            ]
        )
        if i % 2 == 0:
            commands.append(("BACKGROUND", (0, i), (-1, i), STRIPE_FILL))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
    rows.append(
        [
            Paragraph(
                escape(t["visits_total"].format(n=fmt_int(len(visits), language))), st.cell_bold
            )
        ]
        + [""] * 3
        + [Paragraph(fmt_int(sum(v.doses for v in visits), language), st.cell_right_bold)]
    )
    last = len(rows) - 1
    commands += total_row_commands(last, 3)
    table = Table(rows, colWidths=[w * mm for w in _VISIT_COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _signatures(t: dict[str, str]) -> Flowable:
    st = styles()

    def block(title: str, fields: list[tuple[str, float]]) -> Table:
        """A title, a line to sign on, and a row of short fields (label, width in mm)."""
        n = len(fields)
        rows: list[list[Any]] = [
            [Paragraph(escape(title), st.value)] + [""] * (n - 1),
            [""] * n,
            [Paragraph(escape(t["name_signature"]), st.label)] + [""] * (n - 1),
            [""] * n,
            [Paragraph(escape(label), st.label) for label, _w in fields],
        ]
        table = Table(
            rows,
            colWidths=[w * mm for _label, w in fields],
            rowHeights=[None, 10 * mm, None, 8 * mm, None],
            hAlign="LEFT",
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("SPAN", (0, 0), (-1, 0)),
            ("SPAN", (0, 1), (-1, 1)),
            ("SPAN", (0, 2), (-1, 2)),
            ("LINEBELOW", (0, 1), (-1, 1), 0.6, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for i in range(n):
            # A short gap between the fields' lines, so each reads as its own.
            commands.append(("LINEBELOW", (i, 3), (i, 3), 0.6, INK))
            if i < n - 1:
                commands.append(("RIGHTPADDING", (i, 3), (i, 4), 4 * mm))
        table.setStyle(TableStyle(commands))
        return table

    packed = block(t["packed_by"], [(t["sig_date"], 50), (t["sig_time"], 34)])
    received = block(
        t["received_by"], [(t["sig_date"], 30), (t["sig_time"], 20), (t["sig_temp"], 34)]
    )
    outer = Table([[packed, "", received]], colWidths=[84 * mm, 12 * mm, 84 * mm], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _larger(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_larger", fontSize=10.5, leading=13.5)


def _number_style() -> ParagraphStyle:
    return styles().value.clone(
        "list_number", fontName=FONT_BOLD, fontSize=11, leading=13, alignment=TA_RIGHT
    )
