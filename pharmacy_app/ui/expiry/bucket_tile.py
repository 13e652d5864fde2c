"""One expiry window on the Expiry overview: a tile with its doses (large) and lots,
coloured by urgency: expired red, within 30 days amber, the rest calm."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.services import expiry
from pharmacy_app.ui.expiry.texts import ExpiryTexts, bucket_label
from pharmacy_app.ui.stock.marks import EXPIRED_BG, EXPIRED_FG, SOON_BG, SOON_FG

# Tile colours per kind of window: expired red, within 30 days amber, the rest calm.
_TILE_STYLES = {
    "expired": (EXPIRED_FG.name(), EXPIRED_BG.name(), "#e9a8ab"),
    "soon": (SOON_FG.name(), SOON_BG.name(), "#e8cf7d"),
    "watch": ("#3d4f1f", "#f3f7e6", "#c8d6a4"),
    "later": ("#37474f", "#f1f4f6", "#cfd8dc"),
}


def tile_kind(bucket: str) -> str:
    if bucket == er.EXPIRED:
        return "expired"
    if bucket == er.LATER:
        return "later"
    return "soon" if int(bucket.lstrip("≤")) <= expiry.SOON_DAYS else "watch"


class BucketTile(QFrame):
    """One expiry window: its doses (large) and lots, coloured by urgency."""

    clicked = Signal(str)

    def __init__(self, bucket: str, windows: tuple[int, ...] = er.DEFAULT_WINDOWS, parent: QWidget | None = None):
        super().__init__(parent)
        self.bucket = bucket
        self.doses = 0
        self.lots = 0
        self.setObjectName("bucketTile")
        fg, bg, border = _TILE_STYLES[tile_kind(bucket)]
        self.setStyleSheet(
            f"QFrame#bucketTile {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QFrame#bucketTile QLabel {{ color: {fg}; background: transparent; border: none; }}"
        )
        self.title_label = QLabel(bucket_label(bucket, windows))
        self.setToolTip(ExpiryTexts().bucket_tip(bucket, windows))
        self.doses_label = QLabel()
        font = self.doses_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.doses_label.setFont(font)
        self.lots_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.doses_label)
        layout.addWidget(self.lots_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_counts(0, 0)

    def set_counts(self, doses: int, lots: int) -> None:
        self.doses, self.lots = doses, lots
        self.doses_label.setText(self.tr("%Ln dose(s)", None, doses))
        self.lots_label.setText(self.tr("%Ln lot(s)", None, lots))
