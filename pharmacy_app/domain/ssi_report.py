"""The monthly report to SSI as pure computation over ledger records.

What must hold (``resources/docs/ssi_monthly_report.md``):

* A period is a calendar month in Danish local time (Europe/Copenhagen); a movement
  belongs to the month its ``occurred_at`` falls in, seen in local time.
* The region is a set of locations.  A movement between two of them is internal and
  nets to zero; a movement across the region's boundary is classified by the location
  on the other side (SSI, ADMINISTERED, WASTED, STOCKTAKE, another region).  Thawing
  (the THAW location) moves doses between two lots of the same product, so it nets to
  zero per product and is not a flow of its own.
* A reversal counts as the negative of what it reverses, in the month the reversal
  occurred.  It is the mirror image of its original, so swapping its two sides gives
  the original's direction.
* ``Primo + received - sent - returned - Givet - Kasseret + Lagerregulering = Ultimo``
  for every product of a consistent ledger; :attr:`SummaryRow.reconciled` says ``OK``
  or gives the difference.
* The checksum is SHA-256 over a canonical text of what the report was made from (the
  opening balances and the movements it read, in groups of movements alike), so
  unchanged data gives the same checksum on every engine, and a movement added to what
  the report reads, or to the history before it, changes it.
* A month that has not ended (today, Copenhagen, is on or before its last day) gives a
  *provisional* report (``Foreløbig``): its stock is today's, and "days to expiry" are
  counted from today, never from a month end still to come.  Such a month cannot be
  marked as sent.
* Stock in transit at the month end is the region's: in ``Lager`` and ``Udløb`` it is
  listed as Stedtype ``Undervejs`` under the Stedkode and Sted of the place it is going
  to (:attr:`MovementRecord.transit_to`), one row per destination.

Nothing here touches a database or a file; the service gathers plain records and the
workbook writer lays the result out.  The month itself is :mod:`.report_period`; what
differs from a workbook already sent is :mod:`.workbook_diff`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.domain.report_period import (
    FINAL,
    PROVISIONAL,
    Period,
)
from pharmacy_app.domain.types import MovementKind, VirtualLocation

EXPIRY_HORIZON_DAYS = 60
CONSUMPTION_WINDOW_DAYS = 28
OK = "OK"
# The Stedtype of stock in transit at the month end; its Stedkode and Sted are those of
# the place it is going to (``resources/docs/ssi_monthly_report.md``, sheet Lager).
IN_TRANSIT_TYPE = "Undervejs"



# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class LocationRecord:
    id: int
    code: str
    name: str
    ssi_type: str  # the kind's ssi_stedtype ("" for virtual locations)
    in_region: bool


@dataclass(frozen=True)
class ProductRecord:
    id: int
    varenummer: str
    name: str
    programme: str  # the programme's Danish name
    doses_per_pack: int


@dataclass(frozen=True)
class LotRecord:
    id: int
    product_id: int
    batch: str
    expiry: date
    use_by: date


@dataclass(frozen=True)
class MovementRecord:
    id: int
    kind: str
    lot_id: int
    from_id: int
    to_id: int
    doses: int
    occurred_at: datetime  # aware UTC
    reverses_id: int | None = None
    reason_code: str | None = None  # for a reversal: the reason of what it reverses
    note: str = ""
    # For a movement into or out of stock in transit: the location the stock is going to.
    transit_to: int | None = None


# --------------------------------------------------------------------------- rows


def round_half_up(value: float | Decimal, places: int) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(str(value)).quantize(q, rounding=ROUND_HALF_UP))


def wastage_pct(wasted: int, given: int) -> float | None:
    """Kasseret / (Givet + Kasseret) x 100 with one decimal; ``None`` when nothing was used."""
    total = given + wasted
    if total <= 0:
        return None
    return round_half_up(Decimal(wasted) * 100 / Decimal(total), 1)


def packs(doses: int, doses_per_pack: int) -> float:
    return round_half_up(Decimal(doses) / Decimal(doses_per_pack), 2)


def expected_use(given_in_window: int, window_days: int, days_left: int, on_hand: int) -> int:
    """Doses the location will use before expiry at its own recent rate, capped at the stock."""
    if days_left <= 0 or given_in_window <= 0:
        return 0
    return min(on_hand, given_in_window * days_left // window_days)


@dataclass(frozen=True)
class SummaryRow:
    programme: str
    product: str
    varenummer: str
    primo: int = 0
    received_ssi: int = 0
    received_other: int = 0
    sent_other: int = 0
    returned_ssi: int = 0
    given: int = 0
    wasted: int = 0
    stocktake: int = 0
    ultimo: int = 0

    @property
    def expected_ultimo(self) -> int:
        return (
            self.primo
            + self.received_ssi
            + self.received_other
            - self.sent_other
            - self.returned_ssi
            - self.given
            - self.wasted
            + self.stocktake
        )

    @property
    def difference(self) -> int:
        return self.ultimo - self.expected_ultimo

    @property
    def reconciled(self) -> str | int:
        return OK if self.difference == 0 else self.difference

    @property
    def wastage_pct(self) -> float | None:
        return wastage_pct(self.wasted, self.given)


@dataclass(frozen=True)
class ConsumptionRow:
    period: str
    location_code: str
    location_name: str
    location_type: str
    programme: str
    product: str
    varenummer: str
    batch: str
    doses: int


@dataclass(frozen=True)
class WastageRow:
    period: str
    location_code: str
    location_name: str
    programme: str
    product: str
    varenummer: str
    batch: str
    reason: str
    doses: int
    note: str


@dataclass(frozen=True)
class StockRow:
    location_code: str
    location_name: str
    location_type: str
    programme: str
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    doses: int
    doses_per_pack: int

    @property
    def packs(self) -> float:
        return packs(self.doses, self.doses_per_pack)


@dataclass(frozen=True)
class ExpiringRow(StockRow):
    days_left: int = 0
    expected_use: int = 0


@dataclass(frozen=True)
class Cover:
    region_name: str
    region_code: str
    pharmacy_name: str
    period: str
    first_day: date
    last_day: date
    made_at: str  # ISO 8601, local time with offset
    made_by: str
    checksum: str
    version: int = 1  # 1 for the first report of the month sent to SSI, 2 for a correction…
    status: str = FINAL  # FINAL, or PROVISIONAL for a month that has not ended

    @property
    def provisional(self) -> bool:
        return self.status == PROVISIONAL


@dataclass(frozen=True)
class ReportData:
    summary: list[SummaryRow] = field(default_factory=list)
    consumption: list[ConsumptionRow] = field(default_factory=list)
    wastage: list[WastageRow] = field(default_factory=list)
    stock: list[StockRow] = field(default_factory=list)
    expiring: list[ExpiringRow] = field(default_factory=list)


@dataclass(frozen=True)
class SsiReport:
    """Everything the workbook shows, as plain data."""

    cover: Cover
    data: ReportData
    file_name: str

    @property
    def period(self) -> str:
        return self.cover.period

    @property
    def checksum(self) -> str:
        return self.cover.checksum

    # The sheets' sources, by name, for the layout.
    @property
    def summary(self) -> list[SummaryRow]:
        return self.data.summary

    @property
    def consumption(self) -> list[ConsumptionRow]:
        return self.data.consumption

    @property
    def wastage(self) -> list[WastageRow]:
        return self.data.wastage

    @property
    def stock(self) -> list[StockRow]:
        return self.data.stock

    @property
    def expiring(self) -> list[ExpiringRow]:
        return self.data.expiring


# --------------------------------------------------------------------------- classification

RECEIVED_SSI = "received_ssi"
RECEIVED_OTHER = "received_other"
SENT_OTHER = "sent_other"
RETURNED_SSI = "returned_ssi"
GIVEN = "given"
WASTED = "wasted"
STOCKTAKE = "stocktake"


def classify(
    from_loc: LocationRecord, to_loc: LocationRecord
) -> tuple[str, int] | None:
    """The summary column a movement in this direction counts in, and its sign;
    ``None`` for a movement that does not cross the region's boundary or is a thaw."""
    if from_loc.in_region == to_loc.in_region:
        return None
    inward = to_loc.in_region
    other = from_loc if inward else to_loc
    if other.code == VirtualLocation.THAW:
        return None
    if other.code == VirtualLocation.STOCKTAKE:
        return (STOCKTAKE, 1 if inward else -1)
    if other.code == VirtualLocation.SSI:
        return (RECEIVED_SSI, 1) if inward else (RETURNED_SSI, 1)
    if other.code == VirtualLocation.ADMINISTERED and not inward:
        return (GIVEN, 1)
    if other.code == VirtualLocation.WASTED and not inward:
        return (WASTED, 1)
    # Another region's pharmacy or site, OTHER_REGION, or stock in transit.
    return (RECEIVED_OTHER, 1) if inward else (SENT_OTHER, 1)


