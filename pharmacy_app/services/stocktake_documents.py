"""The two stocktake documents as files: the count sheet and the stocktake report, with
the imprint every printed page carries (who printed it, when, from which database).

The data are the views' (``stocktake_views.sheet`` / ``report``); the layout is
``reports/stocktake_pdf``.  A file is written whole or not at all (the PDF writer
replaces it whole).
"""

from __future__ import annotations

from pathlib import Path

from pharmacy_app.reports.stocktake_pdf import write_count_sheet, write_stocktake_report
from pharmacy_app.services.app import App
from pharmacy_app.services.documents import imprint
from pharmacy_app.services.stocktake_views import report, sheet


def count_sheet_pdf(app: App, stocktake_id: int, out: Path, language: str = "da") -> Path:
    """Write the count sheet of ``stocktake_id`` to ``out``; ``out``."""
    write_count_sheet(sheet(app, stocktake_id, language), out, language, imprint=imprint(app))
    return out


def report_pdf(app: App, stocktake_id: int, out: Path, language: str = "da") -> Path:
    """Write the stocktake report of ``stocktake_id`` to ``out``; ``out``."""
    write_stocktake_report(report(app, stocktake_id, language), out, language, imprint=imprint(app))
    return out
