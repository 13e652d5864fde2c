"""The sign-in dialog and the set-up dialog that creates a database's first administrator.

Both call the users service directly on the GUI thread: a sign-in is one row and one
password hash, over in a fraction of a second, and nothing can be done before it.  A
refusal is shown under the fields in the UI language (never which part was wrong) and
the password is cleared; the dialog stays open.  The user name last signed in on this
workstation is remembered (QSettings) and prefilled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.roles import MIN_PASSWORD_LENGTH, Role
from pharmacy_app.services import users
from pharmacy_app.services.app import App
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.widgets import settings, submit_buttons

LAST_USER_KEY = "signin/last_user"
ERROR_STYLE = "color: #b00020;"


def last_user() -> str:
    return str(settings().value(LAST_USER_KEY, "") or "")


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signInError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class FormDialog(QDialog):
    """A title, an explanation, a form, an error line and the buttons."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(10)
        self.error = _error_label()
        self.buttons, self.ok_button = submit_buttons(self, ok_text, self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        """The OK button: a form with nothing to check is simply accepted; the dialogs
        below check and act first."""
        self.accept()

    def show_error(self, err: DomainError, clear: QLineEdit | None = None) -> None:
        self.error.setText(labels.error_text(err))
        self.error.show()
        if clear is not None:
            clear.clear()
            clear.setFocus()


class SignInDialog(FormDialog):
    """User name and password; accepted once the app is signed in as that user."""

    def __init__(self, app: App, parent: QWidget | None = None, *, name: str | None = None):
        super().__init__(
            self.tr("Sign in"),
            self.tr("Sign in to work with the vaccine stock in %1.").replace("%1", app.db.display_url()),
            self.tr("Sign in"),
            parent,
        )
        self.app = app
        self.name_edit = QLineEdit(last_user() if name is None else name)
        self.name_edit.setObjectName("signInName")
        self.password_edit = password_field("signInPassword")
        self.form.addRow(self.tr("User name"), self.name_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        (self.password_edit if self.name_edit.text() else self.name_edit).setFocus()

    def submit(self) -> None:
        try:
            users.sign_in(self.app, self.name_edit.text(), self.password_edit.text())
        except DomainError as err:
            self.show_error(err, self.password_edit)
            return
        settings().setValue(LAST_USER_KEY, self.app.user)
        self.accept()


class FirstAdministratorDialog(FormDialog):
    """A database without users: its first administrator, who is then signed in."""

    def __init__(self, app: App, parent: QWidget | None = None):
        super().__init__(
            self.tr("Set up: the first administrator"),
            self.tr(
                "This database has no users yet. Create the first administrator: the person "
                "who then adds the others in Settings › Users and gives each a role."
            ),
            self.tr("Create and sign in"),
            parent,
        )
        self.app = app
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("adminName")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("adminFullName")
        self.password_edit = password_field("adminPassword")
        self.again_edit = password_field("adminPasswordAgain")
        self.password_edit.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.form.addRow(self.tr("User name"), self.name_edit)
        self.form.addRow(self.tr("Full name"), self.full_name_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.tr("Password again"), self.again_edit)
        self.name_edit.setFocus()

    def submit(self) -> None:
        password = self.password_edit.text()
        try:
            users.check_new_password(password, self.again_edit.text())
            users.add_user(
                self.app,
                self.name_edit.text(),
                Role.ADMINISTRATOR,
                password,
                full_name=self.full_name_edit.text(),
            )
            users.sign_in(self.app, self.name_edit.text(), password)
        except DomainError as err:
            self.again_edit.clear()
            self.show_error(err, self.password_edit)
            return
        settings().setValue(LAST_USER_KEY, self.app.user)
        self.accept()


def sign_in_at_start(app: App, parent: QWidget | None = None) -> bool:
    """Before the main window: the first administrator on a database without users,
    otherwise a sign-in.  ``False`` when the person cancelled (the program then quits)."""
    dialog: QDialog = (
        SignInDialog(app, parent) if users.has_users(app) else FirstAdministratorDialog(app, parent)
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