def contribution(
    mv: MovementRecord, locations: Mapping[int, LocationRecord]
) -> tuple[str, int] | None:
    """``(column, signed doses)`` of one movement for the summary, or ``None``."""
    src, dst = locations[mv.from_id], locations[mv.to_id]
    if mv.kind == MovementKind.REVERSAL:
        found = classify(dst, src)  # the original's direction
        return None if found is None else (found[0], -found[1] * mv.doses)
    found = classify(src, dst)
    return None if found is None else (found[0], found[1] * mv.doses)


# --------------------------------------------------------------------------- the report


def compute(
    period: Period,
    movements: Iterable[MovementRecord],
    locations: Mapping[int, LocationRecord],
    lots: Mapping[int, LotRecord],
    products: Mapping[int, ProductRecord],
    count_from: date | None = None,
    opening: Mapping[tuple[int, int], int] | None = None,
) -> ReportData:
    """Every sheet's rows for ``period`` from the ledger rows (any order) of the region.

    Without ``opening``, ``movements`` must hold every movement touching a region
    location that occurred before the end of the period (the whole history is replayed).
    With ``opening`` (the stock at the month's start per ``(place, lot)``, as
    :func:`balances_at` gives it), ``movements`` need only hold those from
    :func:`reads_from` on; those before the month's start then only count towards the
    recent rate of use.  A record may stand for several movements alike (its doses their
    sum, its id the lowest).  Later ones are ignored either way.  ``count_from`` is the
    day "days to expiry" count from and the expiry horizon starts at (default: the
    month's last day; :func:`counted_from` gives today for a month not yet ended).
    """
    start, end = period.start, period.end
    recent_from = window_start(period, count_from)
    primo: dict[tuple[int, int], int] = defaultdict(int)  # (place, lot)
    ultimo: dict[tuple[int, int], int] = defaultdict(int)
    for pair, doses in (opening or {}).items():
        primo[pair] += doses
        ultimo[pair] += doses
    replay = opening is None
    flows: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # product
    given: dict[tuple[int, int], int] = defaultdict(int)  # (location, lot)
    wasted: dict[tuple[int, int, str], int] = defaultdict(int)  # (location, lot, reason)
    notes: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    recent_use: dict[tuple[int, int], int] = defaultdict(int)  # (location, product)

    for mv in sorted(movements, key=lambda r: r.id):
        if mv.occurred_at >= end:
            continue
        src, dst = locations[mv.from_id], locations[mv.to_id]
        lot = lots[mv.lot_id]
        for loc, sign in ((src, -1), (dst, 1)):
            if loc.in_region and (replay or mv.occurred_at >= start):
                place = _place(loc, mv)
                ultimo[(place, lot.id)] += sign * mv.doses
                if mv.occurred_at < start:
                    primo[(place, lot.id)] += sign * mv.doses
        found = contribution(mv, locations)
        if found is None:
            continue
        column, doses = found
        # Whose consumption or waste it is: the region side of the (original) movement.
        holder = src if src.in_region else dst
        if column == GIVEN and mv.occurred_at >= recent_from:
            recent_use[(holder.id, lot.product_id)] += doses
        if mv.occurred_at < start:
            continue
        flows[lot.product_id][column] += doses
        if column == GIVEN:
            given[(holder.id, lot.id)] += doses
        elif column == WASTED:
            key = (holder.id, lot.id, mv.reason_code or "")
            wasted[key] += doses
            note = mv.note.strip()
            if mv.kind != MovementKind.REVERSAL and note and note not in notes[key]:
                notes[key].append(note)

    def stock_total(balances: Mapping[tuple[int, int], int], product_id: int) -> int:
        return sum(d for (_, lot_id), d in balances.items() if lots[lot_id].product_id == product_id)

    product_ids = {lots[lot_id].product_id for (_, lot_id), d in ultimo.items() if d}
    product_ids |= {lots[lot_id].product_id for (_, lot_id), d in primo.items() if d}
    product_ids |= {pid for pid, cols in flows.items() if any(cols.values())}
    summary = []
    for pid in product_ids:
        p = products[pid]
        cols = flows.get(pid, {})
        summary.append(
            SummaryRow(
                programme=p.programme,
                product=p.name,
                varenummer=p.varenummer,
                primo=stock_total(primo, pid),
                received_ssi=cols.get(RECEIVED_SSI, 0),
                received_other=cols.get(RECEIVED_OTHER, 0),
                sent_other=cols.get(SENT_OTHER, 0),
                returned_ssi=cols.get(RETURNED_SSI, 0),
                given=cols.get(GIVEN, 0),
                wasted=cols.get(WASTED, 0),
                stocktake=cols.get(STOCKTAKE, 0),
                ultimo=stock_total(ultimo, pid),
            )
        )
    summary.sort(key=lambda r: (r.programme, r.product, r.varenummer))

    # Forbrug: one row per site x product x batch (a thawed lot is the same batch).
    consumption_totals: dict[tuple[int, int, str], int] = defaultdict(int)
    for (loc_id, lot_id), doses in given.items():
        consumption_totals[(loc_id, lots[lot_id].product_id, lots[lot_id].batch)] += doses
    consumption = []
    for (loc_id, pid, batch), doses in consumption_totals.items():
        if doses == 0:
            continue
        loc, p = locations[loc_id], products[pid]
        consumption.append(
            ConsumptionRow(
                period.text, loc.code, loc.name, loc.ssi_type, p.programme, p.name, p.varenummer,
                batch, doses,
            )
        )
    consumption.sort(key=lambda r: (r.location_code, r.programme, r.product, r.batch))

    wastage_totals: dict[tuple[int, int, str, str], int] = defaultdict(int)
    wastage_notes: dict[tuple[int, int, str, str], list[str]] = defaultdict(list)
    for (loc_id, lot_id, reason), doses in wasted.items():
        row_key = (loc_id, lots[lot_id].product_id, lots[lot_id].batch, reason)
        wastage_totals[row_key] += doses
        for note in notes.get((loc_id, lot_id, reason), []):
            if note not in wastage_notes[row_key]:
                wastage_notes[row_key].append(note)
    wastage = []
    for row_key, doses in wastage_totals.items():
        if doses == 0:
            continue
        loc_id, pid, batch, reason = row_key
        loc, p = locations[loc_id], products[pid]
        wastage.append(
            WastageRow(
                period.text, loc.code, loc.name, p.programme, p.name, p.varenummer, batch, reason,
                doses, "; ".join(wastage_notes.get(row_key, [])),
            )
        )
    wastage.sort(key=lambda r: (r.location_code, r.programme, r.product, r.batch, r.reason))

    # Lager: stock at the end of the month; lots that look the same on paper are one row.
    stock_totals: dict[tuple[int, int, str, date, date], int] = defaultdict(int)
    for (loc_id, lot_id), doses in ultimo.items():
        lot = lots[lot_id]
        stock_totals[(loc_id, lot.product_id, lot.batch, lot.expiry, lot.use_by)] += doses
    stock: list[StockRow] = []
    expiring: list[ExpiringRow] = []
    start_day = count_from or period.last_day
    for (loc_id, pid, batch, expiry, use_by), doses in stock_totals.items():
        if doses == 0:
            continue
        loc, p = _place_record(loc_id, locations), products[pid]
        base = StockRow(
            loc.code, loc.name, loc.ssi_type, p.programme, p.name, p.varenummer, batch, expiry,
            use_by, doses, p.doses_per_pack,
        )
        stock.append(base)
        days = (use_by - start_day).days
        if days <= EXPIRY_HORIZON_DAYS:
            expiring.append(
                ExpiringRow(
                    **{f: getattr(base, f) for f in StockRow.__dataclass_fields__},
                    days_left=days,
                    expected_use=expected_use(
                        recent_use.get((loc_id, pid), 0), CONSUMPTION_WINDOW_DAYS, days, doses
                    ),
                )
            )

    def stock_key(r: StockRow) -> tuple[Any, ...]:
        return (r.location_code, r.programme, r.product, r.batch, r.use_by, r.expiry)

    stock.sort(key=stock_key)
    expiring.sort(key=lambda r: (r.use_by, *stock_key(r)))
    return ReportData(summary, consumption, wastage, stock, expiring)


