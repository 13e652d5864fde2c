"""Changing a place's storage equipment, and reading it back as plain data for the
window and the command line.

* :func:`set_storage` replaces a place's whole equipment (one row per class, with an
  optional capacity in packs or litres) in one transaction, with an activity entry that
  says what it had and what it has now.  Every problem is reported at once: an unknown
  class, a class given twice, a negative capacity, no class at all, a virtual place.
  Setting what the place already has changes nothing and logs nothing.
* :func:`storage_view` / :func:`storage_views` say, per place, its equipment (recorded,
  or its kind's default), each class's range and capacity, and what is stored in each
  class with the fill level (:func:`pharmacy_app.services.storage.stored_by_class`),
  down to the lots.  :func:`storage_summaries` is the equipment alone, for lists.

The rules (which class keeps what, the defaults) are in :mod:`pharmacy_app.domain.cold_chain`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import activity, storage
from pharmacy_app.services.activity import Kind
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires

#: How a message names each class.
CLASS_TERMS: dict[cc.StorageClass, Term] = {
    cc.StorageClass.ULTRALOW: Term.STORAGE_ULTRALOW,
    cc.StorageClass.FREEZER: Term.STORAGE_FREEZER,
    cc.StorageClass.FRIDGE: Term.STORAGE_FRIDGE,
    cc.StorageClass.COOLBOX: Term.STORAGE_COOLBOX,
}

# One class as asked for: (class or its code, capacity in packs, capacity in litres).
ClassSpec = tuple[cc.StorageClass | str, int | None, float | None]


@dataclass(frozen=True)
class StorageSummary:
    """A place's equipment without its stock: what lists show."""

    code: str
    name: str
    kind_code: str | None
    kind_da: str
    kind_en: str
    active: bool
    recorded: bool  # False: nothing recorded, the kind's default applies
    equipment: tuple[cc.Equipment, ...]


@dataclass(frozen=True)
class StoredLot:
    """One lot (or its thawed part) kept in a class."""

    product: str
    varenummer: str
    batch: str
    doses: int
    packs: float
    expiry: date
    use_by: date
    thawed_on: date | None


@dataclass(frozen=True)
class ClassView:
    """One class at a place: its range, capacity, what it holds and how full it is.
    ``installed`` is False for stock counted under a class the place does not have
    (frozen stock at a fridge-only place): it shows, so nobody misses it."""

    storage_class: cc.StorageClass
    low_c: int
    high_c: int
    capacity_packs: int | None
    capacity_litres: float | None
    installed: bool
    packs: float
    litres: float
    fill: float | None
    lots: tuple[StoredLot, ...]


@dataclass(frozen=True)
class StorageView:
    place: StorageSummary
    classes: tuple[ClassView, ...]

    @property
    def code(self) -> str:
        return self.place.code


# --------------------------------------------------------------------------- changing


@requires(Role.ADMINISTRATOR)
@declares(Change.REFERENCE)
def set_storage(app: App, location_code: str, classes: Sequence[ClassSpec]) -> StorageView:
    """Replace the whole equipment of the place ``location_code`` with ``classes``."""
    with app.db.write() as s:
        loc = _location(s, location_code)
        replace_equipment(s, app, loc, classes)
        return _view(s, loc)


def replace_equipment(s: Session, app: App, loc: m.Location, classes: Sequence[ClassSpec]) -> None:
    """:func:`set_storage` inside the caller's transaction (a site saved with its
    equipment from the Settings form is one transaction)."""
    wanted = _checked(loc, classes)
    rows = list(
        s.scalars(select(m.LocationStorage).where(m.LocationStorage.location_id == loc.id))
    )
    before = _plain(_as_equipment(rows)) if rows else None
    after = _plain(wanted)
    if before != after:
        s.execute(delete(m.LocationStorage).where(m.LocationStorage.location_id == loc.id))
        s.add_all(
            m.LocationStorage(
                location_id=loc.id,
                storage_class=e.storage_class.value,
                capacity_packs=e.capacity_packs,
                capacity_litres=e.capacity_litres,
            )
            for e in wanted
        )
        s.flush()
        activity.record(
            s,
            app,
            Kind.LOCATION,
            loc.code,
            {"storage": before if before is not None else _default_note(loc)},
            {"storage": after},
        )


def _checked(loc: m.Location, classes: Sequence[ClassSpec]) -> tuple[cc.Equipment, ...]:
    """The classes as equipment in :data:`cc.ORDER`; every problem at once."""
    problems: list[Problem] = []
    if loc.is_virtual:
        problems.append(Problem("storage_virtual_location", {"location": loc.code}))
    if not classes:
        problems.append(Problem("storage_classes_empty", {"location": loc.code}))
    found: dict[cc.StorageClass, cc.Equipment] = {}
    seen: set[cc.StorageClass] = set()
    for given, packs, litres in classes:
        try:
            sc = cc.StorageClass(str(given).strip().lower())
        except ValueError:
            known = ", ".join(c.value for c in cc.ORDER)
            problems.append(Problem("storage_class_unknown", {"value": str(given), "known": known}))
            continue
        if sc in seen:
            problems.append(
                Problem("storage_class_twice", {"location": loc.code, "storage": CLASS_TERMS[sc]})
            )
            continue
        seen.add(sc)
        bad = [v for v in (packs, litres) if v is not None and not v >= 0]
        for value in bad:
            problems.append(
                Problem(
                    "storage_capacity_negative",
                    {"location": loc.code, "storage": CLASS_TERMS[sc], "value": value},
                )
            )
        if not bad:
            found[sc] = cc.Equipment(sc, packs, None if litres is None else float(litres))
    if problems:
        raise DomainError(problems)
    return tuple(found[c] for c in cc.ORDER if c in found)


