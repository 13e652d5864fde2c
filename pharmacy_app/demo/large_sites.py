"""The large-region demo's network: about 150 sites of every kind, built without chance.

The region's own demo network (:func:`.sites.region_sites`: its central centres and
every site of its table) comes first; the rest are general practices, health houses,
hospitals, pop-up sites and mobile teams placed in turn in the towns of
``resources/demo/large_region.json``, named by its patterns and given an address from
its streets.  The same count always gives the same sites in the same order, and every
code is new (``RH-DC-HERLEV-2``), so no site of the table is repeated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pharmacy_app.demo import tables
from pharmacy_app.demo.plan import SiteSpec
from pharmacy_app.demo.sites import DEFAULT_COVER_DAYS, TYPE_KIND, region_sites
from pharmacy_app.domain.location_codes import code_part, region_prefix

LARGE_SITES = 150
_TABLE = "large_region.json"
_KIND_PART = {"decentral": "DC", "temporary": "TMP", "mobile": "MOB"}
_CODE_PART_MAX = 20  # a location code holds 32 characters: RH-TMP-<town>-<n>


def large_region_sites(
    region_code: str,
    pharmacy_code: str,
    central_cities: Sequence[str],
    cover_days: Mapping[str, int | None] | None = None,
    count: int = LARGE_SITES,
) -> tuple[SiteSpec, ...]:
    """``count`` sites (at least the region's own network) in a fixed order."""
    own = region_sites(region_code, pharmacy_code, central_cities, cover_days, target=count)
    covers = dict(DEFAULT_COVER_DAYS)
    covers.update({kind: days for kind, days in (cover_days or {}).items() if days})
    table = tables.read(_TABLE)
    towns: list[str] = table["towns"]
    streets: list[str] = table["streets"]
    names: dict[str, list[str]] = table["names"]
    prefix = region_prefix(pharmacy_code)
    codes = {site.code for site in own}
    used_names = {site.name for site in own}
    per_type: dict[str, int] = {}
    sites = list(own)
    for j, site_type in enumerate(_extra_types(max(count - len(own), 0), table["mix"])):
        town = towns[(j * 7) % len(towns)]
        town_name = town.split(" ", 1)[1]
        street = streets[(j * 5) % len(streets)]
        n = per_type.get(site_type, 0)
        per_type[site_type] = n + 1
        patterns = names[site_type]
        name = patterns[n % len(patterns)].format(town=town_name, street=street)
        if name in used_names:
            name = f"{name}, {street}"
        used_names.add(name)
        kind = TYPE_KIND[site_type]
        stem = f"{prefix}-{_KIND_PART[kind]}-{code_part(town_name)[:_CODE_PART_MAX]}"
        k = 1
        while f"{stem}-{k}" in codes:
            k += 1
        code = f"{stem}-{k}"
        codes.add(code)
        address = f"{street} {1 + (j * 13) % 120}"
        sites.append(SiteSpec(code, name, kind, site_type, address, town, covers.get(kind, 7)))
    return tuple(sites)


def _extra_types(n: int, mix: Mapping[str, object]) -> list[str]:
    """Site types of ``n`` extra sites: decentral ones (their types interleaved) first,
    then the temporary and the mobile ones, in the table's proportions."""
    n_temporary = round(n * float(str(mix["temporary"])) / 100)
    n_mobile = round(n * float(str(mix["mobile"])) / 100)
    n_decentral = max(n - n_temporary - n_mobile, 0)
    shares = mix["decentral_types"]
    assert isinstance(shares, dict)
    decentral: list[str] = []
    placed = dict.fromkeys(shares, 0)
    for i in range(n_decentral):
        # The type furthest behind its share comes next: spread evenly, no chance.
        site_type = max(shares, key=lambda t: (shares[t] * (i + 1) - placed[t], shares[t]))
        placed[site_type] += 1
        decentral.append(site_type)
    return decentral + ["temporary"] * n_temporary + ["mobile"] * n_mobile
