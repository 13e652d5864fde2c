"""Locking the window: after a set idle time, or on request.

:class:`IdleWatch` restarts a timer on every key press, mouse press, mouse move or wheel
anywhere in the application and says ``idle`` when it runs out (0 minutes: never).
:class:`LockDialog` covers the window (whose content is hidden meanwhile): the
signed-in user's password unlocks it, "Switch user" signs in as someone else.  It
cannot be closed otherwise: Escape and the window's close button do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services import users
from pharmacy_app.services.app import App
from pharmacy_app.ui import labels
from pharmacy_app.ui.signin.dialogs import FormDialog, SignInDialog, password_field

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """``idle`` after ``interval_ms`` without keyboard or mouse input (0: never)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval_ms(self, interval: int) -> None:
        self._interval = max(0, interval)
        self.restart()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def stop(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        if self._interval > 0:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval)
        return False


class LockDialog(FormDialog):
    """The locked window: the signed-in user's password, or another user."""

    #: Accepted after signing in as someone else (not merely unlocking).
    switched = Signal()

    def __init__(self, app: App, parent: QWidget | None = None):
        role = labels.problem_text(Problem("signed_in_as", {"user": app.user, "role": app.role.term}))
        super().__init__(
            self.tr("Locked"),
            self.tr("The window is locked. %1.").replace("%1", role)
            + "\n"
            + self.tr("Enter the password to go on, or switch user."),
            self.tr("Unlock"),
            parent,
        )
        self.setObjectName("lockDialog")
        self.app = app
        self.password_edit = password_field("lockPassword")
        self.form.addRow(self.tr("Password"), self.password_edit)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.removeButton(cancel)
        cancel.deleteLater()
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setAutoDefault(False)
        self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.clicked.connect(self.switch_user)
        self.password_edit.setFocus()
        self.sign_in_dialog: SignInDialog | None = None

    def submit(self) -> None:
        try:
            users.sign_in(self.app, self.app.user, self.password_edit.text())
        except DomainError as err:
            self.show_error(err, self.password_edit)
            return
        self.accept()

    def switch_user(self) -> None:
        self.sign_in_dialog = SignInDialog(self.app, self, name="")
        self.sign_in_dialog.accepted.connect(self._switched)
        self.sign_in_dialog.open()

    def _switched(self) -> None:
        self.switched.emit()
        self.accept()

    # Locked means locked: neither Escape nor the close button lets anyone past it.
    def reject(self) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)
