"""Correcting one mistaken movement (``stock.reverse_one`` and ``pharmacy-app reverse``),
on SQLite and PostgreSQL: the mirror image points at the original, carries the reason,
and is refused, with nothing written, wherever it would be wrong."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
import time_machine

from pharmacy_app.cli.parser import parse_args, run
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, stock
from pharmacy_app.services.app import App
from tests.helpers import balance, table_digest
from tests.paperlog import Clock, PaperLog
from tests.test_ledger import assert_refused

LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses, 6 per vial
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-04 transfer FX1234 RH-APO -> VC-HER 12
2026-11-04 give FX1234 VC-HER 56
"""
# After the log: RH-APO holds 48, VC-HER 16 (60 + 12 - 56).
AFTER = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(LOG)
    clock.set(AFTER)
    return paper


def refused(app: App, code: str, action) -> DomainError:
    """``action`` is refused with ``code``, in both languages, and writes nothing at all."""
    assert queries.check_ledger(app, full=True).ok  # its checkpoint row before the digest
    before = table_digest(app)
    error = assert_refused(app, code, action)
    assert table_digest(app) == before, "a refused reversal wrote something"
    return error


def test_reversing_a_transfer_puts_the_doses_back_and_points_at_it(
    app: App, log: PaperLog
) -> None:
    lot = log.lots["FX1234"]
    second = log.posted[2]  # 12 doses to VC-HER
    new_id = stock.reverse_one(app, second.movement_id, "  sent to the wrong site  ")
    assert balance(app, "RH-APO", lot) == 60
    assert balance(app, "VC-HER", lot) == 4
    history = queries.lot_history(app, lot).history
    reversal = next(h for h in history if h.movement_id == new_id)
    assert (reversal.kind, reversal.from_code, reversal.to_code, reversal.doses) == (
        "reversal", "VC-HER", "RH-APO", 12,
    )  # fmt: skip
    assert reversal.reverses_id == second.movement_id
    assert reversal.note == "sent to the wrong site"
    assert reversal.occurred_at == AFTER, "dated when it is made, as a list's reversal is"
    assert next(h for h in history if h.movement_id == second.movement_id).reversed_by == new_id
    assert queries.check_ledger(app, full=True).ok


def test_reversing_doses_given_puts_them_back_at_the_site(app: App, log: PaperLog) -> None:
    lot = log.lots["FX1234"]
    given = log.posted[3]  # 56 doses given at VC-HER
    assert given.kind == "administer"
    new_id = stock.reverse_one(app, given.movement_id, "recorded at the wrong site")
    assert balance(app, "VC-HER", lot) == 72
    reversal = next(h for h in queries.lot_history(app, lot).history if h.movement_id == new_id)
    assert (reversal.from_code, reversal.to_code, reversal.doses) == ("ADMINISTERED", "VC-HER", 56)
    assert queries.check_ledger(app, full=True).ok


def test_a_movement_is_reversed_once_and_a_reversal_not_at_all(app: App, log: PaperLog) -> None:
    original = log.posted[2].movement_id
    new_id = stock.reverse_one(app, original, "entered twice")
    err = refused(app, "already_reversed", lambda: stock.reverse_one(app, original, "again"))
    assert err.problems[0].params == {"movement": original, "by": new_id}
    err = refused(app, "cannot_reverse_reversal", lambda: stock.reverse_one(app, new_id, "undo"))
    assert err.problems[0].params["movement"] == new_id


def test_a_reversal_the_place_no_longer_holds_is_refused_naming_it(
    app: App, log: PaperLog
) -> None:
    # 60 went to VC-HER, which has since given most of them: only 16 are left there.
    first = log.posted[1].movement_id
    err = refused(app, "insufficient_stock", lambda: stock.reverse_one(app, first, "wrong site"))
    params = err.problems[0].params
    assert (params["location"], params["on_hand"], params["requested"]) == (
        "Vaccinationscenter Herlev", 16, 60,
    )  # fmt: skip
    assert "Vaccinationscenter Herlev" in err.text("da")
    assert "Vaccinationscenter Herlev" in err.text("en")


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reversal_needs_a_reason(app: App, log: PaperLog, reason: str) -> None:
    original = log.posted[2].movement_id
    err = refused(
        app, "reversal_reason_required", lambda: stock.reverse_one(app, original, reason)
    )
    assert str(original) in err.text("da") and str(original) in err.text("en")


def test_an_unknown_movement_is_refused_by_its_id(app: App, log: PaperLog) -> None:
    err = refused(app, "movement_unknown", lambda: stock.reverse_one(app, 987654, "typo"))
    assert "987654" in err.text("da") and "987654" in err.text("en")


