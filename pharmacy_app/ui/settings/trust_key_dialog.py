"""Trusting another region's shipment key: the region, the key (pasted, or read from
a file), and its fingerprint shown to compare with the one the other region reads out by
phone; saved through the operations helper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.signing import show_fingerprint
from pharmacy_app.services import signing_keys
from pharmacy_app.services.reference import RegionInfo
from pharmacy_app.services.signing_keys import TrustedKeyInfo
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import push_button, submit_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.settings.form_parts import hint_label, monospace_font

# Reading a public key from a file: a key is a few hundred bytes.
MAX_KEY_FILE = 16 * 1024


class TrustKeyDialog(QDialog):
    """Trust another region's public key: its region, a label, the key (pasted or from a
    file), and its fingerprint to compare by phone before saying yes."""

    trusted = Signal(object)  # the TrustedKeyInfo, once saved

    def __init__(self, ops: Operations, regions: list[RegionInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Trust another region's key"))
        self.setMinimumWidth(620)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("keyRegion")
        for region in regions:
            self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("keyLabel")
        self.label_edit.setMaxLength(signing_keys.MAX_LABEL)
        self.label_edit.setPlaceholderText(self.tr("e.g. the pharmacy and the workstation"))
        self.key_edit = QPlainTextEdit()
        self.key_edit.setObjectName("keyText")
        self.key_edit.setFont(monospace_font())
        self.key_edit.setTabChangesFocus(True)
        self.key_edit.setPlaceholderText("-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----")
        self.key_edit.setFixedHeight(self.fontMetrics().height() * 6)
        self.open_button = push_button(self.tr("&Open file…"), "openKeyFile")
        self.open_button.setAutoDefault(False)  # Enter trusts the key, never opens a file
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("keyFingerprint")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = ProblemList()
        buttons, self.ok_button = submit_buttons(self, self.tr("Trust key"), self.tr("Cancel"), self.save)

        key_row = QVBoxLayout()
        key_row.addWidget(self.key_edit)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        key_row.addLayout(open_row)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("Region"), self.region_combo)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Public key"), key_row)
        form.addRow(self.tr("Fingerprint"), self.fingerprint_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Compare the fingerprint with the other pharmacy by phone before you trust "
                    "the key: whoever holds its private key can send stock into this ledger."
                )
            )
        )
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.key_edit.textChanged.connect(self._key_changed)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.result_value: TrustedKeyInfo | None = None
        self._saving = False
        self._key_changed()

    def _key_changed(self) -> None:
        text = self.key_edit.toPlainText()
        try:
            fingerprint = signing_keys.key_fingerprint(text)
        except DomainError as err:
            self.fingerprint_label.setFont(self.font())
            self.fingerprint_label.setText(labels.error_text(err) if text.strip() else "")
            self.ok_button.setEnabled(False)
            return
        self.fingerprint_label.setFont(monospace_font())
        self.fingerprint_label.setText(show_fingerprint(fingerprint))
        self.ok_button.setEnabled(self.region_combo.count() > 0 and not self._saving)

    def open_file(self, path: str | Path | None = None) -> None:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open a public key"), "", self.tr("Public keys (*.pem *.txt);;All files (*)")
            )
            if not name:
                return
            path = name
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_KEY_FILE)
            text = data.decode("ascii")
        except (OSError, UnicodeDecodeError) as err:
            self.problems.show_problems(
                [self.tr("%1 could not be read: %2").replace("%1", Path(path).name).replace("%2", str(err))]
            )
            return
        self.problems.show_problems([])
        self.key_edit.setPlainText(text)

    def save(self) -> None:
        if self._saving or not self.ok_button.isEnabled():
            return
        region = str(self.region_combo.currentData())
        label = self.label_edit.text()
        text = self.key_edit.toPlainText()
        self._saving = True
        self.ok_button.setEnabled(False)

        def success(result: TrustedKeyInfo) -> None:
            self._saving = False
            self.result_value = result
            self.accept()
            self.trusted.emit(result)

        def failure(exc: BaseException) -> bool:
            self._saving = False
            self._key_changed()
            if isinstance(exc, DomainError):
                self.problems.show_problems([labels.problem_text(p) for p in exc.problems])
                return True
            return False

        op = settings_ops.trust_key(self, region_code=region, key_text=text, label=label)
        op.success(success).failure(failure).run(self._ops, self.tr("Saving…"))
