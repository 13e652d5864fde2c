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

The document is made from plain data (:class:`DistributionListDoc`), gathered by
``services.documents``; nothing here reads the database.  Danish by default, English
on request.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
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
from pharmacy_app.reports.list_shortfall import Shortfall, shortfall_story
from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    LOT_COLUMNS,
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

DIRECT, IN_TRANSIT = "direct", "in_transit"
FRIDGE_C = (2, 8)


@dataclass(frozen=True)
class ListLine:
    """One picked lot on a list.  ``units`` are whole vials/syringes (``unit_name``)."""

    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    thawed_shelf_life_days: int | None
    units: int
    unit_name: str  # plural ("hætteglas", "sprøjter", "vials"); singular is derived for one
    doses: int
    storage: str = ""  # short text for the line; derived from the fields below if empty
    override_reason: str = ""  # why this lot was chosen against FEFO
    frozen: bool = False  # travels frozen (an unthawed lot of a frozen product)
    fridge_c: tuple[int, int] | None = FRIDGE_C
    frozen_c: tuple[int, int] | None = None
    in_use_hours: int | None = None  # how long an opened vial keeps
    part_doses: int = 0  # doses beyond the whole units (a part of a vial)


@dataclass(frozen=True)
class VisitLine:
    """A mobile unit's visit: an institution on a date and the doses planned for it."""

    visit_date: date
    institution: str
    institution_kind: str
    programme_name: str
    doses: int


@dataclass(frozen=True)
class DistributionListDoc:
    list_number: str
    round_number: str
    planned_for: date
    site_name: str
    site_code: str
    site_kind_name: str
    address: str
    city: str
    mode: str  # "direct" | "in_transit"
    lines: Sequence[ListLine]
    visits: Sequence[VisitLine] = field(default_factory=tuple)
    note: str = ""
    sender: str = ""  # the pharmacy that packs and sends the list
    shortfalls: Sequence[Shortfall] = field(default_factory=tuple)  # requested, not sent

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)