def window_start(period: Period, count_from: date | None = None) -> datetime:
    """Where the recent rate of use starts: four weeks before the end of the day counted
    from (the month's end once it has ended)."""
    window_end = period.end
    if count_from is not None and count_from < period.last_day:
        window_end = datetime.combine(count_from + timedelta(days=1), time(0), tzinfo=LOCAL_TZ).astimezone(UTC)
    return window_end - timedelta(days=CONSUMPTION_WINDOW_DAYS)


def reads_from(period: Period, count_from: date | None = None) -> datetime:
    """The earliest moment whose movements :func:`compute` needs besides the opening
    balances: the month's start, or the start of the rate-of-use window if earlier."""
    return min(period.start, window_start(period, count_from))


def balances_at(
    movements: Iterable[MovementRecord], locations: Mapping[int, LocationRecord]
) -> dict[tuple[int, int], int]:
    """The region's stock per ``(place, lot)`` after ``movements`` (any order), counted
    as the workbook counts it: stock in transit under the place it is going to."""
    out: dict[tuple[int, int], int] = {}
    for mv in movements:
        add_flow(out, locations, mv.from_id, mv.to_id, mv.lot_id, mv.transit_to, mv.doses)
    return {key: doses for key, doses in out.items() if doses}


def add_flow(
    balances: dict[tuple[int, int], int],
    locations: Mapping[int, LocationRecord],
    from_id: int,
    to_id: int,
    lot_id: int,
    transit_to: int | None,
    doses: int,
) -> None:
    """Apply doses moved ``from_id`` -> ``to_id`` (one movement, or a sum of movements
    alike) to the region's balances per ``(place, lot)``; see :func:`_place`."""
    for loc_id, sign in ((from_id, -1), (to_id, 1)):
        loc = locations[loc_id]
        if loc.in_region:
            place = -transit_to if loc.code == VirtualLocation.IN_TRANSIT and transit_to is not None else loc_id
            key = (place, lot_id)
            balances[key] = balances.get(key, 0) + sign * doses


