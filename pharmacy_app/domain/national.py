"""The national picture: the regions' monthly SSI workbooks side by side, and proposals
to move surplus that would expire in one region to a region that will run short.

Pure: it works on the tables a workbook reads back as (``{sheet: [{header: value}]}``,
as :func:`pharmacy_app.reports.ssi_workbook.read` gives them) and on plain records.

What must hold:

* Every workbook is one region's month in the layout the app writes (layout version
  :data:`LAYOUT_VERSION`); anything else is refused by name (``national_not_workbook``,
  ``national_layout_version``).  One workbook per region (``national_region_twice``) and
  one month for all (``national_months_mixed``): a national picture compares regions at
  the same moment, so months are never mixed or summed.
* The national totals are the sums of the regions' ``Opsummering`` rows.
* A region's rate of use is its doses given in the month (``Givet``) over the days the
  month's report covers (to the end of the month, or for a provisional report to the
  day it was made), as doses a week; its weeks of cover are its stock at that day over
  that rate.
* A region uses its stock earliest use-by first at its rate; what it cannot use before
  a lot's use-by is that lot's surplus (:func:`expected_waste`).
* Proposals (:func:`propose`): greedily, the surplus lots by earliest use-by first, each
  to the other region with that product and the fewest weeks of cover that can use some
  of it; the doses are whole packs and never more than the receiver can use before the
  lot's use-by at its own rate without any of its own stock then expiring unused.
* Stock is counted at the reports' day, but a move happens later: when the overview is
  made on a given day (``moving_from``), a lot can arrive :data:`TRANSIT_DAYS` after it
  at the earliest, so a lot whose use-by falls before then is proposed to no one (it
  may already have expired), and a receiver's use of it is counted from its arrival.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence

LAYOUT_VERSION = 1
COVER, SUMMARY, STOCK, EXPIRING = "Forside", "Opsummering", "Lager", "Udløb"
PROVISIONAL = "Foreløbig"
# A region "will run short" of a product with less cover than this.
SHORT_WEEKS = 2.0
# Stock whose use-by falls within this many days is "expiring" in the overview (as in
# the workbook's own Udløb sheet).
EXPIRY_HORIZON_DAYS = 60
# Days from the day the overview is made to the earliest arrival of a moved lot.
TRANSIT_DAYS = 2

Tables = Mapping[str, Sequence[Mapping[str, Any]]]


# --------------------------------------------------------------------------- one region


@dataclass(frozen=True)
class LotStock:
    """A region's stock of one lot at the report's day (all its places together)."""

    varenummer: str
    batch: str
    use_by: date
    doses: int
    doses_per_pack: int


@dataclass(frozen=True)
class ProductMonth:
    """One product's line of a region's month (the ``Opsummering`` row)."""

    varenummer: str
    programme: str
    product: str
    primo: int = 0
    received: int = 0  # from SSI and from other regions
    sent: int = 0  # to other regions and back to SSI
    given: int = 0
    wasted: int = 0
    stock: int = 0  # Ultimo


@dataclass(frozen=True)
class RegionMonth:
    """What one region's workbook says, read back."""

    source: str  # the file it came from (for messages)
    region_code: str
    region_name: str
    period: str
    first_day: date
    as_of: date  # the day its stock is counted at: the month's end, or the day it was made
    provisional: bool
    products: tuple[ProductMonth, ...]
    lots: tuple[LotStock, ...]

    @property
    def days(self) -> int:
        return max(1, (self.as_of - self.first_day).days + 1)

    def product(self, varenummer: str) -> ProductMonth | None:
        return next((p for p in self.products if p.varenummer == varenummer), None)

    def weekly_rate(self, varenummer: str) -> float:
        p = self.product(varenummer)
        return 0.0 if p is None else p.given * 7 / self.days

    def lots_of(self, varenummer: str) -> list[LotStock]:
        return [lot for lot in self.lots if lot.varenummer == varenummer]


def _cover(tables: Tables) -> dict[str, Any]:
    return {str(row.get("Felt")): row.get("Værdi") for row in tables.get(COVER, [])}


