"""Who works in the window: the status bar's "Signed in as", switching user, locking.

:class:`SignInSession` belongs to the main window.  It adds "Switch user…"
(Ctrl+Shift+L) and "Lock" (Ctrl+L) to the File menu, locks the window after the idle
time set in Settings › General (``services.users.lock_after_minutes``), and after a
switch of user shows the new name and role, enables what the new role allows
(``ui.common.role_gate``) and reloads the pages.  A database without users has no one
signed in: nothing locks and everything stays as it was.

A page may use Ctrl+L for itself (Distribution: change lot); while such a page is
shown its own action wins and the lock is in the File menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import Problem
from pharmacy_app.services import users
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.role_gate import role_gate
from pharmacy_app.ui.signin.dialogs import SignInDialog
from pharmacy_app.ui.signin.lock import IdleWatch, LockDialog

if TYPE_CHECKING:
    from pharmacy_app.ui.main_window import MainWindow

LOCK_KEYS = "Ctrl+L"
EVERY_VIEW = Change.STOCK | Change.REFERENCE | Change.SETTINGS | Change.RECEIVING | Change.DISTRIBUTION
EVERY_VIEW |= Change.STOCKTAKE | Change.REPORTS | Change.RECALL | Change.USERS | Change.EXCURSIONS


class SignInSession(QObject):
    """The signed-in user of one main window."""

    #: The user (or their role) changed: after a switch of user.
    user_changed = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.ops = window.ops
        self.lock_dialog: LockDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None

        self.switch_action = QAction(self.tr("S&witch user…"), window)
        self.switch_action.setObjectName("switchUserAction")
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.switch_action)
        window.addAction(self.lock_action)

        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)
        self.ops.changed.connect(self._data_changed)
        window.pages.currentChanged.connect(self._page_shown)
        self.show_user()
        self._load_lock_time()

    def file_menu_actions(self) -> list[QAction]:
        return [self.switch_action, self.lock_action]

    # ------------------------------------------------------------------ state

    def show_user(self) -> None:
        """The status bar's user, and what can be done (signed in or not)."""
        signed_in = self.app.signed_in
        if signed_in:
            text = labels.problem_text(
                Problem("signed_in_as", {"user": self.app.user, "role": self.app.role.term})
            )
        else:
            text = self.tr("User: %1").replace("%1", self.app.user)
        self.window.user_label.setText(text)
        self.switch_action.setEnabled(signed_in)
        self.lock_action.setEnabled(signed_in)
        role_gate(self.ops).apply()

    def _load_lock_time(self) -> None:
        if self.app.signed_in:
            self.ops.query(users.lock_after_minutes, self.idle.set_minutes, parent=self.window)

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.SETTINGS:
            self._load_lock_time()

    def _page_shown(self, _index: int) -> None:
        page = self.window.pages.currentWidget()
        taken = page is not None and any(
            QKeySequence(LOCK_KEYS) in a.shortcuts() for a in page.actions()
        )
        self.lock_action.setShortcut(QKeySequence() if taken else QKeySequence(LOCK_KEYS))

    # ------------------------------------------------------------------ actions

    def lock(self) -> None:
        """Cover the window until the password is given again (or another user signs in)."""
        if not self.app.signed_in or self.lock_dialog is not None:
            return
        self.idle.stop()
        self._show_content(False)  # nothing of the work shows behind the lock
        dialog = LockDialog(self.app, self.window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.switched.connect(self._after_switch)
        dialog.finished.connect(self._unlocked)
        self.lock_dialog = dialog
        dialog.open()

    def _unlocked(self, _result: int) -> None:
        self._show_content(True)
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.show_user()
        self.idle.restart()

    def _show_content(self, visible: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(visible)
        self.window.statusBar().setVisible(visible)  # its stock figures too

    def switch_user(self) -> None:
        if not self.app.signed_in:
            return
        dialog = SignInDialog(self.app, self.window, name="")
        dialog.accepted.connect(self._after_switch)
        self.sign_in_dialog = dialog
        dialog.open()

    def _after_switch(self) -> None:
        self.show_user()
        self._load_lock_time()
        self.ops.notify(EVERY_VIEW)  # what the new user may see and do
        self.user_changed.emit()
