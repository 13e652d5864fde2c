"""Settings › Users: who may sign in, with which role, and when they last did.

An administrator adds users, disables and enables them, changes a role and sets a
password here (each through the operations helper; the service refuses anyone else,
and the buttons say so: ``ui.common.role_gate``).  Everyone else sees the list only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.roles import ORDER
from pharmacy_app.services import users
from pharmacy_app.services.users import UserInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.table_models import Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, push_button
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import users as user_ops
from pharmacy_app.ui.settings.form_parts import hint_label
from pharmacy_app.ui.settings.user_dialog import UserDialog, role_name


class UsersTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.dialog: UserDialog | None = None
        self.model: RowsModel[UserInfo] = RowsModel(self._columns(), parent=self)
        self.table = TableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr("No users yet: everyone may do everything. Add an administrator first.")
        )
        self.table.set_column_widths({0: 150, 1: 240, 2: 130, 3: 110, 4: 150})
        self.add_button = push_button(self.tr("&Add user…"), "addUser")
        self.disable_button = push_button(self.tr("&Disable"), "disableUser")
        self.enable_button = push_button(self.tr("&Enable"), "enableUser")
        self.role_button = push_button(self.tr("Change &role…"), "changeRole")
        self.password_button = push_button(self.tr("Set &password…"), "setPassword")
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.disable_button,
            self.enable_button,
            self.role_button,
            self.password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Viewers read, print and export; staff also receive, thaw, pick, record "
                    "consumption and waste and count stock; coordinators also plan rounds, "
                    "transfer, rebalance, recall, approve stocktakes, reverse and report to SSI; "
                    "administrators also manage users, sites, products and settings."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(lambda: self._set_disabled(True))
        self.enable_button.clicked.connect(lambda: self._set_disabled(False))
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.set_password)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        ops.changed.connect(self._changed)
        self._update_buttons()
        # Only an administrator changes users; others see the list.
        gate(ops, users.add_user, self.add_button)
        gate(ops, users.set_disabled, self.disable_button, self.enable_button)
        gate(ops, users.set_role, self.role_button)
        gate(ops, users.set_password, self.password_button)

    def _columns(self) -> list[Column[UserInfo]]:
        return [
            Column(self.tr("User name"), lambda u: u.name.casefold(), lambda u: u.name),
            Column(self.tr("Full name"), lambda u: u.full_name),
            Column(self.tr("Role"), lambda u: ORDER.index(u.role), lambda u: role_name(u.role)),
            Column(
                self.tr("Status"),
                lambda u: u.disabled,
                lambda u: self.tr("disabled") if u.disabled else self.tr("enabled"),
            ),
            Column(
                self.tr("Last sign-in"),
                lambda u: u.last_sign_in_at.isoformat() if u.last_sign_in_at else "",
                lambda u: fmt.datetime_text(u.last_sign_in_at) if u.last_sign_in_at else "",
            ),
        ]

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self._ops.query(users.list_users, self._arrived, parent=self)

    def _arrived(self, rows: list[UserInfo]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        if current is not None:
            for i, u in enumerate(rows):
                if u.name == current.name:
                    self.table.select_row(i)
        self._update_buttons()

    def _changed(self, changes: Change) -> None:
        if changes & Change.USERS:
            self.refresh()

    def current(self) -> UserInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        user = self.current()
        self.disable_button.setEnabled(user is not None and not user.disabled)
        self.enable_button.setEnabled(user is not None and user.disabled)
        self.role_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)

    # ------------------------------------------------------------------ writes

    def add_user(self) -> None:
        self.dialog = UserDialog(self)
        self.dialog.accepted.connect(self._add_accepted)
        self.dialog.open()

    def _add_accepted(self) -> None:
        d = self.dialog
        assert d is not None
        user_ops.add_user(
            self, d.name_edit.text(), d.role(), d.password_edit.text(), d.full_name_edit.text()
        ).run(self._ops, self.tr("Adding the user…"))

    def _set_disabled(self, disabled: bool) -> None:
        user = self.current()
        if user is not None:
            user_ops.set_disabled(self, user.name, disabled).run(self._ops, self.tr("Saving…"))

    def change_role(self) -> None:
        user = self.current()
        if user is None:
            return
        names = [role_name(r) for r in ORDER]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role of %1:").replace("%1", user.name),
            names,
            ORDER.index(user.role),
            False,
        )
        if ok and chosen in names:
            role = ORDER[names.index(chosen)]
            user_ops.set_role(self, user.name, role).run(self._ops, self.tr("Saving…"))

    def set_password(self) -> None:
        user = self.current()
        if user is None:
            return
        self.dialog = UserDialog(self, name=user.name)
        self.dialog.accepted.connect(self._password_accepted)
        self.dialog.open()

    def _password_accepted(self) -> None:
        d = self.dialog
        assert d is not None and d.name is not None
        user_ops.set_password(self, d.name, d.password_edit.text()).run(self._ops, self.tr("Saving…"))
