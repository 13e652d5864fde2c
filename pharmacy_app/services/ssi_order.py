"""The suggested order to SSI: per product, whole packs that keep the region at its cover
target through the next delivery interval, each line explained in a sentence; and the
workbook for SSI with the order and the region's forecast.

Per product of the region:

* **use**: the region's expected use (the sum of its sites' forecasts, per day a
  seventh of its week's, from today on) over the
  **delivery interval** (setting ``order_interval_days``, default 14 days);
* **cover**: the expected use of the **cover days** after it (setting
  ``order_cover_days``, default 7): what the region should still hold when the next
  delivery comes;
* **stock**: usable stock in the region now, less what of it the projection loses to
  expiry within the interval and cover days (:mod:`.projection`);
* **expected**: SSI deliveries expected and not yet received, due within the interval
  (an overdue one counts).

The arithmetic is :func:`pharmacy_app.domain.ordering.suggest`.  Read-only but for the
settings (:func:`save_order_settings`, logged).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.ordering import suggest
from pharmacy_app.domain.roles import Role
from pharmacy_app.reports import ssi_order_workbook as wbk
from pharmacy_app.services import expected_deliveries, forecast, projection
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import get_setting
from pharmacy_app.services.reference.settings import SETTING_HOME_LOCATION, put_setting

SETTING_INTERVAL = "order_interval_days"
SETTING_COVER = "order_cover_days"
DEFAULT_INTERVAL, DEFAULT_COVER = 14, 7
MAX_DAYS = 90  # the longest delivery interval or cover target that may be saved
FORECAST_WEEKS = 12  # the forecast sheet for SSI


@dataclass(frozen=True)
class OrderSettings:
    interval_days: int
    cover_days: int


@dataclass(frozen=True)
class OrderLine:
    product_id: int
    varenummer: str
    product: str
    programme: str
    doses_per_pack: int
    use: int
    cover: int
    stock: int
    expiring: int
    expected: int
    short: int
    packs: int
    doses: int
    explanation: Sentence

    def sentence(self, language: str = "da") -> str:
        return self.explanation.text(language)


@dataclass(frozen=True)
class OrderProposal:
    today: date
    made_at: datetime
    made_by: str
    region: str
    pharmacy: str
    settings: OrderSettings
    lines: tuple[OrderLine, ...]
    forecast_weeks: tuple[
        tuple[str, str, str, date, int], ...
    ]  # varenummer, product, programme, Monday, doses

    @property
    def packs(self) -> int:
        return sum(x.packs for x in self.lines)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def order_settings(app: App) -> OrderSettings:
    with app.db.read() as s:
        return OrderSettings(
            _int(get_setting(s, SETTING_INTERVAL), DEFAULT_INTERVAL),
            _int(get_setting(s, SETTING_COVER), DEFAULT_COVER),
        )


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_order_settings(app: App, interval_days: int, cover_days: int) -> OrderSettings:
    """The delivery interval (1-90 days) and the cover target (0-90 days)."""
    if not (1 <= interval_days <= MAX_DAYS and 0 <= cover_days <= MAX_DAYS):
        raise fail("order_settings_invalid", interval=interval_days, cover=cover_days)
    with app.db.write() as s:
        put_setting(s, SETTING_INTERVAL, str(interval_days), app)
        put_setting(s, SETTING_COVER, str(cover_days), app)
    return OrderSettings(interval_days, cover_days)


def _daily(weeks: dict[date, int], first: date, days: int) -> int:
    """The expected use over ``days`` days from ``first``: a seventh of each week's."""
    return round(sum(weeks.get(fc.monday(first + timedelta(days=d)), 0) / 7 for d in range(days)))


