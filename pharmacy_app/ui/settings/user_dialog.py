"""Settings › Users: the dialog that adds a user or sets a user's password.

The dialog checks only what needs no database (the two passwords the same and long
enough, said under the fields); the service checks everything again when the tab runs
it, and a refusal (a name taken) is shown as a warning like any other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.messages.render import TERMS
from pharmacy_app.domain.roles import MIN_PASSWORD_LENGTH, ORDER, Role
from pharmacy_app.services import users
from pharmacy_app.ui import fmt
from pharmacy_app.ui.signin.dialogs import FormDialog, password_field


def role_name(role: Role) -> str:
    """A role's name in the UI language."""
    return TERMS[fmt.language()][role.term]


class UserDialog(FormDialog):
    """A new user (``name`` is ``None``), or a new password for the user ``name``."""

    def __init__(self, parent: QWidget | None = None, *, name: str | None = None):
        adding = name is None
        super().__init__(
            self.tr("Add user") if adding else self.tr("Set password"),
            self.tr("A new user signs in with this name and password; the role says what they may do.")
            if adding
            else self.tr("A new password for %1. Tell it to them in person.").replace("%1", name or ""),
            self.tr("Add") if adding else self.tr("Set password"),
            parent,
        )
        self.name = name
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("userName")
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("userFullName")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("userRole")
        for role in ORDER:
            self.role_combo.addItem(role_name(role), role)
        self.role_combo.setCurrentIndex(ORDER.index(Role.STAFF))
        self.password_edit = password_field("userPassword")
        self.password_edit.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.again_edit = password_field("userPasswordAgain")
        if adding:
            self.form.addRow(self.tr("User name"), self.name_edit)
            self.form.addRow(self.tr("Full name"), self.full_name_edit)
            self.form.addRow(self.tr("Role"), self.role_combo)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.tr("Password again"), self.again_edit)
        (self.name_edit if adding else self.password_edit).setFocus()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def submit(self) -> None:
        try:
            users.check_new_password(self.password_edit.text(), self.again_edit.text())
        except DomainError as err:
            self.again_edit.clear()
            self.show_error(err, self.password_edit)
            return
        self.accept()
