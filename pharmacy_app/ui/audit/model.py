"""The Audit page's table: one row per movement or activity entry (``AuditRow``), in
the order the service gives (newest first), in the UI language: Copenhagen time as
dd-mm-åååå tt:mm, a movement's kind and places in words, doses in the language's
number form.  Rows are appended a page at a time (:meth:`AuditModel.append`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject
from PySide6.QtGui import QBrush, QColor

from pharmacy_app.services.audit_views import ACTIVITIES, AuditRow
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.audit import fields
from pharmacy_app.ui.common.table_models import LEFT, RIGHT, Column, RowsModel

ACTIVITY_BACKGROUND = QColor("#eef3fa")  # an activity entry stands apart from movements

_CTX = "AuditKinds"
ACTIVITY_KINDS = {
    "setting": QT_TRANSLATE_NOOP("AuditKinds", "Setting"),
    "product": QT_TRANSLATE_NOOP("AuditKinds", "Product"),
    "location": QT_TRANSLATE_NOOP("AuditKinds", "Site"),
    "stock_target": QT_TRANSLATE_NOOP("AuditKinds", "Stock target"),
    "recall": QT_TRANSLATE_NOOP("AuditKinds", "Recall"),
    "month_close": QT_TRANSLATE_NOOP("AuditKinds", "Month closed"),
    "stocktake_approval": QT_TRANSLATE_NOOP("AuditKinds", "Stocktake approved"),
    "stocktake_posting": QT_TRANSLATE_NOOP("AuditKinds", "Stocktake posted"),
    "signing_key": QT_TRANSLATE_NOOP("AuditKinds", "Signing key"),
    "restore": QT_TRANSLATE_NOOP("AuditKinds", "Restore"),
    "user": QT_TRANSLATE_NOOP("AuditKinds", "User"),
    "role": QT_TRANSLATE_NOOP("AuditKinds", "Role"),
    "excursion": QT_TRANSLATE_NOOP("AuditKinds", "Temperature excursion"),
    "excursion_decision": QT_TRANSLATE_NOOP("AuditKinds", "Excursion decision"),
    "expected_delivery": QT_TRANSLATE_NOOP("AuditKinds", "Expected delivery"),
}


def kind_text(kind: str) -> str:
    """A movement's or an activity entry's kind in the UI language."""
    source = ACTIVITY_KINDS.get(kind)
    return QCoreApplication.translate(_CTX, str(source)) if source else labels.movement_kind(kind)


def _change(row: AuditRow) -> str:
    if row.table == ACTIVITIES:
        return fields.change_text(row.before, row.after)
    places = row.change.split(" → ")
    return " → ".join(labels.location_name(code, code) if labels.is_virtual(code) else code for code in places)


class AuditModel(RowsModel[AuditRow]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        shade = self._shade
        self.columns = [
            Column(self.tr("Time"), key=lambda r: r.key, text=lambda r: fmt.datetime_text(r.when),
                   background=shade, header_tip=self.tr("When it happened (Danish time)")),
            Column(self.tr("User"), key=lambda r: r.user, background=shade),
            Column(self.tr("Workstation"), key=lambda r: r.workstation, background=shade),
            Column(self.tr("Kind"), key=lambda r: kind_text(r.kind), background=shade),
            Column(self.tr("Lot / subject"), key=lambda r: r.subject, tip=lambda r: r.subject, background=shade),
            Column(self.tr("From → to / before → after"), key=_change, tip=_change, background=shade),
            Column(self.tr("Doses"), key=lambda r: r.doses if r.doses is not None else -1,
                   text=lambda r: "" if r.doses is None else fmt.integer(r.doses), align=RIGHT, background=shade),
            Column(self.tr("Reason / note"), key=lambda r: r.note, tip=lambda r: r.note, background=shade),
            Column(self.tr("Reference"), key=lambda r: r.reference, align=LEFT, background=shade),
        ]  # fmt: skip

    @staticmethod
    def _shade(row: AuditRow) -> QBrush | None:
        return QBrush(ACTIVITY_BACKGROUND) if row.table == ACTIVITIES else None

    def append(self, rows: Sequence[AuditRow]) -> None:
        """Add the next page's rows at the end (what is shown stays where it is)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._checked.extend([False] * len(rows))
        self.endInsertRows()
