"""Site kinds have one set of Danish names: SSI's Stedtype, in the window, the documents
and the workbook alike (the app's copy of the layout lists them)."""

from __future__ import annotations

import re
from pathlib import Path

from pharmacy_app.paths import resources_dir
from pharmacy_app.services import queries, reference, ssi_report
from pharmacy_app.services.app import App, open_app
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog
from tests.test_ssi_report import sheet_rows

LOG = """
2026-10-01 receive 412345 SK1 exp 2027-03-31 1 packs
2026-10-01 site VC-K central "Vaccinationscenter K"
2026-10-01 site DC-K decentral "Lægehuset K"
2026-10-01 site TMP-K temporary "Pop-up K"
2026-10-01 site MOB-K mobile "Udkørende team K"
2026-10-02 transfer SK1 RH-APO -> VC-K 12
2026-10-02 transfer SK1 RH-APO -> DC-K 12
2026-10-02 transfer SK1 RH-APO -> TMP-K 12
2026-10-02 transfer SK1 RH-APO -> MOB-K 12
"""


def layout_site_types() -> set[str]:
    """The Stedtype names the app's copy of the SSI layout allows."""
    text = (resources_dir() / "docs" / "ssi_monthly_report.md").read_text(encoding="utf-8")
    forbrug = next(line for line in text.splitlines() if line.startswith("| Stedtype |"))
    names = set(re.findall(r"`([^`]+)`", forbrug.split("(")[0]))
    names |= set(re.findall(r"`([^`]+)` as Stedtype", text))  # the pharmacy
    names |= set(re.findall(r"Stedtype `([^`]+)`", text))  # stock in transit
    return names


def test_the_layout_names_every_site_type() -> None:
    assert layout_site_types() == {
        "Centralt vaccinationscenter", "Decentralt tilbud", "Midlertidigt tilbud",
        "Udkørende enhed", "Sygehusapotek", "Undervejs",
    }  # fmt: skip


def test_a_kinds_danish_name_is_its_ssi_site_type() -> None:
    kinds = reference.load_catalog()["location_kinds"]
    assert {k["code"]: k["name_da"] for k in kinds} == {k["code"]: k["ssi_stedtype"] for k in kinds}


def test_the_window_and_the_workbook_use_the_same_names(app: App, clock: Clock, tmp_path: Path) -> None:
    PaperLog(app, clock).run(LOG)
    set_home(app)
    shown = {r.location_code: r.location_kind for r in queries.stock_rows(app)}
    path = ssi_report.write(app, "2026-10", tmp_path)
    written = {r["Stedkode"]: r["Stedtype"] for r in sheet_rows(path, "Lager")}
    assert shown == written == {
        "RH-APO": "Sygehusapotek",
        "VC-K": "Centralt vaccinationscenter",
        "DC-K": "Decentralt tilbud",
        "TMP-K": "Midlertidigt tilbud",
        "MOB-K": "Udkørende enhed",
    }
    assert set(written.values()) <= layout_site_types()


def test_a_database_made_with_the_old_names_takes_the_catalogues(db_url: str, clock: Clock) -> None:
    from sqlalchemy import update

    from pharmacy_app.db import models as m

    app = open_app(db_url, user="tester", clock=clock)
    try:
        with app.db.write() as s:
            for code, old in (("decentral", "Decentralt vaccinationssted"), ("mobile", "Mobil enhed")):
                s.execute(update(m.LocationKind).where(m.LocationKind.code == code).values(name_da=old))
    finally:
        app.close()
    app = open_app(db_url, user="tester", clock=clock)
    try:
        names = {k.code: k.name_da for k in reference.list_location_kinds(app)}
    finally:
        app.close()
    assert names["decentral"] == "Decentralt tilbud"
    assert names["mobile"] == "Udkørende enhed"
