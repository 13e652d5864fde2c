"""`pharmacy-app distribute`, `send-to-region` and `receive-from-region`, run as a user
would run them, against SQLite and PostgreSQL.

The commands run on the real clock, so the history is written relative to today."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pharmacy_app.domain.localtime import local_day
from pharmacy_app.services import reference
from pharmacy_app.services.app import open_app
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli


def _history(db_url: str) -> None:
    today = local_day(datetime.now(UTC))

    def d(n: int) -> str:
        return (today - timedelta(days=n)).isoformat()

    app = open_app(db_url, user="tester", clock=Clock(datetime.now(UTC)))
    try:
        PaperLog(app, app.clock).run(  # type: ignore[arg-type]
            f"""
            {d(30)} receive 412345 CA1 exp 2030-03-31 10 packs   // 600 doses, 6 a vial
            {d(30)} receive 123456 VX1 exp 2030-05-31 40 packs   // 400 syringes
            {d(30)} site VC-A central "Vaccinationscenter A"
            {d(30)} site DC-B decentral "Sundhedshus B"
            {d(30)} transfer CA1 RH-APO -> VC-A 300
            {d(30)} transfer VX1 RH-APO -> DC-B 60
            {d(5)} give CA1 VC-A 280    // 10 a day over the last 28 days; 20 left
            {d(5)} give VX1 DC-B 56     // 2 a day; 4 left
            """
        )
        current = reference.read_settings(app)
        reference.save_settings(app, reference.Settings(current.backdate_window_days, "RH-APO"))
    finally:
        app.close()


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow
def test_distribute_sites_all_sites_and_round_files(db_url: str, tmp_path: Path) -> None:
    _history(db_url)
    stamp = local_day(datetime.now(UTC)).strftime("%Y%m%d")

    out = tmp_path / "round1"
    run = cli("--db", db_url, "distribute", "--site", "VC-A", "--site", "DC-B", "--out", str(out))
    assert run.returncode == 0, run.stderr
    # VC-A: 10 a day x 14 days = 140 - 20 held = 120 = 20 vials.  DC-B: 2 x 7 = 14 - 4 = 10.
    assert f"Runde R-{stamp}-01" in run.stdout
    assert "412345  Comirnaty (variant-adapted) 30 µg/dosis, mult: 120 doser (20 x 6)" in run.stdout
    assert "123456  Vaxigrip (Tetra) fyldt injektionssprøjte: 10 doser (10 x 1)" in run.stdout
    pdf = out / f"R-{stamp}-01.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    rows = _csv(out / f"R-{stamp}-01.csv")
    assert [(r["site_code"], r["batch"], r["units"], r["doses"]) for r in rows] == [
        ("VC-A", "CA1", "20", "120"),
        ("DC-B", "VX1", "10", "10"),
    ]
    # VC-A keeps Comirnaty in a fridge only: thawed on dispatch, used within 70 days.
    thawed_on = date.fromisoformat(rows[0]["thawed_on"])
    assert date.fromisoformat(rows[0]["use_by"]) == thawed_on + timedelta(days=70)
    assert rows[1]["thawed_on"] == ""

    # Every site, in transit, dispatched, English.  The first round (a draft) holds 120 of
    # CA1's 300: 180 are free, enough for another 120.
    out2 = tmp_path / "round2"
    run = cli(
        "--db",
        db_url,
        "distribute",
        "--all-sites",
        "--mode",
        "in_transit",
        "--dispatch",
        "--lang",
        "en",
        "--out",
        str(out2),
    )
    assert run.returncode == 0, run.stderr
    assert (
        f"Round R-{stamp}-02" in run.stdout
        and "(in_transit, dispatched): 2 sites, 130 doses" in run.stdout
    )
    assert (out2 / f"R-{stamp}-02.pdf").exists()
    assert cli("--db", db_url, "check", check=True).stdout.startswith("OK:")

    # A round file with a problem on every row: nothing is planned or written.
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "\ufeffsite;varenummer;doses\n"
        "VC-A;412345;7\n"
        "NOPE;123456;10\n"
        "RH-APO;123456;10\n"
        "DC-B;999999;10\n"
        "DC-B;123456;abc\n"
        "VC-A;412345;12\n"
        "VC-A;412345;18\n",
        encoding="utf-8",
    )
    out3 = tmp_path / "round3"
    run = cli("--db", db_url, "distribute", "--round", str(bad), "--out", str(out3))
    assert run.returncode == 1
    problems = run.stderr.strip().splitlines()
    assert problems == [
        "Round file row 2: 7 doses of Comirnaty (variant-adapted) 30 µg/dosis, multidosis is not "
        "whole vials of 6.",
        "Round file row 3: site NOPE is not known.",
        "Round file row 4: site RH-APO: it is a pharmacy.",
        "Round file row 5: varenummer 999999 is not known.",
        "Round file row 6: doses 'abc' is not a whole number of zero or more.",
        "Round file row 8: VC-A / 412345 is also on row 7.",
    ]
    assert not out3.exists()

    good = tmp_path / "good.csv"
    good.write_text(
        "\ufeffsite;varenummer;doses\nDC-B;123456;5\nVC-A;412345;36\n", encoding="utf-8"
    )
    run = cli("--db", db_url, "distribute", "--round", str(good), "--out", str(out3))
    assert run.returncode == 0, run.stderr
    rows = _csv(out3 / f"R-{stamp}-03.csv")
    assert [(r["site_code"], r["batch"], r["doses"]) for r in rows] == [
        ("DC-B", "VX1", "5"),
        ("VC-A", "CA1", "36"),
    ]

    run = cli(
        "--db", db_url, "distribute", "--site", "RH-APO", "--site", "NOPE", "--out", str(out3)
    )
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        "RH-APO (Region Hovedstadens Apotek) cannot get a distribution: it is a pharmacy.",
        "Location NOPE is not known.",
    ]


@pytest.mark.slow
def test_send_to_region_and_receive_it_there(db_url: str, tmp_path: Path) -> None:
    _history(db_url)
    passport = tmp_path / "out" / "ov-1.json"
    run = cli(
        "--db",
        db_url,
        "send-to-region",
        "--lot-batch",
        "CA1",
        "--varenummer",
        "412345",
        "--doses",
        "60",
        "--region",
        "1082",
        "--reference",
        "OV-1",
        "--out",
        str(passport),
    )
    assert run.returncode == 0, run.stderr
    assert "sent 60 doses" in run.stdout
    document = json.loads(passport.read_text(encoding="utf-8"))
    assert document["to"]["region"] == "1082" and document["doses"] == 60

    other = f"sqlite:///{tmp_path / 'midt.db'}"
    cli("--db", other, "init", "--pharmacy", "MJ-APO", check=True)
    # Not until Region Midtjylland trusts Region Hovedstaden's key.
    untrusted = cli("--db", other, "receive-from-region", str(passport))
    assert untrusted.returncode == 1 and "does not trust for region 1084" in untrusted.stderr
    shown = cli("--db", db_url, "keys", "show", "--out", str(tmp_path / "hovedstaden.pem"), check=True)
    assert "fingerprint " in shown.stdout and "-----BEGIN PUBLIC KEY-----" in shown.stdout
    fingerprint = shown.stdout.split("fingerprint ", 1)[1].splitlines()[0]
    assert fingerprint in untrusted.stderr  # what to compare by phone
    trusted = cli(
        "--db", other, "keys", "trust", "--region", "1084", "--label", "RH-APO",
        str(tmp_path / "hovedstaden.pem"), check=True,
    )
    assert fingerprint in trusted.stdout
    assert "1084  " + fingerprint in cli("--db", other, "keys", "list", check=True).stdout
    run = cli("--db", other, "receive-from-region", str(passport))
    assert run.returncode == 0, run.stderr
    assert "received 60 doses" in run.stdout and "MJ-APO" in run.stdout
    again = cli("--db", other, "receive-from-region", str(passport))
    assert again.returncode == 1 and "already received" in again.stderr
    assert cli("--db", other, "check", check=True).stdout.startswith("OK:")
    assert date.fromisoformat(document["lot"]["expiry"]) == date(2030, 3, 31)
