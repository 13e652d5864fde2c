"""The chart of a projected stock: one figure code for the window and the PNG file.

The stock line starts at the stock now and then gives each week's end; the expected use
is a second line, deliveries and rounds coming in and the expiry losses are bars, the
stock-out day a vertical mark; the assumptions are written under the chart.  Built on a
bare :class:`matplotlib.figure.Figure` with the Agg canvas (no pyplot, no window), so it
works headless and the window can put the same figure in a ``FigureCanvasQTAgg``.

What must hold: the plotted data are exactly the figures given (tests read the Line2D
data back); Danish or English labels and dates as the language writes them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

LABELS = {
    "en": {
        "stock": "Stock (end of week)",
        "use": "Expected use",
        "in": "Coming in",
        "expired": "Expiry losses",
        "out": "Stock-out",
        "week": "Week",
        "doses": "Doses",
    },
    "da": {
        "stock": "Lager (ugens slutning)",
        "use": "Forventet forbrug",
        "in": "Ankommer",
        "expired": "Udløbstab",
        "out": "Udsolgt",
        "week": "Uge",
        "doses": "Doser",
    },
}


@dataclass(frozen=True)
class ChartData:
    title: str
    weeks: Sequence[date]  # Mondays
    start: int  # stock now
    ends: Sequence[int]  # stock at each week's end
    use: Sequence[int]
    incoming: Sequence[int]
    expired: Sequence[int]
    stock_out: date | None
    assumptions: str


def projection_figure(data: ChartData, language: str = "da", fig: Figure | None = None) -> Figure:
    """The chart of ``data``: a new figure (with the Agg canvas), or drawn afresh into
    ``fig`` (the window's, sized by its canvas)."""
    words = LABELS["da" if language == "da" else "en"]
    if fig is None:
        fig = Figure(figsize=(9, 5.2), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
    else:
        fig.clear()
        fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    n = len(data.weeks)
    # Position k is the end of week k-1; 0 is now.
    ax.plot(
        range(n + 1),
        [data.start, *data.ends],
        marker="o",
        color="#1f5fa8",
        label=words["stock"],
        gid="stock",
    )
    ax.plot(
        [k + 0.5 for k in range(n)], list(data.use), linestyle="--", color="#888888",
        label=words["use"], gid="use",
    )  # fmt: skip
    ax.bar(
        [k + 0.35 for k in range(n)],
        list(data.incoming),
        width=0.3,
        color="#5aa469",
        label=words["in"],
    )
    ax.bar(
        [k + 0.65 for k in range(n)],
        list(data.expired),
        width=0.3,
        color="#c0392b",
        label=words["expired"],
    )
    if data.stock_out is not None and data.weeks:
        at = (data.stock_out - data.weeks[0]).days / 7
        ax.axvline(
            at,
            color="#c0392b",
            linestyle=":",
            label=f"{words['out']} {_day(data.stock_out, language)}",
        )
    ax.set_xticks(
        [k + 0.5 for k in range(n)],
        [f"{words['week']} {w.isocalendar().week}\n{_day(w, language)}" for w in data.weeks],
        fontsize=8,
    )
    ax.set_ylabel(words["doses"])
    ax.set_ylim(bottom=0)
    ax.set_title(data.title)
    ax.legend(loc="upper right", fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.text(
        0.01,
        0.0,
        textwrap.fill(data.assumptions, 150),
        fontsize=7,
        va="bottom",
        ha="left",
        wrap=True,
    )
    fig.get_layout_engine().set(rect=(0, 0.14, 1, 0.86))  # type: ignore[union-attr, call-arg]
    return fig


def _day(day: date, language: str) -> str:
    return day.strftime("%d-%m-%Y") if language == "da" else day.isoformat()


def write_png(fig: Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png")
    return path
