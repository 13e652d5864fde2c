"""Writes on temperature excursions: record one typed in, import a logger file, decide
on a held lot."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.excursions import Decision
from pharmacy_app.services import excursions
from pharmacy_app.services.excursions import Recorded
from pharmacy_app.ui.ops.service_op import ServiceOp


def record(
    parent: QWidget, *, location_code: str, start: datetime, end: datetime, lowest: float, highest: float,
    storage_class: str | None, note: str,
) -> ServiceOp[Recorded]:  # fmt: skip
    return ServiceOp.call(
        parent, excursions.record, location_code=location_code, start=start, end=end, lowest=lowest,
        highest=highest, storage_class=storage_class, note=note,
    )  # fmt: skip


def import_logger(
    parent: QWidget, *, location_code: str, path: Path, storage_class: str | None, note: str
) -> ServiceOp[tuple[Recorded, ...]]:
    return ServiceOp.call(
        parent, excursions.import_logger, location_code=location_code, path=path, storage_class=storage_class,
        note=note,
    )  # fmt: skip


def decide(
    parent: QWidget, *, excursion_id: int, lot_id: int, decision: Decision, reason: str, use_by: date | None
) -> ServiceOp[int]:
    return ServiceOp.call(
        parent, excursions.decide, excursion_id=excursion_id, lot_id=lot_id, decision=decision, reason=reason,
        use_by=use_by,
    )  # fmt: skip
