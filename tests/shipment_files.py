"""Shipment files between two regions' databases, for the shipment tests.

Region Hovedstaden (its own SQLite database and signing key) sends two files to Region
Midtjylland: 100 syringes of Vaxigrip, and 12 thawed doses of Comirnaty.  ``sent`` makes
them once per test module; ``shipped`` makes the test's database (``app``) Region
Midtjylland's, trusting Hovedstaden's key.  ``edit`` changes a file on its way (the
signature left as it was); ``resign`` changes it and signs it again with Hovedstaden's
key, as a broken or hostile sending program would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pharmacy_app.domain import shipment as sh
from pharmacy_app.domain import signing
from pharmacy_app.services import receiving, signing_keys, transfers
from pharmacy_app.services.app import App, open_app
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

SENT_AT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)  # the receiving clock stands a day later
SENDER_LOG = """
2026-10-20 receive 123456 VX1 exp 2027-05-31 20 packs ref FS-9   // 200 syringes
2026-10-20 receive 412345 FZ1 exp 2027-03-31 2 packs ref FS-9    // 120 doses, 6 a vial
"""


@dataclass
class Shipped:
    public_key_pem: str  # the sender's, as it gave it to Midtjylland
    key: Any  # the sender's private key, to sign files a broken sender would write
    syringes: bytes  # 100 doses of Vaxigrip VX1
    thawed: bytes  # 12 thawed doses of Comirnaty FZ1


def send_files(where: Path) -> Shipped:
    """Region Hovedstaden, in its own database in ``where``, sends the two files."""
    clock = Clock(SENT_AT)
    sender = open_app(
        f"sqlite:///{where / 'hovedstaden.db'}", user="rh", clock=clock, key_file=where / "key.pem"
    )
    try:
        paper = PaperLog(sender, clock)
        paper.run(SENDER_LOG)
        set_home(sender, "RH-APO")
        clock.set(SENT_AT)
        thawed = receiving.thaw(
            sender,
            lot_id=paper.lots["FZ1"],
            location_code="RH-APO",
            doses=12,
            thawed_at=datetime(2026, 10, 31, 8, 0, tzinfo=UTC),
        )
        syringes = transfers.send_to_region(
            sender, lot_id=paper.lots["VX1"], doses=100, region_code="1082", reference="OV-100"
        )
        part = transfers.send_to_region(
            sender, lot_id=thawed.lot_id, doses=12, region_code="1082", reference="OV-101"
        )
        return Shipped(
            signing_keys.own_key(sender).public_key_pem,
            signing_keys.private_key(sender),
            syringes.document,
            part.document,
        )
    finally:
        sender.close()


def receive_as_midtjylland(app: App, sent: Shipped) -> Shipped:
    """Region Midtjylland (the test's database) trusts Hovedstaden's key."""
    set_home(app, "MJ-APO")
    signing_keys.trust(app, region_code="1084", key_text=sent.public_key_pem, label="RH-APO")
    return sent


@pytest.fixture(scope="module", name="sent")
def sent_fixture(tmp_path_factory: pytest.TempPathFactory) -> Shipped:
    """What Region Hovedstaden sent (once for the module: receiving never changes it)."""
    return send_files(tmp_path_factory.mktemp("hovedstaden"))


@pytest.fixture(name="shipped")
def shipped_fixture(app: App, sent: Shipped) -> Shipped:
    return receive_as_midtjylland(app, sent)


def doc_of(document: bytes) -> dict[str, Any]:
    return json.loads(document)


def edit(document: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The file changed on its way, signature left as it was."""
    doc = doc_of(document)
    change(doc)
    return json.dumps(doc).encode()


def resign(document: bytes, change: Callable[[dict[str, Any]], None], key: Any) -> bytes:
    """The file as a broken or hostile sending program would write it: changed, then
    signed with the sending pharmacy's own key."""
    doc = doc_of(document)
    change(doc)
    doc.pop("signature", None)
    doc["signature"] = signing.sign(key, signing.canonical_bytes(doc))
    return sh.to_bytes(doc)