def _int(value: Any, source: str, sheet: str, row: int, column: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise _invalid(value, source, sheet, row, column)
    return int(value)


def _day(value: Any, source: str, sheet: str, row: int, column: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise _invalid(value, source, sheet, row, column)


def _invalid(value: Any, source: str, sheet: str, row: int, column: str) -> Exception:
    return fail(
        Code.NATIONAL_CELL_INVALID,
        file=source,
        sheet=sheet,
        row=row,
        column=column,
        value=str(value),
    )


def _made_day(made_at: Any) -> date | None:
    try:
        return datetime.fromisoformat(str(made_at)).date()
    except ValueError:
        return None


def read_region(tables: Tables, source: str) -> RegionMonth:
    """One region's month from its workbook's tables; refused by name if it is not one."""
    cover = _cover(tables)
    needed = ("Region", "Regionskode", "Periode", "Periode fra", "Periode til", "Layoutversion")
    if any(cover.get(label) in (None, "") for label in needed):
        raise fail(Code.NATIONAL_NOT_WORKBOOK, file=source)
    if cover["Layoutversion"] != LAYOUT_VERSION:
        raise fail(
            Code.NATIONAL_LAYOUT_VERSION, file=source, version=str(cover["Layoutversion"]),
            supported=str(LAYOUT_VERSION),
        )  # fmt: skip
    first = _day(cover["Periode fra"], source, COVER, 5, "Periode fra")
    last = _day(cover["Periode til"], source, COVER, 6, "Periode til")
    provisional = cover.get("Status") == PROVISIONAL
    as_of = last
    made = _made_day(cover.get("Dannet"))
    if provisional and made is not None:
        as_of = max(first, min(last, made))
    products = []
    for i, row in enumerate(tables.get(SUMMARY, []), start=2):

        def n(column: str, row: Mapping[str, Any] = row, i: int = i) -> int:
            return _int(row.get(column), source, SUMMARY, i, column)

        products.append(
            ProductMonth(
                varenummer=str(row.get("Varenummer") or ""),
                programme=str(row.get("Program") or ""),
                product=str(row.get("Vaccine") or ""),
                primo=n("Primo"),
                received=n("Modtaget fra SSI") + n("Modtaget fra anden region"),
                sent=n("Afgivet til anden region") + n("Returneret til SSI"),
                given=n("Givet"),
                wasted=n("Kasseret"),
                stock=n("Ultimo"),
            )
        )
    lots: dict[tuple[str, str, date], list[int]] = defaultdict(lambda: [0, 0])
    for i, row in enumerate(tables.get(STOCK, []), start=2):
        doses = _int(row.get("Doser"), source, STOCK, i, "Doser")
        use_by = _day(row.get("Anvendes senest"), source, STOCK, i, "Anvendes senest")
        key = (str(row.get("Varenummer") or ""), str(row.get("Batch") or ""), use_by)
        lots[key][0] += doses
        packs = row.get("Pakninger")
        if isinstance(packs, int | float) and packs > 0 and doses > 0:
            lots[key][1] = max(lots[key][1], round(doses / packs))
    return RegionMonth(
        source=source,
        region_code=str(cover["Regionskode"]),
        region_name=str(cover["Region"]),
        period=str(cover["Periode"]),
        first_day=first,
        as_of=as_of,
        provisional=provisional,
        products=tuple(sorted(products, key=lambda p: (p.programme, p.product, p.varenummer))),
        lots=tuple(
            LotStock(v, batch, use_by, doses, max(1, per_pack))
            for (v, batch, use_by), (doses, per_pack) in sorted(lots.items())
            if doses > 0
        ),
    )


def check_set(regions: Sequence[RegionMonth]) -> None:
    """One month, one workbook per region; at least one workbook."""
    if not regions:
        raise fail(Code.NATIONAL_NO_WORKBOOKS)
    first = regions[0]
    seen: dict[str, RegionMonth] = {}
    for r in regions:
        if r.period != first.period:
            raise fail(
                Code.NATIONAL_MONTHS_MIXED, file=r.source, period=r.period, other=first.source,
                other_period=first.period,
            )  # fmt: skip
        if r.region_code in seen:
            raise fail(
                Code.NATIONAL_REGION_TWICE, file=r.source, other=seen[r.region_code].source,
                region=r.region_code, period=r.period,
            )  # fmt: skip
        seen[r.region_code] = r


# --------------------------------------------------------------------------- use and waste


def _used_fefo(lots: Iterable[tuple[date, int]], as_of: date, weekly: float) -> list[int]:
    """Doses of each lot (in the order given) used before its use-by when the region uses
    its stock earliest use-by first at ``weekly`` doses a week from ``as_of``."""
    order = sorted(range(len(lots := list(lots))), key=lambda i: lots[i][0])
    used = [0] * len(lots)
    consumed = 0.0
    for i in order:
        use_by, doses = lots[i]
        # Use-by is the last day it may be given: the days from as_of to it, inclusive of it.
        room = weekly * max(0, (use_by - as_of).days + 1) / 7 - consumed
        use = max(0, min(doses, int(room)))
        used[i] = use
        consumed += use
    return used


def expected_waste(lots: Sequence[LotStock], as_of: date, weekly: float) -> list[int]:
    """For each lot, the doses that will expire unused at the region's rate."""
    used = _used_fefo(((lot.use_by, lot.doses) for lot in lots), as_of, weekly)
    return [lot.doses - u for lot, u in zip(lots, used, strict=True)]


def _total_waste(lots: Sequence[tuple[date, int]], as_of: date, weekly: float) -> int:
    return sum(d for _, d in lots) - sum(_used_fefo(lots, as_of, weekly))


def can_take(
    own: Sequence[tuple[date, int]],
    use_by: date,
    as_of: date,
    weekly: float,
    per_pack: int,
    most: int,
) -> int:
    """The most doses (whole packs, at most ``most``) of a lot used by ``use_by`` that a
    region holding ``own`` can use before it expires, without any of its own stock then
    expiring unused."""
    if weekly <= 0 or most < per_pack:
        return 0
    base = _total_waste(own, as_of, weekly)
    low, high = 0, most // per_pack  # packs
    while low < high:
        mid = (low + high + 1) // 2
        if _total_waste([*own, (use_by, mid * per_pack)], as_of, weekly) == base:
            low = mid
        else:
            high = mid - 1
    return low * per_pack


# --------------------------------------------------------------------------- the overview


@dataclass(frozen=True)
class RegionLine:
    """One region's line for one product in the overview."""

    region_code: str
    region_name: str
    varenummer: str
    programme: str
    product: str
    primo: int
    received: int
    sent: int
    given: int
    wasted: int
    stock: int
    expiring: int  # doses with use-by within EXPIRY_HORIZON_DAYS of the report's day
    weekly_rate: float
    will_expire: int  # doses that will expire unused at the region's rate

    @property
    def weeks_of_cover(self) -> float | None:
        """Stock over the weekly rate; ``None`` when the region gives none of it."""
        return None if self.weekly_rate <= 0 else self.stock / self.weekly_rate

    @property
    def short(self) -> bool:
        cover = self.weeks_of_cover
        return cover is not None and cover < SHORT_WEEKS


@dataclass(frozen=True)
class Proposal:
    """Send ``doses`` of a lot from one region to another, and why."""

    varenummer: str
    product: str
    batch: str
    use_by: date
    doses: int
    packs: int
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    would_expire: int  # the sender's surplus of the lot
    to_weeks: float  # the receiver's weeks of cover before the move
    to_weekly: float

    @property
    def explanation(self) -> Sentence:
        return Sentence(
            Code.NATIONAL_PROPOSAL,
            {
                "doses": self.doses, "packs": self.packs, "product": self.product,
                "batch": self.batch, "use_by": self.use_by, "source": self.from_name,
                "surplus": self.would_expire, "destination": self.to_name,
                "weeks": round(self.to_weeks, 1), "rate": round(self.to_weekly),
            },
        )  # fmt: skip

    def sentence(self, language: str = "da") -> str:
        return self.explanation.text(language)


@dataclass(frozen=True)
class NationalOverview:
    period: str
    regions: tuple[RegionMonth, ...]
    lines: tuple[RegionLine, ...]
    proposals: tuple[Proposal, ...] = field(default=())

    @property
    def provisional(self) -> bool:
        return any(r.provisional for r in self.regions)

    def totals(self) -> list[RegionLine]:
        """The national line per product: each quantity the sum over the regions."""
        by_product: dict[str, list[RegionLine]] = defaultdict(list)
        for line in self.lines:
            by_product[line.varenummer].append(line)
        out = []
        for group in by_product.values():
            first = group[0]
            out.append(
                replace(
                    first,
                    region_code="",
                    region_name="",
                    **{f: sum(getattr(g, f) for g in group) for f in _SUMMED},
                )  # fmt: skip
            )
        return sorted(out, key=lambda line: (line.programme, line.product, line.varenummer))

    def region_lines(self, region_code: str) -> list[RegionLine]:
        return [line for line in self.lines if line.region_code == region_code]

    def needed_by(self, varenummer: str, batch: str, from_code: str) -> list[Proposal]:
        """The proposals that send this lot from ``from_code``: who needs it."""
        return [
            p for p in self.proposals
            if p.varenummer == varenummer and p.batch == batch and p.from_code == from_code
        ]  # fmt: skip

    def needing(self, varenummer: str, except_code: str = "") -> list[RegionLine]:
        """The regions short of a product, fewest weeks of cover first."""
        lines = [
            line for line in self.lines
            if line.varenummer == varenummer and line.short and line.region_code != except_code
        ]  # fmt: skip
        return sorted(lines, key=lambda line: line.weeks_of_cover or 0.0)


_SUMMED = (
    "primo",
    "received",
    "sent",
    "given",
    "wasted",
    "stock",
    "expiring",
    "weekly_rate",
    "will_expire",
)


def overview(regions: Sequence[RegionMonth], moving_from: date | None = None) -> NationalOverview:
    """The overview of one month's workbooks (checked with :func:`check_set`); moves
    proposed as made on ``moving_from`` (None: on the reports' day)."""
    check_set(regions)
    regions = sorted(regions, key=lambda r: r.region_code)
    lines = []
    for r in regions:
        for p in r.products:
            lots = r.lots_of(p.varenummer)
            weekly = r.weekly_rate(p.varenummer)
            lines.append(
                RegionLine(
                    r.region_code,
                    r.region_name,
                    p.varenummer,
                    p.programme,
                    p.product,
                    p.primo,
                    p.received,
                    p.sent,
                    p.given,
                    p.wasted,
                    p.stock,
                    expiring=sum(
                        lot.doses
                        for lot in lots
                        if (lot.use_by - r.as_of).days <= EXPIRY_HORIZON_DAYS
                    ),
                    weekly_rate=weekly,
                    will_expire=sum(expected_waste(lots, r.as_of, weekly)),
                )
            )
    return NationalOverview(
        regions[0].period, tuple(regions), tuple(lines), tuple(propose(regions, moving_from))
    )


def propose(regions: Sequence[RegionMonth], moving_from: date | None = None) -> list[Proposal]:
    """Greedy moves of surplus: earliest use-by first, each to the region with the fewest
    weeks of cover that can use it, in whole packs, as much as the receiver can use.
    ``moving_from``: the day the moves are decided (see the module)."""

    def arrival(r: RegionMonth) -> date:
        if moving_from is None:
            return r.as_of
        return max(r.as_of, moving_from + timedelta(days=TRANSIT_DAYS))

    # Each region's stock as it stands after the moves proposed so far.
    holding: dict[str, list[LotStock]] = {r.region_code: list(r.lots) for r in regions}
    by_code = {r.region_code: r for r in regions}
    surplus: list[tuple[date, str, str, str, int]] = []  # use_by, region, varenummer, batch, doses
    for r in regions:
        for p in r.products:
            lots = r.lots_of(p.varenummer)
            for lot, waste in zip(
                lots, expected_waste(lots, r.as_of, r.weekly_rate(p.varenummer)), strict=True
            ):
                if waste > 0:
                    surplus.append((lot.use_by, r.region_code, lot.varenummer, lot.batch, waste))
    surplus.sort(key=lambda s: (s[0], -s[4], s[1], s[2], s[3]))
    proposals: list[Proposal] = []
    for use_by, from_code, varenummer, batch, waste in surplus:
        sender = by_code[from_code]
        lot = next(
            x
            for x in sender.lots
            if (x.varenummer, x.batch, x.use_by) == (varenummer, batch, use_by)
        )
        left = waste
        while left >= lot.doses_per_pack:
            best: tuple[float, str, int] | None = None
            for r in regions:
                weekly = r.weekly_rate(varenummer)
                if r.region_code == from_code or weekly <= 0 or use_by < arrival(r):
                    continue
                own = [
                    (x.use_by, x.doses)
                    for x in holding[r.region_code]
                    if x.varenummer == varenummer
                ]
                take = can_take(own, use_by, arrival(r), weekly, lot.doses_per_pack, left)
                if take <= 0:
                    continue
                weeks = sum(d for _, d in own) / weekly
                if best is None or (weeks, r.region_code) < (best[0], best[1]):
                    best = (weeks, r.region_code, take)
            if best is None:
                break
            weeks, to_code, take = best
            receiver = by_code[to_code]
            holding[to_code].append(replace(lot, doses=take))
            product = sender.product(varenummer)
            proposals.append(
                Proposal(
                    varenummer=varenummer,
                    product=product.product if product else varenummer,
                    batch=batch,
                    use_by=use_by,
                    doses=take,
                    packs=take // lot.doses_per_pack,
                    from_code=from_code,
                    from_name=sender.region_name,
                    to_code=to_code,
                    to_name=receiver.region_name,
                    would_expire=waste,
                    to_weeks=weeks,
                    to_weekly=receiver.weekly_rate(varenummer),
                )
            )
            left -= take
    return proposals
