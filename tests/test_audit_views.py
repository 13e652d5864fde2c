"""The audit list on SQLite and PostgreSQL: movements and activity entries together,
newest first, filtered by user, period, lot, location and kind, paged without gaps or
repeats, and exported to .xlsx and .csv (read back); ``audit list`` on the command line."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import audit_views as av
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import Settings, read_settings, save_settings
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

BASE = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses
2026-11-02 receive 123456 FL2026A exp 2027-05-31 5 packs ref FS-1  // 50 doses
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-03 transfer FL2026A RH-APO -> VC-HER 20
2026-11-04 give FX1234 VC-HER 5
2026-11-05 give FL2026A VC-HER 2
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(BASE)
    settings = read_settings(app)
    save_settings(app, Settings(backdate_window_days=10, home_location_code=settings.home_location_code))
    return paper


def _all(app: App, flt: av.AuditFilter, page: int = 2) -> list[av.AuditRow]:
    return list(av.iter_audit(app, flt, page=page))


def test_everything_newest_first_paged_without_gaps_or_repeats(app: App, log: PaperLog) -> None:
    rows = _all(app, av.AuditFilter(), page=2)
    whole = av.audit_page(app, av.AuditFilter(), limit=1000).rows
    assert rows == whole
    assert [r.key for r in rows] == sorted((r.key for r in rows), reverse=True)
    tables = {r.table for r in rows}
    assert tables == {"movement", "activity"}
    assert sum(r.table == "movement" for r in rows) == 6
    newest_movement = next(r for r in rows if r.table == "movement")
    assert newest_movement.kind == "administer" and newest_movement.doses == 2
    assert newest_movement.change == "VC-HER → ADMINISTERED" and "FL2026A" in newest_movement.subject
    setting = next(r for r in rows if r.kind == "setting" and r.subject == "backdate_window_days")
    assert setting.change == "14 → 10" and setting.user == "tester" and setting.doses is None


def test_the_filters(app: App, log: PaperLog) -> None:
    by_lot = _all(app, av.AuditFilter(batch="fl2026"))
    assert by_lot and all("FL2026A" in r.subject for r in by_lot)
    at_site = _all(app, av.AuditFilter(location="VC-HER", kind="movement"))
    assert len(at_site) == 4 and all("VC-HER" in r.change for r in at_site)
    given = _all(app, av.AuditFilter(kind="administer"))
    assert [r.doses for r in given] == [2, 5]
    settings = _all(app, av.AuditFilter(kind="setting"))
    assert settings and {r.table for r in settings} == {"activity"}
    day = _all(app, av.AuditFilter(start=date(2026, 11, 4), end=date(2026, 11, 4), kind="movement"))
    assert [(r.kind, r.doses) for r in day] == [("administer", 5)]
    assert _all(app, av.AuditFilter(user="nobody")) == []
    assert len(_all(app, av.AuditFilter(user="tester"))) == len(_all(app, av.AuditFilter()))
    with pytest.raises(DomainError) as info:
        av.audit_page(app, av.AuditFilter(start=date(2026, 11, 5), end=date(2026, 11, 4)))
    assert info.value.code == "audit_period_invalid"


def test_export_to_xlsx_and_csv_reads_back(app: App, log: PaperLog, tmp_path: Path) -> None:
    flt = av.AuditFilter(batch="FX1234")
    expected = _all(app, flt)
    n = av.export_audit(app, tmp_path / "audit.xlsx", flt)
    assert n == len(expected) == 3
    sheet = openpyxl.load_workbook(tmp_path / "audit.xlsx").active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "time (Danish time)" and values[0][1] == "table"
    assert [row[2] for row in values[1:]] == [r.id for r in expected]
    assert values[1][5] == "administer" and values[1][8] == 5
    assert av.export_audit(app, tmp_path / "audit.csv", flt) == 3
    with open(tmp_path / "audit.csv", encoding="utf-8", newline="") as fh:
        read = list(csv.reader(fh))
    assert read[0][0] == "time (Danish time)" and len(read) == 4 and read[1][5] == "administer"
    with pytest.raises(DomainError) as info:
        av.export_audit(app, tmp_path / "audit.pdf", flt)
    assert info.value.code == "audit_export_format"


def test_audit_list_on_the_command_line(app: App, log: PaperLog, db_url: str, tmp_path: Path) -> None:
    shown = cli("--db", db_url, "audit", "list", "--lot", "FX1234", "--kind", "administer")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("time") and len(lines) == 2
    assert lines[1].startswith("04-11-2026 ") and "VC-HER → ADMINISTERED" in lines[1]
    out = tmp_path / "a.csv"
    written = cli("--db", db_url, "audit", "list", "--from", "03-11-2026", "--to", "2026-11-03", "--out", str(out))
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith("2 audit rows written")
    bad = cli("--db", db_url, "audit", "list", "--from", "05-11-2026", "--to", "04-11-2026")
    assert bad.returncode == 1
