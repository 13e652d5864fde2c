"""The national picture from hand-made regions' workbooks: totals are the regions' sums,
surplus goes earliest expiry first to the region with the fewest weeks of cover, in whole
packs and never more than it can use before expiry; wrong sets of files are refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pharmacy_app.domain import national as nat
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.reports import national_workbook
from pharmacy_app.services import national, rebalance
from pharmacy_app.services.app import App
from tests.helpers import give_storage, home_log
from tests.national_workbooks import Held, write_region
from tests.paperlog import Clock
from tests.test_rebalance import REBALANCE_LOG

NOV = "2026-11"
PCV = "345679"
COVID = "412345"


def _three(tmp_path: Path) -> list[Path]:
    # Nordjylland holds 3,000 doses of a lot used by 31-12-2026 and gives 70 a week
    # (300 in November): 320 are used before it expires, 2,680 would expire.
    north = write_region(
        tmp_path, "1081", NOV, {PCV: (300, [Held("N-EARLY", date(2026, 12, 31), 3000)])}
    )
    # Hovedstaden gives 2,100 a week (9,000 in November) and holds one week's worth:
    # the fewest weeks of cover.
    capital = write_region(
        tmp_path, "1084", NOV, {PCV: (9000, [Held("H-LATE", date(2027, 6, 30), 2100)])}
    )
    # Sjælland gives 700 a week and holds four weeks.
    zealand = write_region(
        tmp_path, "1085", NOV, {PCV: (3000, [Held("S-LATE", date(2027, 6, 30), 2800)])}
    )
    return [north, capital, zealand]


def test_totals_are_the_regions_sums(tmp_path: Path) -> None:
    regions = [national.read_region(p) for p in _three(tmp_path)]
    overview = nat.overview(regions)
    (total,) = overview.totals()
    lines = overview.lines
    for field in ("stock", "given", "wasted", "primo", "expiring", "will_expire"):
        assert getattr(total, field) == sum(getattr(x, field) for x in lines)
    assert total.stock == 3000 + 2100 + 2800
    assert total.given == 300 + 9000 + 3000
    capital = overview.region_lines("1084")[0]
    assert capital.weekly_rate == pytest.approx(9000 * 7 / 30)
    assert capital.weeks_of_cover == pytest.approx(2100 / (9000 * 7 / 30))
    assert capital.short and not overview.region_lines("1085")[0].short


def test_surplus_goes_to_the_region_with_fewest_weeks_of_cover(tmp_path: Path) -> None:
    overview = nat.overview([national.read_region(p) for p in _three(tmp_path)])
    north = overview.region_lines("1081")[0]
    # 32 days from 30-11 to 31-12 inclusive at 70 a week: 320 used, 2,680 expire.
    assert north.will_expire == 3000 - int(300 * 7 / 30 * 32 / 7)
    first = overview.proposals[0]
    assert (first.from_code, first.to_code, first.batch) == ("1081", "1084", "N-EARLY")
    assert first.doses % 10 == 0 and first.packs == first.doses // 10
    # Hovedstaden can use 2,100 a week for the 32 days to 31-12 (9,600 doses), its own
    # stock expires later: it can take all the surplus, in whole packs.
    assert first.doses == north.will_expire // 10 * 10
    assert sum(p.doses for p in overview.proposals) <= north.will_expire
    assert "Region Hovedstaden" in first.sentence("da") and "Region Nordjylland" in first.sentence(
        "en"
    )
    assert "ubrugt" in first.sentence("da") and "31-12-2026" in first.sentence("da")


def test_a_lot_that_expires_before_it_could_arrive_is_offered_to_no_one(
    tmp_path: Path,
) -> None:
    """The November reports are read on 30 December: Nordjylland's lot (use-by 31-12)
    would arrive on 1 January at the earliest, so no move is proposed, though the
    overview still shows what will expire.  Read on 10 December, it arrives on the 12th:
    Hovedstaden, using 2,100 a week, can use 6,000 doses in the 20 days to 31-12, more
    than the surplus: it takes all of it, in whole packs."""
    regions = [national.read_region(p) for p in _three(tmp_path)]
    late = nat.overview(regions, moving_from=date(2026, 12, 30))
    assert late.proposals == ()
    assert late.region_lines("1081")[0].will_expire > 0
    early = nat.overview(regions, moving_from=date(2026, 12, 10))
    north = early.region_lines("1081")[0]
    (move,) = early.proposals
    assert (move.from_code, move.to_code) == ("1081", "1084")
    assert move.doses == north.will_expire // 10 * 10


def test_a_receiver_never_gets_more_than_it_can_use_before_expiry() -> None:
    # The receiver gives 70 a week; the lot expires in 15 days: it can use 150 at most.
    early = date(2026, 12, 14)
    own = [(date(2027, 6, 30), 100)]
    take = nat.can_take(own, early, date(2026, 11, 30), 70.0, 10, 5000)
    assert take == 150
    # Its own stock expiring first is used first: 100 of its own by 10-12 leaves 50.
    assert (
        nat.can_take([(date(2026, 12, 10), 100)], early, date(2026, 11, 30), 70.0, 10, 5000) == 50
    )


def test_the_greedy_takes_the_earliest_expiry_first_and_splits_when_one_receiver_is_full(
    tmp_path: Path,
) -> None:
    a = write_region(tmp_path, "1081", NOV, {PCV: (0, [Held("A1", date(2026, 12, 20), 400)])})
    b = write_region(tmp_path, "1082", NOV, {PCV: (0, [Held("B1", date(2026, 12, 10), 400)])})
    # Two receivers: 1084 uses 140 a week, 1085 70 a week, neither holds any.
    c = write_region(tmp_path, "1084", NOV, {PCV: (600, [])})
    d = write_region(tmp_path, "1085", NOV, {PCV: (300, [])})
    overview = nat.overview([national.read_region(p) for p in (a, b, c, d)])
    batches = [p.batch for p in overview.proposals]
    assert batches[0] == "B1"  # earliest expiry first
    received: dict[str, int] = {}
    for p in overview.proposals:
        received[p.to_code] = received.get(p.to_code, 0) + p.doses
        assert p.doses % 10 == 0
    # Nothing exceeds what the receivers can use: 1084 by 20-12 at 140 a week is 420.
    assert received["1084"] <= 140 * 21 // 7
    assert received["1085"] <= 70 * 21 // 7


def test_wrong_files_are_refused_by_name(tmp_path: Path) -> None:
    files = _three(tmp_path)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(DomainError) as caught:
        national.read_region(text)
    assert caught.value.code == Code.NATIONAL_NOT_WORKBOOK
    other = tmp_path / "other.xlsx"
    wb = Workbook()
    wb.active.append(["Navn", "Værdi"])  # type: ignore[union-attr]
    wb.save(other)
    with pytest.raises(DomainError) as caught:
        national.read_region(other)
    assert caught.value.code == Code.NATIONAL_NOT_WORKBOOK
    assert "other.xlsx" in caught.value.text("da")

    twice_dir = tmp_path / "again"
    twice_dir.mkdir()
    again = write_region(twice_dir, "1084", NOV, {PCV: (10, [])})
    with pytest.raises(DomainError) as caught:
        nat.overview([national.read_region(p) for p in [*files, again]])
    assert caught.value.code == Code.NATIONAL_REGION_TWICE

    october = write_region(twice_dir, "1082", "2026-10", {PCV: (10, [])})
    with pytest.raises(DomainError) as caught:
        nat.overview([national.read_region(p) for p in [*files, october]])
    assert caught.value.code == Code.NATIONAL_MONTHS_MIXED
    assert "2026-10" in caught.value.text("en")
    with pytest.raises(DomainError) as caught:
        nat.overview([])
    assert caught.value.code == Code.NATIONAL_NO_WORKBOOKS


def test_the_workbook_reads_back(tmp_path: Path) -> None:
    overview = nat.overview([national.read_region(p) for p in _three(tmp_path)])
    out = national.write_workbook(overview, tmp_path / "out" / "national.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Forside",
        "Landstotal",
        "Region 1081",
        "Region 1084",
        "Region 1085",
        "Forslag",
    ]
    totals = list(wb["Landstotal"].iter_rows(values_only=True))
    assert list(totals[0]) == list(national_workbook.LINE_HEADERS)
    ultimo = national_workbook.LINE_HEADERS.index("Ultimo")
    assert totals[1][ultimo] == 3000 + 2100 + 2800
    region_sum = sum(
        wb[f"Region {c}"].cell(row=2, column=ultimo + 1).value for c in ("1081", "1084", "1085")
    )
    assert region_sum == totals[1][ultimo]
    proposals = list(wb["Forslag"].iter_rows(values_only=True))
    assert len(proposals) == len(overview.proposals) + 1
    assert proposals[1][0].startswith("Region Nordjylland") and proposals[1][1].startswith(
        "Region Hovedstaden"
    )
    assert proposals[1][6] == overview.proposals[0].doses


# --------------------------------------------------------------------------- the at-risk offer


def test_an_offer_to_another_region_names_the_region_that_needs_it(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    home_log(app, clock, REBALANCE_LOG)
    for code in ("VC-A", "DC-B"):
        give_storage(app, code, "ultralow", "fridge")
    before = next(p for p in rebalance.proposals(app) if p.kind == rebalance.OTHER_REGION)
    assert (before.to_name, before.to_region_code) == ("", "")
    # Sjælland gives 700 Comirnaty a week and holds one week's worth; Nordjylland holds
    # ten weeks; Hovedstaden, our own region, is never named.
    files = [
        write_region(
            tmp_path, "1081", "2026-10", {COVID: (3100, [Held("N", date(2027, 6, 30), 7000)])}
        ),
        write_region(tmp_path, "1084", "2026-10", {COVID: (10, [])}),
        write_region(
            tmp_path, "1085", "2026-10", {COVID: (3100, [Held("S", date(2027, 6, 30), 700)])}
        ),
    ]
    national.load(app, files)
    after = next(p for p in rebalance.proposals(app) if p.kind == rebalance.OTHER_REGION)
    assert (after.batch, after.doses) == (before.batch, before.doses)
    assert (after.to_name, after.to_region_code) == ("Region Sjælland", "1085")
    assert "offer them to Region Sjælland" in after.sentence("en")
    assert "tilbyd dem til Region Sjælland" in after.sentence("da")
    assert "2026-10" in after.sentence("en")
    national.forget(app)
    assert (
        next(p for p in rebalance.proposals(app) if p.kind == rebalance.OTHER_REGION).to_name == ""
    )
