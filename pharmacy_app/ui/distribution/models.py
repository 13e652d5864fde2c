"""Qt item models for the open round on the Distribution page: the requests per site and
product, the picked lots and a mobile unit's visits (the rounds and site lists on the left
are :mod:`pharmacy_app.ui.distribution.list_models`).

Every model shows plain data the distribution service returned (``RoundView`` and the
views inside it); none reads the database.  Editing a requested figure does not change
the model: :attr:`RequestsModel.edit_requested` asks the page, the page asks the
service, and the model is given the round the service returns.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel, bold_font
from pharmacy_app.ui.distribution.summary import CANCELLED, DRAFT, shown_lists, vials
from pharmacy_app.ui.distribution.texts import SHORT_BG, SHORT_FG, basis_text, institution_kind_text
from pharmacy_app.ui.stock.marks import (
    EXPIRED_BG,
    EXPIRED_FG,
    MUTED_FG,
    RECALLED_BG,
    RECALLED_FG,
    SOON_BG,
    SOON_FG,
    recalled_icon,
    recalled_tooltip,
    use_by_state,
)

# The doses per unit of a request, for the editor's step (whole vials).
STEP_ROLE = int(Qt.ItemDataRole.UserRole) + 20

EDITABLE_BG = QColor("#f3f8ff")
CHANGED_FG = QColor("#0b4f9c")
OVERRIDE_BG = QColor("#fff4cf")
OVERRIDE_FG = QColor("#5c3d00")
DISCREPANCY_BG = QColor("#fde8d7")


# --------------------------------------------------------------------------- requests


class RequestsModel(TableModel):
    """What each site should get of each product: proposed, requested, allocated, short."""

    SITE, PRODUCT, PROPOSED, REQUESTED, ALLOCATED, SHORT = range(6)
    COLUMN_COUNT = 6
    NUMERIC = frozenset({PROPOSED, REQUESTED, ALLOCATED, SHORT})

    edit_requested = Signal(int, int)  # request id, doses

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._round: Any = None
        self._headers = [
            self.tr("Site"),
            self.tr("Product"),
            self.tr("Proposed"),
            self.tr("Requested"),
            self.tr("Allocated"),
            self.tr("Short"),
        ]
        self._tips = {
            self.PROPOSED: self.tr("The app's proposal: the site's recent use times its target cover, minus what it holds"),
            self.REQUESTED: self.tr("Doses the site should get, in whole vials (type a figure or F2 to change)"),
            self.ALLOCATED: self.tr("Doses picked from the pharmacy's stock, earliest expiry first"),
            self.SHORT: self.tr(
                "Requested doses that cannot be sent: the pharmacy's stock is short, "
                "or would expire before the site can use it"
            ),
        }

    def set_round(self, view: Any, list_id: int | None = None) -> None:
        self._round = view
        if view is None or view.status == DRAFT:
            tip = self.tr("Doses the site should get, in whole vials (type a figure or F2 to change)")
        else:
            tip = self.tr("Doses the site was to get, in whole vials (read only: the round is no longer a draft)")
        if self._tips.get(self.REQUESTED) != tip:
            self._tips[self.REQUESTED] = tip
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.REQUESTED, self.REQUESTED)
        rows = [(lst, r) for lst in shown_lists(view, list_id) for r in lst.requests]
        self._set_rows(rows, key=lambda pair: pair[1].request_id)

    def request_at(self, row: int) -> Any:
        pair = self.row_at(row)
        return pair[1] if pair is not None else None

    def list_at(self, row: int) -> Any:
        pair = self.row_at(row)
        return pair[0] if pair is not None else None

    def row_id(self, row: Any) -> object:
        return row[1].request_id

    def editable_row(self, row: int) -> bool:
        pair = self.row_at(row)
        return (
            pair is not None
            and self._round is not None
            and self._round.status == DRAFT
            and pair[0].status == DRAFT
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.REQUESTED and self.editable_row(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.row_at(index.row()) if index.isValid() else None
        if pair is None:
            return None
        lst, r = pair
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SITE:
                return lst.site_name
            if col == self.PRODUCT:
                return r.product_short or r.product
            if col == self.PROPOSED:
                return fmt.integer(r.proposed)
            if col == self.REQUESTED:
                return fmt.integer(r.requested)
            if col == self.ALLOCATED:
                return fmt.integer(r.allocated)
            if col == self.SHORT:
                return fmt.integer(r.short) if int(r.short) else ""
            return None
        if role == Qt.ItemDataRole.EditRole:
            if col == self.REQUESTED:
                return int(r.requested)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == STEP_ROLE:
            return int(r.doses_per_unit)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if int(r.short) and col in (self.ALLOCATED, self.SHORT):
                return SHORT_BG
            if col == self.REQUESTED and self.editable_row(index.row()):
                return EDITABLE_BG
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if int(r.short) and col in (self.ALLOCATED, self.SHORT):
                return SHORT_FG
            if col == self.REQUESTED and int(r.requested) != int(r.proposed):
                return CHANGED_FG
            if lst.status == CANCELLED:
                return MUTED_FG
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.REQUESTED:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(lst, r, col)
        return None

    def _tooltip(self, lst: Any, r: Any, col: int) -> str:
        per = int(r.doses_per_unit)
        lines = [f"{lst.site_name} · {r.product} ({r.varenummer})"]
        basis = basis_text(r)
        if basis:
            lines.append(self.tr("Proposal: %1").replace("%1", basis))
        if per > 1:
            lines.append(
                self.tr("Requested %1 doses = %Ln vial(s)", None, vials(r.requested, per)).replace(
                    "%1", fmt.integer(r.requested)
                )
            )
        if int(r.short):
            lines.append(
                self.tr("Gets %1 of %2 doses").replace("%1", fmt.integer(r.allocated)).replace(
                    "%2", fmt.integer(r.requested)
                )
            )
        if col == self.REQUESTED and self.editable_row(self.row_of(r.request_id)):
            if per > 1:
                lines.append(
                    self.tr("Type a figure or press F2 to change; whole vials of %1 doses").replace("%1", str(per))
                )
            else:
                lines.append(self.tr("Type a figure or press F2 to change"))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.REQUESTED:
            return False
        if not self.editable_row(index.row()):
            return False
        r = self.request_at(index.row())
        try:
            doses = int(value)
        except (TypeError, ValueError):
            return False
        if doses < 0 or doses == int(r.requested):
            return False
        self.edit_requested.emit(int(r.request_id), doses)
        return True


# --------------------------------------------------------------------------- picked lines


class LinesModel(TableModel):
    """The lots picked for each list (FEFO unless overridden), and what was received."""

    SITE, PRODUCT, BATCH, USE_BY, THAWED, VIALS, DOSES, RECEIVED, NOTE = range(9)
    COLUMN_COUNT = 9
    NUMERIC = frozenset({VIALS, DOSES, RECEIVED})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._today: date | None = None  # given with the rows: no clock is read here
        self._headers = [
            self.tr("Site"),
            self.tr("Product"),
            self.tr("Batch"),
            self.tr("Use by"),
            self.tr("Thawed"),
            self.tr("Units"),
            self.tr("Doses"),
            self.tr("Received"),
            self.tr("Reason"),
        ]
        self._tips = {
            self.BATCH: self.tr("The lot picked; earliest use-by first unless changed with a reason"),
            self.USE_BY: self.tr("Use by: the expiry date, or earlier once thawed"),
            self.THAWED: self.tr("The day the stock was thawed"),
            self.VIALS: self.tr("Whole vials, syringes or applicators to pack"),
            self.RECEIVED: self.tr("Doses the site confirmed it received"),
            self.NOTE: self.tr("Why another lot than FEFO's was chosen, or why less was received"),
        }

    def set_round(self, view: Any, list_id: int | None, today: date) -> None:
        self._today = today
        rows = [(lst, line) for lst in shown_lists(view, list_id) for line in lst.lines]
        self._set_rows(rows, key=lambda pair: (pair[1].line_id, pair[1].lot_id))

    def line_at(self, row: int) -> Any:
        pair = self.row_at(row)
        return pair[1] if pair is not None else None

    def list_at(self, row: int) -> Any:
        pair = self.row_at(row)
        return pair[0] if pair is not None else None

    def row_id(self, row: Any) -> object:
        return row[1].line_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.row_at(index.row()) if index.isValid() else None
        if pair is None:
            return None
        lst, line = pair
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SITE:
                return lst.site_name
            if col == self.PRODUCT:
                return line.product_short or line.product
            if col == self.BATCH:
                return line.batch
            if col == self.USE_BY:
                return fmt.date_text(line.use_by)
            if col == self.THAWED:
                return fmt.date_text(line.thawed_on) if line.thawed_on else ""
            if col == self.VIALS:
                return fmt.integer(line.units)
            if col == self.DOSES:
                return fmt.integer(line.doses)
            if col == self.RECEIVED:
                return fmt.integer(line.received_doses) if line.received_doses is not None else ""
            if col == self.NOTE:
                parts = [x for x in (line.override_reason, line.discrepancy_reason) if x]
                return " · ".join(parts)
            return None
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if line.recalled:
            marked = self._recalled_role(lst, line, col, role)
            if marked is not None:
                return marked
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in (self.BATCH, self.NOTE) and line.override_reason:
                return OVERRIDE_BG
            if col in (self.RECEIVED, self.NOTE) and _discrepant(line):
                return DISCREPANCY_BG
            if col == self.USE_BY:
                state = use_by_state(line.use_by, self._today)
                return EXPIRED_BG if state == "expired" else SOON_BG if state == "soon" else None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (self.BATCH, self.NOTE) and line.override_reason:
                return OVERRIDE_FG
            if col == self.RECEIVED and _discrepant(line):
                return SHORT_FG
            if col == self.USE_BY:
                state = use_by_state(line.use_by, self._today)
                return EXPIRED_FG if state == "expired" else SOON_FG if state == "soon" else None
            if lst.status == CANCELLED:
                return MUTED_FG
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(lst, line, col)
        return None

    def _recalled_role(self, lst: Any, line: Any, col: int, role: int) -> Any:
        """A picked lot recalled since: red over the row, a badge on the batch, the recall
        in the tooltip, as on the Stock page."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return RECALLED_FG
        if role == Qt.ItemDataRole.BackgroundRole:
            return RECALLED_BG
        if role == Qt.ItemDataRole.DecorationRole and col == self.BATCH:
            return recalled_icon()
        if role == Qt.ItemDataRole.FontRole and col == self.BATCH:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = recalled_tooltip(line.recall_reason, line.recalled_at)
            if lst.status == DRAFT:
                tip += "\n" + self.tr("Change the lot (Change lot…) before the round is dispatched.")
            other = self._tooltip(lst, line, col)
            return f"{tip}\n\n{other}" if other else tip
        return None

    def _tooltip(self, lst: Any, line: Any, col: int) -> str | None:
        if col == self.BATCH:
            text = self.tr("Batch %1, expiry %2").replace("%1", line.batch).replace("%2", fmt.date_text(line.expiry))
            if line.override_reason:
                text += "\n" + self.tr("Chosen instead of the FEFO lot: %1").replace("%1", line.override_reason)
            return text
        if col == self.PRODUCT:
            return f"{line.product} ({line.varenummer})"
        if col == self.USE_BY and line.use_by != line.expiry:
            return self.tr("Earlier than the expiry date (%1) because the stock is thawed").replace(
                "%1", fmt.date_text(line.expiry)
            )
        if col in (self.RECEIVED, self.NOTE) and _discrepant(line):
            return self.tr("Dispatched %1, received %2: %3").replace("%1", fmt.integer(line.doses)).replace(
                "%2", fmt.integer(line.received_doses)
            ).replace("%3", line.discrepancy_reason or "")
        if col == self.SITE:
            return f"{lst.site_name} ({lst.site_code})"
        return self._tips.get(col)


