"""Expected deliveries on SQLite and PostgreSQL: recorded (packs become doses), logged,
cancelled, matched against the deliveries received, and on the command line."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from pharmacy_app.cli import parse_args, run
from pharmacy_app.domain import deliveries as dl
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import audit_views as av
from pharmacy_app.services import expected_deliveries as ed
from pharmacy_app.services.app import App
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture
def expected(app: App, clock: Clock) -> PaperLog:
    set_home(app)
    # 412345: 6 doses a vial, 10 vials a pack = 60 doses a pack.
    ed.add_expected(
        app, product="412345", packs=10, expected_on=date(2026, 11, 3), reference="SSI-1"
    )
    ed.add_expected(
        app, product="412345", doses=300, expected_on=date(2026, 11, 10), source="order"
    )
    ed.add_expected(app, product="412345", packs=5, expected_on=date(2026, 11, 30))
    log = PaperLog(app, clock)
    log.run(
        """
        2026-11-03 receive 412345 FX1 exp 2027-03-31 8 packs ref SSI-1
        2026-11-12 receive 412345 FX2 exp 2027-03-31 5 packs ref FS-2
        2026-11-13 receive 412346 FY1 exp 2027-03-31 1 packs ref FS-3
        """
    )
    clock.set(NOW)
    return log


def test_packs_become_doses_and_each_change_is_logged(app: App, expected: PaperLog) -> None:
    rows = ed.list_expected(app)
    assert [(r.doses, r.packs, r.source) for r in rows] == [
        (600, 10.0, "ssi"), (300, 5.0, "order"), (300, 5.0, "ssi"),
    ]  # fmt: skip
    ed.cancel_expected(app, rows[2].id, note="SSI moved it")
    assert len(ed.list_expected(app)) == 2
    assert ed.list_expected(app, include_cancelled=True)[2].cancelled
    with pytest.raises(DomainError) as refused:
        ed.cancel_expected(app, rows[2].id)
    assert refused.value.problems[0].code == "expected_delivery_cancelled"
    with pytest.raises(DomainError) as refused:
        ed.add_expected(app, product="412345", packs=0, expected_on=date(2026, 12, 1))
    assert refused.value.problems[0].code == "expected_delivery_quantity"
    logged = av.audit_page(app, av.AuditFilter(kind="expected_delivery")).rows
    assert len(logged) == 4  # three added, one cancelled


def test_received_deliveries_are_matched_and_differences_listed(
    app: App, expected: PaperLog
) -> None:
    lines = ed.delivery_lines(app)
    summary = [(x.status, x.expected_doses, x.received_doses, x.note) for x in lines]
    assert summary == [
        (dl.Status.DIFFERS, 600, 480, "SSI-1"),  # by reference: 2 packs short
        (dl.Status.DIFFERS, 300, 300, "FS-2"),  # the nearest day: 2 days late
        (dl.Status.UNEXPECTED, None, 10, "FS-3"),  # 412346 was not expected
        (dl.Status.OPEN, 300, None, ""),
    ]
    first = lines[0]
    assert (first.less, first.more, first.days_late) == (120, 0, 0)
    assert "120 doses fewer than expected." in first.text("en")
    assert "120 doser mindre end ventet." in first.text("da")
    assert (lines[1].days_late, lines[1].less) == (2, 0)
    assert lines[1].text("en").endswith("2 days late.")
    still = [x for x in lines if x.status is dl.Status.OPEN]
    assert [x.expected_on for x in still] == [date(2026, 11, 30)]
    with app.db.read() as s:
        assert [e.expected_on for e in ed.pending(s, date(2026, 11, 20))] == [date(2026, 11, 30)]


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(NOW, tick=False):
        code = run(parse_args(["--db", db_url, *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_expected_delivery_command(db_url: str, app: App, expected: PaperLog) -> None:
    code, out, err = cli(
        db_url, "expected-delivery", "add", "--varenummer", "412345", "--packs", "3",
        "--date", "07-12-2026", "--reference", "SSI-4",
    )  # fmt: skip
    assert code == 0, err
    new_id = int(out.strip())
    code, out, err = cli(db_url, "expected-delivery", "list", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["doses"], r["expected_on"]) for r in rows][-1] == (
        str(new_id),
        "180",
        "2026-12-07",
    )
    code, out, err = cli(db_url, "expected-delivery", "differences")
    assert code == 0 and "[unexpected]" in out and "[differs]" in out
    code, out, err = cli(db_url, "--lang", "da", "expected-delivery", "differences", "--csv")
    statuses = [r["status"] for r in csv.DictReader(io.StringIO(out))]
    assert statuses.count("open") == 2
    code, out, err = cli(
        db_url,
        "expected-delivery",
        "add",
        "--varenummer",
        "999",
        "--doses",
        "5",
        "--date",
        "07-12-2026",
    )
    assert code == 1 and "999" in err


def test_deliveries_before_any_expectation_was_recorded_are_not_unexpected(
    app: App, clock: Clock
) -> None:
    """A pharmacy that has not yet recorded expected deliveries is not told that all its
    receipts were unexpected; from the day it records the first, it is."""
    set_home(app)
    log = PaperLog(app, clock)
    log.run("2026-11-03 receive 412345 FX1 exp 2027-03-31 8 packs ref FS-1")
    clock.set(NOW)
    assert ed.delivery_lines(app) == []
    ed.add_expected(app, product="412345", packs=5, expected_on=date(2026, 11, 30))
    log.run("2026-11-21 receive 412346 FY1 exp 2027-03-31 1 packs ref FS-2")
    clock.set(NOW + timedelta(days=2))
    lines = ed.delivery_lines(app)
    assert [(x.status, x.note) for x in lines] == [
        (dl.Status.UNEXPECTED, "FS-2"),
        (dl.Status.OPEN, ""),
    ]


def test_an_expectation_recorded_after_a_delivery_is_not_met_by_it(app: App, clock: Clock) -> None:
    """The delivery announced today for next week is still to come, though the product
    came five days ago: it stays open and the suggested order counts on it."""
    from pharmacy_app.services import ssi_order

    set_home(app)
    log = PaperLog(app, clock)
    log.run("2026-11-15 receive 412345 FX1 exp 2027-03-31 2 packs ref FS-1")
    clock.set(NOW)  # 20 November
    ed.add_expected(app, product="412345", packs=3, expected_on=date(2026, 11, 27), reference="SSI-5")
    lines = ed.delivery_lines(app)
    assert [(x.status, x.note, x.expected_doses) for x in lines] == [(dl.Status.OPEN, "", 180)]
    with app.db.read() as s:
        assert [(e.doses, e.expected_on) for e in ed.pending(s, app.today())] == [
            (180, date(2026, 11, 27))
        ]
    line = next(x for x in ssi_order.order_proposal(app).lines if x.varenummer == "412345")
    assert line.expected == 180
