"""Data logger files: the columns found by name, Danish and ISO times and numbers, the
excursions found (one crossing midnight is one), a bad row named, the summer-time
change, and an import that holds the place's lots with the readings kept as evidence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.excursions import Reading, detect, evidence
from pharmacy_app.importers.logger_csv import parse_logger_csv, read_logger_csv
from pharmacy_app.services import excursion_views, excursions, stock
from pharmacy_app.services.app import App
from tests.helpers import home_log
from tests.paperlog import Clock

ISO_FILE = """Timestamp,Temperature (°C),Alarm
2026-10-31T21:00:00,5.0,
2026-10-31T22:00:00,8.4,HIGH
2026-10-31T23:00:00,11.2,HIGH
2026-11-01T00:00:00,9.0,HIGH
2026-11-01T01:00:00,6.1,
2026-11-01T02:00:00,5.2,
"""

DANISH_FILE = """Logger: Køleskab 1 (SN 4471);;
Eksporteret 02-11-2026 08:00;;
Dato og tid;Temperatur (°C);Bemærkning
31-10-2026 20:00:00;4,8;
31-10-2026 23:45:00;9,5;
01-11-2026 00:15:00;10,1;
01-11-2026 00:45:00;7,9;
01-11-2026 06:00:00;1,4;
01-11-2026 06:30:00;-0,5;
01-11-2026 07:00:00;3,2;
"""


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_an_excursion_over_midnight_is_one_with_its_lowest_and_highest() -> None:
    logger = parse_logger_csv(ISO_FILE.encode(), "fridge.csv")
    assert (logger.time_column, logger.temperature_column) == ("Timestamp", "Temperature (°C)")
    (found,) = detect(logger.readings, (2.0, 8.0))
    # Copenhagen is UTC+1 on 31 October 2026 (summer time ended on the 25th).
    assert (found.start, found.end) == (_utc(2026, 10, 31, 21), _utc(2026, 10, 31, 23))
    assert (found.lowest, found.highest, len(found.readings)) == (8.4, 11.2, 3)
    kept = evidence(logger.readings, found, margin=1)
    assert [r.celsius for r in kept] == [5.0, 8.4, 11.2, 9.0, 6.1]


def test_a_danish_file_with_semicolons_and_decimal_commas() -> None:
    logger = parse_logger_csv(DANISH_FILE.encode("cp1252"), "køleskab.csv")
    assert logger.temperature_column == "Temperatur (°C)" and len(logger.readings) == 7
    warm, cold = detect(logger.readings, (2.0, 8.0))
    assert (warm.start, warm.end, warm.highest) == (_utc(2026, 10, 31, 22, 45), _utc(2026, 10, 31, 23, 15), 10.1)
    assert (cold.start, cold.end, cold.lowest, cold.highest) == (
        _utc(2026, 11, 1, 5), _utc(2026, 11, 1, 5, 30), -0.5, 1.4,
    )  # fmt: skip


def test_separate_date_and_time_columns_and_the_repeated_hour_in_october() -> None:
    text = "Dato,Tid,Temp\n25.10.2026,02:30,5\n25.10.2026,02:45,12\n25.10.2026,02:15,13\n25.10.2026,03:00,6\n"
    logger = parse_logger_csv(text.encode(), "x.csv")
    # 02:15 after 02:45 is the second 02:15 (UTC+1 again), so the series stays in order.
    assert [r.at for r in logger.readings] == [
        _utc(2026, 10, 25, 0, 30), _utc(2026, 10, 25, 0, 45), _utc(2026, 10, 25, 1, 15), _utc(2026, 10, 25, 2),
    ]  # fmt: skip


def test_bad_rows_are_named_and_nothing_is_read() -> None:
    text = "Tid;Temperatur\n01-11-2026 10:00;5,0\n01-11-2026 10:05;varm\n32-11-2026 10:10;5,1\n01-11-2026 10:15;\n"
    with pytest.raises(DomainError) as err:
        parse_logger_csv(text.encode(), "bad.csv")
    texts = [p.text("da") for p in err.value.problems]
    assert texts[0] == "Række 3, kolonne Temperatur: 'varm' er ikke en temperatur i °C."
    assert texts[1].startswith("Række 4, kolonne Tid: '32-11-2026 10:10' er ikke et tidspunkt")
    assert len(texts) == 2  # the empty temperature on row 5 is a missing reading
    with pytest.raises(DomainError) as missing:
        parse_logger_csv(b"Time;Humidity\n2026-11-01 10:00;40\n", "rh.csv")
    assert missing.value.code == "logger_column_missing" and "rh.csv" in missing.value.text("en")


def test_importing_a_logger_file_holds_the_lots_with_the_readings_as_evidence(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    log = home_log(app, clock, """
        2026-10-01 receive 123456 FL1 exp 2027-06-30 10 packs
        2026-10-01 site VC-HER central "Vaccinationscenter Herlev"
        2026-10-02 transfer FL1 RH-APO -> VC-HER 30
    """)  # fmt: skip
    path = tmp_path / "køleskab.csv"
    path.write_bytes(DANISH_FILE.encode("utf-8"))
    seen = excursions.detect_in_file(app, location_code="VC-HER", path=path)
    assert (seen.storage_class.value, seen.limits, len(seen.intervals)) == ("fridge", (2.0, 8.0), 2)
    assert excursion_views.excursions(app) == []  # nothing saved by looking
    done = excursions.import_logger(app, location_code="VC-HER", path=path)
    assert [d.lots_held for d in done] == [1, 1]
    rows = excursion_views.excursions(app, "VC-HER")
    assert {(r.source, r.file_name, r.lowest, r.highest) for r in rows} == {
        ("logger", "køleskab.csv", 9.5, 10.1), ("logger", "køleskab.csv", -0.5, 1.4),
    }  # fmt: skip
    detail = excursion_views.excursion(app, rows[-1].excursion_id)
    assert Reading(_utc(2026, 10, 31, 22, 45), 9.5) in detail.readings and len(detail.readings) == 7
    with pytest.raises(DomainError):
        stock.administer(app, lot_id=log.lots["FL1"], site_code="VC-HER", doses=1)
    assert read_logger_csv(path).file == "køleskab.csv"
