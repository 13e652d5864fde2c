"""The demo region's network: about 25 vaccination sites of every kind.

The central vaccination centres are the catalogue's (coded and named as the set-up
guide proposes them, :func:`pharmacy_app.domain.first_run.catalogue_centres`); the
decentral, temporary and mobile sites, the centres' addresses and each region's size
come from ``resources/demo/region_sites.json``.  A region the table does not know gets
plain sites named after its cities.  The order of the sites is fixed: the simulation
draws its random numbers site by site.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from pharmacy_app.demo import tables
from pharmacy_app.demo.plan import SiteSpec
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.first_run import catalogue_centres
from pharmacy_app.domain.location_codes import code_part, region_prefix

# Site types (finer than location kinds): which products a site carries and how busy it is.
CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, TEMPORARY, MOBILE = (
    "central",
    "hospital",
    "health_house",
    "gp",
    "temporary",
    "mobile",
)
ALL_TYPES = frozenset({CENTRAL, HOSPITAL, HEALTH_HOUSE, GP, TEMPORARY, MOBILE})
TYPE_KIND = {
    CENTRAL: "central",
    HOSPITAL: "decentral",
    HEALTH_HOUSE: "decentral",
    GP: "decentral",
    TEMPORARY: "temporary",
    MOBILE: "mobile",
}
TYPE_WEIGHT = {
    CENTRAL: 3.0,
    HOSPITAL: 1.0,
    HEALTH_HOUSE: 0.8,
    GP: 0.45,
    TEMPORARY: 1.6,
    MOBILE: 0.6,
}
DEFAULT_COVER_DAYS = {"central": 14, "decentral": 7, "temporary": 7, "mobile": 7}
DEFAULT_REGION_SCALE = 0.6  # a region the table does not know: a middle-sized one

_TABLE = "region_sites.json"
_GROUPS = ("decentral", "temporary", "mobile")


class SiteRow(NamedTuple):
    """A site of the table: its code after the region's prefix and kind, e.g. ``FIELDS``."""

    suffix: str
    name: str
    site_type: str
    street: str
    town: str  # postcode and town


Network = tuple[tuple[SiteRow, ...], tuple[SiteRow, ...], tuple[SiteRow, ...]]


def region_sites(
    region_code: str,
    pharmacy_code: str,
    central_cities: Sequence[str],
    cover_days: Mapping[str, int | None] | None = None,
    target: int = 25,
) -> tuple[SiteSpec, ...]:
    """About ``target`` sites of every kind for a region, in a fixed order."""
    prefix = region_prefix(pharmacy_code)
    covers = dict(DEFAULT_COVER_DAYS)
    for kind, days in (cover_days or {}).items():
        if days:
            covers[kind] = days

    def spec(code: str, name: str, site_type: str, street: str, town: str) -> SiteSpec:
        # The street as address, the postcode and town as city: printed once, together.
        kind = TYPE_KIND[site_type]
        return SiteSpec(code, name, kind, site_type, street, town, covers.get(kind, 7))

    sites: list[SiteSpec] = []
    addresses = _central_addresses()
    centres = catalogue_centres(pharmacy_code, central_cities)
    for city, centre in zip(central_cities, centres, strict=True):
        street, town = addresses.get(city, ("", city))
        sites.append(
            spec(centre.code, centre.name, CENTRAL, street, town if street else centre.city)
        )
    decentral, temporary, mobile = _network(region_code) or _generic_sites(central_cities)
    n_decentral = max(3, target - len(sites) - len(temporary) - len(mobile))
    for suffix, name, site_type, street, town in decentral[:n_decentral]:
        sites.append(spec(f"{prefix}-DC-{suffix}", name, site_type, street, town))
    for suffix, name, site_type, street, town in temporary:
        sites.append(spec(f"{prefix}-TMP-{suffix}", name, site_type, street, town))
    for suffix, name, site_type, street, town in mobile:
        sites.append(spec(f"{prefix}-MOB-{suffix}", name, site_type, street, town))
    return tuple(sites)


