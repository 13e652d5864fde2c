"""Products, lots and locations as plain values.

A product knows its physical units explicitly: ``doses_per_unit`` (a vial, syringe or
applicator) and ``units_per_pack``.  A lot is the value (product, batch, expiry), with
an optional thaw date that starts the product's thawed shelf life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.domain.types import LocationId, LotId, ProductId

# GS1 AI 10 allows a subset of ISO 646; SSI batches are letters, digits and a few marks.
_BATCH_RE = re.compile(r"^[A-Za-z0-9\-./_]{1,20}$")

UNIT_NAMES = {  # form -> (English, Danish plural)
    "vial": ("vial", "hætteglas"),
    "prefilled syringe": ("syringe", "sprøjter"),
    "nasal applicator": ("applicator", "applikatorer"),
}


def unit_name(form: str) -> Name:
    """A form's unit as messages name it (English singular, Danish plural)."""
    en, da = UNIT_NAMES.get(form, ("unit", "enheder"))
    return Name(da=da, en=en)


SHORT_NAME_MAX = 40
# Words of a full product name that say nothing a short name needs: the form is a column
# of its own, "variant-adapted" holds for every covid-19 product of a season.
_NOISE_RE = re.compile(
    r"\((?:variant-adapted|[A-Z]{2,5}\d*)\)|/dosis|,?\s*adjuveret|,?\s*fyldt injektionssprøjte"
)


def derive_short_name(name: str) -> str:
    """A short display name made from a full product name, for products the catalogue
    gives none: "Vaxigrip (Tetra) fyldt injektionssprøjte" -> "Vaxigrip Tetra"."""
    text = _NOISE_RE.sub("", name)
    text = re.sub(r"[()]", "", text)
    text = re.sub(r"\s*,\s+", " ", text)  # "0,1 mg/ml" keeps its decimal comma
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if len(text) > SHORT_NAME_MAX:
        text = text[: SHORT_NAME_MAX - 1].rstrip() + "…"
    return text or name.strip()[:SHORT_NAME_MAX]


def check_batch(batch: str) -> str:
    batch = batch.strip()
    if not _BATCH_RE.match(batch):
        raise fail("batch_invalid", batch=batch)
    return batch


@dataclass(frozen=True)
class Product:
    id: ProductId
    varenummer: str
    name: str
    programme_code: str
    form: str
    doses_per_unit: int
    units_per_pack: int
    thawed_shelf_life_days: int | None = None
    min_remaining_shelf_life_days: int = 30
    gtin: str | None = None
    active: bool = True
    short_name: str = ""  # what a table or screen shows; documents show ``name``

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def doses_per_pack(self) -> int:
        return self.doses_per_unit * self.units_per_pack

    @property
    def unit_names(self) -> tuple[str, str]:
        return UNIT_NAMES.get(self.form, ("unit", "enheder"))

    @property
    def unit_name(self) -> Name:
        """The unit as a message names it: ``vial`` / ``hætteglas``."""
        return unit_name(self.form)

    def whole_units_problems(self, doses: int) -> list[Problem]:
        """The pharmacy moves whole vials/syringes: a part of one is a problem."""
        if doses % self.doses_per_unit:
            return [
                Problem(
                    "quantity_not_whole_units",
                    {
                        "doses": doses,
                        "product": self.name,
                        "per_unit": self.doses_per_unit,
                        "unit": self.unit_name,
                    },
                )
            ]
        return []

    def check_whole_units(self, doses: int) -> None:
        """The pharmacy moves whole vials/syringes; refuse a part of one."""
        problems = self.whole_units_problems(doses)
        if problems:
            raise DomainError(problems)

    def packs(self, doses: int) -> float:
        """Doses shown as packs (for display only; the ledger stays in doses)."""
        return doses / self.doses_per_pack


@dataclass(frozen=True)
class Recall:
    """Why, when and by whom a lot was recalled."""

    at: datetime  # aware
    reason: str = ""
    by: str = ""


@dataclass(frozen=True)
class Lot:
    """A lot as the rules see it.  ``use_by`` is the effective use-by the lot was given
    when it was made (:func:`~pharmacy_app.domain.expiry.effective_use_by`: the expiry,
    or earlier once thawed); it stays what it was if the product's shelf life is edited."""

    id: LotId
    product: Product
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None = None
    recall: Recall | None = None

    @property
    def recalled(self) -> bool:
        return self.recall is not None


@dataclass(frozen=True)
class Location:
    id: LocationId
    code: str
    name: str
    kind_code: str | None  # None for virtual locations
    is_virtual: bool
    holds_stock: bool
    region_code: str | None = None
    active: bool = True

    @property
    def is_site(self) -> bool:
        """A vaccination site (central, decentral, temporary, mobile): not the pharmacy."""
        return not self.is_virtual and self.kind_code not in (None, "pharmacy")

    @property
    def is_pharmacy(self) -> bool:
        return self.kind_code == "pharmacy"

    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.name != self.code else self.code
