"""Shipments from another region are not taken on trust, on SQLite and PostgreSQL.

Region Hovedstaden (its own SQLite database, its own signing key) sends two shipment
files to Region Midtjylland, whose database is the test's (``app``, both engines):
100 syringes of Vaxigrip, and 12 thawed doses of Comirnaty.  Midtjylland trusts
Hovedstaden's public key.  Then every way a file can be wrong is tried on the receiving
side: edited on the way (the signature no longer matches), signed by a key that is not
trusted, or signed but wrong in itself (a sending program that is broken or hostile:
those files are signed again with Hovedstaden's key to get past the signature).  Each
is refused with a typed problem naming the field, and not one row of any table changes.
Finally eight workstations receive one file at the same moment: it is booked once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain import shipment as sh
from pharmacy_app.domain import signing
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, signing_keys, transfers
from pharmacy_app.services.app import App
from tests.helpers import at_once, balance, set_home, table_digest, workstation
from tests.paperlog import Clock, PaperLog
from tests.shipment_files import (  # noqa: F401 - sent_fixture, shipped_fixture: fixtures
    Shipped,
    doc_of,
    edit,
    resign,
    sent_fixture,
    shipped_fixture,
)


def refused(app: App, document: bytes, code: str, field: str | None = None) -> DomainError:
    """Receiving ``document`` is refused with ``code`` (naming ``field``), in both
    languages, and writes nothing at all."""
    before = table_digest(app)
    with pytest.raises(DomainError) as info:
        transfers.receive_from_region(app, document)
    found = [(p.code, p.params.get("field")) for p in info.value.problems]
    assert any(c == code and (field is None or f == field) for c, f in found), found
    assert info.value.text("en") and info.value.text("da")
    if field is not None:
        assert field in info.value.text("en") and field in info.value.text("da")
    assert table_digest(app) == before, "a refused shipment wrote something"
    return info.value


# --------------------------------------------------------------------------- the good path


def test_a_signed_shipment_is_received_once(app: App, shipped: Shipped) -> None:
    got = transfers.receive_from_region(app, shipped.syringes)
    assert (got.from_code, got.to_code, got.doses, got.batch) == ("OTHER_REGION", "MJ-APO", 100, "VX1")
    part = transfers.receive_from_region(app, shipped.thawed)
    assert (part.doses, part.batch) == (12, "FZ1")
    with app.db.read() as s:
        lot = s.get(m.Lot, part.lot_id)
        assert (lot.thawed_on.isoformat(), lot.use_by.isoformat()) == ("2026-10-31", "2027-01-09")
        rows = s.scalars(sa.select(m.ReceivedShipment).order_by(m.ReceivedShipment.id)).all()
        assert [(r.reference, r.from_region, r.movement_id) for r in rows] == [
            ("OV-100", "1084", got.movement_id),
            ("OV-101", "1084", part.movement_id),
        ]
        assert rows[0].shipment_id == doc_of(shipped.syringes)["shipment_id"]
        assert rows[0].document == shipped.syringes  # kept as received, signature and all

    err = refused(app, shipped.syringes, "shipment_already_received")
    assert "OV-100" in err.text("en") and "tester" in err.text("da")
    assert balance(app, "MJ-APO", got.lot_id) == 100
    assert queries.check_ledger(app).ok


# --------------------------------------------------------------------------- edited on the way


EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "doses 100 -> 100000": lambda d: d.update(doses=100_000),
    "doses and the history's last line": lambda d: (
        d.update(doses=100_000),
        d["history"][-1].update(doses=100_000),
        d["history"][0].update(doses=100_000),
    ),
    "reference": lambda d: d.update(reference="OV-100-B"),
    "shipment id": lambda d: d.update(shipment_id="0b6f6f2e-1111-4222-8333-444455556666"),
    "expiry": lambda d: d["lot"].update(expiry="2027-12-31", use_by="2027-12-31"),
    "forged history": lambda d: d["history"].insert(
        0, dict(d["history"][0], doses=99_900, reference="FS-FORGED")
    ),
    "receiving region's name": lambda d: d["to"].update(region_name="Region X"),
    "signature of another file": lambda d: d["signature"].update(
        value=d["signature"]["value"][::-1]
    ),
}


def test_a_file_edited_on_its_way_is_refused(app: App, shipped: Shipped) -> None:
    for name, change in EDITS.items():
        err = refused(app, edit(shipped.syringes, change), "shipment_signature_invalid")
        assert "1084" in err.text("da"), name
    transfers.receive_from_region(app, shipped.syringes)  # the original still goes in


def test_an_edited_sending_region_finds_no_trusted_key(app: App, shipped: Shipped) -> None:
    edited = edit(shipped.syringes, lambda d: d["from"].update(region="1083"))
    err = refused(app, edited, "shipment_key_untrusted")
    assert "1083" in err.text("en")
    own_region = edit(shipped.syringes, lambda d: d["from"].update(region="1082"))
    refused(app, own_region, "shipment_field_invalid", "from.region")


def test_a_garbage_history_is_refused_naming_the_field(app: App, shipped: Shipped) -> None:
    for garbage, field in (
        ("garbage", "history"),
        ([], "history"),
        ([1, 2, 3], "history[1]"),
        ([{"occurred_at": "yesterday"}], "history[1].occurred_at"),
    ):
        refused(
            app,
            edit(shipped.syringes, lambda d, g=garbage: d.update(history=g)),
            "shipment_field_invalid",
            field,
        )


# --------------------------------------------------------------------------- keys


def test_an_untrusted_or_revoked_key_is_refused(
    app: App, shipped: Shipped, tmp_path: Path
) -> None:
    # Someone with a key of their own writes a file "from Region Hovedstaden".
    forger = signing.new_private_key()
    forged = resign(shipped.syringes, lambda d: None, forger)
    err = refused(app, forged, "shipment_key_untrusted")
    assert signing.show_fingerprint(signing.fingerprint(signing.raw_public_key(forger))) in err.text("en")

    own_fingerprint = signing_keys.key_fingerprint(shipped.public_key_pem)
    revoked = signing_keys.revoke(app, signing.show_fingerprint(own_fingerprint)[:24])
    assert not revoked.active and revoked.revoked_by == "tester"
    refused(app, shipped.syringes, "shipment_key_untrusted")
    again = signing_keys.trust(
        app, region_code="1084", key_text=shipped.public_key_pem, label="RH-APO, ny pc"
    )
    assert again.active and again.label == "RH-APO, ny pc"
    assert transfers.receive_from_region(app, shipped.syringes).doses == 100


def test_trusting_a_key_is_checked(app: App, shipped: Shipped) -> None:
    pem = shipped.public_key_pem
    raw = signing.parse_public_key(pem)
    # The same key in the other accepted forms: one line of base64, the raw 32 bytes.
    one_line = "".join(pem.splitlines()[1:-1])
    assert signing.parse_public_key(one_line) == raw
    assert signing.parse_public_key(signing.encode_raw(raw)) == raw
    assert signing_keys.key_fingerprint(one_line) == signing.fingerprint(raw)

    def code(**kw: str) -> str:
        with pytest.raises(DomainError) as info:
            signing_keys.trust(app, **{"region_code": "1081", "key_text": pem} | kw)
        assert info.value.text("da")
        return info.value.code

    assert code(key_text="not a key") == "shipment_key_invalid"
    assert code(key_text="-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----") == "shipment_key_invalid"
    assert code(key_text="x" * 10_000) == "shipment_key_invalid"
    assert code(region_code="9999", key_text=signing.encode_raw(bytes(32))) == "region_unknown"
    assert code(region_code="1082") == "shipment_key_own_region"
    assert code(region_code="1084") == "shipment_key_already_trusted"
    assert code() == "shipment_key_other_region"
    with pytest.raises(DomainError) as info:
        signing_keys.revoke(app, "0000")
    assert info.value.code == "shipment_key_unknown"
    [listed] = signing_keys.list_trusted(app)
    assert (listed.region_code, listed.fingerprint, listed.active) == ("1084", signing.fingerprint(raw), True)


def test_the_private_key_is_made_once_and_kept_private(app: App, tmp_path: Path) -> None:
    path = app.key_file
    assert not path.exists()
    first = signing_keys.own_key(app)
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    assert signing_keys.own_key(app).fingerprint == first.fingerprint  # made once
    with app.db.read() as s:  # the database holds no private key
        assert not any("PRIVATE KEY" in repr(tuple(r)) for r in s.execute(sa.select(m.Setting)))

    os.chmod(path, 0o644)
    with pytest.raises(DomainError) as info:
        signing_keys.private_key(app)
    assert info.value.code == "signing_key_unsafe" and str(path) in info.value.text("en")
    os.chmod(path, 0o600)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    with pytest.raises(DomainError) as info:
        signing_keys.private_key(app)
    assert info.value.code == "signing_key_unreadable"


def test_without_a_usable_key_the_stock_does_not_leave(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    paper = PaperLog(app, clock)
    paper.run("2026-11-02 receive 123456 VX9 exp 2027-05-31 2 packs ref FS-1")
    set_home(app, "RH-APO")
    signing_keys.own_key(app)
    os.chmod(app.key_file, 0o640)
    before = table_digest(app)
    with pytest.raises(DomainError) as info:
        transfers.send_to_region(
            app, lot_id=paper.lots["VX9"], doses=10, region_code="1082", reference="OV-1"
        )
    assert info.value.code == "signing_key_unsafe"
    assert table_digest(app) == before


# --------------------------------------------------------------------------- signed, but wrong


def _history_thawed_later(d: dict[str, Any]) -> None:
    d["lot"].update(thawed_on="2026-11-05", use_by="2027-01-14")


BROKEN: dict[str, tuple[str, Callable[[dict[str, Any]], None], str, str]] = {
    # name: (file, change, problem, field)
    "unknown sending region": ("syringes", lambda d: d["from"].update(region="9999"), "shipment_field_invalid", "from.region"),
    "our own region": ("syringes", lambda d: d["from"].update(region="1082"), "shipment_field_invalid", "from.region"),
    "another receiving region": ("syringes", lambda d: d["to"].update(region="1085"), "passport_wrong_region", ""),
    "thaw date in the future": ("thawed", _history_thawed_later, "shipment_field_invalid", "lot.thawed_on"),
    "sent in the future": ("syringes", lambda d: d.update(sent_at="2026-12-24T09:00:00+00:00"), "shipment_field_invalid", "sent_at"),
    "sent long ago": ("syringes", lambda d: d.update(sent_at="2024-01-02T09:00:00+00:00"), "shipment_field_invalid", "sent_at"),
    "expiry 31-12-9999": ("syringes", lambda d: d["lot"].update(expiry="9999-12-31", use_by="9999-12-31"), "shipment_field_invalid", "lot.expiry"),
    "use-by after expiry": ("thawed", lambda d: d["lot"].update(use_by="2027-06-30"), "shipment_field_invalid", "lot.use_by"),
    "use-by longer than the catalogue": ("thawed", lambda d: d["lot"].update(use_by="2027-03-01"), "shipment_field_invalid", "lot.use_by"),
    "expired": ("syringes", lambda d: d["lot"].update(expiry="2026-10-31", use_by="2026-10-31"), "shipment_field_invalid", "lot.use_by"),
    "not a date": ("syringes", lambda d: d["lot"].update(expiry="31-05-2027"), "shipment_field_invalid", "lot.expiry"),
    "part of a vial": ("thawed", lambda d: (d.update(doses=10), d["history"][-1].update(doses=10)), "shipment_field_invalid", "doses"),
    "more than one movement may carry": ("syringes", lambda d: d.update(doses=10**17), "shipment_field_invalid", "doses"),
    "doses a float": ("syringes", lambda d: d.update(doses=100.0), "shipment_field_invalid", "doses"),
    "doses text": ("syringes", lambda d: d.update(doses="100"), "shipment_field_invalid", "doses"),
    "doses zero": ("syringes", lambda d: d.update(doses=0), "shipment_field_invalid", "doses"),
    "unknown product": ("syringes", lambda d: d["product"].update(varenummer="999999"), "shipment_field_invalid", "product.varenummer"),
    "GTIN of another product": ("syringes", lambda d: d["product"].update(gtin="07046261234573"), "shipment_field_invalid", "product.gtin"),
    "doses per vial": ("thawed", lambda d: d["product"].update(doses_per_unit=10), "shipment_field_invalid", "product.doses_per_unit"),
    "batch with the serial glued on": ("syringes", lambda d: d["lot"].update(batch="VX1\x1d21SERIAL"), "shipment_field_invalid", "lot.batch"),
    "more shipped than ever came in": ("syringes", lambda d: (d.update(doses=300), d["history"][-1].update(doses=300)), "shipment_field_invalid", "history"),
    "history not ending with the shipment": ("syringes", lambda d: d["history"].pop(), "shipment_field_invalid", "history[1]"),
    "history out of order": ("syringes", lambda d: d["history"][0].update(occurred_at="2026-11-01T10:00:00+00:00"), "shipment_field_invalid", "history[2].occurred_at"),
    "history after it was sent": ("syringes", lambda d: d["history"][-1].update(occurred_at="2026-11-01T12:00:00+00:00"), "shipment_field_invalid", "history[2].occurred_at"),
    "history of an unknown kind": ("syringes", lambda d: d["history"][0].update(kind="magic"), "shipment_field_invalid", "history[1].kind"),
    "history negative doses": ("syringes", lambda d: d["history"][0].update(doses=-5), "shipment_field_invalid", "history[1].doses"),
    "history missing a field": ("syringes", lambda d: d["history"][0].pop("to"), "shipment_field_invalid", "history[1].to"),
    "an unknown field": ("syringes", lambda d: d.update(bonus=1), "shipment_field_invalid", "bonus"),
    "not a shipment id": ("syringes", lambda d: d.update(shipment_id="42"), "shipment_field_invalid", "shipment_id"),
    "a reference of 300 characters": ("syringes", lambda d: d.update(reference="R" * 300), "shipment_field_invalid", "reference"),
    "a carriage return in the reference": ("syringes", lambda d: d.update(reference="OV\r=cmd"), "shipment_field_invalid", "reference"),
    "an older, unsigned file": ("syringes", lambda d: d.update(version=1), "shipment_field_invalid", "version"),
}


def test_a_signed_file_that_is_wrong_in_itself_is_refused(app: App, shipped: Shipped) -> None:
    for case, (which, change, code, field) in BROKEN.items():
        document = resign(getattr(shipped, which), change, shipped.key)
        try:
            refused(app, document, code, field or None)
        except BaseException as err:
            raise AssertionError(f"case {case!r}") from err


@pytest.mark.parametrize(
    "raw, why",
    [
        (b"", "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "not a shipment file"),
        (b'{"format": "pharmacy-app/lot-passport", "format": "x"}', "appears twice"),
        (b'{"format": "pharmacy-app/lot-passport", "doses": NaN}', "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b'{"doses": 1' + b"0" * 5000 + b"}", "not JSON"),
        (b" " * (sh.MAX_DOCUMENT_BYTES + 1), "larger than"),
    ],
)
def test_a_file_that_is_not_a_shipment_file_is_refused(app: App, raw: bytes, why: str) -> None:
    set_home(app, "MJ-APO")
    err = refused(app, raw, "shipment_file_unreadable")
    assert why in err.text("en")


def test_a_missing_file_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as info:
        transfers.read_shipment_file(tmp_path / "nowhere.json")
    assert info.value.code == "shipment_file_unreadable" and "nowhere.json" in info.value.text("da")


def test_a_garbage_file_gets_a_short_answer(app: App, shipped: Shipped) -> None:
    """A history of 5,000 broken lines is answered with the first problems, not 5,000."""
    err = refused(
        app,
        resign(shipped.syringes, lambda d: d.update(history=[{"x": 1}] * 5000), shipped.key),
        "shipment_field_invalid",
    )
    assert len(err.problems) == sh.MAX_PROBLEMS


# --------------------------------------------------------------------------- the race


def receive_worker(url: str, name: str, document: bytes, now: datetime, barrier, results) -> None:
    def act(app: App) -> tuple[str, object]:
        return "posted", transfers.receive_from_region(app, document).movement_id

    workstation(url, name, now, barrier, results, act)


RACERS = 8


@pytest.mark.slow
def test_eight_workstations_receiving_one_shipment_book_it_once(
    app: App, shipped: Shipped, db_url: str, clock: Clock
) -> None:
    before = queries.check_ledger(app).movements
    outcomes = at_once(
        receive_worker, [(db_url, f"ws{i}", shipped.syringes, clock.now) for i in range(RACERS)]
    )
    kinds = sorted(kind for _name, kind, _detail in outcomes)
    assert kinds == ["posted"] + ["shipment_already_received"] * (RACERS - 1), outcomes
    assert all("already received" in detail for _n, kind, detail in outcomes if kind != "posted")
    report = queries.check_ledger(app)
    assert report.ok, report.breaches
    assert report.movements == before + 1
    with app.db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(m.ReceivedShipment)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(m.LotProvenance)) == 1


def _second_shipment_of(document: bytes) -> Callable[[dict[str, Any]], None]:
    """The same lot sent again under another shipment id and reference."""

    def change(d: dict[str, Any]) -> None:
        d["shipment_id"] = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
        d["reference"] = "OV-100-B"
        d["history"][-1]["reference"] = "OV-100-B"

    return change


@pytest.mark.slow
def test_two_shipments_of_one_new_lot_received_at_once_both_go_in(
    app: App, shipped: Shipped, db_url: str, clock: Clock
) -> None:
    """Four workstations receive shipment A, four shipment B, both of lot VX1 that this
    region does not know yet: each is booked once, the lot is made once (a workstation
    that lost the race to create it finds it and books its shipment)."""
    second = resign(shipped.syringes, _second_shipment_of(shipped.syringes), shipped.key)
    files = [shipped.syringes, second] * (RACERS // 2)
    outcomes = at_once(
        receive_worker, [(db_url, f"ws{i}", doc, clock.now) for i, doc in enumerate(files)]
    )
    kinds = sorted(kind for _name, kind, _detail in outcomes)
    assert kinds == ["posted"] * 2 + ["shipment_already_received"] * (RACERS - 2), outcomes
    with app.db.read() as s:
        lots = s.scalars(sa.select(m.Lot).where(m.Lot.batch == "VX1")).all()
        assert len(lots) == 1
        refs = sorted(s.scalars(sa.select(m.ReceivedShipment.reference)))
        assert refs == ["OV-100", "OV-100-B"]
    assert balance(app, "MJ-APO", lots[0].id) == 200
    assert queries.check_ledger(app).ok
