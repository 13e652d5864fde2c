"""How much of a vial a discard may take, by its reason.

An unopened vial (syringe, applicator) that breaks, or whose cold chain fails, is lost
whole: recording one dose broken from a ten-dose vial would leave nine tenths of a vial
on the shelf, which no one can pick.  So every reason but open-vial waste
(``ANBRUDT_HETTEGLAS``: the doses left in one punctured vial) takes whole units of the
product.  One exception keeps the ledger honest: everything a location holds may go in
one discard even when it is part of a vial (a site's last opened vial, expired), since
nothing is left behind.

Pure: the services pass the product, the doses, the place and what it holds.
"""

from __future__ import annotations

from pharmacy_app.domain.catalog import Location, Product
from pharmacy_app.domain.errors import Problem, fail
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND

OPEN_VIAL_REASON = "ANBRUDT_HETTEGLAS"


def may_be_part_of_a_unit(reason_code: str) -> bool:
    """Only what is left in an opened vial is recorded as part of one."""
    return reason_code == OPEN_VIAL_REASON


def check_discard_units(
    product: Product,
    doses: int,
    held: int,
    reason_code: str,
    reason_name: Name | None = None,
) -> None:
    """Refuse (``discard_not_whole_units``) a discard that would leave part of an unopened
    unit behind: ``doses`` must be whole units, or all ``held``, unless the reason is
    open-vial waste."""
    if may_be_part_of_a_unit(reason_code) or doses % product.doses_per_unit == 0 or doses == held:
        return
    raise fail(
        "discard_not_whole_units",
        reason=reason_code,
        reason_name=reason_name or Name(da=reason_code, en=reason_code),
        doses=doses,
        product=product.name,
        per_unit=product.doses_per_unit,
        unit=product.unit_name,
        open_vial=OPEN_VIAL_REASON,
    )


def open_vial_problems(product: Product, place: Location, doses: int) -> list[Problem]:
    """Open-vial waste is what is left in one punctured vial, at a site: never at a
    pharmacy or in quarantine (they open no vials), never more than one vial holds."""
    if place.kind_code in (PHARMACY_KIND, QUARANTINE_KIND):
        return [Problem("open_vial_at_pharmacy", {"location": place.name})]
    if doses > product.doses_per_unit:
        return [
            Problem(
                "open_vial_too_many",
                {"product": product.name, "per_unit": product.doses_per_unit, "doses": doses},
            )
        ]
    return []
