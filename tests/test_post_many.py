"""Posting many movements at once (``ledger.post_many``), on SQLite and PostgreSQL.

The postings of one call go in whole or not at all, under the same rules as posting
them one by one (:func:`ledger.post` is one posting of it), and the refusal raised is
the one the first refused posting would have met in that order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.limits import MAX_BALANCE_DOSES
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services import ledger, queries, receiving_import, reference, ssi_report
from pharmacy_app.services.app import App
from tests.paperlog import Clock, PaperLog
from tests.test_delivery_note import NOTE, counts, write_csv
from tests.test_ledger import BASE, assert_refused, ledger_state, on_hand
from tests.test_ssi_report import build_ledger

KIND = {
    "transfer": MovementKind.TRANSFER,
    "give": MovementKind.ADMINISTER,
    "discard": MovementKind.DISCARD,
    "receive": MovementKind.RECEIPT,
}


@dataclass(frozen=True)
class Line:
    """One posting by names: ``give`` and ``discard`` leave for ADMINISTERED and WASTED,
    ``receive`` comes from SSI."""

    verb: str
    batch: str
    source: str
    destination: str
    doses: int
    occurred_at: datetime | None = None
    note: str = ""


def post_lines(
    app: App, log: PaperLog, lines: list[Line], closed_month_reason: str | None = None
) -> list[int]:
    """Post ``lines`` with one call of ``post_many`` in one transaction; their ids."""
    now = app.now()
    with app.db.write() as s:

        def loc(code: str) -> m.Location:
            return s.scalars(select(m.Location).where(m.Location.code == code)).one()

        postings = [
            ledger.Posting(
                kind=KIND[ln.verb],
                lot=s.get_one(m.Lot, log.lots[ln.batch]),
                source=loc(ln.source),
                destination=loc(ln.destination),
                doses=ln.doses,
                occurred_at=ln.occurred_at,
                reason_code="ANBRUDT_HETTEGLAS" if ln.verb == "discard" else None,
                note=ln.note,
            )
            for ln in lines
        ]
        return ledger.post_many(
            s, postings, user=app.user, now=now, closed_month_reason=closed_month_reason
        )


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(BASE)  # RH-APO: FX1234 60, FL2026A 30; VC-HER: FX1234 54, FL2026A 20
    return paper


def test_many_postings_in_order_and_balances_follow(app: App, log: PaperLog) -> None:
    # The site passes on what it receives in the same call; one lot both ways.
    ids = post_lines(
        app,
        log,
        [
            Line("transfer", "FX1234", "RH-APO", "DC-FRB", 30),
            Line("give", "FX1234", "DC-FRB", "ADMINISTERED", 12),
            Line("transfer", "FX1234", "DC-FRB", "VC-HER", 18),
            Line("transfer", "FL2026A", "VC-HER", "RH-APO", 20),
            Line("discard", "FX1234", "VC-HER", "WASTED", 2, note="  spildt  "),
        ],
    )
    assert ids == sorted(ids) and len(set(ids)) == 5
    assert on_hand(app, "RH-APO", "FX1234") == 30
    assert on_hand(app, "DC-FRB", "FX1234") == 0
    assert on_hand(app, "VC-HER", "FX1234") == 54 + 18 - 2
    assert on_hand(app, "RH-APO", "FL2026A") == 50
    assert on_hand(app, "VC-HER", "FL2026A") == 0
    history = queries.lot_history(app, log.lots["FX1234"])
    assert history is not None
    assert [(h.kind, h.from_code, h.to_code, h.doses) for h in history.history[-4:]] == [
        ("transfer", "RH-APO", "DC-FRB", 30),
        ("administer", "DC-FRB", "ADMINISTERED", 12),
        ("transfer", "DC-FRB", "VC-HER", 18),
        ("discard", "VC-HER", "WASTED", 2),
    ]
    assert history.history[-1].note == "spildt" and history.history[-1].user == "tester"
    report = queries.check_ledger(app)
    assert report.ok, report.breaches


def test_taking_more_than_is_there_at_that_point_refuses_all(app: App, log: PaperLog) -> None:
    # 60 at the pharmacy: 30 go, then 40 more are asked for while 30 are left.  Given
    # back later in the same call does not count: one by one the second is refused.
    err = assert_refused(
        app,
        "insufficient_stock",
        lambda: post_lines(
            app,
            log,
            [
                Line("transfer", "FX1234", "RH-APO", "VC-HER", 30),
                Line("transfer", "FX1234", "RH-APO", "DC-FRB", 40),
                Line("transfer", "FX1234", "VC-HER", "RH-APO", 50),
            ],
        ),
    )
    params = err.problems[0].params
    assert (params["on_hand"], params["requested"], params["batch"]) == (30, 40, "FX1234")
    # A site passing on what it has not received yet, in the same call.
    err = assert_refused(
        app,
        "insufficient_stock",
        lambda: post_lines(
            app,
            log,
            [
                Line("give", "FX1234", "DC-FRB", "ADMINISTERED", 6),
                Line("transfer", "FX1234", "RH-APO", "DC-FRB", 6),
            ],
        ),
    )
    assert err.problems[0].params["on_hand"] == 0


def test_a_balance_past_its_limit_refuses_all(app: App, log: PaperLog) -> None:
    with app.db.write() as s:  # as if the site had received a billion doses
        s.execute(
            sa.text("update stock_balance set doses = :d where doses = 20"),
            {"d": MAX_BALANCE_DOSES - 25},
        )
    err = assert_refused(
        app,
        "balance_too_large",
        lambda: post_lines(
            app,
            log,
            [
                Line("transfer", "FL2026A", "RH-APO", "VC-HER", 20),
                Line("transfer", "FL2026A", "RH-APO", "VC-HER", 10),
            ],
        ),
    )
    assert err.problems[0].params["doses"] == 10
    post_lines(app, log, [Line("transfer", "FL2026A", "RH-APO", "VC-HER", 25)])
    assert on_hand(app, "VC-HER", "FL2026A") == MAX_BALANCE_DOSES


def test_a_back_dated_breach_refuses_all(app: App, log: PaperLog, clock: Clock) -> None:
    # The site got its 60 on 2026-11-03; giving on 2026-11-02 needs doses it did not have,
    # even though the first posting of the call (dated now) is fine.
    clock.set(clock.now + timedelta(days=1))
    err = assert_refused(
        app,
        "balance_would_go_negative",
        lambda: post_lines(
            app,
            log,
            [
                Line("give", "FX1234", "VC-HER", "ADMINISTERED", 4),
                Line("give", "FX1234", "VC-HER", "ADMINISTERED", 10, clock.now - timedelta(days=3)),
                Line("give", "FL2026A", "VC-HER", "ADMINISTERED", 1, clock.now - timedelta(days=3)),
            ],
        ),
    )
    assert err.problems[0].params["balance"] == -10
    assert err.problems[0].params["batch"] == "FX1234"
    # Dated after the delivery, several back-dated postings of one lot are replayed together.
    post_lines(
        app,
        log,
        [
            Line("give", "FX1234", "VC-HER", "ADMINISTERED", 10, clock.now - timedelta(days=1)),
            Line("give", "FX1234", "VC-HER", "ADMINISTERED", 4, clock.now - timedelta(hours=20)),
        ],
    )
    assert on_hand(app, "VC-HER", "FX1234") == 40
    assert queries.check_ledger(app).ok


def test_the_first_refusal_in_posting_order_is_raised(app: App, log: PaperLog) -> None:
    short = Line("transfer", "FX1234", "RH-APO", "VC-HER", 61)
    same_place = Line("transfer", "FX1234", "VC-HER", "VC-HER", 1)
    assert_refused(app, "insufficient_stock", lambda: post_lines(app, log, [short, same_place]))
    assert_refused(app, "same_location", lambda: post_lines(app, log, [same_place, short]))
    zero = Line("give", "FX1234", "VC-HER", "ADMINISTERED", 0)
    assert_refused(app, "quantity_not_positive", lambda: post_lines(app, log, [zero, short]))


def test_no_postings_write_nothing(app: App, log: PaperLog) -> None:
    before = ledger_state(app)
    assert post_lines(app, log, []) == []
    assert ledger_state(app) == before


# --------------------------------------------------------------------------- closed month


def test_a_posting_into_a_sent_month_refuses_all_unless_a_reason_is_given(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    log = build_ledger(app, clock)  # the clock ends at 2026-11-03 09:00 UTC
    ssi_report.mark_sent(app, "2026-10", ssi_report.write(app, "2026-10", tmp_path / "sent"))
    october = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
    lines = [
        Line("give", "FL2026A", "VC-HER", "ADMINISTERED", 1),
        Line("give", "FL2026A", "VC-HER", "ADMINISTERED", 1, october, "glemt"),
        Line("give", "FL2026A", "VC-HER", "ADMINISTERED", 1, october + timedelta(hours=1)),
    ]
    err = assert_refused(app, "month_closed", lambda: post_lines(app, log, lines))
    assert err.problems[0].params["period"] == "2026-10"
    ids = post_lines(app, log, lines, closed_month_reason="Papirliste fundet")
    notes = {
        row[0]: row[queries.MOVEMENT_EXPORT_COLUMNS.index("note")]
        for row in queries.iter_movements(app)
        if row[0] in ids
    }
    assert [notes[i] for i in ids] == [
        "",
        "glemt [efter lukning: Papirliste fundet]",
        "[efter lukning: Papirliste fundet]",
    ]


# --------------------------------------------------------------------------- volume

LINES = 2_000


@contextmanager
def statements(app: App) -> Iterator[list[str]]:
    """The SQL statements sent to the database meanwhile (an executemany counts once)."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(statement.split("\n")[0][:80])

    engines = {app.db.write_engine, app.db.read_engine}
    for engine in engines:
        sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        for engine in engines:
            sa.event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


