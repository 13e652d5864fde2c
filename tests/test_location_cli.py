"""``location storage`` through the real entry point, on SQLite and PostgreSQL: set a
place's whole equipment, show it with what it holds, and refuse a bad class whole."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.test_cli import cli


def _rows(db_url: str) -> list[tuple[str, int | None, float | None]]:
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return sorted(
                (r[0], r[1], r[2])
                for r in conn.execute(
                    sa.text(
                        "SELECT s.storage_class, s.capacity_packs, s.capacity_litres "
                        "FROM location_storage s JOIN location l ON l.id = s.location_id "
                        "WHERE l.code = 'RH-APO'"
                    )
                )
            )
    finally:
        engine.dispose()


def test_set_and_show_a_places_storage(db_url: str, tmp_path: Path) -> None:
    cli("--db", db_url, "init", "--pharmacy", "RH-APO", check=True)
    shown = cli("--db", db_url, "location", "storage", "RH-APO", check=True)
    assert "the default of Hospital pharmacy" in shown.stdout
    assert [line.split()[0] for line in shown.stdout.splitlines()[2:]] == ["ultralow", "freezer", "fridge"]

    done = cli(
        "--db", db_url, "location", "storage", "RH-APO",
        "--class", "ultralow", "--class", "fridge", "--capacity-packs", "40", check=True,
    )  # fmt: skip
    assert "equipment: recorded" in done.stdout
    assert _rows(db_url) == [("fridge", 40, None), ("ultralow", 40, None)]

    cli("--db", db_url, "demo-note", "--out", str(tmp_path), "--date", "2026-12-01", check=True)
    received = cli(
        "--db", db_url, "receive", str(tmp_path / "FS-2026-1201.csv"), "--confirm-short-dated"
    )  # fmt: skip
    assert received.returncode == 0, received.stderr
    shown = cli("--db", db_url, "location", "storage", "RH-APO", check=True)
    lines = shown.stdout.splitlines()
    ultralow = next(line for line in lines if line.startswith("ultralow"))
    assert "40 packs" in ultralow and "%" in ultralow
    assert any(line.startswith("  ultralow: ") and "batch" in line for line in lines)


def test_a_bad_class_changes_nothing(db_url: str) -> None:
    cli("--db", db_url, "init", "--pharmacy", "RH-APO", check=True)
    cli("--db", db_url, "location", "storage", "RH-APO", "--class", "fridge", check=True)
    bad = cli(
        "--db", db_url, "location", "storage", "RH-APO", "--class", "fridge", "--class", "fryser"
    )  # fmt: skip
    assert bad.returncode == 1
    assert "'fryser' is not known" in bad.stderr and "ultralow, freezer, fridge, coolbox" in bad.stderr
    assert bad.stdout == ""
    danish = cli(
        "--db", db_url, "--lang", "da", "location", "storage", "RH-APO",
        "--class", "fridge", "--capacity-litres", "-1",
    )  # fmt: skip
    assert danish.returncode == 1 and "må ikke være negativ" in danish.stderr
    assert _rows(db_url) == [("fridge", None, None)]
    usage = cli("--db", db_url, "location", "storage", "RH-APO", "--capacity-packs", "3")
    assert usage.returncode == 2 and "--class" in usage.stderr
