"""Receiving tests' products, a GS1 pack code maker, the home pharmacy set, and the
counts that show a refused action wrote nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.services import reference
from pharmacy_app.services.app import App

# The clock fixture stands at 2026-11-02 09:00 UTC.
VAXIGRIP = "07046261234566"
COMIRNATY = "07046264123454"


def pack(gtin: str, expiry: str, batch: str, serial: str, prefix: str = "]d2") -> str:
    return f"{prefix}01{gtin}17{expiry}10{batch}{GS}21{serial}"


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


def counts(app: App) -> tuple[int, int, int, int]:
    with app.db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(sa.text(f"select count(*) from {t}")).scalar_one()
            for t in ("movement", "lot", "receipt_scan", "receipt_line")
        )
