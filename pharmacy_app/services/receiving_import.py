"""Receiving a delivery by importing SSI's delivery note (følgeseddel) file.

:func:`preview` reads and checks a note without writing anything; :func:`import_note`
checks it again inside its one write transaction and, only when nothing is wrong,
creates the receipt with its lines and posts it.  What must hold:

* All or nothing: any problem (or a short-dated lot that was not confirmed) raises
  :class:`~pharmacy_app.domain.errors.DomainError` with *every* problem found, each
  naming its file row and column, and nothing is written: no receipt, no draft, no lot.
* The checks here are those of :func:`receiving.line_checks` (which posting repeats)
  plus what only a file can get wrong, done in bulk (a handful of queries for the whole
  note) so that a note of 10,000 lines is checked in about a second.
* The same lot twice on a note is merged into one line only if everything but the
  quantity agrees; the merged line remembers all its file rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pharmacy_app.db import guards, statistics
from pharmacy_app.db import models as m
from pharmacy_app.db.bulk import insert_returning_ids
from pharmacy_app.domain import formats
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import days_left, effective_use_by, is_expired
from pharmacy_app.domain.limits import (
    EARLIEST_DATE,
    MAX_DOSES_PER_MOVEMENT,
    MAX_PACKS_PER_LINE,
    earliest_delivery,
    latest_expiry,
)
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import site_allowed
from pharmacy_app.domain.types import PHARMACY_KIND
from pharmacy_app.importers import delivery_note as dn
from pharmacy_app.services import receiving
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving import FRIDGE, FROZEN, POSTED, ReceiptView
from pharmacy_app.services.receiving.drafts import make_line, refuse_received_note
from pharmacy_app.services.receiving.posting import post_lines
from pharmacy_app.services.receiving.queries import line_view, receipt_view
from pharmacy_app.services.records import location_record
from pharmacy_app.services.reference import home_pharmacy

SOURCE = "import"
# An imported receipt's comment names its file in these words; documents show it in
# their own language (:func:`imported_file`).
IMPORTED_FROM = "imported from "
# A delivery date up to a day ahead is allowed: the app's "today" is UTC, a Danish
# delivery just after midnight is already tomorrow there.
FUTURE_SLACK = timedelta(days=1)
_CHUNK = 500  # values per IN (...) list, well under SQLite's parameter limit

# Columns that must agree for the same lot to be listed twice (all but the quantity;
# the Vaccine column is a label for people, the product is the Varenummer's).
_MUST_AGREE = (
    (dn.GTIN, "gtin"),
    (dn.EXPIRY, "expiry"),
    (dn.DOSES_PER_PACK, "doses_per_pack"),
    (dn.STORAGE, "condition"),
    (dn.REMARK, "remark"),
)


@dataclass(frozen=True)
class ImportLine:
    """One line to receive: a lot and its packs, from one or more file rows."""

    rows: tuple[int, ...]
    product_id: int
    product: str
    varenummer: str
    gtin: str | None
    programme_code: str
    batch: str
    expiry: date
    packs: int
    doses_per_pack: int
    condition: str  # receiving.FROZEN or receiving.FRIDGE
    use_by: date
    note: str

    @property
    def doses(self) -> int:
        return self.packs * self.doses_per_pack


@dataclass(frozen=True)
class ImportPreview:
    """What importing the file would receive, and everything that stops it.

    ``ok`` means no problem refuses the note; lots in ``short_dated`` still need the
    user's explicit confirmation (``import_note(..., confirm_short_dated=True)``)."""

    file: str
    note_number: str | None
    delivered_on: date | None
    location_code: str | None
    lines: list[ImportLine]
    problems: list[Problem]
    short_dated: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.short_dated)

    @property
    def packs(self) -> int:
        return sum(line.packs for line in self.lines)

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    def refusals(self, *, confirm_short_dated: bool = False) -> list[Problem]:
        """Every problem that stops the import, short-dated lots last unless confirmed."""
        return self.problems + ([] if confirm_short_dated else self.short_dated)


# --------------------------------------------------------------------------- use cases


def preview(app: App, path: str | Path) -> ImportPreview:
    """Read and check a delivery note file; writes nothing."""
    parsed = dn.parse_note(path)
    with app.db.read() as s:
        checked, _products = _check(s, parsed, app.today())
        return checked


