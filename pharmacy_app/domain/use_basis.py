"""What a site is expected to use: its recent rate, or the demand forecast.

The region chooses, with the setting ``round_use_basis``, how round proposals and the
stock-out warnings size a site's use:

* ``recent`` (the default): the site's own use over the last four weeks, per day (the
  rate of :mod:`pharmacy_app.domain.expiry_risk`);
* ``forecast``: the weekly demand forecast (:mod:`pharmacy_app.domain.forecast`) turned
  into doses over the very days a round must cover: each day takes a seventh of its
  week's forecast, so a cover period from a Thursday over the next 14 days takes 4/7 of
  this week, all of next week and 3/7 of the week after.  Where the forecast expects
  nothing for a site and product (no history, or 0 doses over those days) the recent
  rate is used instead: a forecast of nothing cannot tell a campaign that starts earlier
  this year from one that has ended, and sending by the recent rate keeps the site from
  running out.  So is the recent rate when the cover period reaches past the forecast's
  horizon.

What must hold: pure (no database); the doses over a period are the sum of the days'
shares of their weeks; an unknown stored value reads as the default.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from pharmacy_app.domain.allocation import rate_basis
from pharmacy_app.domain.forecast import monday
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence

SETTING_KEY = "round_use_basis"
RECENT = "recent"
FORECAST = "forecast"
BASES = (RECENT, FORECAST)
DEFAULT = RECENT
# A rate's source when it comes from the forecast (beside expiry_risk's own, kind, ...).
RATE_FORECAST = "forecast"


def parse(stored: str | None) -> str:
    """The basis a stored setting names; anything else (unset, edited by hand) the default."""
    text = (stored or "").strip().lower()
    return text if text in BASES else DEFAULT


@dataclass(frozen=True)
class ForecastUse:
    """The forecast's use over a cover period: the doses and the weeks they come from."""

    start: date  # the first day covered
    days: int
    doses: float  # expected over the ``days`` days
    first_week: date  # the Monday of the first week touched
    last_week: date  # the Monday of the last

    @property
    def per_day(self) -> float:
        return self.doses / self.days

    @property
    def whole_doses(self) -> int:
        """The doses the sentence shows: rounded up, as the proposal's cover is."""
        return max(0, math.ceil(self.doses - 1e-9))

    @property
    def weeks_text(self) -> str:
        """ISO week numbers: ``47`` or ``47–48``."""
        first, last = self.first_week.isocalendar().week, self.last_week.isocalendar().week
        return str(first) if first == last else f"{first}–{last}"

    def as_stored(self) -> dict[str, object]:
        """As kept with a request's basis (JSON)."""
        return {
            "start": self.start.isoformat(),
            "days": self.days,
            "doses": round(self.doses, 3),
            "first_week": self.first_week.isoformat(),
            "last_week": self.last_week.isoformat(),
        }


def forecast_use(weekly: Mapping[date, float], start: date, days: int) -> ForecastUse | None:
    """The doses the weekly forecast (Monday -> doses) expects over ``days`` days from
    ``start``; ``None`` when it expects nothing there or does not reach that far."""
    if days <= 0:
        return None
    total = 0.0
    for k in range(days):
        week = monday(start + timedelta(days=k))
        if week not in weekly:
            return None
        total += max(0.0, weekly[week]) / 7
    if total <= 0:
        return None
    last = start + timedelta(days=days - 1)
    return ForecastUse(start, days, total, monday(start), monday(last))


def forecast_basis(
    stored: Mapping[str, object] | None,
    rate_per_day: float | None,
    cover_days: int,
    on_hand: int,
    proposed: int,
    unit_doses: int,
    unit_names: tuple[str, str] = ("vial", "hætteglas"),
) -> Sentence:
    """The sentence of a proposal made on the forecast basis: the forecast's weeks and
    doses (``stored``: :meth:`ForecastUse.as_stored`), or, where the forecast had
    nothing, the four-week rate it fell back to, saying so."""
    base = rate_basis(rate_per_day, cover_days, on_hand, proposed, unit_doses, unit_names)
    if stored is None:
        if base.code is Code.BASIS_NO_RATE:
            return Sentence(Code.BASIS_FORECAST_NOTHING)
        return Sentence(Code.BASIS_FORECAST_FALLBACK, base.params)
    first = date.fromisoformat(str(stored["first_week"]))
    last = date.fromisoformat(str(stored["last_week"]))
    use = ForecastUse(
        date.fromisoformat(str(stored["start"])), int(str(stored["days"])),
        float(str(stored["doses"])), first, last,
    )  # fmt: skip
    return Sentence(
        Code.BASIS_FORECAST,
        {
            "weeks": use.weeks_text,
            "week_count": 1 if first == last else 2,
            "expected": use.whole_doses,
            "cover_days": cover_days,
            "on_hand": on_hand,
            "proposed": proposed,
            "units": base.params.get("units", ""),
        },
    )
