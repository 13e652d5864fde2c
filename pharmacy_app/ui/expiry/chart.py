"""Doses expiring per week: a stacked bar chart (matplotlib in a Qt canvas).

The first bar is stock already past its use-by, in red; then one bar per week (Monday
to Sunday, the current week first), stacked by programme.  Clicking a bar emits
:attr:`ExpiryChart.week_clicked` with the week's Monday (``EXPIRED_WEEK`` for the
expired bar); clicking it again, or beside the bars, emits ``None``.

The bars are kept in :attr:`ExpiryChart.bars` (programme -> one Rectangle per week) and
:attr:`ExpiryChart.expired_bar`, which is what the tests measure.
"""

from __future__ import annotations

from datetime import date

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from pharmacy_app.services.expiry import ExpiryTimeline
from pharmacy_app.ui import fmt
from pharmacy_app.ui.expiry.model import EXPIRED_WEEK

EXPIRED_COLOUR = "#c62828"
SELECTED_EDGE = "#111111"
# Programme colours: calm, told apart easily, none of them red or amber.
PROGRAMME_COLOURS = ("#2b6cb0", "#2f855a", "#6b46c1", "#00838f", "#8d6e63", "#5a6b7b", "#9c4d97", "#7a9a01")


def _hex(colour: object) -> str:
    return str(colour.name())  # type: ignore[attr-defined]


