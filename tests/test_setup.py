"""Setting up a new installation, step by step, on an empty database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.first_run import Step, catalogue_centres
from pharmacy_app.domain.location_codes import code_part, region_prefix
from pharmacy_app.services import receiving, reference, setup
from pharmacy_app.services.app import App
from tests.test_cli import cli

HOVEDSTADEN_CENTRES = [
    ("RH-VC-BISPEBJERG", "Vaccinationscenter Bispebjerg", "København"),
    ("RH-VC-AMAGER", "Vaccinationscenter Amager", "København"),
    ("RH-VC-HVIDOVRE", "Vaccinationscenter Hvidovre", "Hvidovre"),
    ("RH-VC-HERLEV", "Vaccinationscenter Herlev", "Herlev"),
    ("RH-VC-HILLEROED", "Vaccinationscenter Hillerød", "Hillerød"),
    ("RH-VC-ROENNE", "Vaccinationscenter Rønne", "Rønne"),
]


def codes(err: pytest.ExceptionInfo[DomainError]) -> list[str]:
    return [p.code for p in err.value.problems]


def test_catalogue_centres_are_named_and_coded_like_the_demo_region() -> None:
    centres = catalogue_centres("RH-APO", ["København (Amager)", "Hillerød"])
    assert [(c.code, c.name, c.kind_code, c.city, c.place) for c in centres] == [
        ("RH-VC-AMAGER", "Vaccinationscenter Amager", "central", "København", "Amager"),
        ("RH-VC-HILLEROED", "Vaccinationscenter Hillerød", "central", "Hillerød", "Hillerød"),
    ]


def test_a_place_becomes_a_location_code_fragment() -> None:
    assert code_part("København (Amager)") == "AMAGER"
    assert code_part("Nykøbing F") == "NYKOEBING-F"
    assert code_part("Køge") == "KOEGE"
    assert region_prefix("SD-APO-FYN") == "SD" and region_prefix("") == "DEMO"


def test_an_empty_database_starts_at_the_first_step(app: App) -> None:
    state = setup.setup_state(app)
    assert state.first_run and state.next_step is Step.HOME
    assert (state.home_code, state.region_code, state.sites, state.received) == (None, None, 0, False)
    # Nothing that needs the home pharmacy works yet, and it says why.
    with pytest.raises(DomainError) as err:
        setup.catalogue_sites(app)
    assert codes(err) == ["home_pharmacy_unset"]
    with pytest.raises(DomainError) as err:
        setup.load_catalogue_sites(app)
    assert codes(err) == ["home_pharmacy_unset"]
    with pytest.raises(DomainError) as err:
        receiving.start(app, "FS-2026-0001")
    assert codes(err) == ["home_pharmacy_unset"]
    text = err.value.text("da")
    assert "Indstillinger" in text and "pharmacy-app" not in text
    assert "pharmacy-app" not in err.value.text("en")


def test_the_pharmacies_to_choose_from_come_from_the_catalogue(app: App) -> None:
    choices = setup.pharmacy_choices(app)
    assert [(c.region_code, c.code) for c in choices] == [
        ("1081", "NJ-APO"),
        ("1082", "MJ-APO"),
        ("1083", "SD-APO-FYN"),
        ("1083", "SD-APO-SJ"),
        ("1084", "RH-APO"),
        ("1085", "SJ-APO"),
    ]
    rh = choices[4]
    assert (rh.name, rh.city, rh.region_name) == ("Region Hovedstadens Apotek", "Herlev", "Region Hovedstaden")


def test_the_three_steps_in_order(app: App) -> None:
    state = setup.choose_home_pharmacy(app, "RH-APO")
    assert (state.home_code, state.region_code, state.region_name) == ("RH-APO", "1084", "Region Hovedstaden")
    assert state.next_step is Step.SITES and state.first_run
    assert reference.read_settings(app).home_location_code == "RH-APO"

    proposed = setup.catalogue_sites(app)
    assert [(s.code, s.name, s.city) for s in proposed] == HOVEDSTADEN_CENTRES
    assert not any(s.exists for s in proposed)
    added = setup.load_catalogue_sites(app)
    assert [s.code for s in added] == [c for c, _n, _t in HOVEDSTADEN_CENTRES]
    state = setup.setup_state(app)
    assert state.sites == 6 and state.next_step is Step.DELIVERY
    sites = {loc.code: loc for loc in reference.list_locations(app) if loc.kind_code == "central"}
    assert sites["RH-VC-AMAGER"].region_code == "1084" and sites["RH-VC-AMAGER"].city == "København"
    assert all(s.exists for s in setup.catalogue_sites(app))

    # Loading again adds nothing and keeps what was edited in Settings.
    amager = sites["RH-VC-AMAGER"]
    reference.save_location(
        app,
        reference.LocationInfo(
            amager.id, amager.code, "Vaccinationscenter Amager Hospital", "central", "1084",
            address="Italiensvej 1", city="København S",
        ),
    )
    assert setup.load_catalogue_sites(app) == []
    again = {loc.code: loc for loc in reference.list_locations(app)}["RH-VC-AMAGER"]
    assert (again.name, again.address) == ("Vaccinationscenter Amager Hospital", "Italiensvej 1")

    # The first delivery ends the set-up.
    r = receiving.start(app, "FS-2026-0001", date(2026, 11, 2))
    receiving.add_line(app, r.id, product="123456", batch="VG0001", expiry=date(2027, 6, 30), packs=2)
    assert setup.setup_state(app).first_run  # a draft is not stock yet
    receiving.post(app, r.id)
    state = setup.setup_state(app)
    assert state.received and state.next_step is None and not state.first_run


def test_a_site_added_by_hand_counts_and_another_region_does_not(app: App) -> None:
    setup.choose_home_pharmacy(app, "SD-APO-FYN")
    reference.save_location(
        app, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    assert setup.setup_state(app).sites == 0  # Herlev is in another region
    reference.save_location(
        app, reference.LocationInfo(None, "SD-DC-1", "Sundhedshus Nyborg", "decentral", "1083")
    )
    state = setup.setup_state(app)
    assert (state.region_code, state.sites) == ("1083", 1)
    assert [s.code for s in setup.catalogue_sites(app)] == [
        "SD-VC-ODENSE", "SD-VC-SVENDBORG", "SD-VC-ESBJERG", "SD-VC-KOLDING", "SD-VC-AABENRAA"
    ]


def test_only_a_pharmacy_in_use_can_be_the_home_pharmacy(app: App) -> None:
    reference.save_location(
        app, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    for code, problem in (("VC-HER", "value_invalid"), ("SSI", "value_invalid"), ("NOPE", "location_unknown")):
        with pytest.raises(DomainError) as err:
            setup.choose_home_pharmacy(app, code)
        assert codes(err) == [problem]
    assert setup.setup_state(app).home_code is None


def test_the_command_line_says_how_to_choose_the_home_pharmacy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    result = cli("--db", url, "demo-note", "--out", str(tmp_path / "note"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("No home pharmacy is chosen yet.")
    assert lines[1] == "pharmacy-app init --pharmacy CODE  (e.g. RH-APO)"
