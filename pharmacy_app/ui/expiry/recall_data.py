"""What the Recall tab shows, loaded on a worker thread: the batches in stock (every lot
of one product and batch, summed over locations; found by batch, product or item
number), the batches already recalled, and the location kinds' names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pharmacy_app.services import queries, recall, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.services.recall import RecallView
from pharmacy_app.services.reference import KindInfo

MAX_STOCK_ROWS = 5000


@dataclass(frozen=True)
class BatchRow:
    """A batch in stock: every lot of one product and batch, summed over locations."""

    lot_id: int  # a lot of the batch (the one received, when it is in stock)
    product_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    doses: int
    locations: int
    recalled: bool
    full_name: str = ""  # the product's full name (``product`` is the short one shown)


@dataclass(frozen=True)
class RecallData:
    batches: list[BatchRow]
    recalled: list[RecallView]
    kinds: list[KindInfo]


def load_recall_data(app: App, text: str) -> RecallData:
    rows = queries.stock_rows(app, StockFilter(text=text), limit=MAX_STOCK_ROWS)
    recalled = recall.recalled_lots(app)
    recalled_ids = {i for v in recalled for i in v.lot_ids}
    groups: dict[tuple[int, str], list[queries.StockRow]] = {}
    for r in rows:
        groups.setdefault((r.product_id, r.batch), []).append(r)
    batches = []
    for (product_id, batch), items in groups.items():
        first = min(items, key=lambda r: (r.thawed_on is not None, r.lot_id))
        batches.append(
            BatchRow(
                first.lot_id,
                product_id,
                first.product_short or first.product,
                first.varenummer,
                batch,
                first.expiry,
                sum(r.doses for r in items),
                len({r.location_id for r in items}),
                any(r.lot_id in recalled_ids for r in items),
                first.product,
            )
        )
    batches.sort(key=lambda b: (b.product.lower(), b.batch))
    return RecallData(batches, recalled, reference.list_location_kinds(app))