class ExpiryChart(QWidget):
    week_clicked = Signal(object)  # date (a Monday, or EXPIRED_WEEK) or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = Figure(figsize=(8, 2.6), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("expiryChartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(180)
        self.axes = self.figure.add_subplot(1, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.timeline: ExpiryTimeline | None = None
        self.weeks: list[date] = []  # x position i -> week (0 is the expired bar)
        self.bars: dict[str, list[Rectangle]] = {}
        self.expired_bar: Rectangle | None = None
        self.selected: date | None = None
        self._names: dict[str, str] = {}
        self.canvas.mpl_connect("button_press_event", self._clicked)
        self._style()
        self.draw_empty()

    # ------------------------------------------------------------------ public

    def set_timeline(self, timeline: ExpiryTimeline, programme_names: dict[str, str] | None = None) -> None:
        """Draw ``timeline``; ``programme_names`` maps the stored (Danish) names to shown ones."""
        self.timeline = timeline
        self._names = programme_names or {}
        if self.selected is not None and self.selected not in (EXPIRED_WEEK, *timeline.weeks):
            self.selected = None
        self._draw()

    def select_week(self, monday: date | None) -> None:
        """Outline one bar (``None``: none) without emitting :attr:`week_clicked`."""
        if monday != self.selected:
            self.selected = monday
            self._outline()
            self.canvas.draw_idle()

    def bar_heights(self) -> dict[str, list[int]]:
        """Programme -> height of its part of each week's bar, as drawn."""
        return {name: [round(p.get_height()) for p in patches] for name, patches in self.bars.items()}

    def draw_empty(self) -> None:
        self.timeline = None
        self.weeks = []
        self.bars = {}
        self.expired_bar = None
        ax = self.axes
        ax.clear()
        self._style_axes()
        ax.set_xticks([])
        ax.set_yticks([])
        ax.text(
            0.5, 0.5, self.tr("No stock to show"), transform=ax.transAxes,
            ha="center", va="center", color=self._muted,
        )
        self.canvas.draw_idle()

    # ------------------------------------------------------------------ drawing

    def _style(self) -> None:
        pal = self.palette()
        self._background = _hex(pal.color(QPalette.ColorRole.Base))
        self._text = _hex(pal.color(QPalette.ColorRole.WindowText))
        self._muted = _hex(pal.color(QPalette.ColorRole.PlaceholderText))
        self._grid = _hex(pal.color(QPalette.ColorRole.Midlight))
        self.figure.set_facecolor(_hex(pal.color(QPalette.ColorRole.Window)))

    def _style_axes(self) -> None:
        ax = self.axes
        ax.set_facecolor(self._background)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(self._muted)
        ax.tick_params(colors=self._text, labelsize=8)

    def _draw(self) -> None:
        t = self.timeline
        if t is None:
            self.draw_empty()
            return
        ax = self.axes
        ax.clear()
        self._style_axes()
        self.weeks = [EXPIRED_WEEK, *t.weeks]
        xs = list(range(1, len(t.weeks) + 1))
        expired = t.expired_total
        self.expired_bar = ax.bar([0], [expired], width=0.7, color=EXPIRED_COLOUR, zorder=3)[0]
        self.expired_bar.set_gid("expired")
        self.bars = {}
        bottom = [0] * len(t.weeks)
        for n, name in enumerate(t.programmes):
            heights = t.doses[name]
            shown = self._names.get(name, name)
            container = ax.bar(
                xs, heights, width=0.7, bottom=bottom, zorder=3,
                color=PROGRAMME_COLOURS[n % len(PROGRAMME_COLOURS)], label=shown,
            )
            for patch in container:
                patch.set_gid(name)
            self.bars[name] = list(container)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        totals = [expired, *bottom]
        top = max(totals) if totals else 0
        for x, total in enumerate(totals):
            if total:
                ax.text(
                    x, total + top * 0.02, fmt.integer(total), ha="center", va="bottom",
                    fontsize=7.5, color=EXPIRED_COLOUR if x == 0 else self._text, zorder=4,
                )
        ax.set_ylim(0, top * 1.15 if top else 1)
        ax.set_xlim(-0.6, len(t.weeks) + 0.6)
        ax.set_xticks([0, *xs])
        ax.set_xticklabels([self.tr("Expired"), *(self._week_label(w) for w in t.weeks)])
        ax.get_xticklabels()[0].set_color(EXPIRED_COLOUR)
        ax.yaxis.set_major_formatter(lambda v, _pos: fmt.integer(int(v)))
        ax.grid(axis="y", color=self._grid, linewidth=0.6, zorder=0)
        ax.set_ylabel(self.tr("Doses"), color=self._text, fontsize=8)
        title = self.tr("Doses reaching their use-by date per week")
        if t.later:
            title += "  ·  " + self.tr("later: %Ln dose(s)", None, t.later)
        ax.set_title(title, color=self._text, fontsize=9, loc="left")
        if self.bars:
            # Above the plot, beside the title: inside it the legend covered the tallest bar's label.
            ax.legend(
                loc="lower right",
                bbox_to_anchor=(1.0, 1.0),
                fontsize=7.5,
                frameon=False,
                ncols=min(4, len(self.bars)),
                borderaxespad=0.2,
            )
        if not any(totals):
            ax.text(
                0.5, 0.5, self.tr("Nothing expires in these weeks"), transform=ax.transAxes,
                ha="center", va="center", color=self._muted,
            )
        self._outline()
        self.canvas.draw_idle()

    def _week_label(self, monday: date) -> str:
        week = monday.isocalendar().week
        day = fmt.day_month(monday)
        return self.tr("wk %1").replace("%1", str(week)) + "\n" + day

    def _outline(self) -> None:
        patches: list[Rectangle] = [p for ps in self.bars.values() for p in ps]
        if self.expired_bar is not None:
            patches.append(self.expired_bar)
        chosen = self.weeks.index(self.selected) if self.selected in self.weeks else -1
        for patch in patches:
            x = round(patch.get_x() + patch.get_width() / 2)
            hit = x == chosen
            patch.set_edgecolor(SELECTED_EDGE if hit else "none")
            patch.set_linewidth(1.6 if hit else 0)
            patch.set_alpha(1.0 if chosen < 0 or hit else 0.45)

    # ------------------------------------------------------------------ clicks

    def week_at(self, xdata: float | None) -> date | None:
        """The week of the bar at data coordinate ``xdata`` (``None`` beside the bars)."""
        if xdata is None or not self.weeks:
            return None
        i = round(xdata)
        if abs(xdata - i) > 0.4 or not 0 <= i < len(self.weeks):
            return None
        return self.weeks[i]

    def click_week(self, monday: date | None) -> None:
        """What a click on ``monday``'s bar does (a second click on it clears)."""
        chosen = None if monday is None or monday == self.selected else monday
        self.select_week(chosen)
        self.week_clicked.emit(chosen)

    def _clicked(self, event: MouseEvent) -> None:
        if event.inaxes is not self.axes:
            return
        self.click_week(self.week_at(event.xdata))
