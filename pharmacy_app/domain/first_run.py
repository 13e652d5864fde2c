"""The first run of an installation: what must be set up before the first delivery.

Three steps, in this order:

1. **The home pharmacy**: the pharmacy this installation works for, chosen from the
   catalogue's pharmacies; it also fixes the region.  There is no default: until it is
   chosen nothing can be received, distributed or reported (``home_pharmacy_unset``),
   and the window says so in the same words everywhere.
2. **The region's sites**: the vaccination sites the pharmacy supplies.  The catalogue
   names the region's central vaccination centres by city (:func:`catalogue_centres`
   turns them into sites); other sites are added by hand.
3. **The first delivery** received from SSI.

Pure: the service :mod:`pharmacy_app.services.setup` reads the state from the database.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from pharmacy_app.domain.location_codes import code_part, region_prefix


class Step(enum.Enum):
    HOME = 1
    SITES = 2
    DELIVERY = 3


@dataclass(frozen=True)
class SetupState:
    """How far an installation is set up."""

    home_code: str | None
    home_name: str
    region_code: str | None
    region_name: str
    sites: int  # sites in use in the home region (pharmacies not counted)
    received: bool  # a delivery has been received into stock
    has_movements: bool  # anything at all has happened in the ledger

    def done(self, step: Step) -> bool:
        if step is Step.HOME:
            return self.home_code is not None
        if step is Step.SITES:
            return self.sites > 0
        return self.received

    @property
    def next_step(self) -> Step | None:
        """The first step not done yet (``None`` once all are)."""
        return next((step for step in Step if not self.done(step)), None)

    @property
    def first_run(self) -> bool:
        """Nothing has happened in this database yet: the window shows the set-up guide."""
        return not self.has_movements


@dataclass(frozen=True)
class SiteProposal:
    """A site the catalogue suggests for a region."""

    code: str
    name: str
    kind_code: str
    city: str
    place: str  # what tells it from the others: "Amager", "Hvidovre"


def catalogue_centres(pharmacy_code: str, central_cities: Sequence[str]) -> tuple[SiteProposal, ...]:
    """The region's central vaccination centres, one per city the catalogue names.

    Codes follow the pharmacy's prefix (``RH-APO`` -> ``RH-VC-AMAGER``), as the demo
    region's do; ``"København (Amager)"`` becomes "Vaccinationscenter Amager" in
    København.  Addresses are not in the catalogue: they are filled in under Settings.
    """
    prefix = region_prefix(pharmacy_code)
    proposals: list[SiteProposal] = []
    for city in central_cities:
        town, _, rest = city.partition(" (")
        label = rest.rstrip(")") if rest else city
        proposals.append(
            SiteProposal(
                code=f"{prefix}-VC-{code_part(city)}",
                name=f"Vaccinationscenter {label}",
                kind_code="central",
                city=town,
                place=label,
            )
        )
    return tuple(proposals)
