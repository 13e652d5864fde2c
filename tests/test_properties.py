"""Property-based test: random sequences of stock actions keep the ledger's invariants.

The actions are receipts, transfers, doses given, discards, reversals of random earlier
movements (with a reason, as a person corrects a mistake), stocktakes (a whole or cycle
count at a random place, random counts and reasons, sometimes stock moving during the
count, posted with or without the approval it needs), the ledger check and the passing
of days.  After every step: the balance table equals the ledger summed per
location and lot, equals an independent model, and nothing that holds stock is
negative; the ledger check passes whenever it runs and once more at the end.  A refused
step writes nothing; a transfer, a dose given or a discard is refused for insufficient
stock exactly when the model says there is not enough, and a reversal succeeds only
where the model holds what it takes back.

Adding an action is one more ``@rule``: run the service through
:meth:`LedgerMachine._attempt` with the stock it takes (``needs``) and the records of
what it posted, and the model, the refusal checks and the invariants follow.
"""

from __future__ import annotations

import itertools
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.ledger import LedgerRow, project_balances
from pharmacy_app.domain.stocktake import Thresholds
from pharmacy_app.services import queries, reference, stock, stocktake
from pharmacy_app.services.app import App, open_app
from tests.paperlog import Clock

PRODUCTS = {"412345": 6, "123456": 1}  # varenummer -> doses per unit (vial / syringe)
DOSES_PER_PACK = {"412345": 60, "123456": 10}
PLACES = ["RH-APO", "SITE-A", "SITE-B"]
SITES = PLACES[1:]
BATCHES = ["B1", "B2", "B3"]
# Reasons a person gives for a correction; a blank one is refused.
REASONS = ["Sendt til forkert sted", "Forkert antal tastet", "Fejl i batchnummer", "  "]
# A stocktake line's reason, given by a careful counter.
COUNT_REASONS = [("TAELLEFEJL", ""), ("SVIND", ""), ("ANDET", "fundet i køl")]
# How the counter gives reasons: every line one, some lines none, or ANDET with no text.
COUNTERS = ["careful", "careful", "careful", "forgets_reasons", "andet_without_text"]
APPROVAL_DOSES = 5  # low, so a difference of one vial (6 doses) needs approval
# Refusals of posting that the machine cannot fully predict from the figures alone.
POST_REFUSALS = {
    "stocktake_not_counted", "stocktake_reason_missing", "stocktake_reason_text_missing",
    "stocktake_approval_required", "stocktake_approver_is_poster",
    "stocktake_loss_exceeds_stock",
}  # fmt: skip

Need = tuple[str, int, int]  # (place, lot id, doses) an action takes

DbFactory = Callable[[], AbstractContextManager[str]]


@contextmanager
def sqlite_db() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        yield f"sqlite:///{Path(tmp) / 'prop.db'}"


