"""The comparison as tables and a chart, in the reader's language, and the files.

``DIR/simulation.xlsx`` (sheets: the comparison summary, every run, the targets, the
assumptions) and ``DIR/comparison.png`` (waste by reason and stock-out site-days per
policy, with the spread over the seeds; the assumptions under it).  Both are written
to a part file and renamed: a stopped write leaves neither half written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from pharmacy_app.reports import simulation_chart as chart
from pharmacy_app.reports import simulation_workbook as workbook
from pharmacy_app.services.simulation.model import WASTE_REASONS, Comparison, RunResult

WORKBOOK = "simulation.xlsx"
CHART = "comparison.png"

WORDS = {
    "en": {
        "summary": "Comparison", "runs": "Runs", "targets": "Targets", "assumptions": "Assumptions",
        "policy": "Policy", "seed": "Seed", "seeds": "Seeds", "figure": "Figure", "mean": "Mean",
        "low": "Lowest", "high": "Highest", "sd": "Std. dev.", "target": "Target",
        "value": "Value %", "limit": "Limit %", "met": "Met", "text": "Text",
        "yes": "yes", "no": "no", "assumption": "Assumption",
        "title": "Season {season}: waste and stock-outs per policy (mean over {n} seeds)",
        "waste_axis": "Doses wasted", "stockout_axis": "Stock-out site-days",
        "waste_title": "Waste by reason (bar: lowest-highest total)",
        "stockout_title": "Stock-out site-days (bar: lowest-highest)",
    },
    "da": {
        "summary": "Sammenligning", "runs": "Kørsler", "targets": "Mål",
        "assumptions": "Forudsætninger", "policy": "Politik", "seed": "Frø", "seeds": "Frø",
        "figure": "Tal", "mean": "Gennemsnit", "low": "Laveste", "high": "Højeste",
        "sd": "Std.-afv.", "target": "Mål", "value": "Værdi %", "limit": "Grænse %",
        "met": "Nået", "text": "Tekst", "yes": "ja", "no": "nej", "assumption": "Forudsætning",
        "title": "Sæson {season}: spild og mangler pr. politik (gennemsnit over {n} frø)",
        "waste_axis": "Kasserede doser", "stockout_axis": "Stedsdage uden lager",
        "waste_title": "Spild efter årsag (streg: laveste-højeste i alt)",
        "stockout_title": "Stedsdage uden lager (streg: laveste-højeste)",
    },
}  # fmt: skip

# The figures' names as a person reads them.
FIGURE_NAMES = {
    "en": {
        "received": "Doses received", "given": "Doses given",
        "wasted_expired": "Wasted: expired", "wasted_open_vial": "Wasted: open vial",
        "wasted_thawed": "Wasted: thawed shelf life", "wasted_temperature": "Wasted: temperature",
        "wasted_other": "Wasted: other", "wasted": "Wasted in all",
        "waste_percent": "Waste % (WHO)", "expiry_waste_percent_of_received": "Expiry waste % of received",
        "stockout_site_days": "Stock-out site-days", "open_site_days": "Open site-days",
        "stockout_percent": "Stock-out % of open site-days", "unmet_doses": "Unmet doses",
        "moved_by_rebalancing": "Moved by rebalancing", "seconds": "Seconds",
    },
    "da": {
        "received": "Doser modtaget", "given": "Doser givet",
        "wasted_expired": "Kasseret: udløbet", "wasted_open_vial": "Kasseret: anbrudt hætteglas",
        "wasted_thawed": "Kasseret: optøningsholdbarhed", "wasted_temperature": "Kasseret: temperatur",
        "wasted_other": "Kasseret: andet", "wasted": "Kasseret i alt",
        "waste_percent": "Spild % (WHO)", "expiry_waste_percent_of_received": "Udløbsspild % af modtaget",
        "stockout_site_days": "Stedsdage uden lager", "open_site_days": "Åbne stedsdage",
        "stockout_percent": "Mangel % af åbne stedsdage", "unmet_doses": "Doser uden lager",
        "moved_by_rebalancing": "Flyttet ved omfordeling", "seconds": "Sekunder",
    },
}  # fmt: skip

TABLE_FIGURES = (
    "received", "given", "wasted_expired", "wasted_open_vial", "wasted_thawed",
    "wasted_temperature", "wasted_other", "waste_percent", "expiry_waste_percent_of_received",
    "stockout_site_days", "open_site_days", "stockout_percent", "unmet_doses",
    "moved_by_rebalancing", "seconds",
)  # fmt: skip


def _lang(language: str) -> str:
    return "da" if language == "da" else "en"


def summary_table(comparison: Comparison, language: str = "en") -> workbook.Table:
    """One row per figure, per policy its mean and spread."""
    lang = _lang(language)
    words, names = WORDS[lang], FIGURE_NAMES[lang]
    header = [words["figure"]]
    for s in comparison.summary:
        label = s.label.text(lang)
        header += [f"{label}: {words['mean']}", words["low"], words["high"], words["sd"]]
    rows: list[list[object]] = []
    for f in TABLE_FIGURES:
        row: list[object] = [names[f]]
        for s in comparison.summary:
            spread = s.figures[f]
            row += [_round(spread.mean), _round(spread.low), _round(spread.high), _round(spread.sd)]
        rows.append(row)
    return workbook.Table(words["summary"], header, rows)


def runs_table(runs: Sequence[RunResult], language: str = "en") -> workbook.Table:
    lang = _lang(language)
    words, names = WORDS[lang], FIGURE_NAMES[lang]
    header = [words["policy"], words["seed"], *(names[f] for f in TABLE_FIGURES)]
    rows = [[r.policy, r.seed, *(_round(r.figure(f)) for f in TABLE_FIGURES)] for r in runs]
    return workbook.Table(words["runs"], header, rows)


def targets_table(comparison: Comparison, language: str = "en") -> workbook.Table:
    lang = _lang(language)
    words = WORDS[lang]
    header = [
        words["target"],
        words["policy"],
        words["value"],
        words["limit"],
        words["met"],
        words["text"],
    ]
    rows = [
        [
            t.name,
            t.policy,
            _round(t.value),
            t.limit,
            words["yes"] if t.met else words["no"],
            t.text.text(lang),
        ]
        for t in comparison.targets
    ]
    return workbook.Table(words["targets"], header, rows)


def assumptions_table(comparison: Comparison, language: str = "en") -> workbook.Table:
    lang = _lang(language)
    words = WORDS[lang]
    rows = [[a.text(lang)] for a in comparison.assumptions]
    return workbook.Table(words["assumptions"], [words["assumption"]], rows)


def chart_data(comparison: Comparison, language: str = "en") -> chart.ChartData:
    lang = _lang(language)
    words, names = WORDS[lang], FIGURE_NAMES[lang]
    bars = []
    for s in comparison.summary:
        total = s.figures["wasted"]
        out = s.figures["stockout_site_days"]
        bars.append(
            chart.PolicyBars(
                s.label.text(lang),
                [s.mean(f"wasted_{r}") for r in WASTE_REASONS],
                total.low,
                total.high,
                out.mean,
                out.low,
                out.high,
            )
        )
    seeds = len(comparison.settings.seeds)
    return chart.ChartData(
        title=words["title"].format(season=comparison.settings.season, n=seeds),
        reasons=[(r, names[f"wasted_{r}"].split(": ")[-1]) for r in WASTE_REASONS],
        policies=bars,
        waste_axis=words["waste_axis"],
        stockout_axis=words["stockout_axis"],
        waste_title=words["waste_title"],
        stockout_title=words["stockout_title"],
        assumptions="\n".join(a.text(lang) for a in comparison.assumptions),
    )


def write_files(comparison: Comparison, out_dir: Path, language: str = "en") -> Comparison:
    """The workbook and the chart in ``out_dir``; the comparison with their paths."""
    tables = [
        summary_table(comparison, language),
        runs_table(comparison.runs, language),
        targets_table(comparison, language),
        assumptions_table(comparison, language),
    ]
    written: list[Path] = []
    try:
        written.append(workbook.write(out_dir / WORKBOOK, tables))
        fig = chart.comparison_figure(chart_data(comparison, language))
        written.append(chart.write_png(fig, out_dir / CHART))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return dataclasses.replace(comparison, files=tuple(written))


def _round(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)
