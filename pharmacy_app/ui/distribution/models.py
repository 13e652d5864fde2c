"""Qt item models for the open round on the Distribution page: the requests per site and
product, the picked lots and a mobile unit's visits (the rounds and site lists on the left
are :mod:`pharmacy_app.ui.distribution.list_models`).

Every model shows plain data the distribution service returned (``RoundView`` and the
views inside it); none reads the database.  Editing a requested figure does not change
the model: :attr:`RequestsModel.edit_requested` asks the page, the page asks the
service, and the model is given the round the service returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from pharmacy_app.services.distribution.views import (
    LineView,
    ListView,
    RequestView,
    RoundView,
    VisitView,
)
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
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

# What a row of a list holds: a request, a picked line or a visit.
Item = TypeVar("Item", RequestView, LineView, VisitView)
RequestPair = tuple[ListView, RequestView]
LinePair = tuple[ListView, LineView]
VisitPair = tuple[ListView, VisitView]


# --------------------------------------------------------------------------- requests


class PairsModel(RowsModel[tuple[ListView, Item]]):
    """Rows of ``(site list, item)``: a request, a picked line or a visit of one list."""

    def row_object(self, row: tuple[ListView, Item]) -> object:
        return row[1]

    def list_at(self, row: int) -> ListView | None:
        pair = self.row_at(row)
        return pair[0] if pair is not None else None

    def item_at(self, row: int) -> Item | None:
        pair = self.row_at(row)
        return pair[1] if pair is not None else None


class RequestsModel(PairsModel[RequestView]):
    """What each site should get of each product: proposed, requested, allocated, short."""

    SITE, PRODUCT, PROPOSED, REQUESTED, ALLOCATED, SHORT = range(6)

    edit_requested = Signal(int, int)  # request id, doses

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._round: RoundView | None = None
        self._requested_tip = self.tr("Doses the site should get, in whole vials (type a figure or F2 to change)")

        def column(
            title: str, text: Callable[[RequestPair], str], short_marks: bool = False, **more: Any
        ) -> Column[RequestPair]:
            """Every cell tells the editor its step (whole vials); ``short_marks``: red when short."""
            more.setdefault("foreground", self._muted)
            if short_marks:
                more.update(background=_when_short(SHORT_BG), foreground=_when_short(SHORT_FG, self._muted))
            return Column(
                title,
                text=text,
                tip=lambda pair: self._tooltip(pair, False),
                roles={STEP_ROLE: lambda pair: int(pair[1].doses_per_unit)},
                **more,
            )

        self.columns = [
            column(self.tr("Site"), lambda p: p[0].site_name),
            column(self.tr("Product"), lambda p: p[1].product_short or p[1].product),
            column(self.tr("Proposed"), lambda p: fmt.integer(p[1].proposed), align=RIGHT,
                   header_tip=self.tr(
                       "The app's proposal: the site's recent use times its target cover, minus what it holds")),
            Column(
                self.tr("Requested"),
                text=lambda pair: fmt.integer(pair[1].requested),
                align=RIGHT,
                bold=lambda _pair: True,
                background=lambda pair: EDITABLE_BG if self._editable(pair) else None,
                foreground=self._requested_foreground,
                tip=lambda pair: self._tooltip(pair, True),
                header_tip=lambda: self._requested_tip,
                edit=lambda pair: int(pair[1].requested),
                editable=self._editable,
                set_value=self._set_requested,
                roles={STEP_ROLE: lambda pair: int(pair[1].doses_per_unit)},
            ),
            column(self.tr("Allocated"), lambda p: fmt.integer(p[1].allocated), short_marks=True, align=RIGHT,
                   header_tip=self.tr("Doses picked from the pharmacy's stock, earliest expiry first")),
            column(self.tr("Short"), lambda p: fmt.integer(p[1].short) if int(p[1].short) else "", short_marks=True,
                   align=RIGHT, header_tip=self.tr(
                       "Requested doses that cannot be sent: the pharmacy's stock is short, "
                       "or would expire before the site can use it")),
        ]

    def set_round(self, view: RoundView | None, list_id: int | None = None) -> None:
        self._round = view
        if view is None or view.status == DRAFT:
            tip = self.tr("Doses the site should get, in whole vials (type a figure or F2 to change)")
        else:
            tip = self.tr("Doses the site was to get, in whole vials (read only: the round is no longer a draft)")
        if self._requested_tip != tip:
            self._requested_tip = tip
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.REQUESTED, self.REQUESTED)
        rows = [(lst, r) for lst in shown_lists(view, list_id) for r in lst.requests]
        self.set_rows(rows, key=lambda pair: pair[1].request_id)

    def request_at(self, row: int) -> RequestView | None:
        return self.item_at(row)

    def row_id(self, row: RequestPair) -> object:
        return row[1].request_id

    def editable_row(self, row: int) -> bool:
        pair = self.row_at(row)
        return pair is not None and self._editable(pair)

    def _editable(self, pair: RequestPair) -> bool:
        return self._round is not None and self._round.status == DRAFT and pair[0].status == DRAFT

    @staticmethod
    def _muted(pair: RequestPair) -> QColor | None:
        return MUTED_FG if pair[0].status == CANCELLED else None

    def _requested_foreground(self, pair: RequestPair) -> QColor | None:
        r = pair[1]
        return CHANGED_FG if int(r.requested) != int(r.proposed) else self._muted(pair)

    def _tooltip(self, pair: RequestPair, requested: bool) -> str:
        lst, r = pair
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
        if requested and self._editable(pair):
            if per > 1:
                lines.append(
                    self.tr("Type a figure or press F2 to change; whole vials of %1 doses").replace("%1", str(per))
                )
            else:
                lines.append(self.tr("Type a figure or press F2 to change"))
        return "\n".join(lines)

    def _set_requested(self, pair: RequestPair, value: Any) -> bool:  # value: the editor's QVariant
        r = pair[1]
        try:
            doses = int(value)
        except (TypeError, ValueError):
            return False
        if doses < 0 or doses == int(r.requested):
            return False
        self.edit_requested.emit(int(r.request_id), doses)
        return True


def _when_short(
    colour: QColor, otherwise: Callable[[RequestPair], QColor | None] | None = None
) -> Callable[[RequestPair], QColor | None]:
    """A cell's colour when the request is short, else ``otherwise``'s."""
    return lambda pair: colour if int(pair[1].short) else (otherwise(pair) if otherwise is not None else None)


# --------------------------------------------------------------------------- picked lines


class LinesModel(PairsModel[LineView]):
    """The lots picked for each list (FEFO unless overridden), and what was received."""

    SITE, PRODUCT, BATCH, USE_BY, THAWED, VIALS, DOSES, RECEIVED, NOTE = range(9)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._today: date | None = None  # given with the rows: no clock is read here
        tips = {
            self.BATCH: self.tr("The lot picked; earliest use-by first unless changed with a reason"),
            self.USE_BY: self.tr("Use by: the expiry date, or earlier once thawed"),
            self.THAWED: self.tr("The day the stock was thawed, or is thawed on dispatch for a site that keeps it only cold"),
            self.VIALS: self.tr("Whole vials, syringes or applicators to pack"),
            self.RECEIVED: self.tr("Doses the site confirmed it received"),
            self.NOTE: self.tr("Why another lot than FEFO's was chosen, or why less was received"),
        }

        def column(
            number: int,
            title: str,
            text: Callable[[LinePair], str],
            background: Callable[[LineView], QColor | None] | None = None,
            foreground: Callable[[LineView], QColor | None] | None = None,
            tip: Callable[[ListView, LineView], str | None] | None = None,
            muted: bool = True,
            **more: Any,
        ) -> Column[LinePair]:
            """A column of picked lines (the colours are given the line): a recalled
            lot red over the row, a cancelled list grey where the column has no colour of its own
            (``muted``); the tooltip is the column's own, else the header's."""
            return Column(
                title,
                text=text,
                background=lambda pair: RECALLED_BG if pair[1].recalled else (background or _none)(pair[1]),
                foreground=lambda pair: self._foreground(pair, foreground, muted),
                tip=lambda pair: self._tooltip(pair, (tip(*pair) if tip else None) or tips.get(number)),
                header_tip=tips.get(number),
                **more,
            )

        recalled_batch = self._recalled_batch
        self.columns = [
            column(self.SITE, self.tr("Site"), lambda p: p[0].site_name, tip=lambda lst, _l: f"{lst.site_name} ({lst.site_code})"),
            column(self.PRODUCT, self.tr("Product"), lambda p: p[1].product_short or p[1].product,
                   tip=lambda _lst, line: f"{line.product} ({line.varenummer})"),
            column(self.BATCH, self.tr("Batch"), lambda p: p[1].batch, background=_override(OVERRIDE_BG),
                   foreground=_override(OVERRIDE_FG), tip=lambda _lst, line: self._batch_tip(line),
                   decoration=lambda pair: recalled_icon() if recalled_batch(pair) else None,
                   bold=recalled_batch),
            column(self.USE_BY, self.tr("Use by"), lambda p: fmt.date_text(p[1].use_by_there),
                   background=lambda line: self._use_by_colour(line, EXPIRED_BG, SOON_BG),
                   foreground=lambda line: self._use_by_colour(line, EXPIRED_FG, SOON_FG), muted=False,
                   tip=lambda _lst, line: self._use_by_tip(line)),
            column(self.THAWED, self.tr("Thawed"), self._thawed_text, tip=lambda _lst, line: self._thawed_tip(line)),
            column(self.VIALS, self.tr("Units"), lambda p: fmt.integer(p[1].units), align=RIGHT),
            column(self.DOSES, self.tr("Doses"), lambda p: fmt.integer(p[1].doses), align=RIGHT),
            column(self.RECEIVED, self.tr("Received"),
                   lambda p: fmt.integer(p[1].received_doses) if p[1].received_doses is not None else "",
                   align=RIGHT,
                   background=lambda line: DISCREPANCY_BG if _discrepant(line) else None,
                   foreground=lambda line: SHORT_FG if _discrepant(line) else None,
                   tip=lambda _lst, line: self._discrepancy_tip(line)),
            column(self.NOTE, self.tr("Reason"),
                   lambda p: " · ".join(x for x in (p[1].override_reason, p[1].discrepancy_reason) if x),
                   background=lambda line: OVERRIDE_BG if line.override_reason else (
                       DISCREPANCY_BG if _discrepant(line) else None),
                   foreground=_override(OVERRIDE_FG),
                   tip=lambda _lst, line: self._discrepancy_tip(line)),
        ]

    def set_round(self, view: RoundView | None, list_id: int | None, today: date) -> None:
        self._today = today
        rows = [(lst, line) for lst in shown_lists(view, list_id) for line in lst.lines]
        self.set_rows(rows, key=lambda pair: (pair[1].line_id, pair[1].lot_id))

    def line_at(self, row: int) -> LineView | None:
        return self.item_at(row)

    def row_id(self, row: LinePair) -> object:
        return row[1].line_id

    @staticmethod
    def _recalled_batch(pair: LinePair) -> bool:
        return bool(pair[1].recalled)

    @staticmethod
    def _foreground(pair: LinePair, own: Callable[[LineView], QColor | None] | None, muted: bool) -> QColor | None:
        lst, line = pair
        if line.recalled:
            return RECALLED_FG
        colour = own(line) if own is not None else None
        if colour is not None or not muted:
            return colour
        return MUTED_FG if lst.status == CANCELLED else None

    def _thawed_text(self, pair: LinePair) -> str:
        line = pair[1]
        if line.thawed_on is not None:
            return fmt.date_text(line.thawed_on)
        if line.thaws_on is not None:
            return self.on_dispatch(line.thaws_on)
        return ""

    def on_dispatch(self, day: date) -> str:
        """A draft line's thaw: on dispatch, that day (also the column's widest text)."""
        return self.tr("On dispatch %1").replace("%1", fmt.date_text(day))

    def _thawed_tip(self, line: LineView) -> str | None:
        if line.thaws_on is None:
            return None  # the column's own tip
        return self.tr(
            "The site keeps this product only at 2–8 °C: the frozen lot is thawed when the round "
            "is dispatched, and the site must use it by %1"
        ).replace("%1", fmt.date_text(line.use_by_there))

    def _use_by_colour(self, line: LineView, expired: QColor, soon: QColor) -> QColor | None:
        state = use_by_state(line.use_by_there, self._today)
        return expired if state == "expired" else soon if state == "soon" else None

    def _tooltip(self, pair: LinePair, tip: str | None) -> str | None:
        """A picked lot recalled since says so first (and, on a draft, what to do)."""
        lst, line = pair
        if not line.recalled:
            return tip
        recalled = recalled_tooltip(line.recall_reason, line.recalled_at)
        if lst.status == DRAFT:
            recalled += "\n" + self.tr("Change the lot (Change lot…) before the round is dispatched.")
        return f"{recalled}\n\n{tip}" if tip else recalled

    def _batch_tip(self, line: LineView) -> str:
        text = self.tr("Batch %1, expiry %2").replace("%1", line.batch).replace("%2", fmt.date_text(line.expiry))
        if line.override_reason:
            text += "\n" + self.tr("Chosen instead of the FEFO lot: %1").replace("%1", line.override_reason)
        return text

    def _use_by_tip(self, line: LineView) -> str | None:
        if line.thaws_on is not None:
            return self.tr("Thawed on dispatch: used by this date at the site (frozen expiry %1)").replace(
                "%1", fmt.date_text(line.expiry)
            )
        if line.use_by == line.expiry:
            return None  # the column's own tip
        return self.tr("Earlier than the expiry date (%1) because the stock is thawed").replace(
            "%1", fmt.date_text(line.expiry)
        )

    def _discrepancy_tip(self, line: LineView) -> str | None:
        received = line.received_doses
        if received is None or not _discrepant(line):
            return None  # the column's own tip
        return self.tr("Dispatched %1, received %2: %3").replace("%1", fmt.integer(line.doses)).replace(
            "%2", fmt.integer(received)
        ).replace("%3", line.discrepancy_reason or "")


def _none(_line: object) -> None:
    return None


def _override(colour: QColor) -> Callable[[LineView], QColor | None]:
    """A lot chosen instead of FEFO's: its batch and reason marked."""
    return lambda line: colour if line.override_reason else None