@pytest.mark.slow
def test_a_two_thousand_line_note_posts_whole(home: App, tmp_path: Path) -> None:
    products = [
        ("412345", "07046264123454", "-90/-60", 60),
        ("123456", "07046261234566", "2-8", 10),
        ("345678", "07046263456782", "2-8", 1),
        ("412346", "07046264123461", "2-8", 10),  # frozen product at 2-8: thawed on delivery
    ]
    rows = []
    expected: dict[str, int] = {}
    for i in range(LINES):
        varenummer, gtin, storage, per_pack = products[i % len(products)]
        batch = f"P{i:05d}"
        rows.append(
            [NOTE, "02-11-2026", varenummer, gtin, "", batch, "30-06-2027", str(1 + i % 3), "",
             storage, ""]
        )  # fmt: skip
        expected[batch] = (1 + i % 3) * per_pack
    path = write_csv(tmp_path / "note.csv", rows)
    with statements(home) as previewing:
        assert receiving_import.preview(home, path).ok
    with statements(home) as importing:
        receipt = receiving_import.import_note(home, path)
    # A handful of statements for the whole note, not a few per line (there were 8,000+).
    assert len(previewing) <= 20, previewing
    assert len(importing) <= 100, importing
    assert len(receipt.lines) == LINES
    assert [ln.line_no for ln in receipt.lines] == list(range(1, LINES + 1))
    assert counts(home)["movement"] == LINES
    got = {r.batch: r.doses for r in queries.stock_rows(home) if r.location_code == "RH-APO"}
    assert got == expected
    report = queries.check_ledger(home)
    assert report.ok, report.breaches
    # The same note again is refused whole, and writes nothing.
    before = counts(home)
    with pytest.raises(DomainError):
        receiving_import.import_note(home, path)
    assert counts(home) == before