def _plain(equipment: Sequence[cc.Equipment]) -> list[dict[str, Any]]:
    """Equipment as the activity log keeps it (and as compared for "changed")."""
    return [
        {
            "class": e.storage_class.value,
            "capacity_packs": e.capacity_packs,
            "capacity_litres": e.capacity_litres,
        }
        for e in equipment
    ]


def _default_note(loc: m.Location) -> str:
    classes = cc.classes_or_default((), loc.kind_code)
    return "default: " + ", ".join(c.value for c in classes)


# --------------------------------------------------------------------------- reading


def storage_summaries(app: App) -> list[StorageSummary]:
    """Every real place's equipment, by kind and name (as the Settings list orders them)."""
    with app.db.read() as s:
        locs = _real_places(s)
        return _summaries(s, locs)


def storage_view(app: App, code: str) -> StorageView:
    """One place's equipment, what each class holds (down to the lots) and its fill."""
    with app.db.read() as s:
        return _view(s, _location(s, code))


def storage_views(app: App) -> list[StorageView]:
    """:func:`storage_view` of every real place, in the order of :func:`storage_summaries`."""
    with app.db.read() as s:
        locs = _real_places(s)
        summaries = _summaries(s, locs)
        return [_view(s, loc, summary) for loc, summary in zip(locs, summaries, strict=True)]


def _real_places(s: Session) -> list[m.Location]:
    return list(
        s.scalars(
            select(m.Location)
            .where(m.Location.is_virtual.is_(False))
            .order_by(m.Location.kind_code, m.Location.name)
        )
    )


def _location(s: Session, code: str) -> m.Location:
    loc = s.scalars(select(m.Location).where(m.Location.code == code.strip())).first()
    if loc is None:
        raise fail("location_unknown", location=code)
    return loc


def _as_equipment(rows: Sequence[m.LocationStorage]) -> tuple[cc.Equipment, ...]:
    by_class = {cc.StorageClass(r.storage_class): r for r in rows}
    return tuple(
        cc.Equipment(c, by_class[c].capacity_packs, by_class[c].capacity_litres)
        for c in cc.ORDER
        if c in by_class
    )


def _summaries(s: Session, locs: Sequence[m.Location]) -> list[StorageSummary]:
    equipment = storage.equipment_of(s, locs)
    ids = [loc.id for loc in locs]
    recorded: set[int] = set()
    for start in range(0, len(ids), 500):
        recorded.update(
            s.scalars(
                select(m.LocationStorage.location_id)
                .where(m.LocationStorage.location_id.in_(ids[start : start + 500]))
                .distinct()
            )
        )
    kinds = {k.code: k for k in s.scalars(select(m.LocationKind))}
    out: list[StorageSummary] = []
    for loc in locs:
        kind = kinds.get(loc.kind_code or "")
        out.append(
            StorageSummary(
                code=loc.code,
                name=loc.name,
                kind_code=loc.kind_code,
                kind_da=kind.name_da if kind else "",
                kind_en=kind.name_en if kind else "",
                active=loc.active,
                recorded=loc.id in recorded,
                equipment=equipment[loc.id],
            )
        )
    return out


def _view(s: Session, loc: m.Location, summary: StorageSummary | None = None) -> StorageView:
    place = summary or _summaries(s, [loc])[0]
    stored = storage.stored_by_class(s, loc)
    lots = _lots_by_class(s, loc, tuple(e.storage_class for e in place.equipment))
    have = {e.storage_class: e for e in place.equipment}
    views: list[ClassView] = []
    for c in cc.ORDER:
        if c not in have and c not in stored:
            continue
        eq = have.get(c, cc.Equipment(c))
        held = stored.get(c, storage.Stored(0.0, 0.0, {}))
        low, high = cc.RANGES[c]
        views.append(
            ClassView(
                storage_class=c,
                low_c=low,
                high_c=high,
                capacity_packs=eq.capacity_packs,
                capacity_litres=eq.capacity_litres,
                installed=c in have,
                packs=held.packs,
                litres=held.litres,
                fill=cc.fill_level(eq, held.packs, held.litres),
                lots=tuple(lots.get(c, ())),
            )
        )
    return StorageView(place, tuple(views))


def _lots_by_class(
    s: Session, loc: m.Location, classes: tuple[cc.StorageClass, ...]
) -> dict[cc.StorageClass, list[StoredLot]]:
    """The lots on hand at the place, under the class each is kept in (the same rule as
    :func:`storage.stored_by_class`), earliest use-by first."""
    rows = s.execute(
        select(m.StockBalance.doses, m.Lot, m.Product)
        .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .where(m.StockBalance.location_id == loc.id, m.StockBalance.doses > 0)
        .order_by(m.Lot.use_by, m.Product.short_name, m.Lot.batch, m.Lot.id)
    )
    out: dict[cc.StorageClass, list[StoredLot]] = defaultdict(list)
    for doses, lot, product in rows:
        ps = storage.product_storage(product)
        where = storage.kept_in(classes, ps, lot.thawed_on is not None)
        out[where].append(
            StoredLot(
                product=product.short_name or product.name,
                varenummer=product.varenummer,
                batch=lot.batch,
                doses=int(doses),
                packs=cc.packs(int(doses), product.doses_per_unit * product.units_per_pack),
                expiry=lot.expiry,
                use_by=lot.use_by,
                thawed_on=lot.thawed_on,
            )
        )
    return out
