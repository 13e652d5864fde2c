"""The expiry windows, edited as a list of days (``7, 30, 60``): how the Expiry overview
groups stock by the days left until its use-by date.  A workstation setting, saved by
the overview; at most ``expiry.MAX_WINDOWS`` different whole numbers of days."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pharmacy_app.services import expiry
from pharmacy_app.ui.stock.marks import EXPIRED_FG


class WindowsDialog(QDialog):
    """The expiry windows as a list of days, e.g. ``7, 30, 60``."""

    def __init__(self, windows: tuple[int, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expiry windows"))
        self.edit = QLineEdit(", ".join(str(w) for w in windows))
        self.edit.setObjectName("windowsEdit")
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {EXPIRED_FG.name()};")
        self.problem.setWordWrap(True)
        text = QLabel(
            self.tr(
                "Group stock by how many days are left until its use-by date. Write up to %1 "
                "numbers of days, separated by commas (for example 7, 30, 60)."
            ).replace("%1", str(expiry.MAX_WINDOWS))
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
        self.windows: list[int] = list(windows)

    def parsed(self) -> list[int] | None:
        parts = [p.strip() for p in self.edit.text().replace(";", ",").split(",") if p.strip()]
        try:
            days = [int(p) for p in parts]
        except ValueError:
            return None
        if not 1 <= len(days) <= expiry.MAX_WINDOWS or len(set(days)) != len(days):
            return None
        if not all(1 <= d <= expiry.MAX_WINDOW_DAYS for d in days):
            return None
        return sorted(days)

    def _accept(self) -> None:
        days = self.parsed()
        if days is None:
            self.problem.setText(
                self.tr("Write 1 to %1 different whole numbers of days from 1 to %2.")
                .replace("%1", str(expiry.MAX_WINDOWS))
                .replace("%2", str(expiry.MAX_WINDOW_DAYS))
            )
            return
        self.windows = days
        self.accept()
