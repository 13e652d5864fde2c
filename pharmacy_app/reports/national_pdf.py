"""The national overview printed for SSI and the national task force (A4 landscape).

The month and the regions it was made from, the national totals per product, each
region's line per product (stock, expiring, given, wasted, use a week, weeks of cover,
what will expire unused; regions short of a product marked), and the proposals to move
surplus with the sentence explaining each.  Danish by default, English on request.
Made from the plain :class:`~pharmacy_app.domain.national.NationalOverview`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.domain import formats
from pharmacy_app.domain.national import (
    EXPIRY_HORIZON_DAYS,
    SHORT_WEEKS,
    NationalOverview,
    RegionLine,
)
from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    GRID,
    Imprint,
    PageFrame,
    build_pdf,
    check_language,
    data_table_commands,
    escape,
    fmt_date,
    fmt_int,
    header_cells,
    styles,
    title_block,
    total_row_commands,
)

_TEXT: dict[str, dict[str, str]] = {
    "da": {
        "title": "Landsoverblik",
        "subtitle": "Lager, udløb og forbrug i regionerne · {period}{status}",
        "provisional": " · foreløbig",
        "regions": "Regioner: {regions}",
        "totals": "Hele landet",
        "by_region": "Regionerne",
        "proposals": "Forslag til omfordeling mellem regioner",
        "none": "Intet overskud, som en anden region kan nå at bruge før udløb.",
        "col_region": "Region",
        "col_product": "Vaccine",
        "col_stock": "Lager",
        "col_expiring": f"Udløber inden {EXPIRY_HORIZON_DAYS} dage",
        "col_given": "Givet",
        "col_wasted": "Kasseret",
        "col_rate": "Forbrug/uge",
        "col_cover": "Ugers dækning",
        "col_waste": "Udløber ubrugt",
        "col_from": "Fra",
        "col_to": "Til",
        "col_batch": "Batch",
        "col_use_by": "Anv. senest",
        "col_doses": "Doser",
        "col_why": "Begrundelse",
        "total": "I alt",
        "method": (
            "Forbrug pr. uge er månedens givne doser over de dage, rapporten dækker; ugers "
            "dækning er lageret over forbruget pr. uge; fremhævet: under {short} ugers dækning. "
            "Udløber ubrugt: hvad regionen ikke når at bruge før anvendes senest, med tidligste "
            "udløb først. Forslagene sender overskud, tidligste udløb først, til regionen med "
            "færrest ugers dækning, i hele pakninger og højst hvad den kan bruge før udløb."
        ),
        "running": "Landsoverblik · {period}",
    },
    "en": {
        "title": "National picture",
        "subtitle": "Stock, expiry and use in the regions · {period}{status}",
        "provisional": " · provisional",
        "regions": "Regions: {regions}",
        "totals": "The whole country",
        "by_region": "The regions",
        "proposals": "Proposed moves between regions",
        "none": "No surplus that another region can use before it expires.",
        "col_region": "Region",
        "col_product": "Vaccine",
        "col_stock": "Stock",
        "col_expiring": f"Expiring within {EXPIRY_HORIZON_DAYS} days",
        "col_given": "Given",
        "col_wasted": "Wasted",
        "col_rate": "Use/week",
        "col_cover": "Weeks of cover",
        "col_waste": "Will expire unused",
        "col_from": "From",
        "col_to": "To",
        "col_batch": "Batch",
        "col_use_by": "Use by",
        "col_doses": "Doses",
        "col_why": "Why",
        "total": "Total",
        "method": (
            "Use a week is the month's doses given over the days the report covers; weeks of "
            "cover is stock over use a week; highlighted: under {short} weeks of cover. Will "
            "expire unused: what the region cannot use before the use-by date, earliest expiry "
            "first. The proposals send surplus, earliest expiry first, to the region with the "
            "fewest weeks of cover, in whole packs and no more than it can use before expiry."
        ),
        "running": "National picture · {period}",
    },
}

PAGE = landscape(A4)
# Column widths (mm) on A4 landscape with 15 mm margins: 267 mm in all.
_LINE_MM = (44, 83, 20, 22, 20, 18, 20, 20, 20)
_PROPOSAL_MM = (30, 30, 20, 18, 16, 153)


def _cover_text(cover: float | None, language: str) -> str:
    return "–" if cover is None else formats.tenths(cover, language)


def _line_row(line: RegionLine, language: str, region: str) -> list[Any]:
    st = styles()
    numbers = [
        fmt_int(line.stock, language), fmt_int(line.expiring, language), fmt_int(line.given, language),
        fmt_int(line.wasted, language), formats.tenths(line.weekly_rate, language),
        _cover_text(line.weeks_of_cover, language), fmt_int(line.will_expire, language),
    ]  # fmt: skip
    return [
        Paragraph(escape(region), st.cell),
        Paragraph(escape(line.product), st.cell),
        *(Paragraph(n, st.cell_right) for n in numbers),
    ]


def _lines_table(
    lines: Sequence[tuple[str, RegionLine]], t: dict[str, str], language: str
) -> Table:
    keys = ("col_region", "col_product", "col_stock", "col_expiring", "col_given", "col_wasted",
            "col_rate", "col_cover", "col_waste")  # fmt: skip
    rows: list[list[Any]] = [header_cells([t[k] for k in keys], range(2, 9))]
    commands = data_table_commands()
    for i, (region, line) in enumerate(lines, start=1):
        rows.append(_line_row(line, language, region))
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        if line.short:
            commands.append(("BACKGROUND", (7, i), (7, i), ATTENTION_FILL))
        if line.will_expire:
            commands.append(("BACKGROUND", (8, i), (8, i), ATTENTION_FILL))
    table = Table(rows, colWidths=[w * mm for w in _LINE_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _proposals_table(overview: NationalOverview, t: dict[str, str], language: str) -> Flowable:
    st = styles()
    if not overview.proposals:
        return Paragraph(escape(t["none"]), st.body)
    keys = ("col_from", "col_to", "col_batch", "col_use_by", "col_doses", "col_why")
    rows: list[list[Any]] = [header_cells([t[k] for k in keys], (4,))]
    commands = data_table_commands()
    for i, p in enumerate(overview.proposals, start=1):
        rows.append(
            [
                Paragraph(escape(p.from_name), st.cell),
                Paragraph(f"<b>{escape(p.to_name)}</b>", st.cell),
                Paragraph(escape(p.batch), st.cell),
                Paragraph(fmt_date(p.use_by, language), st.cell),
                Paragraph(fmt_int(p.doses, language), st.cell_right),
                Paragraph(escape(p.sentence(language)), st.cell),
            ]
        )
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
    total = sum(p.doses for p in overview.proposals)
    rows.append([Paragraph(escape(t["total"]), st.cell_bold), "", "", "",
                 Paragraph(fmt_int(total, language), st.cell_right_bold), ""])  # fmt: skip
    commands += total_row_commands(len(rows) - 1, 3)
    table = Table(rows, colWidths=[w * mm for w in _PROPOSAL_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def story(overview: NationalOverview, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    status = t["provisional"] if overview.provisional else ""
    regions = ", ".join(f"{r.region_name} ({r.region_code})" for r in overview.regions)
    head = title_block(
        [
            Paragraph(escape(t["title"]), st.title),
            Paragraph(
                escape(t["subtitle"].format(period=overview.period, status=status)), st.subtitle
            ),
        ],
        [Paragraph(escape(t["regions"].format(regions=regions)), st.small)],
        widths_mm=(140, 127),
    )
    by_region = [(f"{line.region_name}", line) for line in overview.lines]
    by_region.sort(key=lambda pair: (pair[1].programme, pair[1].product, pair[1].region_code))
    return [
        head,
        Spacer(0, 4 * mm),
        Paragraph(escape(t["proposals"]), st.heading),
        Spacer(0, 1.5 * mm),
        _proposals_table(overview, t, language),
        Spacer(0, 5 * mm),
        Paragraph(escape(t["totals"]), st.heading),
        Spacer(0, 1.5 * mm),
        _lines_table([(t["total"], line) for line in overview.totals()], t, language),
        Spacer(0, 5 * mm),
        Paragraph(escape(t["by_region"]), st.heading),
        Spacer(0, 1.5 * mm),
        _lines_table(by_region, t, language),
        Spacer(0, 4 * mm),
        Paragraph(escape(t["method"].format(short=f"{SHORT_WEEKS:.0f}")), st.small),
    ]


def write(overview: NationalOverview, path: Path, imprint: Imprint, language: str = "da") -> Path:
    check_language(language)
    t = _TEXT[language]
    frame = PageFrame(
        imprint=imprint, language=language, running_left=t["running"].format(period=overview.period)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    build_pdf(
        path,
        story(overview, language),
        frame,
        title=f"{t['title']} {overview.period}",
        pagesize=PAGE,
    )
    return path
