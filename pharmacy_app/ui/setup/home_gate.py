"""The Receiving page's side of the home-pharmacy rule: a notice above the receipt while
no home pharmacy is chosen, and "New receipt" or "Import" asks for it first instead of
failing, then goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from pharmacy_app.domain.first_run import SetupState
from pharmacy_app.services import setup
from pharmacy_app.ui.common.widgets import push_button
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.setup.home_pharmacy_dialog import HomePharmacyDialog

NOTICE_STYLE = (
    "QFrame#homeNotice { background: #fff4cf; border: 1px solid #e9cf7a; border-radius: 6px; }"
    " QFrame#homeNotice QLabel { background: transparent; color: #5c3d00; }"
)


class HomeGate(QObject):
    """The Receiving page's rule: no receipt before a home pharmacy is chosen."""

    def __init__(self, ops: Operations, page: QWidget):
        super().__init__(page)
        self._ops = ops
        self._page = page
        self.home_code: str | None = None
        self.known = False
        self.dialog: HomePharmacyDialog | None = None
        self.notice = QFrame()
        self.notice.setObjectName("homeNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice_text = QLabel(
            self.tr(
                "No home pharmacy is chosen yet. Choose the pharmacy this installation works "
                "for before the first delivery is received."
            )
        )
        self.notice_text.setObjectName("homeNoticeText")
        self.notice_text.setWordWrap(True)
        self.choose_button = push_button(self.tr("Choose home pharmacy…"), "noticeChooseHome")
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.choose_button)
        self.notice.hide()
        self.choose_button.clicked.connect(lambda: self.choose())

    def refresh(self) -> None:
        self._ops.query(setup.setup_state, self._arrived, parent=self._page)

    def _arrived(self, state: SetupState) -> None:
        self.known = True
        self.home_code = state.home_code
        self.notice.setVisible(state.home_code is None)

    def run(self, action: Callable[[], object]) -> None:
        """``action`` now, or once a home pharmacy has been chosen."""
        if self.known and self.home_code is None:
            self.choose(action)
        else:
            action()

    def choose(self, then: Callable[[], object] | None = None) -> HomePharmacyDialog:
        dialog = HomePharmacyDialog(self._ops, None, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(state: SetupState) -> None:
            self._arrived(state)
            if then is not None:  # once this dialog has closed
                QTimer.singleShot(0, then)

        dialog.chosen.connect(chosen)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        dialog.open()
        return dialog
