"""The rules on a lot at a place on a day, as pure functions of records.

Each rule takes the records of :mod:`~pharmacy_app.domain.catalog` (converted from the
database at the service boundary by ``services/records.py``) and, where the day
matters, the Copenhagen day the action happens on, and returns the problems it finds:
an empty list means the action is allowed.  A service calls the rules in the order it
wants its refusals reported and raises with :func:`refuse`, so nothing is written.

What must hold: stock in quarantine is held; stock held in place after a temperature
excursion is not taken out until a pharmacist decides, except to discard it as a
cold-chain break; a recalled lot is never sent to a site,
given, thawed or put back at a site; stock is usable on its use-by day and not after;
the pharmacy moves whole vials/syringes only; a distribution round goes only to a real,
active site of the home region.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from pharmacy_app.domain.catalog import Location, Lot, Product, Recall
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND


def refuse(problems: Sequence[Problem]) -> None:
    """Raise the problems found, if any (nothing is written)."""
    if problems:
        raise DomainError(problems)


def held(lot: Lot, place: Location) -> list[Problem]:
    """Stock in quarantine is held until a pharmacist releases it."""
    if place.kind_code == QUARANTINE_KIND:
        return [Problem("held_stock", {"batch": lot.batch, "location": place.name})]
    return []


COLD_CHAIN_BREAK = "TEMPERATURSVIGT"  # the discard reason that may take held stock


def held_after_excursion(lot: Lot, place: Location, excursion_id: int) -> list[Problem]:
    """Stock held in place after temperature excursion ``excursion_id`` is not picked,
    given, sent, thawed or counted away until a pharmacist decides."""
    return [
        Problem(
            "excursion_held_stock",
            {"batch": lot.batch, "product": lot.product.name, "location": place.name,
             "excursion": excursion_id},
        )  # fmt: skip
    ]


def leaves_hold(kind: str, reason_code: str | None) -> bool:
    """Whether a movement may take stock held after an excursion: only its discard as a
    cold-chain break (a decision first marks the hold decided, then posts)."""
    return kind == "discard" and reason_code == COLD_CHAIN_BREAK


def consumption_site(place: Location, *, row: int, field: str) -> list[Problem]:
    """Doses are given at a real place in use that is not quarantine; the problem names
    the ``row`` and ``field`` of the consumption entry."""
    why: Term | None = None
    if place.is_virtual or not place.holds_stock:
        why = Term.WHY_NOT_REAL_PLACE
    elif not place.active:
        why = Term.WHY_NO_LONGER_IN_USE
    if why is not None:
        return [
            Problem(
                "consumption_site_not_allowed",
                {"row": row, "field": field, "site": place.name, "why": why},
            )
        ]
    return held_for_consumption(place, row=row, field=field)


def held_for_consumption(place: Location, *, row: int, field: str) -> list[Problem]:
    """Doses are not given from quarantine: held stock has not reached a site.  The
    problem names the ``row`` and ``field`` of the entry, as consumption reports them."""
    if place.kind_code == QUARANTINE_KIND:
        return [Problem("consumption_held_stock", {"row": row, "field": field, "site": place.name})]
    return []


def expired(lot: Lot, on: date, action: Term | Phrase) -> list[Problem]:
    """Stock past its use-by on ``on`` cannot be used; ``action`` says what cannot be
    done (``Term.ACTION_GIVEN``)."""
    if is_expired(lot.use_by, on):
        return [
            Problem(
                "lot_expired",
                {
                    "batch": lot.batch,
                    "product": lot.product.name,
                    "use_by": lot.use_by,
                    "when": on,
                    "action": action,
                },
            )
        ]
    return []


def expired_when_given(lot: Lot, day: date, *, row: int, field: str) -> list[Problem]:
    """Doses of a lot past its use-by on ``day`` were not given from it; the problem
    names the ``row`` and ``field`` of the consumption entry."""
    if is_expired(lot.use_by, day):
        return [
            Problem(
                "consumption_lot_expired",
                {
                    "row": row,
                    "field": field,
                    "batch": lot.batch,
                    "product": lot.product.name,
                    "use_by": lot.use_by,
                    "day": day,
                },
            )
        ]
    return []


def recalled(lot: Lot, action: Term | Phrase) -> list[Problem]:
    """A recalled lot is never sent to a site, given or thawed."""
    if lot.recall is None:
        return []
    return [
        Problem(
            "lot_recalled",
            {
                "batch": lot.batch,
                "product": lot.product.name,
                "reason": lot.recall.reason,
                "when": _moment(lot.recall),
                "by": lot.recall.by,
                "action": action,
            },
        )
    ]


def _moment(recall: Recall) -> str:
    """When a recall happened, as the messages name it: Copenhagen time, minutes."""
    return recall.at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


def recalled_before(batch: Sequence[Lot]) -> list[Problem]:
    """A batch (every lot of one product and batch) is recalled once: the first recall
    stands."""
    done = next((lot for lot in batch if lot.recall is not None), None)
    if done is None or done.recall is None:
        return []
    return [
        Problem(
            "lot_already_recalled",
            {
                "batch": done.batch,
                "product": done.product.name,
                "when": _moment(done.recall),
                "by": done.recall.by,
            },
        )
    ]


def usable_still(lot: Lot, place: Location, on: date) -> list[Problem]:
    """Stock is discarded as expired only once its use-by has passed on ``on``."""
    if is_expired(lot.use_by, on):
        return []
    return [
        Problem(
            "discard_not_expired",
            {
                "batch": lot.batch,
                "product": lot.product.name,
                "location": place.name,
                "use_by": lot.use_by.strftime("%d-%m-%Y"),
            },
        )
    ]


def whole_units_at_pharmacy(product: Product, doses: int, *places: Location) -> list[Problem]:
    """Where a pharmacy gives or takes the doses, they are whole vials/syringes."""
    if any(p.kind_code == PHARMACY_KIND for p in places):
        return product.whole_units_problems(doses)
    return []


def site_allowed(place: Location, kinds: Collection[str], action: Term | Phrase) -> list[Problem]:
    """Only a location of one of ``kinds`` may take part in ``action``."""
    if place.kind_code not in kinds:
        return [
            Problem(
                "location_not_allowed",
                {"location": place.name, "kind": place.kind_code, "action": action},
            )
        ]
    return []


def why_not_pickable(lot: Lot, on: date) -> Term | Phrase | None:
    """Why ``lot`` may not be picked for a round arriving on ``on``; ``None`` when it may."""
    if lot.recalled:
        return Term.WHY_LOT_RECALLED
    if is_expired(lot.use_by, on):
        return Phrase(Term.WHY_LOT_EXPIRED_FOR_ROUND, {"use_by": lot.use_by, "on": on})
    return None


def region_site(place: Location, region_code: str | None) -> list[Problem]:
    """Only a site of the pharmacy's region (``region_code``; any region when ``None``)
    sends or takes stock from site to site or back to the pharmacy: not a pharmacy,
    not quarantine, not a place that holds no stock."""
    why: Term | Phrase | None = None
    if place.is_virtual or not place.holds_stock:
        why = Term.WHY_NOT_REAL_PLACE
    elif place.kind_code == PHARMACY_KIND:
        why = Term.WHY_A_PHARMACY
    elif place.kind_code == QUARANTINE_KIND:
        why = Term.WHY_QUARANTINE
    elif region_code and place.region_code != region_code:
        why = Phrase(Term.WHY_REGION, {"region": place.region_code or "-"})
    if why is None:
        return []
    return [Problem("transfer_not_a_site", {"location": f"{place.code} ({place.name})", "why": why})]


def why_not_round_site(place: Location, home_region: str | None) -> Term | Phrase | None:
    """Why a distribution round may not go to ``place``; ``None`` when it may: a round
    goes to a real, active place of the home pharmacy's region (``home_region``; any
    region when ``None``) that is neither a pharmacy nor quarantine."""
    if place.is_virtual or not place.holds_stock:
        return Term.WHY_SITE_NOT_REAL
    if not place.active:
        return Term.WHY_SITE_INACTIVE
    if place.kind_code == PHARMACY_KIND:
        return Term.WHY_SITE_PHARMACY
    if place.kind_code == QUARANTINE_KIND:
        return Term.WHY_SITE_QUARANTINE
    if home_region and place.region_code != home_region:
        return Phrase(
            Term.WHY_SITE_OTHER_REGION,
            {"region": place.region_code or "-", "home_region": home_region},
        )
    return None


def round_site(place: Location, home_region: str | None) -> list[Problem]:
    """The problem that keeps a round from going to ``place`` (see
    :func:`why_not_round_site`)."""
    why = why_not_round_site(place, home_region)
    if why is None:
        return []
    return [
        Problem(
            "distribution_site_not_allowed",
            {"site": f"{place.code} ({place.name})", "why": why},
        )
    ]
