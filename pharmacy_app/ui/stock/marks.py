"""How stock looks wherever it is listed: the Stock page, the Expiry overview, the
Consumption grid, a receipt's lines and a round's picked lots.

* **Use-by**: expired stock in red, stock within :data:`SOON_DAYS` of its use-by in
  amber, with a tooltip saying how long it may still be used.
* **Held** (quarantined) stock: in the ledger but not pickable until a pharmacist
  releases or discards it; amber italics and an amber "paused" badge.
* **Recalled** stock: never picked, sent or given (the services refuse it); it can only
  come back to the pharmacy or be discarded.

Held and recalled stock are marked three ways, so no one misses them: a colour over the
whole row, a badge (the recalled "no entry" sign beside the location where held stock
has its badge, else on the batch), and a tooltip saying what it means.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pharmacy_app.domain.expiry import days_left, is_expired
from pharmacy_app.services.queries import StockRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import badge_icon

SOON_DAYS = 30

EXPIRED_FG = QColor("#a1131a")
EXPIRED_BG = QColor("#fbe3e4")
SOON_FG = QColor("#6b4500")
SOON_BG = QColor("#fff0c2")
MUTED_FG = QColor("#6f747a")

HELD_FG = QColor("#7a4b00")
HELD_BG = QColor("#fff3d6")

RECALLED_FG = QColor("#9b1c1c")
RECALLED_BG = QColor("#fde4e4")

# A stock cell's colours, text and background: recalled, expired, soon, held.
FOREGROUND = (RECALLED_FG, EXPIRED_FG, SOON_FG, HELD_FG)
BACKGROUND = (RECALLED_BG, EXPIRED_BG, SOON_BG, HELD_BG)


def stock_colour(colours: tuple[QColor, QColor, QColor, QColor], recalled: bool, state: str, held: bool) -> QColor | None:
    """Recalled stock's colour over the whole row; else the use-by ``state``'s (where the
    cell shows it, "ok" elsewhere); else held stock's."""
    recalled_colour, expired, soon, held_colour = colours
    if recalled:
        return recalled_colour
    if state != "ok":
        return expired if state == "expired" else soon
    return held_colour if held else None


# --------------------------------------------------------------------------- use-by


def use_by_state(use_by: date, today: date | None) -> str:
    """``expired``, ``soon`` (within :data:`SOON_DAYS`) or ``ok`` (also before a model is
    given the day its rows are for)."""
    if today is None:
        return "ok"
    if is_expired(use_by, today):
        return "expired"
    if days_left(use_by, today) <= SOON_DAYS:
        return "soon"
    return "ok"


class UseByTexts(QObject):
    """How long stock may still be used, in the words the stock tables share."""

    def tip(self, use_by: date, left: int, expired: bool) -> str:
        if expired:
            return self.tr("Expired: could be used until %1").replace("%1", fmt.date_text(use_by))
        if left == 0:
            return self.tr("Last day of use")
        return self.tr("%Ln day(s) left", None, left)


def use_by_tip(use_by: date, left: int, expired: bool) -> str:
    """For a tooltip: ``left`` whole days from today until ``use_by``."""
    return UseByTexts().tip(use_by, left, expired)


# --------------------------------------------------------------------------- held


def is_held(row: StockRow) -> bool:
    """Stock at a quarantine location: in the ledger, not pickable."""
    return row.held


def held_icon() -> QIcon:
    """A small amber "paused" badge for held stock."""
    return badge_icon("#d08a00", ((5, 4, 2, 8), (9, 4, 2, 8)))


def held_tooltip(excursion: int | None = None) -> str:
    """Why stock is held: quarantine, or a temperature excursion (``excursion``)."""
    if excursion is not None:
        return held_label(excursion) + "\n" + QCoreApplication.translate(
            "HeldStock",
            "Held where it is: it cannot be picked, given, sent or thawed until a pharmacist "
            "decides on the excursion (Cold chain, Temperature excursions).",
        )
    return QCoreApplication.translate(
        "HeldStock",
        "Held in quarantine: in stock but cannot be picked until a pharmacist releases "
        "it or discards it.",
    )


def held_label(excursion: int) -> str:
    """\"Held – temperature excursion #7\", as the stock lists show it."""
    return QCoreApplication.translate("HeldStock", "Held – temperature excursion #%1").replace(
        "%1", str(excursion)
    )


# --------------------------------------------------------------------------- recalled


def recalled_icon() -> QIcon:
    """A small red "no entry" badge for recalled stock."""
    return badge_icon("#c62828", ((4, 7, 8, 2),))


def recalled_tooltip(reason: str, recalled_at: datetime | None = None, by: str = "") -> str:
    """``Recalled 03-11-2026 14:05 by anna: particles in vials`` and what that means."""
    when = fmt.datetime_text(recalled_at) if recalled_at is not None else ""
    head = QCoreApplication.translate("RecalledStock", "Recalled")
    if when:
        head += " " + when
    if by:
        head += " " + QCoreApplication.translate("RecalledStock", "by %1").replace("%1", by)
    text = f"{head}: {reason}" if reason else head
    return (
        text
        + "\n"
        + QCoreApplication.translate(
            "RecalledStock",
            "Never picked, sent or given: return it to the pharmacy or discard it.",
        )
    )


def recalled_legend(text: str = "") -> QWidget:
    """The badge and what it means, for under a table that lists stock."""
    box = QWidget()
    box.setObjectName("recalledLegend")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    badge = QLabel()
    badge.setPixmap(recalled_icon().pixmap(14, 14))
    label = QLabel(
        text
        or QCoreApplication.translate(
            "RecalledStock", "Red rows with this badge are recalled: return them to the pharmacy or discard them."
        )
    )
    label.setObjectName("recalledLegendText")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {RECALLED_FG.name()};")
    row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box
