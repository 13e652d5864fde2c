"""Recall of a batch: the batch and its thawed parts are marked, every holder is found,
the batch cannot be sent to a site, given or thawed but can come back and be discarded;
the bring-back list as a PDF read back with pdftotext; the command line."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import queries, recall, receiving, reference, stock
from pharmacy_app.services.app import App
from tests.helpers import pdftext, set_home
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

RECALL_LOG = """
2026-10-20 receive 412345 FX9 exp 2027-03-31 2 packs    // 120 doses, 6 a vial, frozen
2026-10-20 receive 412345 OK1 exp 2027-03-31 1 packs    // another batch, not recalled
2026-10-20 site VC-A central "Vaccinationscenter A"
2026-10-20 site DC-B decentral "Sundhedshus B"
2026-10-20 transfer FX9 RH-APO -> DC-B 12
2026-10-20 transfer OK1 RH-APO -> DC-B 6
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(RECALL_LOG)
    # 30 doses thawed at the pharmacy on 10-25 and sent to VC-A, which gives 5.
    clock.set(datetime(2026, 10, 25, 9, 0, tzinfo=UTC))
    thawed = receiving.thaw(app, lot_id=paper.lots["FX9"], location_code="RH-APO", doses=30)
    paper.lots["FX9-T"] = thawed.lot_id
    paper.run(
        """
        2026-10-26 transfer FX9-T RH-APO -> VC-A 30
        2026-10-27 give FX9-T VC-A 5
        """
    )
    site = next(x for x in reference.list_locations(app) if x.code == "VC-A")
    reference.save_location(
        app, dataclasses.replace(site, address="Hovedgaden 1", city="2100 København Ø")
    )
    set_home(app)
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return paper


def test_recall_marks_the_batch_and_its_thawed_parts(app: App, log: PaperLog) -> None:
    view = recall.recall_lot(app, log.lots["FX9-T"], "  Particles seen in vials (SSI notice 12/2026) ")
    assert view.lot_id == log.lots["FX9"]  # the lot as received comes first
    assert set(view.lot_ids) == {log.lots["FX9"], log.lots["FX9-T"]}
    assert (view.batch, view.varenummer, view.reason, view.recalled_by) == (
        "FX9", "412345", "Particles seen in vials (SSI notice 12/2026)", "tester"
    )
    assert view.recalled_at == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    assert [r.batch for r in recall.recalled_lots(app)] == ["FX9"]
    # Twice: refused, saying when and by whom.
    with pytest.raises(DomainError) as info:
        recall.recall_lot(app, log.lots["FX9"], "again")
    assert info.value.code == "lot_already_recalled"
    assert "02-11-2026 10:00" in info.value.text("en") and "tester" in info.value.text("da")
    # A reason is required; an unknown lot is named.
    for bad in ("", "   "):
        with pytest.raises(DomainError) as info:
            recall.recall_lot(app, log.lots["OK1"], bad)
        assert info.value.code == "recall_reason_required"
    with pytest.raises(DomainError) as info:
        recall.recall_lot(app, 99999, "x")
    assert info.value.code == "lot_unknown"
    assert recall.find_lot(app, "412345", "FX9") == log.lots["FX9"]
    with pytest.raises(DomainError) as info:
        recall.find_lot(app, "412345", "NOPE")
    assert info.value.code == "recall_batch_unknown"


def test_holders_and_the_bring_back_list(app: App, log: PaperLog) -> None:
    got = [(h.location_code, h.lot_id, h.doses, h.vials) for h in recall.holders(app, log.lots["FX9"])]
    # Sites first by name, then the pharmacy: DC-B 12 (2 vials); VC-A 25 thawed doses
    # (4 full vials and an opened one: 5); RH-APO 120 - 12 - 30 = 78 (13 vials).
    assert got == [
        ("DC-B", log.lots["FX9"], 12, 2),
        ("VC-A", log.lots["FX9-T"], 25, 5),
        ("RH-APO", log.lots["FX9"], 78, 13),
    ]
    vc_a = recall.holders(app, log.lots["FX9"])[1]
    assert vc_a.address == "Hovedgaden 1, 2100 København Ø"
    assert vc_a.location_kind == "central" and vc_a.thawed_on is not None
    with pytest.raises(DomainError) as info:
        recall.bring_back_list(app, log.lots["FX9"])
    assert info.value.code == "lot_not_recalled"
    recall.recall_lot(app, log.lots["FX9"], "Particles seen in vials")
    back = recall.bring_back_list(app, log.lots["FX9"])
    assert [(h.location_code, h.doses) for h in back.lines] == [("DC-B", 12), ("VC-A", 25)]
    assert (back.doses, back.vials, back.pharmacy_code) == (37, 7, "RH-APO")


