"""Settings › Shipment keys: this pharmacy's signing key, and the other regions' keys.

Shipment files between regions are signed (``services.signing_keys``).  Here a person
gives this pharmacy's public key to the other regions (export to a file, or copy) and
reads its fingerprint to them by phone; and trusts another region's key after
comparing its fingerprint the same way, or revokes one.  Everything goes through the
operations helper; the private key is never shown, only where it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import reference, signing_keys
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import RegionInfo
from pharmacy_app.services.signing_keys import OwnKey, TrustedKeyInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, bold, open_held, push_button
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.settings.form_parts import hint_label, monospace_font
from pharmacy_app.ui.settings.trust_key_dialog import TrustKeyDialog
from pharmacy_app.ui.stock.marks import MUTED_FG


@dataclass(frozen=True)
class KeysData:
    own: OwnKey | None
    own_problem: DomainError | None  # the key file cannot be used (said instead of it)
    trusted: list[TrustedKeyInfo]
    regions: list[RegionInfo]


def load_keys(app: App) -> KeysData:
    try:
        own, problem = signing_keys.own_key(app), None
    except DomainError as err:
        own, problem = None, err
    return KeysData(own, problem, signing_keys.list_trusted(app), reference.list_regions(app))




class ShipmentKeysTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.data: KeysData | None = None
        self.dialog: TrustKeyDialog | None = None

        own_box = QGroupBox(self.tr("This pharmacy's key"))
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("ownFingerprint")
        self.fingerprint_label.setFont(monospace_font())
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_file_label = QLabel()
        self.key_file_label.setObjectName("keyFile")
        self.key_file_label.setWordWrap(True)
        self.key_file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = push_button(
            self.tr("&Export public key…"),
            "exportKey",
            self.tr("Save the public key as a file to send to another region's pharmacy"),
        )
        self.copy_button = push_button(
            self.tr("&Copy public key"), "copyKey", self.tr("Copy the public key to paste in an e-mail")
        )
        own_form = QFormLayout()
        own_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        own_form.setHorizontalSpacing(16)
        own_form.addRow(self.tr("Fingerprint"), self.fingerprint_label)
        own_form.addRow(self.tr("Private key"), self.key_file_label)
        self.own_status = QLabel()
        self.own_status.setObjectName("ownKeyStatus")
        self.own_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.export_button)
        own_buttons.addWidget(self.copy_button)
        own_buttons.addWidget(self.own_status, 1)
        own_layout = QVBoxLayout(own_box)
        own_layout.addLayout(own_form)
        own_layout.addWidget(
            hint_label(
                self.tr(
                    "Shipment files this pharmacy sends to other regions are signed with this "
                    "key. Give the public key to the other regions' pharmacies and read the "
                    "fingerprint to them by phone. The private key stays on this computer, "
                    "readable only by you: never send it."
                )
            )
        )
        own_layout.addLayout(own_buttons)

        self.trust_button = push_button(
            self.tr("&Trust a key…"), "trustKey", self.tr("Trust another region's public key")
        )
        self.revoke_button = push_button(
            self.tr("&Revoke…"), "revokeKey", self.tr("Stop trusting the chosen key")
        )
        self.revoke_button.setEnabled(False)
        self.model: RowsModel[TrustedKeyInfo] = RowsModel(self._columns(), parent=self)
        self.table = TableView()
        self.table.setObjectName("trustedKeys")
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr("No keys yet: shipment files from other regions cannot be received until their key is trusted here.")
        )
        self.table.set_column_widths({0: 165, 1: 165, 2: 195, 3: 140})
        trusted_buttons = QHBoxLayout()
        trusted_buttons.addWidget(self.trust_button)
        trusted_buttons.addWidget(self.revoke_button)
        trusted_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(own_box)
        layout.addSpacing(10)
        layout.addWidget(bold(QLabel(self.tr("Keys trusted for other regions"))))
        layout.addWidget(
            hint_label(
                self.tr(
                    "A shipment file from another region is received only when it is signed "
                    "with one of these keys and was not changed after it was signed."
                )
            )
        )
        layout.addLayout(trusted_buttons)
        layout.addWidget(self.table, 1)

        self.export_button.clicked.connect(lambda: self.export_key())
        self.copy_button.clicked.connect(self.copy_key)
        self.trust_button.clicked.connect(self.trust_key)
        self.revoke_button.clicked.connect(self.revoke_key)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self._show_own()

    def _columns(self) -> list[Column[TrustedKeyInfo]]:
        def status(k: TrustedKeyInfo) -> str:
            if k.active:
                return self.tr("Trusted")
            return self.tr("Revoked %1").replace("%1", fmt.date_text(k.revoked_at))

        def status_tip(k: TrustedKeyInfo) -> str:
            if k.active:
                return ""
            return (
                self.tr("Revoked %1 by %2")
                .replace("%1", fmt.date_text(k.revoked_at))
                .replace("%2", k.revoked_by or "")
            )

        def muted(k: TrustedKeyInfo) -> QColor | None:
            return None if k.active else MUTED_FG

        return [
            Column(self.tr("Region"), lambda k: k.region_code, lambda k: f"{k.region_name} ({k.region_code})", foreground=muted),
            Column(self.tr("Label"), lambda k: k.label, foreground=muted),
            Column(
                self.tr("Fingerprint"),
                lambda k: k.fingerprint,
                lambda k: k.shown_fingerprint[:24] + " …",
                tip=lambda k: k.shown_fingerprint,
                foreground=muted,
            ),
            Column(
                self.tr("Added"),
                lambda k: k.added_at,
                lambda k: f"{fmt.date_text(k.added_at)}, {k.added_by}",
                foreground=muted,
            ),
            Column(self.tr("Status"), lambda k: k.active, status, tip=status_tip, foreground=muted),
        ]

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        self._ops.query(load_keys, self._arrived, parent=self)

    def _arrived(self, data: KeysData) -> None:
        self.data = data
        current = self.current_key()
        self.model.set_rows(data.trusted)
        if current is not None:
            for row, key in enumerate(data.trusted):
                if key.id == current.id:
                    self.table.selectRow(row)
        self._show_own()
        self._update_buttons()

    def _show_own(self) -> None:
        own = self.data.own if self.data is not None else None
        if own is not None:
            self.fingerprint_label.setText(own.shown_fingerprint)
            self.fingerprint_label.setStyleSheet("")
            self.key_file_label.setText(str(own.key_file))
        elif self.data is not None and self.data.own_problem is not None:
            self.fingerprint_label.setFont(self.font())
            self.fingerprint_label.setText(labels.error_text(self.data.own_problem))
            self.fingerprint_label.setStyleSheet("color: #7d0f14;")
            self.key_file_label.setText("")
        else:
            self.fingerprint_label.setText("…")
        self.export_button.setEnabled(own is not None)
        self.copy_button.setEnabled(own is not None)

    def current_key(self) -> TrustedKeyInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        key = self.current_key()
        self.revoke_button.setEnabled(key is not None and key.active)

    # ------------------------------------------------------------------ own key

    def export_key(self, target: str | Path | None = None) -> Path | None:
        """Save the public key as a .pem file (where the user says, unless ``target``)."""
        own = self.data.own if self.data is not None else None
        if own is None:
            return None
        if target is None:
            suggested = f"pharmacy-app-key-{own.region_code or 'x'}-{own.pharmacy_code or 'x'}.pem"
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the public key"), suggested, self.tr("Public keys (*.pem)")
            )
            if not name:
                return None
            target = name
        path = Path(target)
        try:
            path.write_text(own.public_key_pem, encoding="ascii")
        except OSError as err:
            self.own_status.setText(self.tr("The key could not be saved: %1").replace("%1", str(err)))
            return None
        self.own_status.setText(self.tr("Saved as %1").replace("%1", str(path)))
        return path

    def copy_key(self) -> None:
        own = self.data.own if self.data is not None else None
        if own is not None:
            QGuiApplication.clipboard().setText(own.public_key_pem)
            self.own_status.setText(self.tr("The public key is on the clipboard."))

    # ------------------------------------------------------------------ trusted keys

    def trust_key(self) -> TrustKeyDialog | None:
        if self.data is None:
            return None
        home = self.data.own.region_code if self.data.own is not None else None
        regions = [r for r in self.data.regions if r.code != home]
        dialog = TrustKeyDialog(self._ops, regions, self)
        dialog.trusted.connect(lambda _key: self.refresh())
        open_held(self, dialog)
        return dialog

    def revoke_key(self, confirm: bool = True) -> None:
        key = self.current_key()
        if key is None or not key.active:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Revoke the key"),
                self.tr(
                    "Stop trusting the key %1 for %2? Shipment files signed with it will be "
                    "refused from now on; what was received with it stays received."
                )
                .replace("%1", key.shown_fingerprint[:24] + " …")
                .replace("%2", f"{key.region_name} ({key.region_code})"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        fingerprint = key.fingerprint
        settings_ops.revoke_key(self, fingerprint).success(lambda _k: self.refresh()).run(self._ops, self.tr("Saving…"))
