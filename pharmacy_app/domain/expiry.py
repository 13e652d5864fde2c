"""Expiry rules.

The effective use-by of stock is the earlier of the manufacturer's expiry and, once
thawed, the thaw date plus the product's thawed shelf life.  Stock may be used on its
use-by date and not after it.
"""

from __future__ import annotations

from datetime import date, timedelta


def effective_use_by(expiry: date, thawed_on: date | None, thawed_shelf_life_days: int | None) -> date:
    if thawed_on is None or thawed_shelf_life_days is None:
        return expiry
    return min(expiry, thawed_on + timedelta(days=thawed_shelf_life_days))


def is_expired(use_by: date, on: date) -> bool:
    """True when stock with this use-by can no longer be used on ``on``."""
    return on > use_by


def days_left(use_by: date, today: date) -> int:
    return (use_by - today).days
