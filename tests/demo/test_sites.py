"""The demo region's network, built from the tables in resources/demo/."""

from __future__ import annotations

import re
from collections import Counter

from pharmacy_app.demo import products, sites, tables
from pharmacy_app.demo.sites import region_sites
from pharmacy_app.domain import formats
from pharmacy_app.domain.first_run import catalogue_centres
from pharmacy_app.services import reference

CODE = re.compile(r"[A-Z0-9][A-Z0-9\-]{0,39}")


def test_every_region_gets_about_25_sites_of_every_kind() -> None:
    for region in reference.load_catalog()["regions"]:
        pharmacy = region["pharmacies"][0]["code"]
        network = region_sites(region["code"], pharmacy, region["central_centre_cities"])
        codes = [s.code for s in network]
        assert len(codes) == len(set(codes)) == 25, region["code"]
        kinds = Counter(s.kind_code for s in network)
        assert kinds["central"] == len(region["central_centre_cities"])
        assert (
            kinds["decentral"] >= 8 and 3 <= kinds["temporary"] <= 4 and 3 <= kinds["mobile"] <= 4
        )
        prefix = pharmacy.split("-")[0] + "-"
        assert all(CODE.fullmatch(c) and c.startswith(prefix) for c in codes)


def test_the_tables_cover_every_region_centre_and_product_of_the_catalogue() -> None:
    catalog = reference.load_catalog()
    table = tables.read("region_sites.json")
    assert set(table["regions"]) == {r["code"] for r in catalog["regions"]}
    for region in catalog["regions"]:
        assert 0 < sites.region_scale(region["code"]) <= 1
        for city in region["central_centre_cities"]:
            assert city in table["central_addresses"], city
    profiled = set(tables.read("products.json")["products"])
    assert profiled == {p["varenummer"] for p in catalog["products"]}
    # The shares of a programme's products make up its doses.
    share: Counter[str] = Counter()
    for p in catalog["products"]:
        profile = products.profile(p["varenummer"])
        assert profile is not None and profile.carriers <= sites.ALL_TYPES
        share[p["programme"]] += profile.share
    assert all(abs(total - 1) < 1e-9 for total in share.values()), share


def test_the_central_centres_are_those_the_set_up_guide_proposes() -> None:
    cities = ["København (Bispebjerg)", "København (Amager)", "Hvidovre", "Rønne"]
    network = region_sites("1084", "RH-APO", cities)
    proposed = catalogue_centres("RH-APO", cities)
    centres = [s for s in network if s.kind_code == "central"]
    assert [(s.code, s.name) for s in centres] == [(c.code, c.name) for c in proposed]
    assert (centres[1].address, centres[1].city) == ("Italiensvej 1", "2300 København S")


def test_the_demo_sites_keep_street_and_town_apart() -> None:
    network = region_sites("1084", "RH-APO", ["Herlev", "Hillerød"])
    fields = next(s for s in network if s.code == "RH-TMP-FIELDS")
    assert (fields.address, fields.city) == ("Arne Jacobsens Allé 12", "2300 København S")
    for site in network:
        line = formats.address_line(site.address, site.city)
        assert line.endswith(site.city) and line.count(site.city) == 1, line


def test_a_region_the_table_does_not_know_gets_plain_sites_from_its_cities() -> None:
    cities = ["Ærøskøbing", "Marstal (Havn)", "Søby"]
    network = region_sites("9999", "XX-APO", cities, {"mobile": 3})
    codes = [s.code for s in network]
    assert len(codes) == len(set(codes)) == 25
    assert codes[:3] == ["XX-VC-AEROESKOEBING", "XX-VC-HAVN", "XX-VC-SOEBY"]
    assert "XX-DC-MARSTAL-1" in codes and "XX-TMP-POPUP-1" in codes
    assert all(CODE.fullmatch(c) for c in codes)
    mobile = [s for s in network if s.kind_code == "mobile"]
    assert len(mobile) == 4 and all(s.cover_days == 3 for s in mobile)
    assert sites.region_scale("9999") == sites.DEFAULT_REGION_SCALE
