"""A pack scanned while counting: one pack's worth of units added to its lot's count.

The Stocktake page reads a keyboard-wedge scanner's GS1 element string the way the
Receiving page does (``ui/common/scan_capture``); :func:`scan` names the product by the
scan's GTIN and the lot by its batch, and adds the product's units per pack to the
lot's count at the counted place (a lot the count did not expect there is added as
found).  What must hold: a scan that does not parse, names no known product or no lot
ever received, adds nothing and says why (a typed problem); the addition is made under
the count's lock (``stocktake.record_counts(adding=True)``), so two scans of the same
lot from two workstations both count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import gs1
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.stocktake import CountEntry, LineView, StocktakeView, record_counts


@dataclass(frozen=True)
class CountScan:
    """What one scan did: the count as the counter sees it now, the line the pack went
    to, the units added (one pack), and whether the lot was not expected there before."""

    view: StocktakeView
    line: LineView
    units_added: int
    found: bool


@requires(Role.STAFF)
@declares(Change.STOCKTAKE)
def scan(app: App, stocktake_id: int, text: str) -> CountScan:
    """Add the scanned pack to its lot's count in ``stocktake_id``; refused whole with
    the problem when the scan is unreadable or names nothing known.  ``found`` says the
    pack is the first of a lot the count did not expect."""
    parsed = gs1.interpret(text)
    if isinstance(parsed, Problem):
        raise DomainError([parsed])
    with app.db.read() as s:
        product = s.scalars(select(m.Product).where(m.Product.gtin == parsed.gtin)).first()
        if product is None:
            raise fail("scan_unknown_gtin", gtin=parsed.gtin)
        known = s.scalars(
            select(m.Lot.id).where(m.Lot.product_id == product.id, m.Lot.batch == parsed.batch)
        ).first()
        if known is None:
            raise fail(
                "count_scan_lot_unknown",
                product=product.short_name or product.name,
                batch=parsed.batch,
            )
        varenummer, per_pack = product.varenummer, product.units_per_pack
    entry = CountEntry(row=1, varenummer=varenummer, batch=parsed.batch, units=per_pack)
    view = record_counts(app, stocktake_id, [entry], adding=True)
    # The line the pack went to: the one of this batch counted last (a thawed part of
    # the batch is a lot of its own; the service chose which).
    line = max(
        (
            ln
            for ln in view.lines
            if ln.varenummer == varenummer and ln.batch == parsed.batch and ln.counted_at
        ),
        key=lambda ln: (ln.counted_at, ln.line_id),
    )
    # Found by this scan: a lot the count did not expect, holding just this pack.
    found = line.unexpected and line.counted_units == per_pack
    return CountScan(view=view, line=line, units_added=per_pack, found=found)
