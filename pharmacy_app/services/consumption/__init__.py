"""Consumption: the doses the sites gave, recorded in the ledger, read back as a week
grid and exported.

* :mod:`.recording`: a batch of entries in one transaction, all or nothing;
* :mod:`.correction`: a saved day's figure corrected by reversals and a new movement;
* :mod:`.sheet_import`: a site's consumption sheet, every row or none;
* :mod:`.week_grid`: a site's week as the window's grid shows it;
* :mod:`.export_rows`: the doses given over a period, for the export;
* :mod:`.target_groups`: the catalogue's target groups.

When a day's doses are dated and which days are still open is
:mod:`domain.consumption`; a week starts on :func:`domain.localtime.monday_of`.  The
names below are those the window and the command line call as
``consumption.record(...)``; new code imports from the module that holds a thing.
"""

from pharmacy_app.domain.consumption import RECORDED_AT, earliest_day, occurred_for
from pharmacy_app.domain.localtime import monday_of
from pharmacy_app.services.consumption.correction import DayCorrection, correct_day
from pharmacy_app.services.consumption.export_rows import (
    CONSUMPTION_EXPORT_COLUMNS,
    ConsumptionRow,
    consumption_rows,
)
from pharmacy_app.services.consumption.recording import (
    ENTRY_FIELDS,
    REFERENCE_PREFIX,
    ConsumptionEntry,
    RecordResult,
    record,
)
from pharmacy_app.services.consumption.sheet_import import (
    SHEET_FIELDS,
    SheetPreview,
    import_sheet,
    preview_sheet,
)
from pharmacy_app.services.consumption.target_groups import normalise_target_group, target_groups
from pharmacy_app.services.consumption.week_grid import (
    GridData,
    GridRow,
    SiteChoice,
    consumption_sites,
    week_grid,
)

__all__ = [
    "CONSUMPTION_EXPORT_COLUMNS",
    "ENTRY_FIELDS",
    "RECORDED_AT",
    "REFERENCE_PREFIX",
    "SHEET_FIELDS",
    "ConsumptionEntry",
    "ConsumptionRow",
    "DayCorrection",
    "GridData",
    "GridRow",
    "RecordResult",
    "SheetPreview",
    "SiteChoice",
    "consumption_rows",
    "consumption_sites",
    "correct_day",
    "earliest_day",
    "import_sheet",
    "monday_of",
    "normalise_target_group",
    "occurred_for",
    "preview_sheet",
    "record",
    "target_groups",
    "week_grid",
]
