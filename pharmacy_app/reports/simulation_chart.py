"""The season simulator's comparison chart: waste by reason and stock-out site-days per
policy, with the spread over the seeds, and the assumptions written under it.

Left: per policy, the mean doses wasted over the seeds, stacked by reason (one bar
container per reason, ``gid`` the reason), with the lowest and highest total over the
seeds as an error bar; each bar's ``gid`` is its reason.  Right: the mean stock-out site-days per policy with the lowest
and highest.  Built on a bare :class:`matplotlib.figure.Figure` with the Agg canvas (no
pyplot, no window), so the window can draw the same figure in its own canvas.

What must hold: the plotted data are exactly the figures given (tests read the bars'
heights back); labels in the language given by the caller.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

COLOURS = ("#c0392b", "#e67e22", "#8e44ad", "#2980b9", "#7f8c8d")


@dataclass(frozen=True)
class PolicyBars:
    label: str
    waste: Sequence[float]  # mean doses per reason, in the order of ChartData.reasons
    waste_low: float  # lowest and highest total over the seeds
    waste_high: float
    stockouts: float  # mean stock-out site-days
    stockouts_low: float
    stockouts_high: float


@dataclass(frozen=True)
class ChartData:
    title: str
    reasons: Sequence[tuple[str, str]]  # (gid, label)
    policies: Sequence[PolicyBars]
    waste_axis: str
    stockout_axis: str
    waste_title: str
    stockout_title: str
    assumptions: str


def comparison_figure(data: ChartData, fig: Figure | None = None) -> Figure:
    """The chart of ``data``: a new figure (Agg canvas), or drawn afresh into ``fig``."""
    if fig is None:
        fig = Figure(figsize=(11, 6.4), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
    else:
        fig.clear()
        fig.set_layout_engine("constrained")
    waste_ax, out_ax = fig.subplots(1, 2, width_ratios=(3, 2))
    xs = list(range(len(data.policies)))
    labels = [textwrap.fill(p.label, 16) for p in data.policies]  # long names on two lines
    bottom = [0.0] * len(xs)
    for r, (gid, label) in enumerate(data.reasons):
        heights = [float(p.waste[r]) for p in data.policies]
        bars = waste_ax.bar(
            xs, heights, bottom=bottom, color=COLOURS[r % len(COLOURS)], label=label, width=0.6
        )
        for patch in bars:
            patch.set_gid(gid)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    _spread(waste_ax, bottom, [(p.waste_low, p.waste_high) for p in data.policies], "waste_spread")
    waste_ax.set_xticks(xs, labels, fontsize=8)
    waste_ax.set_ylabel(data.waste_axis)
    waste_ax.set_title(data.waste_title, fontsize=10)
    waste_ax.legend(fontsize=8, loc="upper center", ncols=len(data.reasons))
    waste_ax.grid(axis="y", alpha=0.3)

    means = [p.stockouts for p in data.policies]
    bars = out_ax.bar(xs, means, color="#34495e", width=0.6)
    for patch in bars:
        patch.set_gid("stockouts")
    _spread(
        out_ax,
        means,
        [(p.stockouts_low, p.stockouts_high) for p in data.policies],
        "stockout_spread",
    )
    # The narrower chart wraps the names tighter, so five policies do not run together.
    narrow = [textwrap.fill(p.label, 11) for p in data.policies]
    out_ax.set_xticks(xs, narrow, fontsize=8)
    out_ax.set_ylabel(data.stockout_axis)
    out_ax.set_title(data.stockout_title, fontsize=10)
    out_ax.grid(axis="y", alpha=0.3)
    # Head room above the highest bar, so the legend does not cover a bar.
    top = max([p.waste_high for p in data.policies] + bottom + [1.0])
    waste_ax.set_ylim(0, top * 1.35)
    out_ax.set_ylim(bottom=0)
    out_ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # site-days are whole
    fig.suptitle(data.title, fontsize=11)
    fig.text(
        0.01, 0.0, "\n".join(textwrap.fill(line, 180) for line in data.assumptions.split("\n")),
        fontsize=6.5, va="bottom", ha="left",
    )  # fmt: skip
    lines = sum(len(textwrap.wrap(line, 180)) or 1 for line in data.assumptions.split("\n"))
    bottom_share = min(0.45, 0.03 + 0.022 * lines)
    fig.get_layout_engine().set(rect=(0, bottom_share, 1, 1 - bottom_share))  # type: ignore[union-attr, call-arg]
    return fig


def _spread(
    ax: Axes, tops: Sequence[float], ranges: Sequence[tuple[float, float]], gid: str
) -> None:
    """The lowest and highest over the seeds as an error bar on each bar's top."""
    ax.errorbar(
        list(range(len(tops))),
        list(tops),
        yerr=[
            [max(0.0, top - low) for top, (low, _high) in zip(tops, ranges, strict=True)],
            [max(0.0, high - top) for top, (_low, high) in zip(tops, ranges, strict=True)],
        ],
        fmt="none",
        ecolor="black",
        capsize=4,
        gid=gid,
    )


def write_png(fig: Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        fig.savefig(part, format="png")
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return path
