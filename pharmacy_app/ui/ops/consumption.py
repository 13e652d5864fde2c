"""The Consumption page's writes: a week's entries, or a whole sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.consumption import recording, sheet_import
from pharmacy_app.services.consumption.recording import ConsumptionEntry, RecordResult
from pharmacy_app.ui.ops.service_op import ServiceOp


def record_consumption(
    parent: QWidget, entries: Sequence[ConsumptionEntry], *, closed_month_reason: str | None
) -> ServiceOp[RecordResult]:
    return ServiceOp.call(parent, recording.record, entries, closed_month_reason=closed_month_reason)


def import_consumption_sheet(
    parent: QWidget, path: Path, *, closed_month_reason: str | None
) -> ServiceOp[RecordResult]:
    return ServiceOp.call(parent, sheet_import.import_sheet, path, closed_month_reason=closed_month_reason)
