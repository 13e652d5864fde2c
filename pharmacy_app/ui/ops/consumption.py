"""The Consumption page's writes: a week's entries, a whole sheet, a saved day corrected."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.consumption import correction, recording, sheet_import
from pharmacy_app.services.consumption.correction import DayCorrection
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


def correct_day(
    parent: QWidget,
    *,
    site_code: str,
    day: date,
    lot_id: int,
    doses: int,
    reason: str,
    target_group: str | None,
    every_group: bool,
    closed_month_reason: str | None,
) -> ServiceOp[DayCorrection]:
    return ServiceOp.call(
        parent,
        correction.correct_day,
        site_code=site_code,
        day=day,
        lot_id=lot_id,
        doses=doses,
        reason=reason,
        target_group=target_group,
        every_group=every_group,
        closed_month_reason=closed_month_reason,
    )
