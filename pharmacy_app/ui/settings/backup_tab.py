"""Settings, Backup: where and when the daily backup of an SQLite database is made and
how many days it is kept, a backup made now, and a restore.

A restore replaces the whole database, so it is confirmed first, saying which file is
replaced by which and where the replaced one is kept.  It runs on the writer thread;
the service disconnects this window's connections for the swap and the window then
works on the restored file (new connections open it), and every page reloads (the
restore declares every kind of change).  Another workstation that still has the file
open makes the restore refuse, with nothing changed.  On PostgreSQL the tab says to use
the server's pg_dump/pg_restore and offers nothing else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import backup
from pharmacy_app.services.app import App
from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.settings.form_parts import hint_label, row, with_hint


class BackupTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.sqlite = ops.app.db.is_sqlite
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("backupBrowse")
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("backupTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("backupKeepDays")
        self.keep_spin.setRange(backup.MIN_KEEP_DAYS, backup.MAX_KEEP_DAYS)
        self.keep_spin.setSuffix(self.tr(" days"))
        self.keep_spin.setMinimumWidth(110)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveBackup")
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm: QMessageBox | None = None  # the open restore confirmation (tests)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(14)
        form.addRow(
            self.tr("Backup folder"),
            with_hint(
                row(self.folder_edit, self.browse_button),
                self.tr("Preferably a folder on another disk or a network drive."),
            ),
        )
        form.addRow(
            self.tr("Daily backup at"),
            with_hint(
                self.time_edit,
                self.tr("One backup a day, made at this time while the program is open, or when it is closed."),
            ),
        )
        form.addRow(
            self.tr("Keep backups for"),
            with_hint(
                self.keep_spin,
                self.tr("Older daily backups in the folder are deleted; other files there are never touched."),
            ),
        )
        save_row = QWidget()
        save_layout = QHBoxLayout(save_row)
        save_layout.setContentsMargins(0, 8, 0, 0)
        save_layout.addWidget(self.save_button)
        save_layout.addStretch(1)
        form.addRow("", save_row)
        by_hand = QWidget()
        hand_layout = QHBoxLayout(by_hand)
        hand_layout.setContentsMargins(0, 0, 0, 0)
        hand_layout.addWidget(self.backup_button)
        hand_layout.addWidget(self.restore_button)
        hand_layout.addStretch(1)
        form.addRow(
            self.tr("By hand"),
            with_hint(
                by_hand,
                self.tr(
                    "A restore replaces the whole database with the backup after checking it; "
                    "the replaced database is kept beside it. Close the program on the other "
                    "workstations first."
                ),
            ),
        )
        form.addRow("", self.status)
        box = QWidget()
        box.setMaximumWidth(860)
        box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 20, 16, 16)
        if not self.sqlite:
            note = hint_label(
                self.tr(
                    "This database is on a PostgreSQL server: back it up with pg_dump and restore "
                    "it with pg_restore on the server, as the README describes."
                )
            )
            note.setObjectName("backupPostgresNote")
            layout.addWidget(note)
            box.setEnabled(False)
        layout.addWidget(box)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.ask_backup_file)
        self.restore_button.clicked.connect(self.ask_restore_file)

    # ------------------------------------------------------------------ settings

    def refresh(self) -> None:
        if self.sqlite:
            self._ops.query(backup.read_backup_settings, self.show_settings, parent=self)

    def show_settings(self, value: backup.BackupSettings) -> None:
        self.folder_edit.setText(str(value.folder))
        self.time_edit.setTime(QTime(value.at.hour, value.at.minute))
        self.keep_spin.setValue(value.keep_days)

    def current_settings(self) -> backup.BackupSettings:
        at = self.time_edit.time()
        return backup.BackupSettings(
            folder=Path(self.folder_edit.text().strip()).expanduser(),
            at=backup.parse_time(f"{at.hour()}:{at.minute()}"),
            keep_days=self.keep_spin.value(),
        )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> None:
        self.status.setText("")
        try:
            value = self.current_settings()
        except DomainError as err:
            self._ops.show_error(err, parent=self)
            return
        settings_ops.save_backup_settings(self, value).success(
            lambda _r: self.status.setText(self.tr("Saved."))
        ).run(self._ops, self.tr("Saving…"))

    # ------------------------------------------------------------------ by hand

    def ask_backup_file(self) -> None:
        folder = Path(self.folder_edit.text().strip() or str(backup.default_folder()))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database to"),
            str(folder / "pharmacy-copy.sqlite3"),
            self.tr("SQLite database (*.sqlite3 *.db)"),
        )
        if name:
            self.back_up(Path(name))

    def back_up(self, out: Path) -> None:
        """Write a backup to ``out`` (on a reader thread: others keep working)."""
        self.status.setText("")

        def done(info: backup.BackupInfo) -> None:
            self.status.setText(self.tr("Backup written to %1.").replace("%1", str(info.path)))

        def work(app: App) -> backup.BackupInfo:
            return backup.backup(app, out)

        self._ops.query(work, done, parent=self, label=self.tr("Backing up…"))

    def ask_restore_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore the database from"),
            self.folder_edit.text(),
            self.tr("SQLite database (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.ask_restore(Path(name))

    def ask_restore(self, file: Path) -> QMessageBox:
        """Confirm, saying what is replaced by what and where the replaced file is kept."""
        current = backup.sqlite_file(self._ops.app.db)
        moment = self.tr("<date-time>")  # the kept file's name carries when it was replaced
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore the database"))
        box.setText(
            self.tr("Replace the whole database with the backup %1?").replace("%1", file.name)
        )
        box.setInformativeText(
            self.tr(
                "The backup is checked first; if it is damaged, newer than this program or its "
                "ledger does not add up, nothing is changed.\n\nReplaced: %1\nKept as: %2\n\n"
                "Everything entered since the backup was made is then only in the kept file. "
                "Close the program on the other workstations first."
            )
            .replace("%1", str(current))
            .replace("%2", str(current.with_name(f"{current.stem}.replaced-{moment}{current.suffix}")))
        )
        restore_button = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is restore_button:
                self.restore(file)

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def restore(self, file: Path) -> None:
        self.status.setText("")

        def done(info: backup.RestoreInfo) -> None:
            kept = str(info.replaced) if info.replaced is not None else "-"
            self.status.setText(
                self.tr("Restored from %1 (%2 movements, ledger checked). The replaced database is kept as %3.")
                .replace("%1", file.name)
                .replace("%2", fmt.integer(info.movements))
                .replace("%3", kept)
            )

        settings_ops.restore_backup(self, file).success(done).run(self._ops, self.tr("Restoring…"))
