"""Temperature excursions as pure rules: finding them in logger readings, a product's
stability after one, and the decision to suggest for a held lot.

* **Detection.**  An excursion is a maximal run of consecutive readings outside the
  range that applies to the storage the logger sat in (``cold_chain.RANGES``: 2–8 °C for
  a fridge or cool box, the freezer classes' ranges for freezers).  It runs from the
  first reading outside to the last one before the temperature is back in range, with
  the lowest and highest reading of the run; a run that crosses midnight is one
  excursion.  Readings are taken in time order whatever order the file had.
* **Stability.**  Each product's rule (``resources/stability.json``, copied into the
  app; conservative, illustrative values, not a substitute for the SmPC): how many hours
  in total it may be between the top of its fridge range and ``warm_max_c``, whether
  freezing destroys it, and that thawed stock is never refrozen.
* **Suggestion.**  For stock kept cold (fridge, cool box, or thawed): frozen when it
  must not freeze, or warmer than ``warm_max_c``, or warm for longer than allowed →
  discard; colder than the range but not freezing, or warm for at most half the allowed
  hours → release; warm for longer → shorten the use-by in proportion to the allowance
  used (never later than it was).  For frozen stock in a freezer: still within the
  product's own frozen range → release; above it but at most the fridge's top → treat
  as thawed at the start (use-by the start day plus the thawed shelf life); warmer →
  as stock kept cold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from pharmacy_app.domain.cold_chain import RANGES, StorageClass
from pharmacy_app.domain.localtime import local_day

FREEZING_C = 0.0  # a fridge product colder than this has frozen


@dataclass(frozen=True)
class Reading:
    """One logger reading: an aware moment and a temperature in °C."""

    at: datetime
    celsius: float


@dataclass(frozen=True)
class Interval:
    """One excursion found in readings: from, to, lowest, highest and its readings."""

    start: datetime
    end: datetime
    lowest: float
    highest: float
    readings: tuple[Reading, ...]

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def parse_celsius(text: str) -> float | None:
    """A temperature as loggers and people write it (``-0,5``, ``8.4 °C``, ``−1``), or
    ``None``; beyond -150..100 °C it is no reading."""
    cleaned = text.replace("°C", "").replace("°c", "").replace("°", "").replace("\u2212", "-").strip()
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if -150 <= value <= 100 else None


def outside(celsius: float, limits: tuple[float, float]) -> bool:
    return celsius < limits[0] or celsius > limits[1]


def detect(readings: Iterable[Reading], limits: tuple[float, float]) -> list[Interval]:
    """Every maximal run of readings outside ``limits`` (lowest, highest °C), in order."""
    found: list[Interval] = []
    run: list[Reading] = []
    for r in sorted(readings, key=lambda r: r.at):
        if outside(r.celsius, limits):
            run.append(r)
            continue
        if run:
            found.append(_interval(run))
            run = []
    if run:
        found.append(_interval(run))
    return found


def _interval(run: Sequence[Reading]) -> Interval:
    temps = [r.celsius for r in run]
    return Interval(run[0].at, run[-1].at, min(temps), max(temps), tuple(run))


def evidence(readings: Sequence[Reading], interval: Interval, margin: int = 6) -> tuple[Reading, ...]:
    """The readings kept with an excursion: those within it and ``margin`` readings on
    each side, so the report shows the temperature before and after."""
    ordered = sorted(readings, key=lambda r: r.at)
    inside = [i for i, r in enumerate(ordered) if interval.start <= r.at <= interval.end]
    if not inside:
        return ()
    lo, hi = max(inside[0] - margin, 0), min(inside[-1] + margin + 1, len(ordered))
    return tuple(ordered[lo:hi])


def limits_of(storage_class: StorageClass) -> tuple[float, float]:
    low, high = RANGES[storage_class]
    return float(low), float(high)


# --------------------------------------------------------------------------- stability


@dataclass(frozen=True)
class StabilityRule:
    """What a product tolerates outside its storage range (``resources/stability.json``)."""

    warm_hours: float  # total hours it may be above its fridge range, up to warm_max_c
    warm_max_c: float
    freezing_destroys: bool
    no_refreeze: bool  # thawed stock is never frozen again
    source: str = ""  # where the values come from, as printed


CAUTIOUS = StabilityRule(warm_hours=0, warm_max_c=8, freezing_destroys=True, no_refreeze=False, source="")


class Decision(StrEnum):
    NONE = "none"
    RELEASED = "released"
    SHORTENED = "shortened"
    DISCARDED = "discarded"


class Why(StrEnum):
    """Why a decision is suggested (each has a text in the message catalogue)."""

    FROZEN = "frozen"
    TOO_WARM = "too_warm"
    WARM_TOO_LONG = "warm_too_long"
    MILD = "mild"
    WARM_PART = "warm_part"
    STILL_FROZEN = "still_frozen"
    THAWED = "thawed"


@dataclass(frozen=True)
class Suggestion:
    decision: Decision
    why: Why
    use_by: date | None = None  # the shortened use-by, for SHORTENED


@dataclass(frozen=True)
class HeldStock:
    """What the suggestion looks at for one held lot."""

    kept_frozen: bool  # frozen stock in a freezer class (else kept cold)
    frozen_range: tuple[int, int] | None
    fridge_range: tuple[int, int] | None
    use_by: date
    expiry: date
    thawed_shelf_life_days: int | None


def suggest(rule: StabilityRule, stock: HeldStock, start: datetime, end: datetime,
            lowest: float, highest: float) -> Suggestion:  # fmt: skip
    """The decision to suggest for a lot held through an excursion (see the module)."""
    if stock.kept_frozen and stock.frozen_range is not None:
        if highest <= stock.frozen_range[1]:
            return Suggestion(Decision.RELEASED, Why.STILL_FROZEN)
        fridge_top = stock.fridge_range[1] if stock.fridge_range else 8
        if highest <= fridge_top and stock.thawed_shelf_life_days is not None:
            thawed_until = local_day(start) + timedelta(days=stock.thawed_shelf_life_days)
            return Suggestion(Decision.SHORTENED, Why.THAWED, min(stock.use_by, stock.expiry, thawed_until))
    top = stock.fridge_range[1] if stock.fridge_range else 8
    if lowest < FREEZING_C and (rule.freezing_destroys or rule.no_refreeze):
        return Suggestion(Decision.DISCARDED, Why.FROZEN)
    if highest <= top:
        return Suggestion(Decision.RELEASED, Why.MILD)
    if highest > rule.warm_max_c:
        return Suggestion(Decision.DISCARDED, Why.TOO_WARM)
    hours = (end - start).total_seconds() / 3600
    if hours > rule.warm_hours:
        return Suggestion(Decision.DISCARDED, Why.WARM_TOO_LONG)
    if hours <= rule.warm_hours / 2:
        return Suggestion(Decision.RELEASED, Why.MILD)
    return Suggestion(Decision.SHORTENED, Why.WARM_PART, shortened_use_by(stock.use_by, end, hours / rule.warm_hours))


def shortened_use_by(use_by: date, end: datetime, used: float) -> date:
    """The use-by after an excursion that used ``used`` (0–1) of the warm allowance: the
    days left after it shrink by that part, never to before the day it ended."""
    day = local_day(end)
    left = max((use_by - day).days, 0)
    return min(use_by, day + timedelta(days=int(left * (1 - min(max(used, 0.0), 1.0)))))
