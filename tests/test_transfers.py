"""Transfers after a round on SQLite and PostgreSQL: site to site, back to the pharmacy,
and to another region's pharmacy with the lot passport, received in a second database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, receiving, reference, stock, transfers
from pharmacy_app.services.app import App, open_app
from tests.helpers import balance, give_storage, home_log, trust_sender
from tests.paperlog import Clock, PaperLog

LOG = """
2026-10-01 receive 412345 CA1 exp 2027-03-31 2 packs     // #1 120 doses, 6 a vial
2026-10-01 receive 123456 VX1 exp 2027-05-31 4 packs     // #2 40 syringes
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 transfer CA1 RH-APO -> VC-A 60                // #3
2026-10-01 transfer VX1 RH-APO -> VC-A 20                // #4
2026-10-02 give CA1 VC-A 5                               // #5
"""


@pytest.fixture
def paper(app: App, clock: Clock) -> PaperLog:
    log = home_log(app, clock, LOG)
    # Both sites keep Comirnaty frozen here (thaw on the way: test_thaw_on_dispatch.py).
    for code in ("VC-A", "DC-B"):
        give_storage(app, code, "ultralow", "fridge")
    return log


def test_site_to_site_and_back_to_the_pharmacy(app: App, paper: PaperLog) -> None:
    ca1, vx1 = paper.lots["CA1"], paper.lots["VX1"]
    moved = transfers.transfer_between_sites(
        app, lot_id=ca1, from_code="VC-A", to_code="DC-B", doses=13, note="DC-B ran out"
    )
    # Between sites single doses of an opened multi-dose vial may move; the pharmacy moves vials.
    assert (moved.kind, moved.from_code, moved.to_code, moved.doses) == (
        "transfer",
        "VC-A",
        "DC-B",
        13,
    )
    assert balance(app, "VC-A", ca1) == 60 - 5 - 13 and balance(app, "DC-B", ca1) == 13
    with pytest.raises(DomainError) as err:
        transfers.transfer_between_sites(
            app, lot_id=ca1, from_code="VC-A", to_code="RH-APO", doses=6
        )
    assert err.value.code == "transfer_not_a_site"
    with pytest.raises(DomainError) as err:
        transfers.transfer_between_sites(app, lot_id=ca1, from_code="SSI", to_code="NOPE", doses=6)
    assert [p.code for p in err.value.problems] == ["transfer_not_a_site", "location_unknown"]
    with pytest.raises(DomainError) as err:
        transfers.return_to_pharmacy(app, lot_id=vx1, from_code="VC-A", doses=21)
    assert err.value.code == "insufficient_stock"
    with pytest.raises(DomainError) as err:
        transfers.return_to_pharmacy(app, lot_id=ca1, from_code="VC-A", doses=7)
    assert err.value.code == "quantity_not_whole_units"
    back = transfers.return_to_pharmacy(
        app, lot_id=ca1, from_code="VC-A", doses=36, note="over-stocked"
    )
    assert (back.from_code, back.to_code, back.doses) == ("VC-A", "RH-APO", 36)
    assert balance(app, "RH-APO", ca1) == 60 + 36

    # A recalled lot never goes to another site, but comes back to the pharmacy.
    with app.db.write() as s:
        s.get(m.Lot, vx1).recalled_at = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    with pytest.raises(DomainError) as err:
        transfers.transfer_between_sites(app, lot_id=vx1, from_code="VC-A", to_code="DC-B", doses=5)
    assert err.value.code == "lot_recalled"
    assert transfers.return_to_pharmacy(app, lot_id=vx1, from_code="VC-A", doses=20).doses == 20
    assert queries.check_ledger(app).ok


def test_send_to_another_region_and_receive_it_there(
    app: App, paper: PaperLog, tmp_path: Path
) -> None:
    ca1 = paper.lots["CA1"]
    # Thaw 2 vials at the pharmacy: the thawed part (use-by 11-02 + 70 days, before expiry).
    thawed = receiving.thaw(app, lot_id=ca1, location_code="RH-APO", doses=12)
    with pytest.raises(DomainError) as err:
        transfers.send_to_region(app, lot_id=ca1, doses=7, region_code="1082", reference="OV-1")
    assert err.value.code == "quantity_not_whole_units"
    with pytest.raises(DomainError) as err:
        transfers.send_to_region(app, lot_id=ca1, doses=6, region_code="1084", reference=" ")
    assert {p.code for p in err.value.problems} == {"region_same", "value_required"}
    with pytest.raises(DomainError) as err:
        transfers.send_to_region(app, lot_id=ca1, doses=6, region_code="9999", reference="OV-1")
    assert err.value.code == "region_unknown"

    shipment = transfers.send_to_region(
        app,
        lot_id=thawed.lot_id,
        doses=12,
        region_code="1082",
        reference="OV-2026-17",
        note="surplus",
    )
    assert (shipment.posted.from_code, shipment.posted.to_code, shipment.posted.doses) == (
        "RH-APO",
        "OTHER_REGION",
        12,
    )
    assert balance(app, "RH-APO", thawed.lot_id) == 0
    assert queries.check_ledger(app).ok
    passport = json.loads(shipment.document)
    assert passport["format"] == transfers.PASSPORT_FORMAT and passport["version"] == 2
    assert passport["shipment_id"] == shipment.shipment_id and len(shipment.shipment_id) == 36
    assert passport["signature"]["algorithm"] == "Ed25519"
    assert passport["from"] == {
        "region": "1084",
        "region_name": passport["from"]["region_name"],
        "pharmacy_code": "RH-APO",
        "pharmacy_name": passport["from"]["pharmacy_name"],
    }
    assert passport["to"]["region"] == "1082"
    assert passport["product"]["varenummer"] == "412345"
    assert passport["lot"] == {
        "batch": "CA1",
        "expiry": "2027-03-31",
        "thawed_on": "2026-11-02",
        "use_by": "2027-01-11",
    }
    assert passport["doses"] == 12 and passport["sent_by"] == "tester"
    # The whole history: receipt, the two transfers out and the give of the frozen lot (its
    # parent), the thaw, and the shipment itself.
    kinds = [h["kind"] for h in passport["history"]]
    assert kinds[0] == "receipt" and kinds[-1] == "transfer" and kinds.count("thaw") == 2
    assert passport["history"][-1]["to"] == "OTHER_REGION"
    assert passport["history"][-1]["reference"] == "OV-2026-17"

    # Region Midtjylland's own database.
    other_clock = Clock(datetime(2026, 11, 3, 10, 0, tzinfo=UTC))
    other = open_app(f"sqlite:///{tmp_path / 'midt.db'}", user="midt", clock=other_clock)
    try:
        current = reference.read_settings(other)
        reference.save_settings(other, reference.Settings(current.backdate_window_days, "MJ-APO"))
        trust_sender(other, app)
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(other, b"{not json")
        assert err.value.code == "shipment_file_unreadable"
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(other, json.dumps({"format": "x"}).encode())
        assert err.value.code == "shipment_file_unreadable"
        wrong = dict(passport, to={"region": "1081", "region_name": "Nordjylland"})
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(other, json.dumps(wrong).encode())
        assert err.value.code == "passport_wrong_region"
        # Any other edit breaks the sending pharmacy's signature.
        unknown = dict(
            passport,
            product={"varenummer": "999999", "gtin": None, "name": "X", "doses_per_unit": 6},
        )
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(other, json.dumps(unknown).encode())
        assert err.value.code == "shipment_signature_invalid"
        # A batch already known there with another expiry is refused.
        stock.receive(other, product="412345", batch="CA1", expiry=date(2027, 4, 30), packs=1)
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(other, shipment.document)
        assert err.value.code == "lot_expiry_mismatch"
    finally:
        other.close()

    third = open_app(f"sqlite:///{tmp_path / 'midt2.db'}", user="midt", clock=other_clock)
    try:
        current = reference.read_settings(third)
        reference.save_settings(third, reference.Settings(current.backdate_window_days, "MJ-APO"))
        trust_sender(third, app)
        got = transfers.receive_from_region(third, shipment.document)
        assert (got.from_code, got.to_code, got.doses, got.batch, got.kind) == (
            "OTHER_REGION",
            "MJ-APO",
            12,
            "CA1",
            "transfer",
        )
        with third.db.read() as s:
            lot = s.get(m.Lot, got.lot_id)
            assert (lot.thawed_on, lot.use_by, lot.expiry) == (
                date(2026, 11, 2),
                date(2027, 1, 11),
                date(2027, 3, 31),
            )
            assert lot.parent_lot_id is not None
        assert balance(third, "MJ-APO", got.lot_id) == 12
        provenance = transfers.lot_provenance(third, got.lot_id)
        assert len(provenance) == 1
        prov = provenance[0]
        assert (prov.from_region, prov.from_location, prov.reference, prov.received_by) == (
            "1084",
            "RH-APO",
            "OV-2026-17",
            "midt",
        )
        assert [h.kind for h in prov.history] == kinds
        assert prov.history[0].to_code == "RH-APO"
        with pytest.raises(DomainError) as err:
            transfers.receive_from_region(third, shipment.document)
        assert err.value.code == "shipment_already_received"
        assert balance(third, "MJ-APO", got.lot_id) == 12
        assert queries.check_ledger(third).ok
    finally:
        third.close()