@requires(Role.STAFF)
@declares(Change.STOCK | Change.RECEIVING)
def import_note(app: App, path: str | Path, *, confirm_short_dated: bool = False) -> ReceiptView:
    """Receive a delivery note file in one transaction, or nothing at all."""
    parsed = dn.parse_note(path)
    try:
        received = _import(app, parsed, confirm_short_dated)
    except IntegrityError:
        # Another workstation posted the same note at the same moment (PostgreSQL lets
        # both check, then the unique index on posted note numbers stops the second).
        if parsed.note_number is not None:
            with app.db.read() as s:
                receiving.refuse_received_note(s, parsed.note_number)
        raise
    # Thousands of lots and movements at once may leave the planners' statistics behind.
    statistics.refresh_if_stale(app.db)
    return received


def _import(app: App, parsed: dn.ParsedNote, confirm_short_dated: bool) -> ReceiptView:
    now = app.now()
    today = local_day(now)
    with app.db.write() as s:
        checked, products = _check(s, parsed, today)
        refused = checked.refusals(confirm_short_dated=confirm_short_dated)
        if refused:
            raise DomainError(refused)
        assert checked.note_number is not None and checked.delivered_on is not None
        pharmacy = home_pharmacy(s)
        receipt = m.Receipt(
            note_number=checked.note_number,
            delivered_on=checked.delivered_on,
            location_id=pharmacy.id,
            location=pharmacy,
            status=receiving.DRAFT,
            source=SOURCE,
            created_by=app.user,
            created_at=now,
            comment=IMPORTED_FROM + checked.file,
        )
        s.add(receipt)
        s.flush()
        lines = [
            make_line(
                receipt, line_no, products[line.product_id], line.batch, line.expiry,
                line.packs, line.condition, None, False, "", line.note,
            )  # fmt: skip
            for line_no, line in enumerate(checked.lines, start=1)
        ]
        refuse_received_note(s, receipt.note_number)
        posted = post_lines(
            s, receipt, lines, user=app.user, now=now, confirm_short_dated=confirm_short_dated
        )
        # The lines are written once, posted, in one statement (through the unit of work
        # each would be an INSERT and then an UPDATE, and 10,000 of them take seconds).
        rows = [line.row(*ids) for line, ids in zip(lines, posted, strict=True)]
        too_long = guards.row_problems(m.ReceiptLine, rows)
        if too_long:
            raise DomainError(too_long)
        line_ids = insert_returning_ids(s, _LINE_TABLE, rows)
        receipt.status = POSTED
        receipt.posted_by = app.user
        receipt.posted_at = now
        s.flush()
        s.expire(receipt, ["lines"])
        # The view from what was just written, not read back (an import holds no line).
        shown = zip(lines, line_ids, posted, strict=True)
        return receipt_view(
            receipt,
            [line_view(line, i, lot_id, pharmacy.code) for line, i, (lot_id, _mv) in shown],
        )


_LINE_TABLE = cast(Table, m.ReceiptLine.__table__)


# --------------------------------------------------------------------------- checking


def _problem(
    code: str, row: dn.NoteRow, column: dn.Column, reason: str, **extra: object
) -> Problem:
    """A problem in one cell: its row, column, the value as written, and why."""
    params = {
        "row": row.row,
        "column": column.name,
        "value": row.text[column.key],
        "reason": reason,
    }
    return Problem(code, {**params, **extra})


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _known_expiries(s: Session, batches: set[str]) -> dict[tuple[int, str], date]:
    """Expiry of every unthawed lot already known with one of these batch numbers."""
    known: dict[tuple[int, str], date] = {}
    for chunk in _chunks(sorted(batches)):
        rows = s.execute(
            select(m.Lot.product_id, m.Lot.batch, m.Lot.expiry).where(
                m.Lot.thawed_on.is_(None), m.Lot.batch.in_(chunk)
            )
        )
        for product_id, batch, expiry in rows:
            known[(product_id, batch)] = expiry
    return known


def _frozen_product(p: m.Product) -> bool:
    return receiving.default_condition(p) == FROZEN