def region_storage(
    region_code: str, pharmacy_code: str, central_cities: Sequence[str]
) -> dict[str, tuple[cc.Equipment, ...]]:
    """The storage equipment the table gives the region's places (location code ->
    equipment): its pharmacy, a centre with an ultra-low freezer, a few small sites'
    fridges with a capacity.  Places it does not name keep their kind's default.  Read
    apart from the sites, so no random draw of the simulation depends on it."""
    table = tables.read(_TABLE)
    out = {pharmacy_code: _equipment(table.get("pharmacy_storage", []))}
    addresses = table["central_addresses"]
    for city, centre in zip(central_cities, catalogue_centres(pharmacy_code, central_cities), strict=True):
        given = addresses.get(city, {}).get("storage")
        if given:
            out[centre.code] = _equipment(given)
    region = table["regions"].get(region_code)
    prefix = region_prefix(pharmacy_code)
    for row in (region or {}).get("decentral", []):
        if row.get("storage"):
            out[f"{prefix}-DC-{row['code']}"] = _equipment(row["storage"])
    return {code: equipment for code, equipment in out.items() if equipment}


def _equipment(rows: Sequence[Mapping[str, object]]) -> tuple[cc.Equipment, ...]:
    found = {
        cc.StorageClass(str(r["class"])): cc.Equipment(
            cc.StorageClass(str(r["class"])),
            None if r.get("capacity_packs") is None else int(str(r["capacity_packs"])),
            None if r.get("capacity_litres") is None else float(str(r["capacity_litres"])),
        )
        for r in rows
    }
    return tuple(found[c] for c in cc.ORDER if c in found)


def region_scale(region_code: str) -> float:
    """How many doses the region gives, against Region Hovedstaden's 1."""
    region = tables.read(_TABLE)["regions"].get(region_code)
    return float(region["scale"]) if region else DEFAULT_REGION_SCALE


@cache
def _central_addresses() -> dict[str, tuple[str, str]]:
    """Street and postcode with town of the central centres, by the catalogue's city."""
    return {
        city: (address["street"], address["town"])
        for city, address in tables.read(_TABLE)["central_addresses"].items()
    }


@cache
def _network(region_code: str) -> Network | None:
    """The region's decentral, temporary and mobile sites from the table, if it has them."""
    region = tables.read(_TABLE)["regions"].get(region_code)
    if region is None:
        return None
    groups = []
    for group in _GROUPS:
        rows = tuple(
            SiteRow(row["code"], row["name"], row["type"], row["street"], row["town"])
            for row in region[group]
        )
        unknown = sorted({row.site_type for row in rows} - ALL_TYPES)
        if unknown:
            raise ValueError(f"{_TABLE}: region {region_code} has unknown site types {unknown}")
        groups.append(rows)
    decentral, temporary, mobile = groups
    return decentral, temporary, mobile


def _generic_sites(cities: Sequence[str]) -> Network:
    """Plain sites for a region the table has no list for, built from its cities."""
    towns = [c.split(" (")[0] for c in cities] or ["Centrum"]
    decentral: list[SiteRow] = []
    for i in range(14):
        town = towns[i % len(towns)]
        site_type, label = ((HOSPITAL, "Sygehus"), (HEALTH_HOUSE, "Sundhedshus"), (GP, "Lægehus"))[
            i % 3
        ]
        n = i // 3 + 1
        decentral.append(
            SiteRow(f"{code_part(town)}-{n}", f"{label} {town} {n}", site_type, "", town)
        )
    temporary = tuple(
        SiteRow(
            f"POPUP-{i + 1}",
            f"Pop-up vaccination {towns[i % len(towns)]} {i + 1}",
            TEMPORARY,
            "",
            towns[i % len(towns)],
        )
        for i in range(4)
    )
    mobile = tuple(
        SiteRow(f"TEAM-{i + 1}", f"Udkørende team {i + 1}", MOBILE, "", towns[i % len(towns)])
        for i in range(4)
    )
    return tuple(decentral), temporary, mobile
