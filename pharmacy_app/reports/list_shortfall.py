"""What a site asked for and is not getting, printed on its distribution list.

When the pharmacy's usable stock is short, a site's list holds less than the site asked
for.  Without this section the site only sees what came, not what did not, and finds
out when it runs out.  Per product it prints what was requested, what is sent and what
is short, in doses and in whole vials (syringes, applicators), so the person unpacking
the cool box knows at once what to plan without.

Plain data in (:class:`Shortfall`, gathered by ``services.documents``), flowables out;
the list itself (:mod:`distribution_list`) places the section after its totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    GRID,
    INK,
    data_table_commands,
    escape,
    fmt_int,
    header_cells,
    right_aligned,
    styles,
)


@dataclass(frozen=True)
class Shortfall:
    """One product of a list: doses requested and doses sent (fewer)."""

    product: str
    varenummer: str
    requested: int
    sent: int
    doses_per_unit: int
    unit_one: str  # "hætteglas", "sprøjte", "vial"
    unit_many: str  # "hætteglas", "sprøjter", "vials"
    reason: str = ""  # why the site gets less than stock alone explains (its storage)

    @property
    def short(self) -> int:
        return max(0, self.requested - self.sent)


_TEXT = {
    "da": {
        "heading": "Mangler i denne levering",
        "note": "Apoteket havde ikke nok lager, der kan bruges i tide, til alt det ønskede. "
        "Det der mangler, er ikke pakket og kommer ikke med denne liste.",
        "note_storage": "Apoteket havde ikke nok lager, der kan bruges i tide, eller stedet kan "
        "ikke opbevare mere (årsagen står ved varen). Det der mangler, er ikke pakket og kommer "
        "ikke med denne liste.",
        "col_product": "Vare",
        "col_varenr": "Varenr.",
        "col_requested": "Ønsket",
        "col_sent": "Sendt",
        "col_short": "Mangler",
        "doses": "{n} doser",
        "dose": "1 dosis",
        "part": "+ {n} doser",
    },
    "en": {
        "heading": "Short in this delivery",
        "note": "The pharmacy did not have enough stock that can be used in time for everything "
        "requested. What is short is not packed and is not coming with this list.",
        "note_storage": "The pharmacy did not have enough stock that can be used in time, or the "
        "site cannot store more (the reason is under the product). What is short is not packed "
        "and is not coming with this list.",
        "col_product": "Product",
        "col_varenr": "Item no.",
        "col_requested": "Requested",
        "col_sent": "Sent",
        "col_short": "Short",
        "doses": "{n} doses",
        "dose": "1 dose",
        "part": "+ {n} doses",
    },
}

_COLUMNS_MM = (80, 19, 27, 27, 27)


def _amount(doses: int, s: Shortfall, t: dict[str, str], language: str, bold: bool) -> list[Paragraph]:
    """``60 doser`` over ``10 hætteglas`` (and ``+ 3 doser`` for part of one)."""
    st = styles()
    units, part = divmod(doses, max(1, s.doses_per_unit))
    dose_text = t["dose"] if doses == 1 else t["doses"].format(n=fmt_int(doses, language))
    out = [Paragraph(escape(dose_text), st.cell_right_bold if bold else st.cell_right)]
    if s.doses_per_unit > 1:
        unit = s.unit_one if units == 1 else s.unit_many
        out.append(Paragraph(escape(f"{fmt_int(units, language)} {unit}"), right_aligned(st.cell_muted)))
        if part:
            out.append(Paragraph(escape(t["part"].format(n=part)), right_aligned(st.cell_muted)))
    return out


def shortfall_story(shortfalls: Sequence[Shortfall], language: str) -> list[Flowable]:
    """The section, or nothing when the site gets all it asked for."""
    short = sorted((s for s in shortfalls if s.short > 0), key=lambda s: (s.product, s.varenummer))
    if not short:
        return []
    st = styles()
    t = _TEXT[language]
    keys = ("col_product", "col_varenr", "col_requested", "col_sent", "col_short")
    rows: list[list[Any]] = [header_cells([t[k] for k in keys], (2, 3, 4))]
    for s in short:
        product: list[Paragraph] = [Paragraph(escape(s.product), st.cell)]
        if s.reason:
            product.append(Paragraph(escape(s.reason), st.cell_muted))
        rows.append(
            [
                product,
                Paragraph(escape(s.varenummer), st.cell),
                _amount(s.requested, s, t, language, bold=False),
                _amount(s.sent, s, t, language, bold=False),
                _amount(s.short, s, t, language, bold=True),
            ]
        )
    commands = data_table_commands()
    for i in range(1, len(rows)):
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        commands.append(("BACKGROUND", (-1, i), (-1, i), ATTENTION_FILL))
    commands.append(("BOX", (-1, 0), (-1, -1), 0.6, INK))
    table = Table(rows, colWidths=[w * mm for w in _COLUMNS_MM], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return [
        Paragraph(escape(t["heading"]), st.heading),
        Spacer(0, 1 * mm),
        Paragraph(escape(t["note_storage" if any(s.reason for s in short) else "note"]), st.small),
        Spacer(0, 1.5 * mm),
        table,
    ]
