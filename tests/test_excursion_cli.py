"""``excursion`` on the command line: record, import, list, decide each way, report;
bad input exits 1 with the reason on stderr and writes nothing; the report read back."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import time_machine

from pharmacy_app.cli.parser import parse_args, run
from pharmacy_app.services import excursion_views
from pharmacy_app.services.app import App
from tests.helpers import balance, home_log, pdftext, table_digest
from tests.paperlog import Clock
from tests.test_logger_import import DANISH_FILE

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
LOG = """
2026-10-01 receive 123456 FL1 exp 2027-06-30 10 packs
2026-10-01 receive 412345 FX1 exp 2027-06-30 2 packs
2026-10-01 receive 123457 IV1 exp 2027-06-30 5 packs
2026-10-01 site VC-HER central "Vaccinationscenter Herlev"
2026-10-02 transfer FL1 RH-APO -> VC-HER 30
2026-10-02 transfer FX1 RH-APO -> VC-HER 60
2026-10-02 transfer IV1 RH-APO -> VC-HER 20
"""


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(NOW, tick=False):
        code = run(parse_args(["--db", db_url, "--user", "cli", *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_excursions_on_the_command_line(app: App, clock: Clock, db_url: str, tmp_path: Path) -> None:
    log = home_log(app, clock, LOG)
    before = table_digest(app)
    for bad, says in (
        (["--from", "01-11-2026 22:00", "--to", "i morgen", "--min", "3", "--max", "12"], "--to: 'i morgen'"),
        (["--from", "01-11-2026 22:00", "--to", "02-11-2026 03:00", "--min", "kold", "--max", "12"], "--min"),
        (["--from", "01-11-2026 22:00", "--to", "02-11-2026 03:00", "--min", "3", "--max", "7,5"], "2–8 °C"),
    ):
        code, _out, err = cli(db_url, "excursion", "record", "--location", "VC-HER", *bad)
        assert code == 1 and says in err, err
    logger = tmp_path / "herlev.csv"
    logger.write_text("Tid;Temperatur\n01-11-2026 10:00;5,0\n01-11-2026 10:05;varm\n", encoding="utf-8")
    code, _out, err = cli(db_url, "excursion", "import", "--location", "VC-HER", str(logger))
    assert code == 1 and "Row 3, column Temperatur" in err
    assert table_digest(app) == before  # nothing written by any of them

    code, out, err = cli(db_url, "excursion", "record", "--location", "VC-HER", "--from", "01-11-2026 22:00",
                         "--to", "02-11-2026 03:00", "--min", "3", "--max", "12,5")  # fmt: skip
    assert code == 0 and out.strip() == "excursion 1 recorded at VC-HER: 3 lot(s) held", err
    logger.write_text(DANISH_FILE, encoding="utf-8")
    code, out, err = cli(db_url, "excursion", "import", "--location", "VC-HER", str(logger))
    assert code == 0 and out.count("recorded at VC-HER") == 2, err
    code, out, _err = cli(db_url, "excursion", "list", "--location", "VC-HER")
    assert code == 0 and len(out.strip().splitlines()) == 4 and "herlev.csv" in out
    code, out, _err = cli(db_url, "stock")
    held_fl1 = [line for line in out.splitlines() if line.startswith("VC-HER") and " FL1 " in line]
    assert code == 0 and held_fl1 and all(line.rstrip().endswith("excursion #1") for line in held_fl1)

    code, out, err = cli(db_url, "excursion", "decide", "1", "--lot-batch", "FL1", "--varenummer", "123456",
                         "--release", "Logger fejlplaceret")  # fmt: skip
    assert code == 0 and "released (0 movement(s))" in out, err
    shorten = ("excursion", "decide", "1", "--lot-batch", "FX1", "--varenummer", "412345", "--use-by", "20-11-2026")
    # The logger's excursions hold the same stock: they are decided first.
    code, out, err = cli(db_url, *shorten)
    assert code == 1 and "held after temperature excursion #3" in err
    for other in ("2", "3"):
        code, out, err = cli(db_url, "excursion", "decide", other, "--lot-batch", "FX1", "--varenummer", "412345",
                             "--release", "Afgjort under udsving 1")  # fmt: skip
        assert code == 0, err
    code, out, err = cli(db_url, *shorten)
    assert code == 0 and "shortened (2 movement(s))" in out, err
    code, out, err = cli(db_url, "excursion", "decide", "1", "--lot-batch", "IV1", "--varenummer", "123457", "--discard")
    assert code == 0 and "discarded (1 movement(s))" in out, err
    assert balance(app, "VC-HER", log.lots["IV1"]) == 0 and balance(app, "VC-HER", log.lots["FX1"]) == 0
    code, _out, err = cli(db_url, "excursion", "decide", "1", "--lot-batch", "NOPE", "--varenummer", "123457", "--discard")
    assert code == 1 and "not held by temperature excursion #1" in err
    code, _out, err = cli(db_url, "excursion", "decide", "1", "--lot-batch", "IV1", "--varenummer", "123457", "--discard")
    assert code == 1 and "already decided" in err

    pdf = tmp_path / "udsving.pdf"
    code, out, err = cli(db_url, "excursion", "report", "1", "--out", str(pdf))
    assert code == 0, err
    text = pdftext(pdf)
    for expected in ("Temperaturudsving", "Rapport nr. 1", "Vaccinationscenter Herlev", "(VC-HER)", "Køleskab (2–8 °C)",
                     "01-11-2026 22:00", "02-11-2026 03:00", "12,5 °C", "Indtastet manuelt", "FL1", "Frigivet",
                     "Logger fejlplaceret", "Holdbarhed forkortet", "20-11-2026", "Kasseret", "(TEMPERATURSVIGT)"):  # fmt: skip
        assert expected in text, expected
    code, out, err = cli(db_url, "excursion", "report", "3", "--out", str(pdf), "--lang", "en")
    assert code == 0, err
    text = pdftext(pdf)
    assert "Logger file herlev.csv" in text and "The logger's readings" in text and "-0.5" in text
    assert "Not decided – held" in text
    assert [r.undecided for r in excursion_views.excursions(app, "VC-HER")] == [0, 2, 2]  # newest start first
