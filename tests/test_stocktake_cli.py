"""``pharmacy-app stocktake`` end to end with real count files, on SQLite and PostgreSQL:
start prints the id last, count reads a Danish CSV, post writes the adjustments, list and
show print the counts; a bad file is refused whole, naming row and field, with nothing
written and exit code 1."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from pypdf import PdfReader

from pharmacy_app.cli.parser import parse_args, run
from pharmacy_app.domain.stocktake import Thresholds
from pharmacy_app.importers import stocktake_count
from pharmacy_app.services import queries, stocktake
from pharmacy_app.services.app import App
from tests.helpers import balance, pdftext, set_home, table_digest
from tests.paperlog import Clock, PaperLog

LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses, 6 per vial
2026-11-02 receive 123456 FL2026A exp 2027-02-28 3 packs ref FS-2  // 30 syringes
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
"""
AFTER = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(LOG)
    set_home(app)
    clock.set(AFTER)
    return paper


def cli(db_url: str, *args: str, user: str = "anna") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(AFTER, tick=False):
        code = run(parse_args(["--db", db_url, "--user", user, *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_count_post_list_and_show_from_the_command_line(
    db_url: str, app: App, log: PaperLog, tmp_path: Path
) -> None:
    code, out, err = cli(db_url, "stocktake", "start", "--location", "RH-APO", "--blind")
    assert code == 0, err
    sid = int(out.split()[-1])
    assert "2 lots to count at RH-APO, blind" in out
    stocktake.save_approval_thresholds(app, Thresholds(doses=5, kroner=5000))
    # Bo counts blind: no reasons, he sees no differences.
    counts = write(tmp_path / "optælling.csv", (
        "Varenummer;Batch;Optalt;Optøet;Årsag;Bemærkning\n"
        "412345;FX1234;9;;;\n"
        "123456;FL2026A;32;;;\n"
    ), encoding="utf-8-sig")  # fmt: skip
    code, out, err = cli(db_url, "stocktake", "count", str(sid), str(counts), user="bo")
    assert code == 0, err
    assert "2 of 2 lots counted (0 still to count)" in out
    code, out, _ = cli(db_url, "stocktake", "show", str(sid))
    assert "hidden" in out and "-6" not in out
    code, out, err = cli(db_url, "stocktake", "post", str(sid))
    assert code == 1 and "differs from the ledger by -6 doses; give a reason" in err
    # Carl reviews the differences and gives the reasons, without counting again.
    code, out, _ = cli(db_url, "--lang", "da", "stocktake", "show", str(sid), "--reveal")
    assert "-6" in out and "hidden" not in out
    reasons = write(tmp_path / "årsager.csv", (
        "Varenummer;Batch;Optalt;Årsag;Bemærkning\n"
        "412345;FX1234;;BRUD_FUNDET;\n"
        "123456;FL2026A;;ANDET;to sprøjter fundet i returkassen\n"
    ))  # fmt: skip
    code, out, err = cli(db_url, "stocktake", "count", str(sid), str(reasons), user="carl")
    assert code == 0, err
    code, out, _ = cli(db_url, "--lang", "da", "stocktake", "show", str(sid), "--reveal")
    assert "Brud fundet" in out and "Andet to sprøjter fundet i returkassen" in out
    code, out, err = cli(db_url, "stocktake", "post", str(sid))
    assert code == 1 and "a second person must approve" in err
    code, out, err = cli(db_url, "stocktake", "post", str(sid), "--approved-by", "carl")
    assert code == 0, err
    assert out.strip() == f"stocktake {sid} posted: 2 adjustments, net -4 doses, approved by carl"
    assert balance(app, "RH-APO", log.lots["FX1234"]) == 54
    assert balance(app, "RH-APO", log.lots["FL2026A"]) == 32
    view = stocktake.view(app, sid)
    assert {x.counted_by for x in view.lines} == {"bo"} and view.posted_by == "anna"
    code, out, _ = cli(db_url, "stocktake", "list")
    assert code == 0
    [row] = [r for r in out.splitlines() if r.split()[0] == str(sid)]
    assert "posted" in row and "2/2" in row and "yes" in row
    code, out, _ = cli(db_url, "check", "--full")
    assert code == 0 and out.startswith("OK")


def test_cancel_and_a_refusal_exit_1_with_nothing_written(
    db_url: str, app: App, log: PaperLog
) -> None:
    code, out, _ = cli(db_url, "stocktake", "start", "--location", "VC-HER", "--programme", "covid-19")
    sid = int(out.split()[-1])
    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    code, out, err = cli(db_url, "stocktake", "start", "--location", "VC-HER")
    assert (code, out) == (1, "")
    assert f"Stocktake {sid} at Vaccinationscenter Herlev" in err
    code, out, err = cli(db_url, "--lang", "da", "stocktake", "post", str(sid))
    assert (code, out) == (1, "")
    assert "ikke optalt endnu (412345 FX1234)" in err
    code, out, err = cli(db_url, "stocktake", "start", "--location", "SSI")
    assert code == 1 and "holds no stock of its own" in err
    assert table_digest(app) == before
    code, out, err = cli(db_url, "stocktake", "cancel", str(sid))
    assert code == 0 and out.strip() == f"stocktake {sid} cancelled"


BAD_FILES = [
    (
        "Varenummer;Batch;Optalt\n412345;FX1234;9\n412345;fx1234;8\n",
        ["Row 3: 412345 batch fx1234 is counted already in row 2; give each lot one row."],
    ),
    (
        "Varenummer;Batch;Optalt;Optøet\n412345;FX1234;9,5;\n123456;FL2026A;;\n412345;FX1234;1;31-02-2026\n",
        [
            "Row 2, Optalt: '9,5' is not a whole number.",
            "Row 3, Optalt: must be filled in.",
            "Row 4, Optøet: '31-02-2026' is not a date (dd-mm-yyyy).",
        ],
    ),
    ("Varenummer;Batch\n412345;FX1234\n", ["Row 1: the column Optalt is missing (found: Varenummer, Batch)."]),
    ("Varenummer;Batch;Optalt\n412345;FX1234;9;x\n", ["optælling.csv, row 2: 4 fields where the header (row 1) has 3"]),
    ("Varenummer;Batch;Optalt\n412345;FX1234;-2\n", ["Row 2, Optalt: '-2' is below 0."]),
    ("Varenummer;Batch;Optalt\n", ["optælling.csv has a header but no counted lots."]),
    # Read, then refused by the service, naming row and field.
    (
        "Varenummer;Batch;Optalt;Årsag\n999999;FX1234;9;\n412345;NOPE;1;\n123456;FL2026A;30;GLEMT\n",
        [
            "Row 2, Varenummer: item number 999999 is not a product in the catalogue.",
            "Row 3, Batch: batch NOPE of Comirnaty",
            "Row 4, Årsag: 'GLEMT' is not a stocktake reason; use one of TAELLEFEJL,",
        ],
    ),
]


@pytest.mark.parametrize(("text", "messages"), BAD_FILES)
def test_a_bad_count_file_is_refused_whole_naming_row_and_field(
    db_url: str, app: App, log: PaperLog, tmp_path: Path, text: str, messages: list[str]
) -> None:
    sid = stocktake.start(app, "RH-APO")
    path = write(tmp_path / "optælling.csv", text)
    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    code, out, err = cli(db_url, "stocktake", "count", str(sid), str(path))
    assert (code, out) == (1, "")
    for message in messages:
        assert message in err, err
    assert table_digest(app) == before


def test_the_count_file_reads_danish_numbers_thaw_dates_and_other_header_spellings(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "t.csv", (
        "varenr ; BATCH ; antal ; Optoet ; aarsag ; tekst\n"
        "412345;FX1234;1.200;05-11-2026;svind;\n"
    ), encoding="cp1252")  # fmt: skip
    parsed = stocktake_count.parse(path)
    assert parsed.problems == ()
    [row] = parsed.rows
    assert (row.row, row.varenummer, row.batch, row.units) == (2, "412345", "FX1234", 1200)
    assert (row.thawed_on, row.reason_code) == (datetime(2026, 11, 5).date(), "SVIND")


def test_sheet_and_report_are_written_as_pdfs(
    db_url: str, app: App, log: PaperLog, tmp_path: Path
) -> None:
    code, out, _ = cli(db_url, "stocktake", "start", "--location", "RH-APO", "--blind")
    sid = int(out.split()[-1])
    sheet = tmp_path / "ark" / "optælling.pdf"
    code, out, err = cli(db_url, "stocktake", "sheet", str(sid), "--out", str(sheet))
    assert code == 0, err
    assert out.strip() == f"stocktake sheet {sid} written to {sheet}"
    text = pdftext(sheet)
    assert "Optællingsliste" in text and "Optælling nr." in text and "Hele lageret" in text
    assert "FX1234" in text and "FL2026A" in text
    assert "Blindtælling" in text
    # Blind: no expected column, and each lot's row ends with its unit (blank boxes after).
    assert "Forventet" not in text
    rows = [row.rstrip() for row in text.splitlines() if "FX1234" in row or "FL2026A" in row]
    assert len(rows) == 2 and all(re.search(r"(hætteglas|sprøjter)$", row) for row in rows), rows
    assert "anna" in text, "the imprint names who printed it"
    assert len(PdfReader(sheet).pages) >= 1

    counts = write(tmp_path / "c.csv", "Varenummer;Batch;Optalt;Årsag\n412345;FX1234;9;SVIND\n123456;FL2026A;30;\n")
    assert cli(db_url, "stocktake", "count", str(sid), str(counts))[0] == 0
    assert cli(db_url, "stocktake", "post", str(sid))[0] == 0
    report = tmp_path / "report.pdf"
    code, out, err = cli(db_url, "stocktake", "report", str(sid), "--out", str(report), "--lang", "en")
    assert code == 0, err
    text = pdftext(report)
    assert "Stocktake report" in text and "Posted" in text
    [fx] = [row for row in text.splitlines() if "FX1234" in row]
    assert "60" in fx and "54" in fx and f"{chr(0x2212)}6" in fx and "Loss" in fx, fx
    code, out, err = cli(db_url, "stocktake", "report", "999", "--out", str(tmp_path / "none.pdf"))
    assert code == 1 and "999" in err and not (tmp_path / "none.pdf").exists()
