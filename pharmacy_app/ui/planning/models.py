"""The Planning page's tables: forecast lines (one column per coming week), a place's
projected weeks, the order lines with their reasons and the expected deliveries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from pharmacy_app.domain.projection import Week
from pharmacy_app.services.expected_deliveries import DeliveryLine
from pharmacy_app.services.forecast import Forecast, ForecastLine
from pharmacy_app.services.ssi_order import OrderLine
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel


def _n(n: int | None) -> str:
    return "" if n is None else fmt.integer(n)


class ForecastModel(RowsModel[ForecastLine]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.set_forecast(None)

    def _method(self, x: ForecastLine) -> str:
        names = {
            "season": self.tr("earlier seasons × %1"),
            "programme": self.tr("programme's seasons × %1"),
            "recent": self.tr("recent average"),
            "none": self.tr("nothing given"),
        }
        return names[x.series.method.value].replace("%1", fmt.number(x.series.ratio, 2))

    def _week_column(self, i: int, week: date) -> Column[ForecastLine]:
        def doses(x: ForecastLine) -> int:
            return x.weeks[i][1]

        return Column(
            self.tr("Week %1").replace("%1", str(week.isocalendar().week)),
            key=doses, text=lambda x: _n(doses(x)), align=RIGHT, tip=lambda _x: fmt.date_text(week),
        )  # fmt: skip

    def set_forecast(self, result: Forecast | None) -> None:
        weeks = list(result.weeks) if result else []
        self.beginResetModel()
        self.columns = [
            Column(self.tr("Programme"), key=lambda x: x.series.programme),
            Column(self.tr("Product"), key=lambda x: x.series.product, tip=lambda x: x.series.varenummer),
            Column(self.tr("Site"), key=lambda x: x.series.site_code, tip=lambda x: x.series.site_name),
            Column(self.tr("Method"), key=self._method),
            *(self._week_column(i, w) for i, w in enumerate(weeks)),
            Column(self.tr("Total"), key=lambda x: x.total, text=lambda x: _n(x.total), align=RIGHT),
        ]  # fmt: skip
        self.endResetModel()
        self.set_rows(list(result.lines) if result else [])


class ProjectionModel(RowsModel[Week]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = [
            Column(self.tr("Week"), key=lambda w: w.week, text=lambda w: f"{w.week.isocalendar().week} · {fmt.date_text(w.week)}"),
            Column(self.tr("Start"), key=lambda w: w.start, text=lambda w: _n(w.start), align=RIGHT),
            Column(self.tr("Coming in"), key=lambda w: w.incoming, text=lambda w: _n(w.incoming), align=RIGHT),
            Column(self.tr("Going out"), key=lambda w: w.outgoing, text=lambda w: _n(w.outgoing), align=RIGHT),
            Column(self.tr("Expected use"), key=lambda w: w.use, text=lambda w: _n(w.use), align=RIGHT),
            Column(self.tr("Short"), key=lambda w: w.short, text=lambda w: _n(w.short), align=RIGHT),
            Column(self.tr("Expiry losses"), key=lambda w: w.expired, text=lambda w: _n(w.expired), align=RIGHT),
            Column(self.tr("End"), key=lambda w: w.end, text=lambda w: _n(w.end), align=RIGHT),
        ]  # fmt: skip


class OrderModel(RowsModel[OrderLine]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = [
            Column(self.tr("Item no."), key=lambda x: x.varenummer),
            Column(self.tr("Product"), key=lambda x: x.product),
            Column(self.tr("Packs"), key=lambda x: x.packs, text=lambda x: _n(x.packs), align=RIGHT),
            Column(self.tr("Doses"), key=lambda x: x.doses, text=lambda x: _n(x.doses), align=RIGHT),
            Column(self.tr("Why"), key=lambda x: x.sentence(fmt.language())),
        ]  # fmt: skip


class DeliveryModel(RowsModel[DeliveryLine]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = [
            Column(self.tr("Status"), key=lambda x: self._status(x)),
            Column(self.tr("Product"), key=lambda x: x.product),
            Column(self.tr("Expected"), key=lambda x: x.expected_doses or 0, text=lambda x: _n(x.expected_doses), align=RIGHT),
            Column(self.tr("Received"), key=lambda x: x.received_doses or 0, text=lambda x: _n(x.received_doses), align=RIGHT),
            Column(self.tr("What happened"), key=lambda x: x.text(fmt.language())),
        ]  # fmt: skip

    def _status(self, x: DeliveryLine) -> str:
        names = {
            "as_expected": self.tr("As expected"),
            "differs": self.tr("Differs"),
            "unexpected": self.tr("Unexpected"),
            "overdue": self.tr("Overdue"),
            "open": self.tr("Expected"),
        }
        return names[x.status.value]