def test_a_recalled_batch_cannot_be_sent_given_or_thawed(app: App, log: PaperLog) -> None:
    fx9, thawed = log.lots["FX9"], log.lots["FX9-T"]
    recall.recall_lot(app, fx9, "Particles seen in vials")
    refusals = [
        lambda: stock.transfer(app, lot_id=fx9, from_code="RH-APO", to_code="VC-A", doses=6),
        lambda: stock.transfer(app, lot_id=fx9, from_code="DC-B", to_code="VC-A", doses=1),
        lambda: stock.administer(app, lot_id=thawed, site_code="VC-A", doses=1),
        lambda: stock.administer(app, lot_id=fx9, site_code="DC-B", doses=1),
        lambda: receiving.thaw(app, lot_id=fx9, location_code="RH-APO", doses=6),
    ]
    for refuse in refusals:
        with pytest.raises(DomainError) as info:
            refuse()
        assert info.value.code == "lot_recalled"
    text = info.value.text("en")
    assert "FX9" in text and "Particles seen in vials" in text and "thawed" in text
    assert "optøs" in info.value.text("da")
    # Another batch of the same product is not affected.
    stock.administer(app, lot_id=log.lots["OK1"], site_code="DC-B", doses=1)
    # Coming back to the pharmacy and being discarded are allowed.
    back = stock.transfer(app, lot_id=thawed, from_code="VC-A", to_code="RH-APO", doses=24)
    assert back.to_code == "RH-APO"
    gone = stock.discard(app, lot_id=thawed, location_code="VC-A", doses=1, reason_code="TILBAGEKALDT")
    assert gone.to_code == "WASTED"
    # Undoing the return would put the recalled lot back at the site: refused.
    with pytest.raises(DomainError) as info:
        stock.reverse(app, movement_id=back.movement_id)
    assert info.value.code == "lot_recalled"
    stock.discard(app, lot_id=fx9, location_code="DC-B", doses=12, reason_code="TILBAGEKALDT")
    assert recall.bring_back_list(app, fx9).lines == ()
    assert queries.check_ledger(app).ok


def test_bring_back_pdf_read_back(app: App, log: PaperLog, tmp_path: Path) -> None:
    recall.recall_lot(app, log.lots["FX9"], "Particles seen in vials")
    pdf = tmp_path / "recall.pdf"
    pdf.write_bytes(recall.bring_back_pdf(app, log.lots["FX9"]))
    text = pdftext(pdf)
    for expected in (
        "Tilbagekaldelse", "FX9", "412345", "Particles seen in vials", "Tilbagekaldt af", "tester",
        "02-11-2026 10:00", "Sundhedshus B", "Vaccinationscenter A", "Hovedgaden 1, 2100 København Ø",
        "I alt, 2 steder", "Returneret", "Kontrolleret af", "Udskrevet", "side 1 af 1",
    ):
        assert expected in text, expected
    lines = [line.split() for line in text.splitlines()]
    totals = next(words for words in lines if words[:2] == ["I", "alt,"])
    assert totals[-2:] == ["37", "7"]
    # The pharmacy's own 78 doses are not on the list.
    assert "78" not in text
    english = tmp_path / "recall-en.pdf"
    english.write_bytes(recall.bring_back_pdf(app, log.lots["FX9"], language="en"))
    text_en = pdftext(english)
    assert "Recall" in text_en and "Total, 2 locations" in text_en and "page 1 of 1" in text_en


