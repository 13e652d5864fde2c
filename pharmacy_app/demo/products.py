"""How the demo region uses each product, from ``resources/demo/products.json``.

A product's profile says what share of its programme's doses it has, which site types
give it (a GP does not keep a multi-dose covid-19 vial), how much busier a site type
is with it, and, for a product that keeps less than its programme's usual, the range
of days a lot keeps from its receipt.  A product the table does not name is given at
central centres and hospitals and shares its programme's doses equally with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pharmacy_app.demo import tables
from pharmacy_app.demo.sites import ALL_TYPES, CENTRAL, HOSPITAL

DEFAULT_CARRIERS = frozenset({CENTRAL, HOSPITAL})


@dataclass(frozen=True)
class ProductProfile:
    share: float  # of its programme's doses
    carriers: frozenset[str]  # site types that give it
    weight_by_type: dict[str, float]  # site type -> factor on the type's usual weight
    shelf_life_days: tuple[int, int] | None = None  # (fewest, most) days from receipt


def profile(varenummer: str) -> ProductProfile | None:
    return _profiles().get(varenummer)


@cache
def _profiles() -> dict[str, ProductProfile]:
    profiles: dict[str, ProductProfile] = {}
    for varenummer, row in tables.read("products.json")["products"].items():
        carriers = frozenset(row["carriers"])
        weights = {str(t): float(w) for t, w in row["weight_by_type"].items()}
        unknown = sorted((carriers | set(weights)) - ALL_TYPES)
        if unknown:
            raise ValueError(f"products.json: {varenummer} has unknown site types {unknown}")
        life = row.get("shelf_life_days")
        profiles[varenummer] = ProductProfile(
            share=float(row["share"]),
            carriers=carriers,
            weight_by_type=weights,
            shelf_life_days=(int(life[0]), int(life[1])) if life else None,
        )
    return profiles
