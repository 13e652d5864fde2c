"""Scanning packs into a draft receipt: one GS1 DataMatrix scan is one pack.

A scan never raises: a code that cannot be read, an unknown GTIN, a serial already
received (here or on another workstation at the same moment), an implausible or past
expiry each come back as the problem of a :class:`ScanOutcome`, and nothing is written.
A good scan adds a pack to the line of the same lot, or starts one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pharmacy_app.db import models as m
from pharmacy_app.domain import gs1
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.limits import implausible_expiry
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving.drafts import draft_receipt, new_line
from pharmacy_app.services.receiving.queries import view
from pharmacy_app.services.receiving.rules import default_condition, expired_on_arrival
from pharmacy_app.services.receiving.views import ScanOutcome


@requires(Role.STAFF)
@declares(Change.RECEIPT_DRAFT)
def scan(app: App, receipt_id: int, text: str) -> ScanOutcome:
    """Add one scanned pack.  Never raises for a bad scan: the problem is returned and
    nothing is written."""
    parsed = gs1.interpret(text)
    if isinstance(parsed, Problem):
        return ScanOutcome(None, problem=parsed)
    now = app.now()
    today = local_day(now)
    try:
        with app.db.write() as s:
            receipt = draft_receipt(s, receipt_id)
            product = s.scalars(select(m.Product).where(m.Product.gtin == parsed.gtin)).first()
            if product is None:
                return ScanOutcome(
                    view(s, receipt, today),
                    problem=Problem("scan_unknown_gtin", {"gtin": parsed.gtin}),
                )
            if parsed.serial:
                seen = s.scalars(
                    select(m.ReceiptScan).where(
                        m.ReceiptScan.product_id == product.id,
                        m.ReceiptScan.serial == parsed.serial,
                    )
                ).first()
                if seen is not None:
                    note = s.get(m.Receipt, seen.receipt_id)
                    return ScanOutcome(
                        view(s, receipt, today),
                        problem=Problem(
                            "scan_duplicate_serial",
                            {"serial": parsed.serial, "note": note.note_number if note else "?"},
                        ),
                    )
            implausible = implausible_expiry(
                parsed.expiry, today, batch=parsed.batch, product=product.name
            )
            if implausible is not None:
                return ScanOutcome(view(s, receipt, today), problem=implausible)
            if is_expired(parsed.expiry, today):
                return ScanOutcome(
                    view(s, receipt, today),
                    problem=expired_on_arrival(
                        parsed.batch, product.name, parsed.expiry, today
                    ),
                )
            condition = default_condition(product)
            match = next(
                (
                    line
                    for line in receipt.lines
                    if line.product_id == product.id
                    and line.batch == parsed.batch
                    and line.expiry == parsed.expiry
                    and line.condition == condition
                    and not line.hold
                ),
                None,
            )
            if match is None:
                match = new_line(
                    s,
                    receipt,
                    product,
                    parsed.batch,
                    parsed.expiry,
                    1,
                    condition,
                    None,
                    False,
                    "",
                    "",
                )
            else:
                match.packs += 1
            if parsed.serial:
                s.add(
                    m.ReceiptScan(
                        receipt_id=receipt.id,
                        line_id=match.id,
                        product_id=product.id,
                        serial=parsed.serial,
                        scanned_at=now,
                        scanned_by=app.user,
                    )
                )
            s.flush()
            s.refresh(receipt)
            return ScanOutcome(view(s, receipt, today), line_id=match.id)
    except DomainError as err:
        return ScanOutcome(None, problem=err.problems[0])
    except IntegrityError:  # the same serial scanned at the same moment on another workstation
        return ScanOutcome(
            None, problem=Problem("scan_duplicate_serial", {"serial": parsed.serial, "note": "?"})
        )
