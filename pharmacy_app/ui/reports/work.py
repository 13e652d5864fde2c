"""The Reports page's work, run by the operations helper off the GUI thread.

* :func:`write_workbook` writes the month's workbook and reads its cover and summary
  sheet back from the file, so the page shows what SSI receives (the version, and
  ``Foreløbig`` for a month not yet ended, as the cover says);
* :func:`find_changes` compares the month with the version last sent;
* :func:`save_archived_copy` writes an archived workbook back to disk, whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pharmacy_app.domain.report_period import PROVISIONAL, Period
from pharmacy_app.domain.workbook_diff import Change
from pharmacy_app.reports import ssi_layout, ssi_workbook
from pharmacy_app.services import ssi_report
from pharmacy_app.services.app import App
from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Progress
from pharmacy_app.ui.reports.workbook_words import SUMMARY_SHEET


@dataclass(frozen=True)
class MadeWorkbook:
    """A workbook just written, and what its cover and summary sheet say."""

    period: str
    path: Path
    checksum: str
    made_at: str
    made_by: str
    summary: list[dict[str, object]]  # the summary sheet read back: its cells by column name
    version: int = 1
    provisional: bool = False


@dataclass(frozen=True)
class ChangesFound:
    period: str
    sent: ArchivedReport | None
    changes: list[Change]


def previous_month(now_period: Period) -> Period:
    if now_period.month == 1:
        return Period(now_period.year - 1, 12)
    return Period(now_period.year, now_period.month - 1)


def _cover(tables: ssi_workbook.Tables, label: str) -> str:
    for row in tables.get(ssi_layout.COVER_SHEET, []):
        if row.get(ssi_workbook.COVER_HEADERS[0]) == label:
            value = row.get(ssi_workbook.COVER_HEADERS[1])
            return "" if value is None else str(value)
    return ""


def write_workbook(app: App, period: str, out_dir: Path, progress: Progress) -> MadeWorkbook:
    """Write the month's workbook and read its cover and summary back from the file."""

    def report(done: int, total: int) -> None:
        # No text: the dialog keeps its label, and a modal dialog's setValue may deliver the
        # result before a label update would arrive.
        progress.update(done, total)

    path = ssi_report.write(app, period, out_dir, report)
    tables = ssi_workbook.read(path.read_bytes())
    return MadeWorkbook(
        period=_cover(tables, "Periode") or period,
        path=path,
        checksum=_cover(tables, "Kontrolsum"),
        made_at=_cover(tables, "Dannet"),
        made_by=_cover(tables, "Dannet af"),
        summary=list(tables.get(SUMMARY_SHEET, [])),
        version=int(_cover(tables, "Version") or 1),
        provisional=_cover(tables, "Status") == PROVISIONAL,
    )


def find_changes(app: App, period: str) -> ChangesFound:
    changes = ssi_report.changes_since_sent(app, period)
    sent = next((a for a in ssi_report.archive(app) if a.period == period.strip()), None)
    return ChangesFound(period.strip(), sent, changes)


def save_archived_copy(app: App, archive_id: int, target: Path) -> Path:
    """Write an archived workbook to ``target`` via a temporary file renamed into place."""
    content = ssi_report.archived_file(app, archive_id)
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def made_at_text(iso: str) -> str:
    """The cover's ``Dannet`` (ISO 8601 with offset) as the UI writes times."""
    try:
        return fmt.datetime_text(datetime.fromisoformat(iso))
    except ValueError:
        return iso
