"""Distribution rounds as pure computation: FEFO allocation of whole units, and proposals.

* **Whole units.**  The pharmacy sends whole vials (syringes, applicators): every pick is
  a multiple of the product's doses per unit.
* **FEFO.**  Each need takes its lots earliest effective use-by first (:func:`fefo_key`);
  among lots with the same use-by a thawed part goes first (its clock is running).
* **Only what the site can use in time.**  The convention of
  :mod:`pharmacy_app.domain.expiry_risk`: a site with a known rate uses at most
  ``floor(rate x days left)`` doses of stock before its use-by (nothing on the use-by day
  itself), and uses what it already holds first.  So, counted from the day the stock
  arrives, the doses sent from lots up to and including a lot ``L`` (in FEFO order) plus
  what the site holds must fit in ``floor(rate x days left of L)``.  A lot must also have
  at least ``min_days_left`` days left on arrival; an expired lot is never sent.  With an
  unknown rate only the days-left rule applies.
* **Thaw on dispatch.**  A need of a site that keeps the product only cold
  (``Need.thaws``) sees a frozen lot with its thawed use-by (``StockLot.thawed_use_by``,
  :mod:`.round_storage`): FEFO and the rule above apply to that date.
* **Room.**  A need kept in equipment with a capacity (``Need.room``) gets at most what
  fits in the room left there, which fills as the round gives that site each product in
  turn; when the site's needs in that room together do not fit, each gets the same share
  of its need (:func:`round_storage.room_shares`).  The cut is reported on its shortfall
  (``Shortfall.room``).
* **Shortage.**  Needs are served in the order given (priority), or, with ``fair_split``,
  a product whose usable stock cannot cover all its needs is handed out one unit at a time
  to the need with the lowest share of its request, so every need gets about the same
  fraction.
* **Proposals.**  A site should hold ``cover_days`` days of use: ``ceil(rate x cover_days)``
  less what it holds, rounded up to whole units.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from pharmacy_app.domain.cold_chain import StorageClass
from pharmacy_app.domain.expiry import days_left, is_expired
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.messages.terms import Name, Phrase, Term
from pharmacy_app.domain.round_storage import Asked, Room, RoomLimit, room_shares

LANGUAGES = ("da", "en")

# A float product such as 0.1 x 30 may land just beside a whole number.
_EPSILON = 1e-9


@dataclass(frozen=True)
class StockLot:
    """Pickable stock of one lot at the pharmacy (not held, not recalled)."""

    lot_id: int
    product_id: int
    batch: str
    use_by: date  # effective use-by
    thawed: bool  # a thawed part: its clock runs, so it goes first among equal use-by
    doses: int  # on hand
    thawed_use_by: date | None = None  # a frozen lot's use-by if thawed on dispatch

    def __post_init__(self) -> None:
        if self.doses < 0:
            raise ValueError(
                f"lot {self.lot_id} ({self.batch}): doses must not be negative, got {self.doses}"
            )


@dataclass(frozen=True)
class Need:
    """What one site should get of one product in this round."""

    site: str  # location code
    product_id: int
    doses: int  # requested, a multiple of unit_doses
    unit_doses: int  # doses per vial: picks are multiples of this
    arrival: date  # the day the stock reaches the site
    rate_per_day: float | None  # the site's consumption rate; None = unknown
    on_hand: int = 0  # usable doses the site already holds (it uses them first)
    min_days_left: int = 1  # a lot must have at least this many days left on arrival
    thaws: bool = False  # the site keeps the product only cold: frozen lots arrive thawed
    room: StorageClass | None = None  # the class the site keeps it in, if that has a capacity
    doses_per_pack: int = 1
    pack_volume_ml: float | None = None

    def __post_init__(self) -> None:
        what = f"site {self.site}, product {self.product_id}"
        if self.unit_doses < 1:
            raise ValueError(f"{what}: doses per unit must be at least 1, got {self.unit_doses}")
        if self.doses < 0:
            raise ValueError(f"{what}: requested doses must not be negative, got {self.doses}")
        if self.doses % self.unit_doses:
            raise ValueError(
                f"{what}: {self.doses} doses is not a whole number of units "
                f"of {self.unit_doses} doses"
            )
        if self.on_hand < 0:
            raise ValueError(f"{what}: doses on hand must not be negative, got {self.on_hand}")
        if self.min_days_left < 0:
            raise ValueError(
                f"{what}: minimum days left must not be negative, got {self.min_days_left}"
            )
        if self.rate_per_day is not None and not math.isfinite(self.rate_per_day):
            raise ValueError(
                f"{what}: the consumption rate must be a finite number, got {self.rate_per_day}"
            )


@dataclass(frozen=True)
class Pick:
    site: str
    product_id: int
    lot_id: int
    doses: int


@dataclass(frozen=True)
class Shortfall:
    site: str
    product_id: int
    requested: int
    allocated: int
    room: RoomLimit | None = None  # the need was cut to what fits in its equipment

    @property
    def short(self) -> int:
        return self.requested - self.allocated


@dataclass(frozen=True)
class Allocation:
    picks: tuple[Pick, ...]  # in the order of the needs, each need's lots in FEFO order
    shortfalls: tuple[Shortfall, ...]  # one per need that got less than requested

    def allocated(self, site: str, product_id: int) -> int:
        return sum(p.doses for p in self.picks if p.site == site and p.product_id == product_id)

    def remaining(self, stock: Sequence[StockLot]) -> dict[int, int]:
        """Doses left of every lot in ``stock`` after the picks (lot_id -> doses)."""
        taken: dict[int, int] = defaultdict(int)
        for p in self.picks:
            taken[p.lot_id] += p.doses
        return {lot.lot_id: lot.doses - taken[lot.lot_id] for lot in stock}


def fefo_key(lot: StockLot) -> tuple[object, ...]:
    """Earliest use-by first; among equal use-by a thawed part first; then batch, lot id."""
    return (lot.use_by, not lot.thawed, lot.batch, lot.lot_id)


def use_by_for(need: Need, lot: StockLot) -> date:
    """The lot's use-by at the need's site: thawed on dispatch when the site keeps the
    product only cold, else its own."""
    return _use_by(need.thaws, lot)


def _use_by(thaws: bool, lot: StockLot) -> date:
    return lot.thawed_use_by if thaws and lot.thawed_use_by is not None else lot.use_by


def need_key(need: Need, lot: StockLot) -> tuple[object, ...]:
    """FEFO for one need: its use-by there first; among equal ones a part already thawed,
    then the earlier frozen expiry (:func:`fefo_key`)."""
    return _key(need.thaws, lot)


def _key(thaws: bool, lot: StockLot) -> tuple[object, ...]:
    return (_use_by(thaws, lot), not lot.thawed, lot.use_by, lot.batch, lot.lot_id)


def _in_order(lots: Sequence[StockLot]) -> dict[bool, list[StockLot]]:
    """The lots in FEFO order for a need that keeps them as they are, and for one that
    gets frozen lots thawed."""
    return {
        False: sorted(lots, key=lambda lot: _key(False, lot)),
        True: sorted(lots, key=lambda lot: _key(True, lot)),
    }


def capacity(need: Need, lot: StockLot) -> int | None:
    """Doses the site can use before ``lot.use_by``, counted from arrival and before
    anything it holds: ``floor(rate x days left) - on_hand`` (may be negative); ``None``
    when the rate is unknown.  Whatever is sent from ``lot`` and earlier-expiring lots must
    fit in it."""
    if need.rate_per_day is None:
        return None
    left = days_left(use_by_for(need, lot), need.arrival)
    used = math.floor(max(0.0, need.rate_per_day) * left + _EPSILON) if left > 0 else 0
    return used - need.on_hand


def eligible(need: Need, lot: StockLot) -> bool:
    """The lot is of the need's product, not expired on arrival, and has at least
    ``need.min_days_left`` days left then."""
    use_by = use_by_for(need, lot)
    return (
        lot.product_id == need.product_id
        and not is_expired(use_by, need.arrival)
        and days_left(use_by, need.arrival) >= need.min_days_left
    )


def usable_for(need: Need, lot: StockLot, already: int) -> int:
    """Doses of `lot` (whole units) the site can still take and use before lot.use_by,
    given `already` doses picked for this need so far (from earlier-expiring lots).
    0 if lot has fewer than need.min_days_left days left on need.arrival (expired -> 0).
    With a known rate: capacity = floor(rate * days_left(use_by, arrival)) - need.on_hand - already,
    rounded DOWN to whole units, never below 0, never above lot doses or what the need still lacks.
    With rate None: only the min_days_left rule applies."""
    return _usable(need, lot, lot.doses, already)


def _usable(need: Need, lot: StockLot, lot_doses: int, already: int) -> int:
    """:func:`usable_for` with ``lot_doses`` left of the lot."""
    if not eligible(need, lot):
        return 0
    doses = min(lot_doses, need.doses - already)
    cap = capacity(need, lot)
    if cap is not None:
        doses = min(doses, cap - already)
    if doses <= 0:
        return 0
    return doses // need.unit_doses * need.unit_doses


def allocate(
    needs: Sequence[Need],
    stock: Sequence[StockLot],
    fair_split: bool = False,
    rooms: Mapping[tuple[str, StorageClass], Room] | None = None,
) -> Allocation:
    """FEFO allocation of whole units.
    - never more of a lot than it holds (across all needs), never more than a need requests,
      never a lot the site cannot use in time (usable_for), never an expired lot;
    - each need takes its lots earliest-first (fefo_key);
    - fair_split=False: needs are served in the order given (priority order);
      fair_split=True: when a product's usable stock cannot cover all its needs, stock is shared
      so every need of that product gets about the same fraction of its request: hand out one unit
      at a time to the need with the lowest allocated/requested fraction that can still take an
      eligible unit (ties: given order);
    - sum(picks for need) + shortfall.short == need.doses for every need; picks of the same
      (site, product, lot) are merged into one Pick; deterministic.

    ``rooms`` (site, class) -> :class:`Room`: a need with ``room`` gets at most what
    fits there, products taken in the order of their first need.

    Raises ValueError for two needs of the same site and product, or two lots with the
    same lot id (the request would be ambiguous).
    """
    _check_unique(needs, stock)
    lots_of: dict[int, list[StockLot]] = defaultdict(list)
    for lot in stock:
        lots_of[lot.product_id].append(lot)
    left = {lot.lot_id: lot.doses for lot in stock}
    by_product: dict[int, list[int]] = defaultdict(list)
    for i, need in enumerate(needs):
        by_product[need.product_id].append(i)
    room = dict(rooms or {})
    limits: dict[int, RoomLimit] = {}
    shares = _shares(needs, room, [n.doses for n in needs])
    if shares:
        # A room too small for what is asked: share it by what each need would get
        # without it (stock and the use-in-time rule may already give it less).
        free = allocate(needs, stock, fair_split)
        shares = _shares(needs, room, [free.allocated(n.site, n.product_id) for n in needs])

    taken: list[dict[int, int]] = [{} for _ in needs]  # per need: lot_id -> doses
    for product_id, indexes in by_product.items():
        group = [_fitted(needs[i], room, limits, i, shares.get(i)) for i in indexes]
        lots = lots_of.get(product_id, [])
        if fair_split:
            trial_left = dict(left)
            trial = _serve_in_order(group, lots, trial_left)
            if all(sum(t.values()) == n.doses for n, t in zip(group, trial, strict=True)):
                result = trial
                left = trial_left
            else:
                result = _serve_fairly(group, lots, left)
        else:
            result = _serve_in_order(group, lots, left)
        for i, t in zip(indexes, result, strict=True):
            taken[i] = t
            need = needs[i]
            got = sum(t.values())
            if need.room is not None and (need.site, need.room) in room and got:
                key = (need.site, need.room)
                room[key] = room[key].after(got, need.doses_per_pack, need.pack_volume_ml)

    lot_of = {lot.lot_id: lot for lot in stock}
    picks = [
        Pick(need.site, need.product_id, lot_id, doses)
        for need, t in zip(needs, taken, strict=True)
        for lot_id, doses in sorted(t.items(), key=lambda item: need_key(need, lot_of[item[0]]))
        if doses > 0
    ]
    shortfalls = [
        Shortfall(need.site, need.product_id, need.doses, got, limits.get(i))
        for i, (need, t) in enumerate(zip(needs, taken, strict=True))
        if (got := sum(t.values())) < need.doses
    ]
    return Allocation(tuple(picks), tuple(shortfalls))


def _shares(
    needs: Sequence[Need], rooms: Mapping[tuple[str, StorageClass], Room], wanted: Sequence[int]
) -> dict[int, tuple[float, int]]:
    """Per need in a room that cannot take the ``wanted`` doses of all the site's needs
    kept there: the part each gets and its doses at that part."""
    in_room: dict[tuple[str, StorageClass], list[int]] = defaultdict(list)
    for i, need in enumerate(needs):
        if need.room is not None and (need.site, need.room) in rooms and wanted[i] > 0:
            in_room[(need.site, need.room)].append(i)
    out: dict[int, tuple[float, int]] = {}
    for key, indexes in in_room.items():
        asked = [
            Asked(wanted[i], needs[i].unit_doses, needs[i].doses_per_pack, needs[i].pack_volume_ml)
            for i in indexes
        ]
        shared = room_shares(rooms[key], asked)
        if shared is not None:
            part, doses = shared
            out.update({i: (part, d) for i, d in zip(indexes, doses, strict=True)})
    return out


def _fitted(
    need: Need,
    rooms: Mapping[tuple[str, StorageClass], Room],
    limits: dict[int, RoomLimit],
    index: int,
    share: tuple[float, int] | None,
) -> Need:
    """The need cut to its share of a shared room, and to whole units that fit in its
    room; the cut noted in ``limits``."""
    room = rooms.get((need.site, need.room)) if need.room is not None else None
    if room is None:
        return need
    cut = room.cut(need.doses, need.unit_doses, need.doses_per_pack, need.pack_volume_ml)
    if share is not None and share[1] < (need.doses if cut is None else cut.doses):
        limits[index] = replace(room.limit(share[1]), share=share[0])
        return replace(need, doses=share[1])
    if cut is None:
        return need
    limits[index] = cut
    return replace(need, doses=cut.doses)


def _check_unique(needs: Sequence[Need], stock: Sequence[StockLot]) -> None:
    seen_needs: set[tuple[str, int]] = set()
    for need in needs:
        key = (need.site, need.product_id)
        if key in seen_needs:
            raise ValueError(
                f"site {need.site} has more than one need for product {need.product_id}"
            )
        seen_needs.add(key)
    seen_lots: set[int] = set()
    for lot in stock:
        if lot.lot_id in seen_lots:
            raise ValueError(f"lot {lot.lot_id} ({lot.batch}) is listed more than once")
        seen_lots.add(lot.lot_id)


def _serve_in_order(
    needs: Sequence[Need], lots: Sequence[StockLot], left: dict[int, int]
) -> list[dict[int, int]]:
    """Each need in turn takes all it can, earliest lot first; ``left`` is updated."""
    out: list[dict[int, int]] = []
    orders = _in_order(lots)
    for need in needs:
        got: dict[int, int] = {}
        already = 0
        for lot in orders[need.thaws]:
            if already >= need.doses:
                break
            take = _usable(need, lot, left[lot.lot_id], already)
            if take:
                got[lot.lot_id] = take
                left[lot.lot_id] -= take
                already += take
        out.append(got)
    return out


def _serve_fairly(
    needs: Sequence[Need], lots: Sequence[StockLot], left: dict[int, int]
) -> list[dict[int, int]]:
    """One unit at a time to the need with the lowest allocated/requested fraction that
    can still take an eligible unit (ties: given order); ``left`` is updated.

    A lot a need cannot take a unit of stays so: its stock only shrinks and the need's
    total only grows.  So each need keeps a cursor into the FEFO-ordered lots, its picks
    come in FEFO order, and its total so far is exactly what it took from earlier lots.

    Fractions are compared exactly as whole numbers over a common denominator, and a need
    that stays the lowest for several units in a row gets them in one step: the same
    result as unit by unit, in far fewer steps.
    """
    got: list[dict[int, int]] = [{} for _ in needs]
    orders = _in_order(lots)
    ordered = [orders[need.thaws] for need in needs]
    total = [0] * len(needs)
    cursor = [0] * len(needs)
    active = [i for i, need in enumerate(needs) if need.doses > 0]
    if not active:
        return got
    common = math.lcm(*(needs[i].doses for i in active))
    weight = {i: common // needs[i].doses for i in active}  # fraction x common = total x weight
    heap = [(0, i) for i in active]
    heapq.heapify(heap)
    while heap:
        key, i = heapq.heappop(heap)
        need = needs[i]
        unit = need.unit_doses
        while cursor[i] < len(ordered[i]):
            lot = ordered[i][cursor[i]]
            take = _usable(need, lot, left[lot.lot_id], total[i])
            if take >= unit:
                break
            cursor[i] += 1
        else:
            continue  # nothing more this need can take
        units = take // unit
        if heap:
            # Further units this need gets before the next one's turn comes.
            next_key, j = heap[0]
            step = unit * weight[i]
            gap = next_key - key
            units = min(units, 1 + (gap // step if i < j else -(-gap // step) - 1))
        doses = units * unit
        got[i][lot.lot_id] = got[i].get(lot.lot_id, 0) + doses
        left[lot.lot_id] -= doses
        total[i] += doses
        if total[i] < need.doses:
            heapq.heappush(heap, (total[i] * weight[i], i))
    return got


def propose_doses(
    rate_per_day: float | None, cover_days: int, on_hand: int, unit_doses: int
) -> int:
    """Doses to send so the site holds `cover_days` days of use: ceil(rate*cover_days) - on_hand,
    rounded UP to whole units, never negative; 0 when rate is None or 0."""
    _check_proposal_args(cover_days, on_hand, unit_doses)
    if rate_per_day is None or rate_per_day <= 0:
        return 0
    lacking = _cover_doses(rate_per_day, cover_days) - on_hand
    if lacking <= 0:
        return 0
    return -(-lacking // unit_doses) * unit_doses


def proposal_basis(
    rate_per_day: float | None,
    cover_days: int,
    on_hand: int,
    proposed: int,
    unit_doses: int,
    language: str,
    unit_names: tuple[str, str] = ("vial", "hætteglas"),
) -> str:
    """One sentence explaining the proposal, language 'da' or 'en', e.g.
    en: 'Uses 12.5 doses a day; 14 days of cover is 175 doses; holds 40; proposed 138 (23 vials of 6).'
    da: 'Bruger 12,5 doser om dagen; 14 dages forbrug er 175 doser; har 40; foreslået 138 (23 hætteglas à 6).'
    and a sentence for an unknown rate ('No consumption recorded yet; enter the doses needed.' / 'Intet forbrug registreret endnu; angiv de doser, der skal bruges.').
    """
    _check_language(language)
    return rate_basis(rate_per_day, cover_days, on_hand, proposed, unit_doses, unit_names).text(
        language
    )


def rate_basis(
    rate_per_day: float | None,
    cover_days: int,
    on_hand: int,
    proposed: int,
    unit_doses: int,
    unit_names: tuple[str, str] = ("vial", "hætteglas"),
) -> Sentence:
    """The sentence of :func:`proposal_basis`, as data.

    ``unit_names`` is the product's (English singular, Danish plural) unit name, as
    :attr:`pharmacy_app.domain.catalog.Product.unit_names`.  The units are left out for
    a product of one dose per unit, where they equal the doses.
    """
    _check_proposal_args(cover_days, on_hand, unit_doses)
    if proposed < 0 or proposed % unit_doses:
        raise ValueError(
            f"proposed {proposed} doses is not a whole number of units of {unit_doses} doses"
        )
    if rate_per_day is None:
        return Sentence(Code.BASIS_NO_RATE)
    rate = max(0.0, rate_per_day)
    return Sentence(
        Code.BASIS_RATE,
        {
            "rate": float(rate),
            "cover_days": cover_days,
            "cover": _cover_doses(rate, cover_days),
            "on_hand": on_hand,
            "proposed": proposed,
            "units": _units(proposed, unit_doses, unit_names),
        },
    )


def _units(proposed: int, unit_doses: int, unit_names: tuple[str, str]) -> Phrase | str:
    """`` (23 vials of 6)`` after the proposed doses; nothing for one dose per unit."""
    units = proposed // unit_doses if unit_doses > 0 else 0
    if unit_doses <= 1 or not units:
        return ""
    en, da = unit_names
    unit = Name(da=_DANISH_SINGULAR.get(da, da), en=en) if units == 1 else Name(da=da, en=f"{en}s")
    return Phrase(Term.BASIS_UNITS, {"units": units, "unit": unit, "per_unit": unit_doses})


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")


def visit_proposal(visit_doses: int, on_hand: int, unit_doses: int) -> int:
    """Doses a mobile unit needs for its planned visits: what the visits will give minus
    the usable doses it already holds, rounded UP to whole units, never negative."""
    _check_proposal_args(0, on_hand, unit_doses)
    if visit_doses < 0:
        raise ValueError(f"visit doses must not be negative, got {visit_doses}")
    lacking = visit_doses - on_hand
    if lacking <= 0:
        return 0
    return -(-lacking // unit_doses) * unit_doses


def visits_basis(
    programme: str | Name,
    visit_doses: int,
    visits: int,
    on_hand: int,
    proposed: int,
    unit_doses: int,
    unit_names: tuple[str, str] = ("vial", "hætteglas"),
) -> Sentence:
    """One sentence explaining a proposal made from a mobile unit's visit plan, e.g.
    en: 'Visits plan 40 doses of COVID-19 (2 visits); holds 12; proposed 30 (5 vials of 6).'
    da: 'Besøgene kræver 40 doser COVID-19 (2 besøg); har 12; foreslået 30 (5 hætteglas à 6).'"""
    return Sentence(
        Code.BASIS_VISITS,
        {
            "visit_doses": visit_doses,
            "programme": programme,
            "visits": visits,
            "on_hand": on_hand,
            "proposed": proposed,
            "units": _units(proposed, unit_doses, unit_names),
        },
    )


_DANISH_SINGULAR = {
    "hætteglas": "hætteglas",
    "sprøjter": "sprøjte",
    "applikatorer": "applikator",
    "enheder": "enhed",
}


def fair_shares(requests: Sequence[int], available: int, unit: int) -> list[int]:
    """Whole-unit split of `available` doses in proportion to `requests` (largest remainder),
    never more than a request; sum == min(available rounded down to units, sum(requests)).

    Requests must be whole units.  Equal remainders go to the earlier request."""
    if unit < 1:
        raise ValueError(f"doses per unit must be at least 1, got {unit}")
    if available < 0:
        raise ValueError(f"available doses must not be negative, got {available}")
    for row, r in enumerate(requests, start=1):
        if r < 0 or r % unit:
            raise ValueError(
                f"request {row}: {r} doses is not a whole number of units of {unit} doses"
            )
    wanted = [r // unit for r in requests]
    total = sum(wanted)
    units = min(available // unit, total)
    if units == total:
        return list(requests)
    quotas = [Fraction(units * w, total) for w in wanted]
    shares = [math.floor(q) for q in quotas]
    extra = units - sum(shares)
    by_remainder = sorted(range(len(wanted)), key=lambda i: (-(quotas[i] - shares[i]), i))
    for i in by_remainder[:extra]:
        shares[i] += 1
    return [s * unit for s in shares]


def _check_proposal_args(cover_days: int, on_hand: int, unit_doses: int) -> None:
    if cover_days < 0:
        raise ValueError(f"days of cover must not be negative, got {cover_days}")
    if on_hand < 0:
        raise ValueError(f"doses on hand must not be negative, got {on_hand}")
    if unit_doses < 1:
        raise ValueError(f"doses per unit must be at least 1, got {unit_doses}")


def _cover_doses(rate_per_day: float, cover_days: int) -> int:
    """Doses used in ``cover_days`` days: ``ceil(rate x cover_days)``."""
    return max(0, math.ceil(max(0.0, rate_per_day) * cover_days - _EPSILON))