def _cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--db", db_url, "--user", "it-job", *args]
    with time_machine.travel(AFTER, tick=False):
        code = run(parse_args(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_prints_the_new_id_last_and_exits_1_on_a_refusal(
    db_url: str, app: App, log: PaperLog
) -> None:
    lot = log.lots["FX1234"]
    original = log.posted[2].movement_id
    code, out, err = _cli(db_url, "reverse", str(original), "--reason", "wrong site")
    assert code == 0, err
    new_id = int(out.split()[-1])
    history = queries.lot_history(app, lot).history
    reversal = next(h for h in history if h.movement_id == new_id)
    assert (reversal.reverses_id, reversal.user, reversal.note) == (original, "it-job", "wrong site")
    assert balance(app, "VC-HER", lot) == 4

    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    code, out, err = _cli(db_url, "reverse", str(original), "--reason", "again")
    assert (code, out) == (1, "")
    assert f"Movement {original} has already been reversed (by {new_id})." in err
    code, out, err = _cli(db_url, "--lang", "da", "reverse", str(original), "--reason", " ")
    assert (code, out) == (1, "")
    assert f"Tilbageførsel af bevægelse {original} kræver en begrundelse" in err
    assert table_digest(app) == before


# --------------------------------------------------------------------------- every kind


def _stocktake_gain(app: App, lot_id: int, code: str, doses: int) -> int:
    """A stocktake adjustment as the ledger takes it (STOCKTAKE -> the place)."""
    from pharmacy_app.db import models as m
    from pharmacy_app.domain.types import MovementKind, VirtualLocation
    from pharmacy_app.services import ledger
    from pharmacy_app.services.reference import location_by_code, virtual

    with app.db.write() as s:
        posting = ledger.Posting(
            MovementKind.STOCKTAKE, s.get_one(m.Lot, lot_id), virtual(s, VirtualLocation.STOCKTAKE),
            location_by_code(s, code), doses, note="counted 6 more",
        )  # fmt: skip
        (movement_id,) = ledger.post_many(s, [posting], user=app.user, now=app.now())
    return movement_id


def test_every_kind_of_movement_but_a_thaw_is_reversed_with_the_balances_equal_to_the_ledger(
    app: App, log: PaperLog, clock: Clock
) -> None:
    from pharmacy_app.services import receiving
    from tests.helpers import set_home

    set_home(app)
    lot = log.lots["FX1234"]
    # Received on hold, partly released; a frozen lot thawed; a discard; a stocktake gain.
    draft = receiving.start(app, "FS-9")
    receiving.add_line(
        app, draft.id, product="412345", batch="HX0001", expiry=datetime(2027, 5, 31).date(), packs=1,
        hold=True, hold_reason="logger alarm",
    )  # fmt: skip
    receiving.post(app, draft.id)
    held = next(r for r in queries.stock_rows(app, queries.StockFilter(text="HX0001")))
    clock.advance(minutes=5)
    released = receiving.release(app, lot_id=held.lot_id, quarantine_code="RH-APO-KAR", doses=12, note="logger OK")
    clock.advance(minutes=5)
    discarded = stock.discard(app, lot_id=lot, location_code="VC-HER", doses=6, reason_code="BRUD")
    clock.advance(minutes=5)
    counted = _stocktake_gain(app, lot, "RH-APO", 6)
    clock.advance(minutes=5)
    thawed = receiving.thaw(app, lot_id=lot, location_code="RH-APO", doses=6)
    clock.advance(minutes=5)

    transfer, given = log.posted[2], log.posted[3]
    receipt = next(h for h in queries.lot_history(app, held.lot_id).history if h.kind == "receipt")
    # In an order in which each place still holds what goes back from it.
    cases = [
        ("discard", discarded.movement_id, ("WASTED", "VC-HER")),
        ("administer", given.movement_id, ("ADMINISTERED", "VC-HER")),
        ("transfer", transfer.movement_id, ("VC-HER", "RH-APO")),
        ("stocktake", counted, ("RH-APO", "STOCKTAKE")),
        ("release", released.movement_id, ("RH-APO", "RH-APO-KAR")),
        ("receipt", receipt.movement_id, ("RH-APO-KAR", "SSI")),
    ]
    for kind, movement_id, (source, dest) in cases:
        original = next(h for h in queries.lot_history(app, _lot_of(app, movement_id)).history if h.movement_id == movement_id)
        assert original.kind == kind
        new_id = stock.reverse_one(app, movement_id, f"undo the {kind}")
        history = queries.lot_history(app, _lot_of(app, movement_id)).history
        rev = next(h for h in history if h.movement_id == new_id)
        assert (rev.kind, rev.from_code, rev.to_code, rev.doses, rev.reverses_id) == (
            "reversal", source, dest, original.doses, movement_id,
        ), kind  # fmt: skip
        assert queries.check_ledger(app, full=True).ok, kind
        clock.advance(minutes=1)

    # A thaw (either leg) is refused: thawed stock is never refrozen.
    frozen_leg = max(
        h.movement_id for h in queries.lot_history(app, lot).history if h.kind == "thaw"
    )
    for leg in (frozen_leg, thawed.movement_id):
        err = refused(app, "cannot_reverse_thaw", lambda leg=leg: stock.reverse_one(app, leg, "undo"))
        assert str(leg) in err.text("en") and str(leg) in err.text("da")


def _lot_of(app: App, movement_id: int) -> int:
    from pharmacy_app.db import models as m

    with app.db.read() as s:
        return s.get_one(m.Movement, movement_id).lot_id
