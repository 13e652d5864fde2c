"""Recording consumption and importing consumption sheets, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.importers import consumption_sheet
from pharmacy_app.services import consumption, queries, reference, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption import ConsumptionEntry as E
from tests.conftest import START
from tests.paperlog import Clock, PaperLog

# A busy centre: 600 doses of Comirnaty and 100 flu syringes, a week before "today"
# (Monday 2 November 2026, 09:00 UTC).
STOCKED = """
2026-10-20 receive 412345 FX1234 exp 2027-03-31 10 packs ref FS-1   // 600 doses, 6 per vial
2026-10-20 receive 123456 FL2026A exp 2027-05-31 10 packs ref FS-1  // 100 syringes
2026-10-20 receive 412345 OLD999 exp 2026-10-28 1 packs ref FS-2    // expires mid-week
2026-10-20 site VC-HER central "Vaccinationscenter Herlev"
2026-10-20 site DC-FRB decentral "Sundhedshus Frederiksberg"
2026-10-21 transfer FX1234 RH-APO -> VC-HER 300
2026-10-21 transfer FL2026A RH-APO -> VC-HER 60
2026-10-21 transfer OLD999 RH-APO -> VC-HER 60
2026-10-21 transfer FX1234 RH-APO -> DC-FRB 54
"""
WEEK = [date(2026, 10, 26) + timedelta(days=i) for i in range(7)]


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    paper = PaperLog(app, clock)
    paper.run(STOCKED)
    clock.set(START)
    return paper


def ledger_state(app: App) -> tuple[int, list[tuple[object, ...]]]:
    with app.db.read() as s:
        movements = s.execute(sa.text("select count(*) from movement")).scalar_one()
        balances = s.execute(
            sa.text("select location_id, lot_id, doses from stock_balance order by 1, 2")
        ).all()
    return movements, [tuple(b) for b in balances]


def refused(app: App, action) -> DomainError:
    before = ledger_state(app)
    with pytest.raises(DomainError) as info:
        action()
    assert ledger_state(app) == before, "a refused action wrote something"
    assert info.value.text("en") and info.value.text("da")
    return info.value


def on_hand(app: App, location: str, batch: str) -> int:
    rows = queries.stock_rows(app, queries.StockFilter(text=batch))
    return sum(r.doses for r in rows if r.location_code == location and r.batch == batch)


def codes(err: DomainError) -> list[tuple[str, object, object]]:
    return [
        (p.code, p.params.get("row"), p.params.get("field", p.params.get("column")))
        for p in err.problems
    ]


# --------------------------------------------------------------------------- recording


def test_a_week_is_recorded_in_one_call(app: App, log: PaperLog) -> None:
    fx, fl = log.lots["FX1234"], log.lots["FL2026A"]
    entries = [E("VC-HER", day, fx, 30 + i) for i, day in enumerate(WEEK)]
    entries += [E("VC-HER", day, fl, 5, "65+") for day in WEEK[:5]]
    before, _ = ledger_state(app)
    result = consumption.record(app, entries)

    assert result.entries == 12
    assert result.doses == sum(30 + i for i in range(7)) + 25
    assert result.sites == ("VC-HER",)
    assert (result.first_day, result.last_day) == (WEEK[0], WEEK[-1])
    assert ledger_state(app)[0] == before + 12
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 231
    assert on_hand(app, "VC-HER", "FL2026A") == 60 - 25
    assert "256 doses given at VC-HER, 2026-10-26 – 2026-11-01" in result.summary()
    assert "256 doser givet på VC-HER, 26-10-2026 – 01-11-2026" in result.summary("da")
    assert "doser givet på VC-HER" in result.summary("da")

    info = queries.lot_history(app, fx)
    assert info is not None
    given = [h for h in info.history if h.kind == "administer"]
    assert len(given) == 7
    # Noon in Copenhagen; the clocks went back on 25 October 2026, so it is 11:00 UTC.
    assert {h.occurred_at.time() for h in given} == {datetime(2026, 1, 1, 11, 0).time()}
    assert [h.occurred_at.date() for h in given] == WEEK
    assert given[0].reference == "FORBRUG VC-HER 2026-10-26"
    assert all(h.to_code == "ADMINISTERED" and h.user == "tester" for h in given)
    assert queries.check_ledger(app).ok


def test_today_before_noon_is_stamped_now_and_summer_time_is_respected(
    app: App, log: PaperLog, clock: Clock
) -> None:
    assert consumption.occurred_for(date(2026, 10, 23), START) == datetime(
        2026, 10, 23, 10, 0, tzinfo=UTC
    )
    assert consumption.occurred_for(START.date(), START) == START
    result = consumption.record(app, [E("VC-HER", START.date(), log.lots["FX1234"], 6)])
    info = queries.lot_history(app, log.lots["FX1234"])
    assert info is not None and info.history[-1].occurred_at == START
    assert result.first_day == START.date()


def test_target_groups_are_stored_and_summed(app: App, log: PaperLog) -> None:
    fx = log.lots["FX1234"]
    consumption.record(
        app,
        [
            E("VC-HER", WEEK[0], fx, 20, "65+"),
            E("VC-HER", WEEK[0], fx, 7, "Sundhedspersonale"),  # case is forgiven
            E("VC-HER", WEEK[1], fx, 12, "65+"),
            E("VC-HER", WEEK[1], fx, 3),
        ],
    )
    with app.db.read() as s:
        stored = s.execute(
            sa.text(
                "select target_group, sum(doses) from movement where kind = 'administer' "
                "group by target_group order by target_group"
            )
        ).all()
    assert sorted(stored, key=lambda r: str(r[0])) == sorted(
        [("65+", 32), ("sundhedspersonale", 7), (None, 3)], key=lambda r: str(r[0])
    )

    grid = consumption.week_grid(app, "VC-HER", WEEK[3])  # any day finds its Monday
    assert grid.week_start == WEEK[0] and grid.days == tuple(WEEK)
    row = next(r for r in grid.rows if r.batch == "FX1234")
    assert row.on_hand == 300 - 42
    assert row.recorded_on(WEEK[0]) == 27
    assert row.recorded_on(WEEK[0], "65+", any_group=False) == 20
    assert row.recorded_on(WEEK[1], None, any_group=False) == 3
    # Ordered by product, then use-by: the expired OLD999 is still there, it is still held.
    assert [r.batch for r in grid.rows] == ["OLD999", "FX1234", "FL2026A"]
    assert grid.target_groups[0] == "65+"
    assert grid.is_open(WEEK[0]) and not grid.is_open(START.date() + timedelta(days=1))

    rows = consumption.consumption_rows(app, WEEK[0], WEEK[6], site="VC-HER")
    assert sum(r.doses for r in rows) == 42
    assert {r.target_group for r in rows} == {"65+", "sundhedspersonale", None}
    assert consumption.consumption_rows(app, WEEK[2], WEEK[6]) == []


def test_a_reversed_entry_is_no_longer_counted(app: App, log: PaperLog) -> None:
    result = consumption.record(app, [E("VC-HER", WEEK[0], log.lots["FX1234"], 10)])
    stock.reverse(app, movement_id=result.movement_ids[0])
    grid = consumption.week_grid(app, "VC-HER", WEEK[0])
    assert next(r for r in grid.rows if r.batch == "FX1234").recorded_on(WEEK[0]) == 0
    assert consumption.consumption_rows(app, WEEK[0], WEEK[6]) == []


def test_every_problem_is_reported_at_once_and_nothing_is_written(app: App, log: PaperLog) -> None:
    fx, old = log.lots["FX1234"], log.lots["OLD999"]
    err = refused(
        app,
        lambda: consumption.record(
            app,
            [
                E("VC-HER", WEEK[0], fx, 10),  # fine on its own
                E("VC-XXX", WEEK[0], fx, 1),
                E("VC-HER", WEEK[0], 999_999, 1),
                E("VC-HER", WEEK[0], fx, 0),
                E("VC-HER", WEEK[0], fx, -3),
                E("VC-HER", WEEK[0], fx, 2, "teenagere"),
                E("VC-HER", START.date() + timedelta(days=1), fx, 1),
                E("VC-HER", date(2026, 10, 1), fx, 1),
                E("VC-HER", WEEK[3], old, 6),  # used by 28 October; this is the 29th
                E("DC-FRB", WEEK[0], log.lots["FL2026A"], 1),  # never had flu vaccine
                E("ADMINISTERED", WEEK[0], fx, 1),
            ],
        ),
    )
    found = codes(err)
    assert ("consumption_site_unknown", 2, "site_code") in found
    assert ("consumption_lot_unknown", 3, "lot_id") in found
    assert ("consumption_doses_invalid", 4, "doses") in found
    assert ("consumption_doses_invalid", 5, "doses") in found
    assert ("consumption_target_group_unknown", 6, "target_group") in found
    assert ("consumption_day_in_future", 7, "day") in found
    assert ("consumption_day_too_old", 8, "day") in found
    assert ("consumption_lot_expired", 9, "lot_id") in found
    assert ("consumption_lot_not_at_site", 10, "lot_id") in found
    assert ("consumption_site_not_allowed", 11, "site_code") in found
    assert not any(row == 1 for _c, row, _f in found)
    text = err.text("en")
    assert "Row 8, day: 2026-10-01 is more than 14 days ago" in text
    assert "could be used until 2026-10-28 and cannot have been given on 2026-10-29" in text
    assert "'teenagere' is not in the catalogue (use one of: 65+, 70+" in text
    assert "Række 2, site_code: stedet VC-XXX kendes ikke." in err.text("da")


def test_giving_more_than_the_site_holds_is_refused_with_the_numbers(
    app: App, log: PaperLog
) -> None:
    fx = log.lots["FX1234"]
    err = refused(app, lambda: consumption.record(app, [E("DC-FRB", WEEK[2], fx, 60)]))
    assert err.code == "consumption_over_stock"
    assert err.text("en") == (
        "Sundhedshus Frederiksberg holds 54 doses of FX1234 on 2026-10-28; 60 were entered (row 1)."
    )
    assert "har 54 doser af FX1234 den 28-10-2026; der er indtastet 60" in err.text("da")

    # Across a week: the batch is added up day by day; the first day that runs short is named.
    entries = [E("VC-HER", day, fx, 50) for day in WEEK]  # 350 > 300
    entries.append(E("VC-HER", WEEK[5], fx, 1, "65+"))
    err = refused(app, lambda: consumption.record(app, entries))
    (problem,) = err.problems
    assert problem.params["day"] == date(2026, 10, 31)
    assert problem.params["on_hand"] == 50
    assert problem.params["entered"] == 51
    assert problem.params["rows"] == "6, 8"


def test_a_back_dated_entry_may_not_take_what_later_movements_needed(
    app: App, log: PaperLog, clock: Clock
) -> None:
    fx = log.lots["FX1234"]
    # Today DC-FRB gives 50 of its 54: on Monday last week only 4 could still be spare.
    consumption.record(app, [E("DC-FRB", START.date(), fx, 50)])
    err = refused(app, lambda: consumption.record(app, [E("DC-FRB", WEEK[0], fx, 5)]))
    assert err.problems[0].params["on_hand"] == 4
    consumption.record(app, [E("DC-FRB", WEEK[0], fx, 4)])
    assert on_hand(app, "DC-FRB", "FX1234") == 0
    assert queries.check_ledger(app).ok


def test_an_empty_batch_is_refused(app: App, log: PaperLog) -> None:
    assert refused(app, lambda: consumption.record(app, [])).code == "consumption_empty"


# --------------------------------------------------------------------------- sheets

HEADER = ["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"]


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] | None = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Forbrug"
    if header is not None:
        ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_good_xlsx_sheet_is_recorded(app: App, log: PaperLog, tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "herlev-uge44.xlsx",
        [
            ["VC-HER", datetime(2026, 10, 26), 412345, "FX1234", "65+", 40],
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 35],
            ["VC-HER", date(2026, 10, 27), "123456", "FL2026A", "plejehjemsbeboere", 10.0],
            [None, None, None, None, None, None],  # blank rows are skipped
            ["DC-FRB", "2026-10-28", "412345", "FX1234", None, "12"],
        ],
    )
    result = consumption.import_sheet(app, sheet)
    assert (result.entries, result.doses) == (4, 97)
    assert result.sites == ("DC-FRB", "VC-HER")
    assert on_hand(app, "VC-HER", "FX1234") == 225
    assert on_hand(app, "DC-FRB", "FX1234") == 42
    rows = consumption.consumption_rows(app, WEEK[0], WEEK[6])
    assert [(r.day, r.site_code, r.batch, r.target_group, r.doses) for r in rows] == [
        (WEEK[0], "VC-HER", "FX1234", "65+", 40),
        (WEEK[1], "VC-HER", "FX1234", None, 35),
        (WEEK[1], "VC-HER", "FL2026A", "plejehjemsbeboere", 10),
        (WEEK[2], "DC-FRB", "FX1234", None, 12),
    ]


def test_a_danish_csv_sheet_in_windows_1252_is_recorded(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "frb.csv",
        [
            ["DC-FRB", "26-10-2026", "412345", "FX1234", "børn 2-6 år", "6"],
            ["DC-FRB", "27.10.2026", "412345", "FX1234", "Øvrige", "1"],
        ],
        encoding="cp1252",
    )
    result = consumption.import_sheet(app, sheet)
    assert (result.entries, result.doses) == (2, 7)
    groups = {r.target_group for r in consumption.consumption_rows(app, WEEK[0], WEEK[6])}
    assert groups == {"børn 2-6 år", "øvrige"}


def test_a_thawed_part_is_found_by_item_number_and_batch(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    from pharmacy_app.services import receiving

    # Thawed at the pharmacy and sent on: the site's sheet names only item number and batch.
    receiving.thaw(app, lot_id=log.lots["FX1234"], location_code="RH-APO", doses=60)
    (thawed,) = [
        r
        for r in queries.stock_rows(app, queries.StockFilter(text="FX1234"))
        if r.location_code == "RH-APO" and r.thawed_on is not None
    ]
    stock.transfer(app, lot_id=thawed.lot_id, from_code="RH-APO", to_code="VC-HER", doses=60)
    sheet = write_xlsx(tmp_path / "t.xlsx", [["VC-HER", START.date(), "412345", "FX1234", "", 1]])
    consumption.import_sheet(app, sheet)
    info = queries.lot_history(app, thawed.lot_id)
    assert info is not None and info.history[-1].kind == "administer"
    assert on_hand(app, "VC-HER", "FX1234") == 300 + 59  # the frozen lot is untouched


def test_a_sheet_broken_in_every_way_names_each_row_and_column(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    sheet = write_xlsx(
        tmp_path / "broken.xlsx",
        [
            ["VC-HER", "26-10-2026", "412345", "FX1234", "", 10],  # row 2: fine
            ["VC-HER", "31-02-2026", "412345", "FX1234", "", 1],  # row 3: bad date
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", "ti"],  # row 4: text in numbers
            ["VC-XXX", "27-10-2026", "412345", "FX1234", "", 1],  # row 5: unknown site
            ["VC-HER", "27-10-2026", "999999", "FX1234", "", 1],  # row 6: unknown item
            ["VC-HER", "27-10-2026", "412345", "NOPE1", "", 1],  # row 7: unknown batch
            ["VC-HER", "27-10-2026", "412345", "FX1234", "teenagere", 1],  # row 8: target group
            ["VC-HER", "27-10-2026", "412345", "", "", 1],  # row 9: batch missing
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 0],  # row 10: zero doses
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 2.5],  # row 11: not whole
        ],
    )
    err = refused(app, lambda: consumption.import_sheet(app, sheet))
    assert sorted(codes(err), key=lambda c: c[1]) == [
        ("sheet_not_a_date", 3, "Dato"),
        ("sheet_not_a_whole_number", 4, "Givne doser"),
        ("consumption_site_unknown", 5, "Stedkode"),
        ("sheet_product_unknown", 6, "Varenummer"),
        ("sheet_batch_unknown", 7, "Batch"),
        ("consumption_target_group_unknown", 8, "Målgruppe"),
        ("sheet_value_required", 9, "Batch"),
        ("consumption_doses_invalid", 10, "Givne doser"),
        ("sheet_not_a_whole_number", 11, "Givne doser"),
    ]
    text = err.text("en")
    assert "Row 3, Dato: '31-02-2026' is not a date (dd-mm-yyyy)." in text
    assert "Row 4, Givne doser: 'ti' is not a whole number." in text
    assert "Row 6, Varenummer: item number 999999 is not a product in the catalogue." in text
    assert "Række 3, Dato: '31-02-2026' er ikke en dato (dd-mm-åååå)." in err.text("da")


def test_over_giving_in_a_sheet_names_the_rows(app: App, log: PaperLog, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "over.csv",
        [
            ["DC-FRB", "26-10-2026", "412345", "FX1234", "", "30"],
            ["DC-FRB", "27-10-2026", "412345", "FX1234", "65+", "20"],
            ["DC-FRB", "27-10-2026", "412345", "FX1234", "70+", "10"],
        ],
    )
    err = refused(app, lambda: consumption.import_sheet(app, sheet))
    assert err.text("en") == (
        "Sundhedshus Frederiksberg holds 24 doses of FX1234 on 2026-10-27; "
        "30 were entered (row 3, 4)."
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "sheet_empty"),
        (b"\n;;;\n", "sheet_empty"),
        ("Stedkode;Dato;Varenummer;Batch;Målgruppe;Givne doser\n".encode(), "sheet_no_rows"),
        (b"Sted;Dag;Vare\nVC-HER;26-10-2026;412345\n", "sheet_column_missing"),
        (b"PK\x03\x04 not really a workbook", "sheet_unreadable"),
    ],
)
def test_empty_header_only_and_unreadable_files(
    app: App, log: PaperLog, tmp_path: Path, content: bytes, code: str
) -> None:
    name = "x.xlsx" if content.startswith(b"PK") else "x.csv"
    path = tmp_path / name
    path.write_bytes(content)
    err = refused(app, lambda: consumption.import_sheet(app, path))
    assert err.code == code, err.text()
    if code == "sheet_column_missing":
        assert [p.params["column"] for p in err.problems] == [
            "Dato",
            "Varenummer",
            "Batch",
            "Givne doser",
        ]
        assert err.problems[0].params["row"] == 1


def test_an_empty_workbook_and_a_header_only_workbook(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    empty = write_xlsx(tmp_path / "empty.xlsx", [], header=None)
    assert refused(app, lambda: consumption.import_sheet(app, empty)).code == "sheet_empty"
    header_only = write_xlsx(tmp_path / "header.xlsx", [])
    assert refused(app, lambda: consumption.import_sheet(app, header_only)).code == "sheet_no_rows"


def test_headers_match_loosely_and_dates_in_several_spellings() -> None:
    assert consumption_sheet.normalise_header(" MÅLGRUPPE ") == "maalgruppe"
    assert consumption_sheet.normalise_header("Givne doser") == consumption_sheet.normalise_header(
        "givne  DOSER"
    )
    assert consumption_sheet.parse_date("4-11-2026") == date(2026, 11, 4)
    assert consumption_sheet.parse_date("04.11.2026") == date(2026, 11, 4)
    assert consumption_sheet.parse_date("2026-11-04") == date(2026, 11, 4)
    assert consumption_sheet.parse_date(46330) == date(2026, 11, 4)  # an Excel serial day
    assert consumption_sheet.parse_date("04-11-26") is None
    assert consumption_sheet.parse_int("1.200") == 1200
    assert consumption_sheet.parse_int("12") == 12
    assert consumption_sheet.parse_int("-3") == -3
    assert consumption_sheet.parse_int("1,5") is None
    assert consumption_sheet.parse_int("ti") is None