def _resolve_product(
    row: dn.NoteRow,
    by_varenummer: dict[str, m.Product],
    by_gtin: dict[str, m.Product],
    problems: list[Problem],
) -> m.Product | None:
    """The row's product by Varenummer (or, if that is unknown, GTIN); GTIN must agree."""
    product = by_varenummer.get(row.varenummer) if row.varenummer else None
    gtin_product = by_gtin.get(row.gtin) if row.gtin else None
    if product is None:
        if gtin_product is not None:
            return gtin_product
        if row.varenummer is not None or (
            row.gtin is not None and dn.VARENUMMER.key in row.invalid
        ):
            column = dn.VARENUMMER if row.varenummer is not None else dn.GTIN
            problems.append(_problem("note_product_unknown", row, column, "unknown_product"))
        return None
    if (
        row.gtin is not None
        and row.gtin != product.gtin
        and (gtin_product is not None or product.gtin is not None)
    ):
        problems.append(
            _problem(
                "note_gtin_mismatch",
                row,
                dn.GTIN,
                "gtin_mismatch",
                varenummer=product.varenummer,
                product=product.name,
                expected=product.gtin or "-",
            )
        )
    return product


def _check(
    s: Session, parsed: dn.ParsedNote, today: date
) -> tuple[ImportPreview, dict[int, m.Product]]:
    problems: list[Problem] = list(parsed.problems)
    short_dated: list[Problem] = []
    location_code: str | None = None
    try:
        pharmacy = home_pharmacy(s)
        location_code = pharmacy.code
        problems += site_allowed(
            location_record(pharmacy), {PHARMACY_KIND}, Term.ACTION_RECEIVING_FROM_SSI
        )
    except DomainError as err:
        problems += err.problems

    products = {p.id: p for p in s.scalars(select(m.Product))}
    by_varenummer = {p.varenummer: p for p in products.values()}
    by_gtin = {p.gtin: p for p in products.values() if p.gtin}

    note_number = parsed.note_number
    first = parsed.rows[0] if parsed.rows else None
    if note_number is not None and first is not None:
        done = s.scalars(
            select(m.Receipt).where(
                m.Receipt.note_number == note_number, m.Receipt.status == POSTED
            )
        ).first()
        if done is not None:
            problems.append(
                Problem(
                    "note_already_received",
                    {
                        "row": next(r.row for r in parsed.rows if r.note_number is not None),
                        "column": dn.NOTE_NUMBER.name,
                        "value": note_number,
                        "reason": "already_received",
                        "note": note_number,
                        "when": local_day(done.posted_at or done.created_at),
                        "by": done.posted_by or done.created_by,
                    },
                )
            )
    delivered_on = parsed.delivered_on
    for row in parsed.rows:
        if row.delivered_on is not None and row.delivered_on > today + FUTURE_SLACK:
            problems.append(_problem("note_delivery_in_future", row, dn.DELIVERED_ON, "future"))
        elif row.delivered_on is not None and row.delivered_on < earliest_delivery(today):
            problems.append(
                _problem(
                    "note_date_implausible",
                    row,
                    dn.DELIVERED_ON,
                    "implausible",
                    earliest=earliest_delivery(today).strftime("%d-%m-%Y"),
                    latest=(today + FUTURE_SLACK).strftime("%d-%m-%Y"),
                )
            )

    # Each row's product, then the rows of each lot (product, batch) in file order.
    groups: dict[tuple[int, str], list[dn.NoteRow]] = {}
    for row in parsed.rows:
        product = _resolve_product(row, by_varenummer, by_gtin, problems)
        if product is None:
            continue
        if not product.active:
            problems.append(
                _problem(
                    "note_product_inactive", row, dn.VARENUMMER, "inactive", product=product.name
                )
            )
        per_pack = product.doses_per_unit * product.units_per_pack
        if row.doses_per_pack is not None and row.doses_per_pack != per_pack:
            problems.append(
                _problem(
                    "note_doses_per_pack_mismatch",
                    row,
                    dn.DOSES_PER_PACK,
                    "doses_per_pack_mismatch",
                    product=product.name,
                    expected=per_pack,
                )
            )
        if row.condition == FROZEN and not _frozen_product(product):
            problems.append(
                _problem(
                    "note_not_a_frozen_product", row, dn.STORAGE, "not_frozen", product=product.name
                )
            )
        if row.batch is not None:
            groups.setdefault((product.id, row.batch), []).append(row)

    known = _known_expiries(s, {batch for _pid, batch in groups})
    lines: list[ImportLine] = []
    for (product_id, batch), rows in groups.items():
        product = products[product_id]
        head = rows[0]
        for later in rows[1:]:
            differing = [
                column.name
                for column, attr in _MUST_AGREE
                if column.key not in head.invalid
                and column.key not in later.invalid
                and getattr(head, attr) != getattr(later, attr)
            ]
            if differing:
                problems.append(
                    _problem(
                        "note_lot_repeated",
                        later,
                        dn.COLUMNS[dn.column_index(differing[0])],
                        "lot_repeated",
                        first_row=head.row,
                        batch=batch,
                        product=product.name,
                        columns=", ".join(differing),
                    )
                )
        expiry = head.expiry
        if expiry is None:
            continue
        if not EARLIEST_DATE <= expiry <= latest_expiry(today):
            # 31-12-9999 as "no expiry", or the 1900 of an empty date cell.
            problems.append(
                _problem(
                    "note_date_implausible",
                    head,
                    dn.EXPIRY,
                    "implausible",
                    earliest=EARLIEST_DATE.strftime("%d-%m-%Y"),
                    latest=latest_expiry(today).strftime("%d-%m-%Y"),
                )
            )
            continue
        seen = known.get((product_id, batch))
        if seen is not None and seen != expiry:
            problems.append(
                _problem(
                    "note_lot_expiry_mismatch",
                    head,
                    dn.EXPIRY,
                    "expiry_mismatch",
                    batch=batch,
                    product=product.name,
                    known=seen,
                    given=expiry,
                )
            )
        condition = head.condition or receiving.default_condition(product)
        # A frozen product arriving at 2-8 °C is thawed on delivery (as receiving.new_line).
        thawed_on = delivered_on if condition == FRIDGE and _frozen_product(product) else None
        use_by = effective_use_by(expiry, thawed_on, product.thawed_shelf_life_days)
        if is_expired(use_by, today):
            problems.append(
                _problem(
                    "note_lot_expired",
                    head,
                    dn.EXPIRY,
                    "expired",
                    batch=batch,
                    product=product.name,
                    use_by=use_by,
                    when=today,
                )
            )
        elif days_left(expiry, today) < product.min_remaining_shelf_life_days:
            short_dated.append(
                _problem(
                    "note_short_dated",
                    head,
                    dn.EXPIRY,
                    "short_dated",
                    batch=batch,
                    product=product.name,
                    expiry=expiry,
                    days=days_left(expiry, today),
                    minimum=product.min_remaining_shelf_life_days,
                )
            )
        packs = [r.packs for r in rows]
        if any(p is None for p in packs):
            continue
        total = sum(p for p in packs if p is not None)
        per_pack = product.doses_per_unit * product.units_per_pack
        if total > MAX_PACKS_PER_LINE or total * per_pack > MAX_DOSES_PER_MOVEMENT:
            # Each row is within bounds (the parser saw to that); together, or in doses,
            # they are not.
            problems.append(
                _problem(
                    "note_quantity_too_large",
                    rows[-1],
                    dn.PACKS,
                    "too_large",
                    value=" + ".join(str(p) for p in packs) if len(packs) > 1 else str(total),
                    max=min(MAX_PACKS_PER_LINE, MAX_DOSES_PER_MOVEMENT // per_pack),
                )
            )
            continue
        lines.append(
            ImportLine(
                rows=tuple(r.row for r in rows),
                product_id=product.id,
                product=product.name,
                varenummer=product.varenummer,
                gtin=product.gtin,
                programme_code=product.programme_code,
                batch=batch,
                expiry=expiry,
                packs=total,
                doses_per_pack=per_pack,
                condition=condition,
                use_by=use_by,
                note=head.remark,
            )
        )
    problems.sort(key=dn.problem_order)
    preview = ImportPreview(
        file=parsed.file,
        note_number=note_number,
        delivered_on=delivered_on,
        location_code=location_code,
        lines=lines,
        problems=problems,
        short_dated=short_dated,
    )
    return preview, products


def imported_file(comment: str) -> str | None:
    """The file an imported receipt came from, read from its comment; else ``None``."""
    if comment.startswith(IMPORTED_FROM):
        return comment[len(IMPORTED_FROM) :].strip() or None
    return None


def summary(receipt: ReceiptView, language: str = "en") -> str:
    """One line saying what was received, e.g. for the command line."""
    lines, packs, doses = len(receipt.lines), receipt.packs, receipt.doses
    if language == "da":
        return (
            f"modtaget {receipt.note_number}: {formats.count(lines, 'linje', 'linjer', language)}, "
            f"{formats.count(packs, 'pakning', 'pakninger', language)}, "
            f"{formats.count(doses, 'dosis', 'doser', language)} til {receipt.location_code}"
        )
    return (
        f"received {receipt.note_number}: {formats.count(lines, 'line', 'lines', language)}, "
        f"{formats.count(packs, 'pack', 'packs', language)}, "
        f"{formats.count(doses, 'dose', 'doses', language)} into {receipt.location_code}"
    )