def order_proposal(app: App, today: date | None = None) -> OrderProposal:
    """Per product the region uses, holds or expects: the suggested order and why."""
    today = today or app.today()
    settings = order_settings(app)
    horizon = settings.interval_days + settings.cover_days
    weeks = max(FORECAST_WEEKS, math.ceil((horizon + today.weekday()) / 7))
    expected_forecast = forecast.forecast(app, weeks=min(weeks, forecast.MAX_WEEKS), today=today)
    region_use: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for line in expected_forecast.lines:
        for w, d in line.weeks:
            region_use[line.series.product_id][w] += d
    place = projection.projection(
        app, site=projection.REGION, weeks=min(projection.MAX_WEEKS, math.ceil((horizon + today.weekday()) / 7)),
        today=today,
    )  # fmt: skip
    end = today + timedelta(days=settings.interval_days)
    with app.db.read() as s:
        products = {p.id: p for p in s.scalars(select(m.Product))}
        programmes = {p.code: p.name_da for p in s.scalars(select(m.Programme))}
        pending: dict[int, int] = defaultdict(int)
        for e in expected_deliveries.pending(s, today):
            if e.expected_on < end:
                pending[e.product_id] += e.doses
        home_code = get_setting(s, SETTING_HOME_LOCATION) or ""
        home = s.scalars(select(m.Location).where(m.Location.code == home_code)).one_or_none()
    by_product = {x.product_id: x for x in place}
    lines = []
    for pid in sorted(
        set(by_product) | set(region_use) | set(pending), key=lambda i: products[i].varenummer
    ):
        p = products[pid]
        weeks_use = region_use.get(pid, {})
        use = _daily(weeks_use, today, settings.interval_days)
        cover = _daily(weeks_use, end, settings.cover_days)
        held = by_product.get(pid)
        stock = held.stock_now if held else 0
        expiring = held.projection.expired if held else 0
        per_pack = p.doses_per_unit * p.units_per_pack
        s_ = suggest(use, cover, stock, expiring, pending.get(pid, 0), per_pack)
        params = {
            "packs": s_.packs, "doses": s_.doses, "use": use, "interval": settings.interval_days,
            "cover": cover, "cover_days": settings.cover_days, "stock": stock, "expiring": expiring,
            "expected": pending.get(pid, 0),
        }  # fmt: skip
        code = Code.ORDER_LINE if s_.packs else Code.ORDER_NOTHING
        lines.append(
            OrderLine(
                pid, p.varenummer, p.short_name or p.name, programmes.get(p.programme_code, ""),
                per_pack, use, cover, stock, expiring, pending.get(pid, 0), s_.short, s_.packs,
                s_.doses, Sentence(code, params),
            )
        )  # fmt: skip
    rows = tuple(
        (products[pid].varenummer, products[pid].short_name or products[pid].name,
         programmes.get(products[pid].programme_code, ""), w, d)
        for pid in sorted(region_use, key=lambda i: products[i].varenummer)
        for w, d in sorted(region_use[pid].items())
    )  # fmt: skip
    return OrderProposal(
        today, app.now(), app.user, home.region_code or "" if home else "", home.name if home else "",
        settings, tuple(lines), rows,
    )  # fmt: skip


def write_workbook(proposal: OrderProposal, path: Path) -> Path:
    """The order and the forecast as the workbook for SSI (resources/docs/ssi_order.md)."""
    return wbk.write(
        path,
        about=[
            ("Region", proposal.region),
            ("Apotek", proposal.pharmacy),
            ("Lavet af", proposal.made_by),
            ("Lavet", proposal.made_at),
            ("Dato", proposal.today),
            ("Leveringsinterval (dage)", proposal.settings.interval_days),
            ("Dækningsmål (dage)", proposal.settings.cover_days),
            ("Prognosemetode", "Samme uger i tidligere sæsoner skaleret til denne sæsons tilslutning"),
        ],
        order=[
            (proposal.region, x.varenummer, x.product, x.packs, x.doses, x.doses_per_pack, x.use,
             x.cover, x.stock, x.expiring, x.expected, x.sentence("da"))
            for x in proposal.lines
        ],
        forecast=[
            (proposal.region, v, name, prog, w.isocalendar().year, w.isocalendar().week, w, d)
            for v, name, prog, w, d in proposal.forecast_weeks
        ],
    )  # fmt: skip