def test_recall_on_the_command_line(app: App, clock: Clock, db_url: str, tmp_path: Path) -> None:
    today = datetime.now(LOCAL_TZ).date()
    d = (today - timedelta(days=3)).isoformat()
    PaperLog(app, clock).run(
        f"""
        {d} receive 123456 CLI7 exp {(today + timedelta(days=200)).isoformat()} 3 packs
        {d} site VC-CLI central "Vaccinationscenter CLI"
        {d} transfer CLI7 RH-APO -> VC-CLI 14
        """
    )
    set_home(app)
    out = tmp_path / "recall.pdf"
    run = cli(
        "--db", db_url, "recall", "--lot-batch", "CLI7", "--varenummer", "123456",
        "--reason", "Wrong label", "--out", str(out), check=True,
    )
    assert "recalled" in run.stdout and "VC-CLI" in run.stdout and "RH-APO" in run.stdout
    assert "1 must bring back 14 doses" in run.stdout
    assert "Vaccinationscenter CLI" in pdftext(out)
    again = cli("--db", db_url, "recall", "--lot-batch", "CLI7", "--varenummer", "123456", "--reason", "x")
    assert again.returncode == 1 and "already recalled" in again.stderr
    unknown = cli("--db", db_url, "recall", "--lot-batch", "NOPE", "--varenummer", "123456", "--reason", "x")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
    usage = cli("--db", db_url, "recall", "--lot-batch", "CLI7")
    assert usage.returncode == 2


def test_the_command_line_writes_the_bring_back_list_in_danish(
    app: App, clock: Clock, db_url: str, tmp_path: Path
) -> None:
    """Danish by default, like every other document, with Danish numbers; English on request."""
    today = datetime.now(LOCAL_TZ).date()
    d = (today - timedelta(days=3)).isoformat()
    PaperLog(app, clock).run(
        f"""
        {d} receive 123456 BIG1 exp {(today + timedelta(days=200)).isoformat()} 140 packs
        {d} site VC-BIG central "Vaccinationscenter Stor"
        {d} transfer BIG1 RH-APO -> VC-BIG 1311
        """
    )
    set_home(app)
    out, english = tmp_path / "recall.pdf", tmp_path / "recall-en.pdf"
    cli(
        "--db", db_url, "recall", "--lot-batch", "BIG1", "--varenummer", "123456",
        "--reason", "Wrong label", "--out", str(out), check=True,
    )  # fmt: skip
    text = pdftext(out)
    assert "Tilbagekaldelse" in text and "I alt, 1 sted" in text
    assert "1.311" in text and "1,311" not in text
    from pharmacy_app.services import recall as recall_service
    from pharmacy_app.services.app import open_app

    again = open_app(db_url, user="tester", clock=clock)
    try:
        lot_id = recall_service.find_lot(again, "123456", "BIG1")
        english.write_bytes(recall_service.bring_back_pdf(again, lot_id, language="en"))
    finally:
        again.close()
    assert "1,311" in pdftext(english) and "Recall" in pdftext(english)
    with_lang = tmp_path / "recall-cli-en.pdf"
    refused = cli(
        "--db", db_url, "recall", "--lot-batch", "BIG1", "--varenummer", "123456",
        "--reason", "x", "--out", str(with_lang), "--lang", "en",
    )  # fmt: skip
    # The option is known (not a usage error); the batch is recalled already, so no file.
    assert refused.returncode == 1 and not with_lang.exists()


def test_stock_in_transit_is_brought_back_from_where_it_is_going(
    app: App, log: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    from pharmacy_app.services import distribution as dist

    fx9 = log.lots["FX9"]
    product = next(p.id for p in reference.list_products(app) if p.varenummer == "412345")
    view = dist.plan_round(
        app, planned_for=clock.now.date(), site_codes=["VC-A"], mode="in_transit",
        requested={("VC-A", product): 18},
    )  # fmt: skip
    dist.dispatch(app, view.round_id)
    recall.recall_lot(app, fx9, "Particles seen in vials")
    back = recall.bring_back_list(app, fx9)
    moving = [h for h in back.lines if h.in_transit]
    assert [(h.going_to_code, h.going_to_name, h.doses, h.vials) for h in moving] == [
        ("VC-A", "Vaccinationscenter A", 18, 3)
    ]
    assert moving[0].address == "Hovedgaden 1, 2100 København Ø"
    assert back.doses == 12 + 25 + 18
    pdf = tmp_path / "recall.pdf"
    pdf.write_bytes(recall.bring_back_pdf(app, fx9))
    text = pdftext(pdf)
    assert "Undervejs til Vaccinationscenter A" in text and "I alt, 3 steder" in text
    english = tmp_path / "recall-en.pdf"
    english.write_bytes(recall.bring_back_pdf(app, fx9, language="en"))
    assert "In transit to Vaccinationscenter A" in pdftext(english)
