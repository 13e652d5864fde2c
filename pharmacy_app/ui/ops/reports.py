"""The Reports page's writes: making the month's SSI workbook, and marking it sent.

Making a workbook changes nothing a screen shows (``Change.NONE``); it runs on the writer
thread so that it reads one consistent state.  Marking it sent closes the month.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.changes import changes_of
from pharmacy_app.services import ssi_report
from pharmacy_app.services.app import App
from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui.operations import Progress
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.reports.work import MadeWorkbook, write_workbook


def make_workbook(parent: QWidget, period: str, out_dir: Path) -> ServiceOp[MadeWorkbook]:
    """Write the month's workbook (with progress, cancellable) and read it back."""

    def work(app: App, progress: Progress) -> MadeWorkbook:
        return write_workbook(app, period, out_dir, progress)

    return ServiceOp(parent, work, changes_of(ssi_report.write), with_progress=True, cancellable=True)


def mark_sent(parent: QWidget, period: str, path: Path) -> ServiceOp[ArchivedReport]:
    return ServiceOp.call(parent, ssi_report.mark_sent, period, path)
