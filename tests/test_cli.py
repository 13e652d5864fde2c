"""The command line, run as a user would run it, against SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db.engine import Database

ROOT = Path(__file__).resolve().parent.parent
UNTIL = "2026-11-25"


def cli(*args: str, env: dict[str, str] | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "PHARMACY_DB_URL"}
    full_env.update({"PHARMACY_USER": "it-job", **(env or {})})
    result = subprocess.run(
        [sys.executable, "-m", "pharmacy_app", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.slow
def test_demo_then_check_stock_and_export(db_url: str, tmp_path: Path) -> None:
    init = cli("--db", db_url, "init", "--pharmacy", "RH-APO", check=True)
    assert "database ready" in init.stdout

    demo = cli("--db", db_url, "demo", "--seed", "7", "--until", UNTIL, check=True)
    assert demo.stdout.strip(), "demo prints a summary"

    check = cli("--db", db_url, "check", check=True)
    assert check.stdout.startswith("OK:")

    stock = cli("--db", db_url, "stock", "--csv", check=True)
    rows = list(csv.DictReader(io.StringIO(stock.stdout)))
    assert len(rows) > 50
    assert {r["location_kind"] for r in rows} >= {
        "Sygehusapotek",
        "Centralt vaccinationscenter",
        "Decentralt tilbud",
        "Udkørende enhed",
    }
    assert all(int(r["doses"]) > 0 for r in rows)
    assert all(r["varenummer"].isdigit() for r in rows)

    out = tmp_path / "ledger" / "movements.csv"
    export = cli("--db", db_url, "export", "movements", "--out", str(out), check=True)
    with out.open(encoding="utf-8") as fh:
        ledger = list(csv.DictReader(fh))
    assert f"{len(ledger)} movements" in export.stdout
    assert {r["kind"] for r in ledger} >= {"receipt", "transfer", "administer", "discard"}
    assert max(r["occurred_at (Danish time)"] for r in ledger)[:10] <= UNTIL

    # Independent sum over the exported ledger equals the printed stock per location.
    held: dict[str, int] = {}
    for r in ledger:
        held[r["from_code"]] = held.get(r["from_code"], 0) - int(r["doses"])
        held[r["to_code"]] = held.get(r["to_code"], 0) + int(r["doses"])
    printed: dict[str, int] = {}
    for r in rows:
        printed[r["location_code"]] = printed.get(r["location_code"], 0) + int(r["doses"])
    for code, doses in printed.items():
        assert held[code] == doses, code

    plain = cli("--db", db_url, "stock", check=True)
    assert plain.stdout.splitlines()[0].startswith("Location")
    assert plain.stdout.rstrip().endswith("doses")


def test_check_names_each_breach_and_exits_non_zero(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    cli("--db", url, "init", "--pharmacy", "RH-APO", check=True)
    from pharmacy_app.services import stock
    from pharmacy_app.services.app import open_app

    app = open_app(url, user="t")
    from datetime import date

    stock.receive(app, product="123456", batch="B1", expiry=date(2030, 1, 1), packs=2)
    app.close()
    db = Database(url)
    with db.write() as s:  # someone edits the balance table behind the ledger's back
        s.execute(sa.text("update stock_balance set doses = 25"))
    db.dispose()
    result = cli("--db", url, "check")
    assert result.returncode == 1
    assert "balance_mismatch: RH-APO" in result.stderr
    assert "balance table 25, ledger 20" in result.stderr
    assert "1 BREACHES" in result.stdout


def test_environment_variable_names_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    result = cli("check", env={"PHARMACY_DB_URL": url})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


def test_refusals_and_usage_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    bad_pharmacy = cli("--db", url, "init", "--pharmacy", "NOPE")
    assert bad_pharmacy.returncode == 1
    assert "NOPE" in bad_pharmacy.stderr
    assert cli("--db", url, "frobnicate").returncode == 2
    assert cli("--db", url, "demo", "--until", "25-11-2026").returncode == 2
    cli("--db", url, "demo", "--until", UNTIL, check=True)
    again = cli("--db", url, "--lang", "da", "demo", "--until", UNTIL)
    assert again.returncode == 1
    assert "demodata kræver en tom database" in again.stderr


def test_a_newer_database_is_refused_by_every_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    cli("--db", url, "init", check=True)
    db = Database(url)
    with db.write() as s:
        s.execute(sa.text("update alembic_version set version_num = 'fffffffffff'"))
    db.dispose()
    result = cli("--db", url, "stock")
    assert result.returncode == 1
    assert "newer version" in result.stderr