def _place(loc: LocationRecord, mv: MovementRecord) -> int:
    """Where stock stands for the Lager sheet: the location, or for stock in transit the
    place it is going to, as ``-id`` (so it never mixes with the site's own stock)."""
    if loc.code == VirtualLocation.IN_TRANSIT and mv.transit_to is not None:
        return -mv.transit_to
    return loc.id


def _place_record(place: int, locations: Mapping[int, LocationRecord]) -> LocationRecord:
    if place >= 0:
        return locations[place]
    going_to = locations[-place]
    return LocationRecord(place, going_to.code, going_to.name, IN_TRANSIT_TYPE, True)


# --------------------------------------------------------------------------- checksum


def _canonical(*values: object) -> str:
    """One line of the checksum's text: a compact JSON array, the same on every engine."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class ChecksumGroup:
    """Movements the report read that are alike in everything it uses (kind, lot, both
    sides, reason, note, where stock in transit goes, inside the month or the rate-of-use
    window), with how many there are, their doses, and their lowest and highest ids: any
    movement added to the ledger in what the report reads changes at least the count."""

    kind: str
    batch: str
    varenummer: str
    from_code: str
    to_code: str
    reason: str
    note: str
    going_to_code: str
    in_month: bool
    in_window: bool
    count: int
    doses: int
    first_id: int
    last_id: int

    def line(self) -> str:
        return _canonical(
            self.first_id, self.last_id, self.count, self.kind, self.batch, self.varenummer,
            self.from_code, self.to_code, self.doses, self.reason, self.note,
            self.going_to_code, self.in_month, self.in_window,
        )  # fmt: skip


@dataclass(frozen=True)
class OpeningRow:
    """One opening balance as the checksum sees it: where (the location's code, and for
    stock in transit the code of the place it is going to), which lot, how many doses."""

    location_code: str
    going_to_code: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    doses: int

    def line(self) -> str:
        return _canonical(
            "primo", self.location_code, self.going_to_code, self.varenummer, self.batch,
            self.expiry.isoformat(), self.use_by.isoformat(), self.doses,
        )  # fmt: skip


def checksum(groups: Iterable[ChecksumGroup], opening: Iterable[OpeningRow] = ()) -> str:
    """SHA-256 (hex) over what the report was made from: the opening balances and then
    the groups of movements it read, one canonical JSON array per line, each part sorted.

    The opening balances stand for the history before the month: they change exactly
    when a movement recorded later (back-dated) changes the month's starting stock, and
    cost the same however many years lie behind them."""
    digest = hashlib.sha256()
    for line in sorted(row.line() for row in opening):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    for line in sorted(group.line() for group in groups):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