class LedgerMachine(RuleBasedStateMachine):
    factory: DbFactory = staticmethod(sqlite_db)  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._ctx = self.factory()
        url = self._ctx.__enter__()
        self.clock = Clock(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))
        self.app: App = open_app(url, user="prop", clock=self.clock)
        for code in SITES:
            reference.save_location(
                self.app, reference.LocationInfo(None, code, code, "decentral", "1084")
            )
        reference.save_settings(self.app, reference.Settings(14, "RH-APO"))
        stocktake.save_approval_thresholds(self.app, Thresholds(doses=APPROVAL_DOSES))
        self.model: dict[tuple[str, int], int] = defaultdict(int)
        self.lots: dict[tuple[str, str], int] = {}
        self.lot_product: dict[int, str] = {}
        self.movements: list[stock.Posted] = []
        self.reversed: set[int] = set()

    def teardown(self) -> None:
        try:
            report = queries.check_ledger(self.app, full=True)
            assert report.ok, report.breaches
        finally:
            self.app.close()
            self._ctx.__exit__(None, None, None)

    # ----------------------------------------------------------------- helpers

    def _tick(self) -> None:
        self.clock.advance(minutes=7)

    def _apply(self, posted: stock.Posted) -> None:
        self.movements.append(posted)
        if posted.from_code in PLACES:
            self.model[(posted.from_code, posted.lot_id)] -= posted.doses
        if posted.to_code in PLACES:
            self.model[(posted.to_code, posted.lot_id)] += posted.doses

    def _movement_count(self) -> int:
        with self.app.db.read() as s:
            return int(s.execute(sa.text("select count(*) from movement")).scalar_one())

    def _held(self, needs: Sequence[Need]) -> bool:
        """Whether the model holds every (place, lot, doses) in ``needs``; virtual places
        (the supplier, doses given, waste) hold whatever is asked of them."""
        return all(
            self.model[(place, lot_id)] >= doses
            for place, lot_id, doses in needs
            if place in PLACES
        )

    def _attempt(
        self,
        action: Callable[[], Sequence[stock.Posted]],
        *,
        needs: Sequence[Need] = (),
        stock_exact: bool = True,
    ) -> DomainError | None:
        """Run one action; apply what it posted to the model, or return its refusal.

        ``needs`` is the stock the action takes from real places: it succeeds only where
        the model holds all of it.  With ``stock_exact`` a refusal for insufficient stock
        also means the model lacks some of it (a reversal may be refused for reasons
        the model does not follow, so it passes False).  A refusal writes nothing."""
        self._tick()
        before = self._movement_count()
        try:
            posted = action()
        except DomainError as err:
            assert self._movement_count() == before, f"refused ({err.code}) but wrote movements"
            if err.code == "insufficient_stock" and stock_exact:
                assert not self._held(needs), "refused for stock the model says is there"
            return err
        assert self._held(needs), "took stock the model says is not there"
        assert self._movement_count() == before + len(posted)
        for record in posted:
            self._apply(record)
        return None

    # ----------------------------------------------------------------- rules

    @rule(
        product=st.sampled_from(sorted(PRODUCTS)),
        batch=st.sampled_from(BATCHES),
        packs=st.integers(1, 3),
    )
    def receive(self, product: str, batch: str, packs: int) -> None:
        self._tick()
        posted = stock.receive(
            self.app,
            product=product,
            batch=batch,
            expiry=date(2027, 6, 30),
            packs=packs,
            to_location="RH-APO",
        )
        self.lots[(product, batch)] = posted.lot_id
        self.lot_product[posted.lot_id] = product
        assert posted.doses == packs * DOSES_PER_PACK[product]
        self._apply(posted)

    @precondition(lambda self: self.lots)
    @rule(
        data=st.data(),
        src=st.sampled_from(PLACES),
        dst=st.sampled_from(PLACES),
        units=st.integers(-1, 15),
        extra=st.sampled_from([0, 0, 0, 1]),
    )
    def transfer(self, data: st.DataObject, src: str, dst: str, units: int, extra: int) -> None:
        lot_id = data.draw(st.sampled_from(sorted(self.lots.values())))
        doses = units * PRODUCTS[self.lot_product[lot_id]] + extra
        self._attempt(
            lambda: [
                stock.transfer(self.app, lot_id=lot_id, from_code=src, to_code=dst, doses=doses)
            ],
            needs=[(src, lot_id, doses)],
        )

    @precondition(lambda self: self.lots)
    @rule(data=st.data(), site=st.sampled_from(SITES), doses=st.integers(1, 40))
    def give(self, data: st.DataObject, site: str, doses: int) -> None:
        lot_id = data.draw(st.sampled_from(sorted(self.lots.values())))
        self._attempt(
            lambda: [stock.administer(self.app, lot_id=lot_id, site_code=site, doses=doses)],
            needs=[(site, lot_id, doses)],
        )

    @precondition(lambda self: self.lots)
    @rule(
        data=st.data(),
        place=st.sampled_from(PLACES),
        units=st.integers(0, 3),
        extra=st.sampled_from([0, 0, 1, 5]),
    )
    def discard(self, data: st.DataObject, place: str, units: int, extra: int) -> None:
        lot_id = data.draw(st.sampled_from(sorted(self.lots.values())))
        per_unit = PRODUCTS[self.lot_product[lot_id]]
        doses = units * per_unit + extra
        held = self.model[(place, lot_id)]
        try:
            self._attempt(
                lambda: [
                    stock.discard(
                        self.app,
                        lot_id=lot_id,
                        location_code=place,
                        doses=doses,
                        reason_code="BRUD",
                    )
                ],
                needs=[(place, lot_id, doses)],
            )
        finally:
            # Breakage takes whole vials, or everything held: never part of an unopened vial.
            if doses > 0 and doses % per_unit and doses != held:
                assert self.model[(place, lot_id)] == held, "part of a vial was discarded"

    @precondition(lambda self: self.movements)
    @rule(data=st.data(), reason=st.sampled_from(REASONS))
    def reverse(self, data: st.DataObject, reason: str) -> None:
        """Correct a random earlier movement, as a person would, with a reason."""
        # Now and then one corrected already (or a correction), to try it twice.
        corrected = [
            mv for mv in self.movements if mv.movement_id in self.reversed or mv.kind == "reversal"
        ]
        pools = [self.movements, self.movements] + ([corrected] if corrected else [])
        original = data.draw(st.sampled_from(pools).flatmap(st.sampled_from))

        def correct() -> list[stock.Posted]:
            new_id = stock.reverse_one(self.app, original.movement_id, reason)
            # The mirror image of the original, pointing at it.
            mirror = replace(
                original,
                movement_id=new_id,
                kind="reversal",
                from_code=original.to_code,
                to_code=original.from_code,
            )
            return [mirror]

        refusal = self._attempt(
            correct, needs=[(original.to_code, original.lot_id, original.doses)], stock_exact=False
        )
        # What the model knows for certain is refused, and with which reason.
        if not reason.strip():
            certain: str | None = "reversal_reason_required"
        elif original.kind == "reversal":
            certain = "cannot_reverse_reversal"
        elif original.movement_id in self.reversed:
            certain = "already_reversed"
        else:
            certain = None
        event(f"reversal: {refusal.code if refusal else 'posted'}")
        if certain is not None:
            assert refusal is not None and refusal.code == certain, (certain, refusal)
        elif refusal is None:
            self.reversed.add(original.movement_id)

    @precondition(lambda self: self.lots)
    @rule(
        data=st.data(),
        place=st.sampled_from(PLACES),
        cycle=st.booleans(),
        blind=st.booleans(),
        during=st.sampled_from([None, "before_count", "after_count"]),
        approver=st.sampled_from([None, "carl", "carl", "prop"]),
        counter=st.sampled_from(COUNTERS),
    )
    def count_stock(
        self,
        data: st.DataObject,
        place: str,
        cycle: bool,
        blind: bool,
        during: str | None,
        approver: str | None,
        counter: str,
    ) -> None:
        """A stocktake from start to posting (or, refused, cancelled): figures near what
        is expected, a reason or none per line, now and then a lot found that was not
        expected, stock moving during the count, an approver or none."""
        lot_ids = sorted(self.lots.values())
        chosen = data.draw(st.lists(st.sampled_from(lot_ids), min_size=1, unique=True)) if cycle else None
        self._tick()
        sid = stocktake.start(self.app, place, blind=blind, lots=chosen)  # no other count is open
        if during == "before_count":
            self._move_during(data, place)
        lines = stocktake.view(self.app, sid).lines
        entries = []
        for row, line in enumerate(lines, start=2):
            product = self.lot_product[line.lot_id]
            expected = self.model[(place, line.lot_id)]
            units = max(0, -(-expected // PRODUCTS[product]) + data.draw(st.integers(-2, 2)))
            code, text = data.draw(st.sampled_from(COUNT_REASONS))
            if counter == "forgets_reasons" and data.draw(st.booleans()):
                code, text = None, ""
            entries.append(stocktake.CountEntry(row, product, line.batch, units, None, code, text))
        if counter == "andet_without_text" and entries:
            entries[-1] = replace(entries[-1], reason_code="ANDET", reason_text="")
        found = [lot for lot in lot_ids if lot not in {x.lot_id for x in lines}]
        if found and not cycle and data.draw(st.booleans()):
            lot = data.draw(st.sampled_from(found))
            batch = next(b for (_, b), i in self.lots.items() if i == lot)
            entries.append(stocktake.CountEntry(
                len(entries) + 2, self.lot_product[lot], batch, 1, None, "TAELLEFEJL", ""
            ))  # fmt: skip
        self._tick()
        try:
            if entries:  # a place with nothing to count posts an empty count
                stocktake.record_counts(self.app, sid, entries)
        except DomainError as err:
            assert err.code == "stocktake_reason_text_required", err.code  # ANDET without text
        if during == "after_count":
            self._move_during(data, place)
        review = stocktake.view(self.app, sid, reveal=True)
        diffs = [(x, x.difference_doses) for x in review.lines]
        expect_ok = (
            all(x.counted for x in review.lines)
            and all(d == 0 or (x.reason_code and (x.reason_code != "ANDET" or x.reason_text))
                    for x, d in diffs)
            and (approver == "carl" or all(abs(d or 0) <= APPROVAL_DOSES for _, d in diffs))
            and approver != "prop"
            and all(-(d or 0) <= self.model[(place, x.lot_id)] for x, d in diffs)
        )  # fmt: skip

        def post() -> list[stock.Posted]:
            done = stocktake.post(self.app, sid, approved_by=approver)
            assert done.posted_at is not None
            return [
                stock.Posted(
                    movement_id=x.movement_id, kind="stocktake", lot_id=x.lot_id, batch=x.batch,
                    product=x.product,
                    from_code="STOCKTAKE" if (x.difference_doses or 0) > 0 else place,
                    to_code=place if (x.difference_doses or 0) > 0 else "STOCKTAKE",
                    doses=abs(x.difference_doses or 0), occurred_at=done.posted_at,
                    recorded_at=done.posted_at, user="prop",
                )
                for x in done.lines
                if x.movement_id is not None
            ]  # fmt: skip

        losses = [(place, x.lot_id, -d) for x, d in diffs if d is not None and d < 0]
        refusal = self._attempt(post, needs=losses, stock_exact=False)
        event(f"stocktake: {refusal.code if refusal else 'posted'}")
        assert (refusal is None) == expect_ok, (refusal, expect_ok)
        if refusal is not None:
            assert refusal.code in POST_REFUSALS, refusal.code
            stocktake.cancel(self.app, sid)

    def _move_during(self, data: st.DataObject, place: str) -> None:
        """Stock of a random lot moves in or out of the counted place during the count."""
        lot_id = data.draw(st.sampled_from(sorted(self.lots.values())))
        other = data.draw(st.sampled_from([p for p in PLACES if p != place]))
        src, dst = data.draw(st.sampled_from([(place, other), (other, place)]))
        doses = data.draw(st.integers(1, 3)) * PRODUCTS[self.lot_product[lot_id]]
        self._attempt(
            lambda: [
                stock.transfer(self.app, lot_id=lot_id, from_code=src, to_code=dst, doses=doses)
            ],
            needs=[(src, lot_id, doses)],
        )

    @rule(full=st.booleans())
    def check(self, full: bool) -> None:
        """The ledger check, whole or since its last checkpoint, finds nothing wrong."""
        report = queries.check_ledger(self.app, full=full)
        assert report.ok, report.breaches

    @rule(days=st.integers(0, 3))
    def later(self, days: int) -> None:
        self.clock.advance(days=days)

    # ----------------------------------------------------------------- invariants

    @invariant()
    def balances_equal_ledger_and_model(self) -> None:
        with self.app.db.read() as s:
            codes = dict(s.execute(sa.text("select id, code from location")).all())
            rows = s.execute(
                sa.text("select lot_id, from_location_id, to_location_id, doses from movement")
            )
            projected = project_balances(LedgerRow(*r) for r in rows)
            table = {
                (codes[loc], lot): doses
                for loc, lot, doses in s.execute(
                    sa.text("select location_id, lot_id, doses from stock_balance")
                )
            }
        ledger = {
            (codes[loc], lot): n for (loc, lot), n in projected.items() if codes[loc] in PLACES
        }
        model = {k: v for k, v in self.model.items() if v}
        assert {k: v for k, v in table.items() if v} == model
        assert {k: v for k, v in ledger.items() if v} == model
        assert all(v >= 0 for v in table.values())
        assert all(v >= 0 for v in model.values())

    @invariant()
    def whole_vials_at_the_pharmacy(self) -> None:
        for (place, lot_id), doses in self.model.items():
            if place == "RH-APO":
                assert doses % PRODUCTS[self.lot_product[lot_id]] == 0


def _run(machine: type[RuleBasedStateMachine], examples: int, steps: int) -> None:
    machine.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    machine.TestCase().runTest()


def test_random_action_sequences_on_sqlite() -> None:
    _run(LedgerMachine, examples=25, steps=30)


@pytest.mark.postgres
def test_random_action_sequences_on_postgresql(pg_server) -> None:
    from pytest_postgresql.janitor import DatabaseJanitor

    from tests.pgserver import _janitor_kwargs

    counter = itertools.count()

    @contextmanager
    def pg_db() -> Iterator[str]:
        name = f"prop_{next(counter)}"
        with DatabaseJanitor(**_janitor_kwargs(pg_server, name)):
            yield pg_server.url(name)

    class PgLedgerMachine(LedgerMachine):
        factory = staticmethod(pg_db)  # type: ignore[assignment]

    _run(PgLedgerMachine, examples=8, steps=25)


def test_a_final_check_after_a_long_sequence() -> None:
    """One long deterministic run ends with the ledger check reporting nothing."""
    with sqlite_db() as url:
        clock = Clock(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))
        app = open_app(url, user="prop", clock=clock)
        try:
            reference.save_location(
                app, reference.LocationInfo(None, "S1", "Site 1", "central", "1084")
            )
            lot = stock.receive(
                app,
                product="123456",
                batch="L1",
                expiry=date(2027, 1, 1),
                packs=50,
                to_location="RH-APO",
            ).lot_id
            for i in range(200):
                clock.advance(minutes=10)
                if i % 10 == 0:
                    stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="S1", doses=20)
                stock.administer(app, lot_id=lot, site_code="S1", doses=1)
            clock.advance(days=1)
            stock.administer(
                app,
                lot_id=lot,
                site_code="S1",
                doses=1,
                occurred_at=clock.now - timedelta(hours=30),
            )
            report = queries.check_ledger(app)
            assert report.ok and report.movements == 1 + 20 + 200 + 1
        finally:
            app.close()
