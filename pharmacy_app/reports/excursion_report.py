"""The excursion report: one temperature excursion, its evidence and what was decided.

A4 portrait, Danish by default, English on request: the place and its storage, the
period (Copenhagen time) and how long it lasted, the lowest and highest temperature and
the range that applies, where it came from (typed in, or a logger file by name), the
logger's readings as a curve with the range marked and as a table when they are few,
then each lot held with its doses, the product's stability rule, the suggested decision
and why, the decision, its reason, who decided and when.  Made from plain data
(:class:`ExcursionReportData`) whose texts the service has already put in the language;
nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.reports.pdf_common import (
    ATTENTION_FILL,
    FONT,
    GRID,
    MUTED,
    Imprint,
    PageFrame,
    build_pdf,
    check_language,
    data_table_commands,
    escape,
    fact,
    facts_table,
    fmt_date,
    fmt_datetime,
    fmt_int,
    header_cells,
    pharmacy_heading,
    styles,
    title_block,
)

MAX_TABLE_READINGS = 48  # more than this: the curve alone


@dataclass(frozen=True)
class ReportLot:
    product: str
    varenummer: str
    batch: str
    use_by: date
    doses_held: int
    rule: tuple[str, ...]  # the stability rule's lines, in the report's language
    suggestion: str  # the suggested decision and why, in the language
    decision: str  # decision code: none | released | shortened | discarded
    reason: str
    new_use_by: date | None
    decided_by: str | None
    decided_at: datetime | None


@dataclass(frozen=True)
class ExcursionReportData:
    excursion_id: int
    location_code: str
    location_name: str
    storage_class: str
    start: datetime
    end: datetime
    lowest: float
    highest: float
    limits: tuple[float, float]
    source: str  # manual | logger
    file_name: str
    recorded_by: str
    recorded_at: datetime
    note: str
    readings: tuple[tuple[datetime, float], ...]
    lots: tuple[ReportLot, ...]
    pharmacy_code: str
    pharmacy_name: str
    imprint: Imprint


_TEXT: dict[str, dict[str, str]] = {
    "da": {
        "title": "Temperaturudsving",
        "subtitle": "Rapport nr. {id}",
        "pharmacy_code": "Apotekskode {code}",
        "place": "Sted",
        "storage": "Opbevaring",
        "from": "Fra",
        "to": "Til",
        "duration": "Varighed",
        "hours": "{h} timer",
        "lowest": "Laveste",
        "highest": "Højeste",
        "range": "Tilladt område",
        "source": "Kilde",
        "manual": "Indtastet manuelt",
        "logger": "Loggerfil {file}",
        "recorded": "Registreret",
        "recorded_by": "{when} af {who}",
        "note": "Bemærkning",
        "evidence": "Loggerens målinger",
        "evidence_none": "Ingen loggerdata: udsvinget er indtastet manuelt.",
        "evidence_many": "{n} målinger; kurven viser dem alle.",
        "col_time": "Tidspunkt",
        "col_temp": "°C",
        "lots": "Tilbageholdte partier",
        "lots_none": "Ingen partier var på stedet i denne opbevaring under udsvinget.",
        "col_product": "Vare",
        "col_batch": "Batch",
        "col_doses": "Doser",
        "col_rule": "Stabilitet",
        "col_suggestion": "Forslag",
        "col_decision": "Beslutning",
        "item_no": "Varenr. {v}",
        "use_by": "anv. senest {date}",
        "none": "Ikke afgjort – tilbageholdt",
        "released": "Frigivet",
        "shortened": "Holdbarhed forkortet til {date}",
        "discarded": "Kasseret (TEMPERATURSVIGT)",
        "decided_by": "{who}, {when}",
        "storage_ultralow": "Ultrafryser (−90 til −60 °C)",
        "storage_freezer": "Fryser (−25 til −15 °C)",
        "storage_fridge": "Køleskab (2–8 °C)",
        "storage_coolbox": "Køleboks (2–8 °C)",
        "notice": "Stabilitetsreglerne er vejledende og forsigtige; de erstatter ikke "
        "produktresuméet eller producentens svar. En farmaceut træffer beslutningen.",
        "meta_subject": "Temperaturudsving {id} på {place}",
        "running": "Temperaturudsving · {place}",
    },
    "en": {
        "title": "Temperature excursion",
        "subtitle": "Report no. {id}",
        "pharmacy_code": "Pharmacy code {code}",
        "place": "Place",
        "storage": "Storage",
        "from": "From",
        "to": "To",
        "duration": "Duration",
        "hours": "{h} hours",
        "lowest": "Lowest",
        "highest": "Highest",
        "range": "Allowed range",
        "source": "Source",
        "manual": "Typed in",
        "logger": "Logger file {file}",
        "recorded": "Recorded",
        "recorded_by": "{when} by {who}",
        "note": "Note",
        "evidence": "The logger's readings",
        "evidence_none": "No logger data: the excursion was typed in.",
        "evidence_many": "{n} readings; the curve shows them all.",
        "col_time": "Time",
        "col_temp": "°C",
        "lots": "Lots held",
        "lots_none": "No lots were at the place in this storage during the excursion.",
        "col_product": "Product",
        "col_batch": "Batch",
        "col_doses": "Doses",
        "col_rule": "Stability",
        "col_suggestion": "Suggested",
        "col_decision": "Decision",
        "item_no": "Item no. {v}",
        "use_by": "use by {date}",
        "none": "Not decided – held",
        "released": "Released",
        "shortened": "Use-by shortened to {date}",
        "discarded": "Discarded (TEMPERATURSVIGT)",
        "decided_by": "{who}, {when}",
        "storage_ultralow": "Ultra-low freezer (−90 to −60 °C)",
        "storage_freezer": "Freezer (−25 to −15 °C)",
        "storage_fridge": "Fridge (2–8 °C)",
        "storage_coolbox": "Cool box (2–8 °C)",
        "notice": "The stability rules are conservative guidance; they do not replace the "
        "SmPC or the manufacturer's answer. A pharmacist decides.",
        "meta_subject": "Temperature excursion {id} at {place}",
        "running": "Temperature excursion · {place}",
    },
}

_LOT_COLUMNS_MM = (40, 18, 14, 38, 34, 36)


def _celsius(x: float, language: str) -> str:
    text = f"{x:.1f}"
    return text.replace(".", ",") if language == "da" else text


def storage_label(storage_class: str, language: str) -> str:
    return _TEXT[language].get(f"storage_{storage_class}", storage_class)


def write_excursion_report(doc: ExcursionReportData, out: Path | BinaryIO, language: str = "da") -> None:
    """Write the report for ``doc`` to a file path or a binary stream."""
    check_language(language)
    t = _TEXT[language]
    place = f"{doc.location_name} ({doc.location_code})"
    frame = PageFrame(
        imprint=doc.imprint, language=language,
        running_left=t["running"].format(place=place), running_right=t["subtitle"].format(id=doc.excursion_id),
    )  # fmt: skip
    build_pdf(out, story(doc, language), frame, title=f"{t['title']} {doc.excursion_id}",
              subject=t["meta_subject"].format(id=doc.excursion_id, place=place))  # fmt: skip


def story(doc: ExcursionReportData, language: str) -> list[Flowable]:
    t = _TEXT[language]
    st = styles()
    code_line = t["pharmacy_code"].format(code=doc.pharmacy_code) if doc.pharmacy_code else ""
    head = title_block(
        [Paragraph(escape(t["title"]), st.title), Paragraph(escape(t["subtitle"].format(id=doc.excursion_id)), st.subtitle)],
        pharmacy_heading(doc.pharmacy_name, code_line),
    )  # fmt: skip
    parts: list[Flowable] = [head, Spacer(0, 4 * mm), _facts(doc, t, language), Spacer(0, 5 * mm)]
    parts.append(Paragraph(escape(t["evidence"]), st.heading))
    parts += _evidence(doc, t, language)
    parts += [Spacer(0, 5 * mm), Paragraph(escape(t["lots"]), st.heading)]
    parts.append(_lots(doc, t, language) if doc.lots else Paragraph(escape(t["lots_none"]), st.body))
    parts += [Spacer(0, 4 * mm), Paragraph(escape(t["notice"]), st.small)]
    return parts


def _facts(doc: ExcursionReportData, t: dict[str, str], language: str) -> Flowable:
    hours = (doc.end - doc.start).total_seconds() / 3600
    source = t["manual"] if doc.source == "manual" else t["logger"].format(file=doc.file_name)
    low, high = doc.limits
    rows = [
        fact(t["place"], f"{doc.location_name} ({doc.location_code})")
        + fact(t["storage"], storage_label(doc.storage_class, language)),
        fact(t["from"], fmt_datetime(doc.start, language)) + fact(t["to"], fmt_datetime(doc.end, language)),
        fact(t["duration"], t["hours"].format(h=_celsius(hours, language)))
        + fact(t["range"], f"{_celsius(low, language)} – {_celsius(high, language)} °C"),
        fact(t["lowest"], f"{_celsius(doc.lowest, language)} °C") + fact(t["highest"], f"{_celsius(doc.highest, language)} °C"),
        fact(t["source"], source)
        + fact(t["recorded"], t["recorded_by"].format(when=fmt_datetime(doc.recorded_at, language), who=doc.recorded_by)),
    ]  # fmt: skip
    return facts_table(rows, note=(t["note"], doc.note) if doc.note else None)


def _evidence(doc: ExcursionReportData, t: dict[str, str], language: str) -> list[Flowable]:
    st = styles()
    if not doc.readings:
        return [Paragraph(escape(t["evidence_none"]), st.body)]
    out: list[Flowable] = [curve(doc.readings, doc.limits, (doc.start, doc.end), language)]
    if len(doc.readings) > MAX_TABLE_READINGS:
        out.append(Paragraph(escape(t["evidence_many"].format(n=fmt_int(len(doc.readings), language))), st.small))
        return out
    out.append(Spacer(0, 2 * mm))
    out.append(_readings_table(doc, t, language))
    return out


def curve(readings: Sequence[tuple[datetime, float]], limits: tuple[float, float],
          window: tuple[datetime, datetime], language: str) -> Drawing:  # fmt: skip
    """The readings against time, the allowed range as dashed lines and the excursion
    shaded."""
    width, height = 180 * mm, 55 * mm
    drawing = Drawing(width, height)
    t0 = readings[0][0]
    points = [((at - t0).total_seconds() / 3600, c) for at, c in readings]
    temps = [c for _h, c in points] + list(limits)
    lo, hi = min(temps) - 1, max(temps) + 1
    span = max(points[-1][0], 0.01)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 14 * mm, 10 * mm, width - 20 * mm, height - 16 * mm
    plot.data = [points]
    plot.lines[0].strokeColor = colors.HexColor("#1F5FAF")
    plot.lines[0].strokeWidth = 1.2
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, span
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = lo, hi
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 6.5
    plot.xValueAxis.labelTextFormat = lambda h: local_moment(t0 + timedelta(hours=h)).strftime(
        "%d-%m %H:%M" if language == "da" else "%m-%d %H:%M"
    )
    plot.yValueAxis.labelTextFormat = lambda c: _celsius(c, language).replace(",0", "").replace(".0", "")

    def x_of(h: float) -> float:
        return float(plot.x + plot.width * h / span)

    def y_of(c: float) -> float:
        return float(plot.y + plot.height * (c - lo) / (hi - lo))

    a, b = ((w - t0).total_seconds() / 3600 for w in window)
    drawing.add(Rect(x_of(a), plot.y, max(x_of(b) - x_of(a), 1.5), plot.height,
                     fillColor=ATTENTION_FILL, strokeColor=None))  # fmt: skip
    drawing.add(plot)
    for limit in limits:
        drawing.add(Line(plot.x, y_of(limit), plot.x + plot.width, y_of(limit),
                         strokeColor=colors.HexColor("#B0413E"), strokeDashArray=[3, 2], strokeWidth=0.8))  # fmt: skip
    drawing.add(String(plot.x, height - 4 * mm, "°C", fontName=FONT, fontSize=7, fillColor=MUTED))
    return drawing


def _readings_table(doc: ExcursionReportData, t: dict[str, str], language: str) -> Flowable:
    """The readings in three side-by-side pairs of columns, time order down each pair."""
    st = styles()
    per = -(-len(doc.readings) // 3)
    chunks = [doc.readings[i * per : (i + 1) * per] for i in range(3)]
    rows: list[list[Any]] = [header_cells([t["col_time"], t["col_temp"]] * 3, (1, 3, 5))]
    commands = data_table_commands()
    for r in range(per):
        row: list[Any] = []
        for c, chunk in enumerate(chunks):
            if r < len(chunk):
                at, celsius = chunk[r]
                out = celsius < doc.limits[0] or celsius > doc.limits[1]
                row += [Paragraph(escape(fmt_datetime(at, language)), st.cell),
                        Paragraph(_celsius(celsius, language), st.cell_right_bold if out else st.cell_right)]  # fmt: skip
                if out:
                    commands.append(("BACKGROUND", (2 * c, r + 1), (2 * c + 1, r + 1), ATTENTION_FILL))
            else:
                row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[40 * mm, 20 * mm] * 3, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _decision(lot: ReportLot, t: dict[str, str], language: str) -> list[Paragraph]:
    st = styles()
    text = t[lot.decision].format(date=fmt_date(lot.new_use_by, language))
    cell = [Paragraph(escape(text), st.cell_bold)]
    if lot.reason:
        cell.append(Paragraph(escape(lot.reason), st.cell))
    if lot.decided_by:
        when = fmt_datetime(lot.decided_at, language)
        cell.append(Paragraph(escape(t["decided_by"].format(who=lot.decided_by, when=when)), st.cell_muted))
    return cell


def _lots(doc: ExcursionReportData, t: dict[str, str], language: str) -> Flowable:
    st = styles()
    keys = ("col_product", "col_batch", "col_doses", "col_rule", "col_suggestion", "col_decision")
    rows: list[list[Any]] = [header_cells([t[k] for k in keys], (2,))]
    commands = data_table_commands()
    for i, lot in enumerate(doc.lots, start=1):
        rows.append([
            [Paragraph(escape(lot.product), st.cell), Paragraph(escape(t["item_no"].format(v=lot.varenummer)), st.cell_muted)],
            [Paragraph(escape(lot.batch), st.cell),
             Paragraph(escape(t["use_by"].format(date=fmt_date(lot.use_by, language))), st.cell_muted)],
            Paragraph(fmt_int(lot.doses_held, language), st.cell_right),
            [Paragraph(escape(line), st.cell) for line in lot.rule],
            Paragraph(escape(lot.suggestion), st.cell),
            _decision(lot, t, language),
        ])  # fmt: skip
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, GRID))
        if lot.decision == "none":
            commands.append(("BACKGROUND", (5, i), (5, i), ATTENTION_FILL))
    table = Table(rows, colWidths=[w * mm for w in _LOT_COLUMNS_MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return KeepTogether([table]) if len(doc.lots) <= 3 else table
