"""The activity log: every change that is not a movement, in the audit chain.

:func:`record` adds one entry inside the caller's transaction (so the entry and the
change it describes are committed together or not at all): who (``app.user``), when
(``app.now()``), where (the workstation), what kind of change (:class:`Kind`), its
subject (a setting's key, a product's varenummer, a location's code, ...), the values
before and after as JSON text (``None`` for "did not exist" / "no longer exists") and a
note.  It takes the chain's head (``services.chain``) so the entry gets the next place
and its hash.  Anywhere in a transaction: the head is always locked before any balance
(``ledger.post_many`` takes it first too), so the locks are taken in one order.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.audit_chain import ACTIVITY
from pharmacy_app.services import chain
from pharmacy_app.services.app import App

MAX_SUBJECT = 200


class Kind(StrEnum):
    """What an activity entry is about (the Audit page filters by it)."""

    SETTING = "setting"
    PRODUCT = "product"
    LOCATION = "location"
    RECALL = "recall"
    MONTH_CLOSE = "month_close"
    STOCKTAKE_APPROVAL = "stocktake_approval"
    STOCKTAKE_POSTING = "stocktake_posting"
    SIGNING_KEY = "signing_key"
    RESTORE = "restore"
    USER = "user"
    ROLE = "role"
    EXCURSION = "excursion"
    EXCURSION_DECISION = "excursion_decision"
    STOCK_TARGET = "stock_target"
    EXPECTED_DELIVERY = "expected_delivery"


def as_json(value: Any) -> str | None:
    """A before/after value as the log stores it: JSON text with sorted keys (dates and
    moments as ISO text), or ``None``."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return str(value)


def record(
    session: Session,
    app: App,
    kind: Kind | str,
    subject: str,
    before: Any,
    after: Any,
    note: str = "",
    *,
    now: datetime | None = None,
) -> int:
    """Add one chained activity entry in the caller's transaction; its id.  ``now`` is
    the use case's one reading of the clock, if it has one (else ``app.now()``)."""
    row: dict[str, object] = {
        "occurred_at": now or app.now(),
        "user_name": app.user,
        "workstation": chain.workstation(session),
        "kind": str(kind),
        "subject": str(subject)[:MAX_SUBJECT],
        "before": as_json(before),
        "after": as_json(after),
        "note": note.strip(),
    }
    head = chain.take_head(session)
    head.append(ACTIVITY, row)
    chain.put_head(session, head)
    return int(session.execute(insert(_TABLE).returning(_TABLE.c.id), row).scalar_one())


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, before and after (an edit's entry)."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


_TABLE = cast(Table, m.Activity.__table__)