_TEXT: dict[str, dict[str, str]] = {
    "da": {
        **LOT_COLUMNS["da"],
        "title": "Distributionsliste",
        "from": "Fra {sender}",
        "list_no": "Liste nr.",
        "round": "Runde",
        "date": "Dato",
        "site_code": "Stedkode",
        "site_kind": "Stedtype",
        "address": "Adresse",
        "mode": "Forsendelse",
        "direct": "Sendes direkte",
        "in_transit": "I transit til modtagelse er bekræftet",
        "note": "Bemærkning",
        "lines": "Indhold",
        "col_storage": "Opbevaring",
        "col_units": "Antal",
        "col_lines": "Linjer",
        "col_doses": "Doser",
        "thawed": "optøet {thawed}, holdbar til {use_by}",
        "override": "Valgt uden om FEFO: {reason}",
        "part_doses": "+ {n} doser",
        "no_lines": "Der er ikke plukket noget til denne liste.",
        "total": "I alt, {n} linjer",
        "total_one": "I alt, 1 linje",
        "per_product": "I alt pr. vare",
        "storage_head": "Opbevaring i køleboksen",
        "line_fridge": "{range}, må ikke fryses",
        "line_thawed": "{range}, må ikke genfryses",
        "line_frozen": "Frost {range}",
        "box_fridge": "Opbevares ved {range}. Må ikke fryses.",
        "box_light": "Beskyttes mod lys: opbevares i den originale yderpakning.",
        "box_thawed": "Optøet {product}: må ikke genfryses; anvendes senest {use_by}.",
        "box_frozen": "Frosset {product}: opbevares ved {range}, indtil den optøs.",
        "box_in_use": "Anbrudt {unit} af {product} anvendes inden for {hours} timer.",
        "box_arrival": "Ved modtagelse: kontrollér varer og temperatur, og sæt dem straks på "
        "køl (frost).",
        "temp_range": "{lo}–{hi} °C",
        "temp_range_neg": "{lo} til {hi} °C",
        "visits": "Besøgsplan",
        "col_visit_date": "Dato",
        "col_institution": "Institution",
        "col_kind": "Type",
        "col_programme": "Program",
        "visits_total": "I alt, {n} besøg",
        "packed_by": "Pakket af",
        "received_by": "Modtaget af",
        "name_signature": "Navn og underskrift",
        "sig_date": "Dato",
        "sig_time": "Kl.",
        "sig_temp": "Temperatur (°C)",
        "running_left": "Distributionsliste {list} · {site}",
        "running_right": "Runde {round} · {date}",
        "meta_title": "Distributionslister, runde {round}",
        "meta_subject": "Distributionslister for {n} sted(er) i runde {round}",
    },
    "en": {
        **LOT_COLUMNS["en"],
        "title": "Distribution list",
        "from": "From {sender}",
        "list_no": "List no.",
        "round": "Round",
        "date": "Date",
        "site_code": "Site code",
        "site_kind": "Site type",
        "address": "Address",
        "mode": "Dispatch",
        "direct": "Sent directly",
        "in_transit": "In transit until receipt is confirmed",
        "note": "Note",
        "lines": "Contents",
        "col_storage": "Storage",
        "col_units": "Qty",
        "col_lines": "Lines",
        "col_doses": "Doses",
        "thawed": "thawed {thawed}, keeps until {use_by}",
        "override": "Chosen against FEFO: {reason}",
        "part_doses": "+ {n} doses",
        "no_lines": "Nothing has been picked for this list.",
        "total": "Total, {n} lines",
        "total_one": "Total, 1 line",
        "per_product": "Total per product",
        "storage_head": "Storage in the cool box",
        "line_fridge": "{range}, do not freeze",
        "line_thawed": "{range}, do not refreeze",
        "line_frozen": "Frozen {range}",
        "box_fridge": "Store at {range}. Do not freeze.",
        "box_light": "Protect from light: keep in the original outer carton.",
        "box_thawed": "Thawed {product}: do not refreeze; use by {use_by} at the latest.",
        "box_frozen": "Frozen {product}: keep at {range} until thawed.",
        "box_in_use": "An opened {unit} of {product} must be used within {hours} hours.",
        "box_arrival": "On arrival: check the goods and the temperature, and put them in "
        "the fridge (freezer) at once.",
        "temp_range": "{lo}–{hi} °C",
        "temp_range_neg": "{lo} to {hi} °C",
        "visits": "Visit plan",
        "col_visit_date": "Date",
        "col_institution": "Institution",
        "col_kind": "Type",
        "col_programme": "Programme",
        "visits_total": "Total, {n} visits",
        "packed_by": "Packed by",
        "received_by": "Received by",
        "name_signature": "Name and signature",
        "sig_date": "Date",
        "sig_time": "Time",
        "sig_temp": "Temperature (°C)",
        "running_left": "Distribution list {list} · {site}",
        "running_right": "Round {round} · {date}",
        "meta_title": "Distribution lists, round {round}",
        "meta_subject": "Distribution lists for {n} site(s) in round {round}",
    },
}

# The kinds of institution a mobile unit visits, as stored (Danish), in English.
_INSTITUTION_KINDS_EN = {
    "plejehjem": "nursing home",
    "botilbud": "sheltered housing",
    "fængsel": "prison",
    "asylcenter": "asylum centre",
    "udrejsecenter": "departure centre",
    "hjemmebesøg": "home visit",
    "herberg": "homeless shelter",
}

# Column widths (mm) on A4 portrait with 15 mm margins: 180 mm in all.
_COLUMNS_MM = (7, 41, 13, 17, 18, 26, 23, 18, 11, 6)
_NUMERIC = (7, 8)  # units, doses: right-aligned
_VISIT_COLUMNS_MM = (20, 72, 30, 38, 20)
_BARCODE_MODULE = 0.33 * mm  # X-dimension: reads well off a laser print
_BARCODE_HEIGHT = 13 * mm


# --------------------------------------------------------------------------- texts