def _discrepant(line: LineView) -> bool:
    return line.received_doses is not None and int(line.received_doses) != int(line.doses)


# --------------------------------------------------------------------------- visits


class VisitsModel(PairsModel[VisitView]):
    """A mobile unit's visit plan: institutions on a date, the doses per programme."""

    DATE, SITE, INSTITUTION, KIND, PROGRAMME, DOSES = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._programmes: dict[str, str] = {}
        tip = self._tooltip
        self.columns = [
            Column(self.tr("Date"), text=lambda p: fmt.date_text(p[1].visit_date)),
            Column(self.tr("Unit"), text=lambda p: p[0].site_name, tip=tip),
            Column(self.tr("Institution"), text=lambda p: p[1].institution, tip=tip),
            Column(self.tr("Kind"), text=lambda p: institution_kind_text(p[1].institution_kind)),
            Column(self.tr("Programme"), text=lambda p: self.programme_name(p[1].programme)),
            Column(self.tr("Doses"), text=lambda p: fmt.integer(p[1].doses), align=RIGHT),
        ]

    def set_programme_names(self, names: dict[str, str]) -> None:
        self._programmes = dict(names)
        self.repaint_all()

    def programme_name(self, code: str) -> str:
        return self._programmes.get(code, code)

    def set_round(self, view: RoundView | None, list_id: int | None = None) -> None:
        rows = [(lst, v) for lst in shown_lists(view, list_id) for v in lst.visits]
        rows.sort(key=lambda p: (p[1].visit_date, p[0].site_name, p[1].institution, p[1].visit_id))
        self.set_rows(rows, key=lambda p: p[1].visit_id)

    def visit_at(self, row: int) -> VisitView | None:
        return self.item_at(row)

    @staticmethod
    def _tooltip(pair: VisitPair) -> str:
        lst, v = pair
        return f"{v.institution} · {institution_kind_text(v.institution_kind)}\n{lst.site_name}"