def _discrepant(line: Any) -> bool:
    return line.received_doses is not None and int(line.received_doses) != int(line.doses)


# --------------------------------------------------------------------------- visits


class VisitsModel(TableModel):
    """A mobile unit's visit plan: institutions on a date, the doses per programme."""

    DATE, SITE, INSTITUTION, KIND, PROGRAMME, DOSES = range(6)
    COLUMN_COUNT = 6
    NUMERIC = frozenset({DOSES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._programmes: dict[str, str] = {}
        self._headers = [
            self.tr("Date"),
            self.tr("Unit"),
            self.tr("Institution"),
            self.tr("Kind"),
            self.tr("Programme"),
            self.tr("Doses"),
        ]

    def set_programme_names(self, names: dict[str, str]) -> None:
        self._programmes = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    def programme_name(self, code: str) -> str:
        return self._programmes.get(code, code)

    def set_round(self, view: Any, list_id: int | None = None) -> None:
        rows = [(lst, v) for lst in shown_lists(view, list_id) for v in lst.visits]
        rows.sort(key=lambda p: (p[1].visit_date, p[0].site_name, p[1].institution, p[1].visit_id))
        self._set_rows(rows, key=lambda p: p[1].visit_id)

    def visit_at(self, row: int) -> Any:
        pair = self.row_at(row)
        return pair[1] if pair is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.row_at(index.row()) if index.isValid() else None
        if pair is None:
            return None
        lst, v = pair
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return fmt.date_text(v.visit_date)
            if col == self.SITE:
                return lst.site_name
            if col == self.INSTITUTION:
                return v.institution
            if col == self.KIND:
                return institution_kind_text(v.institution_kind)
            if col == self.PROGRAMME:
                return self.programme_name(v.programme)
            if col == self.DOSES:
                return fmt.integer(v.doses)
            return None
        if role == ROW_ROLE:
            return v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.INSTITUTION, self.SITE):
            return f"{v.institution} · {institution_kind_text(v.institution_kind)}\n{lst.site_name}"
        return None