def temperature_range(lo: int, hi: int, language: str) -> str:
    """``2–8 °C``; with negative figures ``−90 til −60 °C``, which a dash would garble."""
    t = _TEXT[check_language(language)]

    def num(n: int) -> str:
        return f"−{-n}" if n < 0 else str(n)

    key = "temp_range_neg" if lo < 0 or hi < 0 else "temp_range"
    return t[key].format(lo=num(lo), hi=num(hi))


def storage_text(
    language: str,
    *,
    frozen: bool,
    thawed: bool,
    fridge_c: tuple[int, int] | None = FRIDGE_C,
    frozen_c: tuple[int, int] | None = None,
) -> str:
    """The short storage text of a line: "2–8 °C, må ikke fryses", "Frost −90 til −60 °C"."""
    t = _TEXT[check_language(language)]
    if frozen and frozen_c is not None:
        return t["line_frozen"].format(range=temperature_range(*frozen_c, language))
    span = temperature_range(*(fridge_c or FRIDGE_C), language)
    return t["line_thawed" if thawed else "line_fridge"].format(range=span)


def institution_kind_name(kind: str, language: str) -> str:
    if language == "en":
        return _INSTITUTION_KINDS_EN.get(kind.strip().lower(), kind)
    return kind


def storage_instructions(doc: DistributionListDoc, language: str) -> list[str]:
    """What the cool box needs, derived from the products on the list, in print order."""
    t = _TEXT[language]
    out: list[str] = []
    cold = [line for line in doc.lines if not line.frozen]
    ranges = sorted({line.fridge_c or FRIDGE_C for line in cold})
    for lo, hi in ranges:
        out.append(t["box_fridge"].format(range=temperature_range(lo, hi, language)))
    if doc.lines:  # with the fridge range, or on its own when everything travels frozen
        light = t["box_light"]
        out[-1:] = [f"{out[-1]} {light}"] if out else [light]
    thawed_use_by: dict[str, date] = {}
    for line in cold:
        if line.thawed_on is not None:
            known = thawed_use_by.get(line.product)
            thawed_use_by[line.product] = min(known, line.use_by) if known else line.use_by
    for product, use_by in thawed_use_by.items():
        out.append(t["box_thawed"].format(product=product, use_by=fmt_date(use_by, language)))
    frozen: dict[str, tuple[int, int]] = {}
    for line in doc.lines:
        if line.frozen and line.frozen_c is not None:
            frozen.setdefault(line.product, line.frozen_c)
    for product, (lo, hi) in frozen.items():
        out.append(
            t["box_frozen"].format(product=product, range=temperature_range(lo, hi, language))
        )
    in_use: dict[str, tuple[int, str]] = {}
    for line in doc.lines:
        if line.in_use_hours:
            unit = _singular(line.unit_name, language)
            in_use.setdefault(line.product, (line.in_use_hours, unit))
    for product, (hours, unit) in in_use.items():
        out.append(t["box_in_use"].format(product=product, hours=hours, unit=unit))
    if doc.lines:
        out.append(t["box_arrival"])
    return out


def units_by_kind(lines: Sequence[ListLine]) -> dict[str, int]:
    """Whole units per kind of unit ("hætteglas", "sprøjter", …), in the lines' order."""
    totals: dict[str, int] = {}
    for line in lines:
        totals[line.unit_name] = totals.get(line.unit_name, 0) + line.units
    return totals


def unit_label(units: int, unit_name: str, language: str) -> str:
    """The unit name to print beside ``units``: singular for one."""
    return _singular(unit_name, language) if units == 1 else unit_name


def _singular(unit_name: str, language: str) -> str:
    if language == "en":
        return unit_name[:-1] if unit_name.endswith("s") else unit_name
    return {"sprøjter": "sprøjte", "applikatorer": "applikator", "enheder": "enhed"}.get(
        unit_name, unit_name
    )


# --------------------------------------------------------------------------- document


def distribution_lists_pdf(
    lists: Sequence[DistributionListDoc], imprint: Imprint, language: str = "da"
) -> bytes:
    """One PDF with every list in ``lists``, each starting on a new page."""
    check_language(language)
    if not lists:
        raise ValueError("no distribution lists to print")
    t = _TEXT[language]
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
