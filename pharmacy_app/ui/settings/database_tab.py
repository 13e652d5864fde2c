"""Settings, Database: which database this workstation opens, and how a server's password
is found without the app keeping it.

The tab shows the database the window works with now, and lets a person choose another
for the next start: a SQLite file, or a PostgreSQL server (host, port, database, user)
whose password comes from PostgreSQL's password file, a service of its service file, or
the operating system's keyring (typed once here, stored there only).  *Test connection*
tries the choice on the operations helper and says what failed in words a person can act
on; *Save* keeps the choice on this workstation (``services.connection_settings``).

What must hold: the password field is never written anywhere but the keyring, and is
cleared once saved; nothing here changes the database the window has open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.connection_choice import (
    DEFAULT_PORT,
    ConnectionChoice,
    DatabaseKind,
    PasswordSource,
)
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import connection_settings as cs
from pharmacy_app.ui import labels
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.settings.form_parts import row, with_hint

T = TypeVar("T")

OK_STYLE = "color: #1b5e20;"
FAILED_STYLE = "color: #b3261e;"


class DatabaseTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.current_label = QLabel(ops.app.db.display_url())
        self.current_label.setObjectName("databaseCurrent")
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current_label.setWordWrap(True)

        self.sqlite_radio = QRadioButton(self.tr("SQLite file on this computer or a shared drive"))
        self.server_radio = QRadioButton(self.tr("PostgreSQL server"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sqlite_radio)
        self.kind_group.addButton(self.server_radio)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("databasePath")
        self.path_edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("databaseHost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("databaseName")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("databaseUser")
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("databasePasswordSource")
        self.source_combo.addItem(self.tr("PostgreSQL's password file (~/.pgpass)"), PasswordSource.PGPASS)
        self.source_combo.addItem(self.tr("A service in PostgreSQL's service file (pg_service.conf)"), PasswordSource.SERVICE)
        self.source_combo.addItem(self.tr("The operating system's keyring"), PasswordSource.KEYRING)
        self.service_edit = QLineEdit()
        self.service_edit.setObjectName("databaseService")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("databasePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("typed once; kept only in the keyring"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("databaseTest")
        self.save_button = QPushButton(self.tr("Save for the next start"))
        self.save_button.setObjectName("databaseSave")
        self.status = QLabel()
        self.status.setObjectName("databaseStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Open now"), self.current_label)
        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 6, 0, 0)
        kinds_layout.addWidget(self.sqlite_radio)
        kinds_layout.addWidget(self.server_radio)
        form.addRow(self.tr("Next start"), kinds)
        form.addRow(self.tr("File"), row(self.path_edit, self.browse_button))
        server_row = QWidget()
        server_layout = QHBoxLayout(server_row)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.host_edit, 1)  # a host name is long, the port short
        server_layout.addWidget(QLabel(self.tr("Port")))
        server_layout.addWidget(self.port_spin)
        form.addRow(self.tr("Server"), server_row)
        form.addRow(self.tr("Database"), self.name_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(
            self.tr("Password from"),
            with_hint(
                self.source_combo,
                self.tr("The program never keeps a password in its own files."),
            ),
        )
        form.addRow(self.tr("Service"), self.service_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QWidget()
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 8, 0, 0)
        buttons_layout.addWidget(self.test_button)
        buttons_layout.addWidget(self.save_button)
        buttons_layout.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.status)
        self._form = form
        box = QWidget()
        box.setMaximumWidth(860)
        box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 20, 16, 16)
        layout.addWidget(box)
        layout.addStretch(1)

        self.kind_group.buttonToggled.connect(lambda *_a: self._update_fields())
        self.source_combo.currentIndexChanged.connect(lambda *_a: self._update_fields())
        self.browse_button.clicked.connect(self.choose_file)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.show_choice(cs.stored_choice() or self._choice_from_current())

    # ------------------------------------------------------------------ fields

    def _choice_from_current(self) -> ConnectionChoice:
        db = self._ops.app.db
        if db.is_sqlite:
            return ConnectionChoice(DatabaseKind.SQLITE, path=db.url.removeprefix("sqlite:///"))
        return ConnectionChoice(DatabaseKind.POSTGRESQL)

    def show_choice(self, choice: ConnectionChoice) -> None:
        (self.sqlite_radio if choice.kind is DatabaseKind.SQLITE else self.server_radio).setChecked(True)
        self.path_edit.setText(choice.path)
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.name_edit.setText(choice.database)
        self.user_edit.setText(choice.user)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(choice.password_source)))
        self.service_edit.setText(choice.service)
        self._update_fields()

    def choice(self) -> ConnectionChoice:
        kind = DatabaseKind.SQLITE if self.sqlite_radio.isChecked() else DatabaseKind.POSTGRESQL
        return ConnectionChoice(
            kind=kind,
            path=self.path_edit.text().strip(),
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.name_edit.text().strip(),
            user=self.user_edit.text().strip(),
            password_source=PasswordSource(self.source_combo.currentData()),
            service=self.service_edit.text().strip(),
        )

    def _update_fields(self) -> None:
        server = self.server_radio.isChecked()
        source = PasswordSource(self.source_combo.currentData())
        by_service = server and source is PasswordSource.SERVICE
        shown = {
            self.path_edit: not server,
            self.host_edit: server and not by_service,
            self.name_edit: server and not by_service,
            self.user_edit: server and not by_service,
            self.source_combo: server,
            self.service_edit: by_service,
            self.password_edit: server and source is PasswordSource.KEYRING,
        }
        for field, visible in shown.items():
            self._form.setRowVisible(self._row_of(field), visible)

    def _row_of(self, field: QWidget) -> int:
        for index in range(self._form.rowCount()):
            item = self._form.itemAt(index, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and (widget is field or widget.isAncestorOf(field)):
                return index
        raise LookupError(field.objectName())

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path_edit.text(),
            self.tr("SQLite database (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path_edit.setText(name)

    def _complete_choice(self) -> ConnectionChoice | None:
        """The choice if every field it needs is filled in, else say which is missing."""
        choice = self.choice()
        names = {
            "path": self.tr("File"),
            "host": self.tr("Server"),
            "database": self.tr("Database"),
            "user": self.tr("User"),
            "service": self.tr("Service"),
        }
        missing = [names[name] for name in choice.missing()]
        if missing:
            self._say(self.tr("Fill in: %1.").replace("%1", ", ".join(missing)), ok=False)
            return None
        return choice

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else FAILED_STYLE)
        self.status.setText(text)

    def _failed(self, err: BaseException) -> bool:
        if isinstance(err, DomainError):
            self._say(labels.error_text(err), ok=False)
            return True
        return False

    # ------------------------------------------------------------------ actions

    def test_connection(self) -> None:
        choice = self._complete_choice()
        if choice is None:
            return
        password = self.password_edit.text() or None
        self._say(self.tr("Testing the connection …"), ok=True)

        def done(found: cs.ConnectionCheck) -> None:
            if found.schema is None:
                text = self.tr("The connection works (%1). The database is empty; it is set up at the next start.")
            else:
                text = self.tr("The connection works (%1).")
            self._say(text.replace("%1", found.server), ok=True)

        self._run(lambda: cs.check_connection(choice, password), done, self.tr("Testing the connection…"))

    def save(self) -> None:
        choice = self._complete_choice()
        if choice is None:
            return
        password = self.password_edit.text() or None

        def done(_path: object) -> None:
            self.password_edit.clear()
            self._say(self.tr("Saved. The program opens this database at the next start."), ok=True)

        self._run(lambda: cs.save_choice(choice, password), done, self.tr("Saving…"))

    def _run(self, work: Callable[[], T], done: Callable[[T], None], label: str) -> None:
        """Off the GUI thread (a server may be slow to answer); a refusal is said in the
        tab, and a failed connect is this tab's answer, not the window's lost-connection bar."""
        self._ops.query(
            lambda _app: work(), done, failure=self._failed, parent=self, label=label, resumable=False
        )
