"""The goods-receipt PDF and the scan sheet, read back as a person would read them.

Receipts are made and posted through the real services; the PDFs are turned back into
text with poppler's ``pdftotext -layout`` and counted with pypdf.  Where pylibdmtx (and
the libdmtx library) is installed, the printed DataMatrix codes are decoded too.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pharmacy_app.domain import gs1
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.reports import pdf_common
from pharmacy_app.reports.goods_receipt import write_goods_receipt
from pharmacy_app.reports.scan_sheet import datamatrix, pack_code, reed_solomon
from pharmacy_app.services import documents, receiving, reference
from pharmacy_app.services.app import App
from tests.helpers import pdftext
from tests.paperlog import Clock

# The clock fixture stands at 2026-11-02 09:00 UTC, 10:00 in Copenhagen.
NOTE = "FS-2026-0412"


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF uses, from poppler's pdffonts."""
    rows = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows]


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


def posted_receipt(app: App) -> receiving.ReceiptView:
    r = receiving.start(app, NOTE)
    receiving.add_line(app, r.id, product="412345", batch="CZ9", expiry=date(2027, 6, 30), packs=2)
    # A frozen product that arrived at 2-8 °C: thawed on delivery, so its use-by is earlier.
    receiving.add_line(
        app,
        r.id,
        product="412346",
        batch="TH77",
        expiry=date(2027, 8, 31),
        packs=3,
        condition="fridge",
    )
    receiving.add_line(
        app,
        r.id,
        product="412350",
        batch="SPX-41",
        expiry=date(2027, 5, 31),
        packs=1,
        hold=True,
        hold_reason="Temperaturlogger alarm",
    )
    receiving.add_line(
        app, r.id, product="123456", batch="FL2026A", expiry=date(2027, 7, 31), packs=5
    )
    receiving.add_line(
        app,
        r.id,
        product="123458",
        batch="FZ12",
        expiry=date(2027, 2, 28),
        packs=4,
        note="Yderkasse åbnet – indhold kontrolleret",
    )
    return receiving.post(app, r.id, confirm_short_dated=True)


def squash(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- goods receipt


def test_goods_receipt_shows_every_line_totals_and_who_printed_it(
    home: App, clock: Clock, tmp_path: Path
) -> None:
    view = posted_receipt(home)
    clock.advance(hours=2)
    home.user = "anna"
    out = documents.goods_receipt_pdf(home, view.id, tmp_path / "varemodtagelse.pdf")
    assert out == tmp_path / "varemodtagelse.pdf"
    assert not list(tmp_path.glob("*.part"))
    text = pdftext(out)
    flat = squash(text)

    assert "Varemodtagelse" in text
    assert NOTE in text
    assert "Region Hovedstadens Apotek" in text and "RH-APO" in text
    assert "Leveringsdato 02-11-2026" in flat
    assert "Bogført af tester" in flat and "02-11-2026 10:00" in flat
    for line in view.lines:
        assert line.batch in text
        assert line.expiry.strftime("%d-%m-%Y") in text
        assert line.varenummer in text
    rows = {line.batch: line for line in view.lines}
    for batch, line in rows.items():
        row = next(r for r in text.splitlines() if f" {batch} " in r)
        numbers = row.split()
        assert numbers[-2:] == [str(line.packs), str(line.doses)], row
    # Thawed on arrival: used by 70 days after delivery, not the manufacturer's expiry.
    thawed = rows["TH77"]
    assert thawed.use_by == date(2027, 1, 11) != thawed.expiry
    thawed_row = next(r for r in text.splitlines() if " TH77 " in r)
    assert "31-08-2027" in thawed_row and "11-01-2027" in thawed_row
    assert "optøet" in text
    assert "Frost" in text and "Køl 2–8 °C" in text
    # The held line says so, with its reason; the totals say how much of it is held.
    lines = text.splitlines()
    at = next(i for i, r in enumerate(lines) if " SPX-41 " in r)
    assert "Tilbageholdt" in lines[at]
    reason_words = " ".join(lines[at : at + 4]).split()  # the reason wraps in its cell
    assert "Temperaturlogger" in reason_words and "alarm" in reason_words
    assert not any("Tilbageholdt" in r for r in lines if " CZ9 " in r or " FZ12 " in r)
    held = next(r for r in text.splitlines() if "heraf tilbageholdt" in r)
    assert held.split()[-2:] == [str(rows["SPX-41"].packs), str(rows["SPX-41"].doses)]
    total = next(r for r in text.splitlines() if "I alt, 5 linjer" in r)
    assert total.split()[-2:] == [str(view.packs), str(view.doses)]
    assert view.doses == 2 * 60 + 3 * 10 + 1 * 50 + 5 * 10 + 4 * 10
    # Danish characters survive: from the labels, the catalogue and the typed note.
    for ch in "æøå", "µ", "°", "–":
        assert all(c in text for c in ch), ch
    assert "µg/dosis" in text and "næsespray" in text
    assert "Yderkasse åbnet – indhold kontrolleret" in flat
    # Every page says who printed it, when, from which database, and which page it is.
    pages = page_count(out)
    assert f"side 1 af {pages}" in text
    assert "Udskrevet 02-11-2026 12:00 af anna · Kilde: " in text
    assert home.db.display_url().split("://")[0] + "://" in text
    assert "Modtaget af" in text
    # Only the shipped fonts, embedded: the document looks the same on any machine.
    assert {name.split("+")[-1] for name, _emb in fonts(out)} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(embedded for _name, embedded in fonts(out))


def test_goods_receipt_in_english(home: App, tmp_path: Path) -> None:
    view = posted_receipt(home)
    out = documents.goods_receipt_pdf(home, view.id, tmp_path / "receipt.pdf", language="en")
    text = pdftext(out)
    assert "Goods receipt" in text and "Delivery note" in text
    assert "2027-06-30" in text and "On hold" in text and "Fridge 2–8 °C" in text
    assert "Printed 2026-11-02 10:00 by tester · Source: " in text
    assert f"page 1 of {page_count(out)}" in text
    assert "Received by" in text


def test_a_long_receipt_runs_over_pages_and_repeats_the_header(home: App, tmp_path: Path) -> None:
    r = receiving.start(home, "FS-2026-0999")
    for i in range(60):
        receiving.add_line(
            home,
            r.id,
            product="123457",
            batch=f"INF{i:03d}",
            expiry=date(2027, 9, 30),
            packs=1 + i % 7,
        )
    view = receiving.post(home, r.id, confirm_short_dated=True)
    out = documents.goods_receipt_pdf(home, view.id, tmp_path / "long.pdf")
    pages = page_count(out)
    assert pages >= 2
    text = pdftext(out)
    assert all(f"INF{i:03d}" in text for i in range(60))
    for page in range(1, pages + 1):
        page_text = pdftext(out, page)
        assert f"side {page} af {pages}" in page_text
        assert "Varenr." in page_text and "Batch" in page_text and "Doser" in page_text
    last = pdftext(out, pages)
    total = next(r for r in last.splitlines() if "I alt, 60 linjer" in r)
    assert view.doses > 1000
    assert total.split()[-2:] == [str(view.packs), f"{view.doses:,}".replace(",", ".")]
    assert "følgeseddel FS-2026-0999" in pdftext(out, 2)  # the running header


def test_only_a_posted_receipt_is_printed(home: App, tmp_path: Path) -> None:
    r = receiving.start(home, "FS-DRAFT")
    receiving.add_line(home, r.id, product="123456", batch="D1", expiry=date(2027, 7, 31), packs=1)
    out = tmp_path / "draft.pdf"
    assert not list(tmp_path.glob("*.pdf*"))
    with pytest.raises(DomainError) as err:
        documents.goods_receipt_pdf(home, r.id, out)
    assert err.value.code == "receipt_not_posted"
    assert "FS-DRAFT" in err.value.text("da") and "ikke bogført" in err.value.text("da")
    assert "not posted" in err.value.text("en")
    assert not out.exists() and not list(tmp_path.glob("draft.pdf*"))


def test_a_failed_write_leaves_the_earlier_file_alone(
    home: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = posted_receipt(home)
    data = documents.goods_receipt_data(home, view.id)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"earlier")

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pdf_common, "write_bytes", broken)
    with pytest.raises(OSError):
        write_goods_receipt(data, out)
    monkeypatch.undo()
    assert out.read_bytes() == b"earlier"

    stream = io.BytesIO()
    write_goods_receipt(data, stream)
    assert stream.getvalue().startswith(b"%PDF")
    with pytest.raises(ValueError):
        write_goods_receipt(data, io.BytesIO(), language="de")


# --------------------------------------------------------------------------- scan sheet

GTINS = ("07046264123454", "07046261234566", "07046261234573")


def scan_lines(n: int) -> list[tuple[str, str, str]]:
    """(scan text as a scanner might type it, batch, serial), in several spellings."""
    out = []
    for i in range(n):
        gtin, batch, serial = GTINS[i % 3], f"B{i:02d}X", f"SN{i:04d}Q"
        spelling = i % 4
        if spelling == 0:
            text = f"]d201{gtin}17270630" + f"10{batch}{gs1.GS}21{serial}"
        elif spelling == 1:
            text = f"01{gtin}17270630" + f"10{batch}|21{serial}"
        elif spelling == 2:
            text = f"(01){gtin}(17)270630(10){batch}(21){serial}"
        else:
            text = f"01{gtin}17270630" + f"10{batch}<GS>21{serial}"
        out.append((text, batch, serial))
    return out


def test_scan_sheet_prints_every_code_with_its_text(clock: Clock, tmp_path: Path) -> None:
    scans = scan_lines(10)
    source = tmp_path / "demo-scans.txt"
    source.write_text(
        "# demo delivery note FS-DEMO\n\n" + "\n".join(s for s, _b, _s in scans) + "\n",
        encoding="utf-8",
    )
    out = documents.scan_sheet_pdf(
        "Følgeseddel FS-DEMO – testkoder", source, tmp_path / "scan.pdf", user="anna", now=clock()
    )
    assert page_count(out) == 1
    text = pdftext(out)
    assert "Følgeseddel FS-DEMO – testkoder" in text
    for _scan, batch, serial in scans:
        assert f"(10) {batch}" in text and f"(21) {serial}" in text
    assert "(01) 07046264123454" in text and "(17) 270630" in text
    assert "Udløb 30-06-2027" in text
    assert "Udskrevet 02-11-2026 10:00 af anna · Kilde: demo-scans.txt" in text
    assert "side 1 af 1" in text

    many = tmp_path / "many.txt"
    many.write_text("\n".join(s for s, _b, _s in scan_lines(30)), encoding="utf-8")
    assert page_count(documents.scan_sheet_pdf("30", many, tmp_path / "many.pdf")) == 2


def test_scan_sheet_refuses_a_file_with_a_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "bad.txt"
    source.write_text(scan_lines(1)[0][0] + "\nnot a barcode\n", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        documents.scan_sheet_pdf("x", source, tmp_path / "bad.pdf")
    assert "bad.txt line 2" in err.value.text()
    assert not (tmp_path / "bad.pdf").exists()


def test_datamatrix_error_correction_matches_the_standard_example() -> None:
    # ISO/IEC 16022's worked example: "123456" is 142 164 186 in a 10x10 symbol.
    assert reed_solomon([142, 164, 186], 5) == [114, 25, 5, 88, 102]
    code = pack_code(f"]d201{GTINS[0]}17270630" + f"10CZ9{gs1.GS}21SER1")
    assert code.element_string == f"01{GTINS[0]}1727063010CZ9{gs1.GS}21SER1"
    symbol = datamatrix(code.element_string)
    assert len(symbol) == 22 and all(len(row) == 22 for row in symbol)
    assert all(symbol[y][0] for y in range(22)) and all(symbol[21])  # the L finder
    assert [symbol[0][x] for x in range(4)] == [True, False, True, False]  # timing


def _decoder(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """pylibdmtx's decode, set to report FNC1 as GS (it drops FNC1 otherwise)."""
    import contextlib

    pylibdmtx = pytest.importorskip("pylibdmtx.pylibdmtx", exc_type=ImportError)
    from pylibdmtx.wrapper import DmtxProperty, dmtxDecodeSetProp

    plain = pylibdmtx._decoder

    @contextlib.contextmanager
    def with_fnc1(image, shrink):  # type: ignore[no-untyped-def]
        with plain(image, shrink) as decoder:
            dmtxDecodeSetProp(decoder, DmtxProperty.DmtxPropFnc1, 29)
            yield decoder

    monkeypatch.setattr(pylibdmtx, "_decoder", with_fnc1)
    return pylibdmtx.decode


def test_printed_codes_decode_as_gs1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    decode = _decoder(monkeypatch)
    from PIL import Image

    scans = scan_lines(3)
    source = tmp_path / "s.txt"
    source.write_text("\n".join(s for s, _b, _s in scans), encoding="utf-8")
    pdf = documents.scan_sheet_pdf("t", source, tmp_path / "s.pdf", user="u")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-gray", str(pdf), str(tmp_path / "page")], check=True
    )
    page = Image.open(next(tmp_path.glob("page*.png")))
    found = decode(page, max_count=3, timeout=20000)
    texts = sorted(r.data.decode("ascii") for r in found)
    # FNC1 first marks GS1 (a scanner sends "]d2"); FNC1 as a separator reads as GS.
    assert all(t.startswith(gs1.GS) for t in texts)
    readings = {}
    for t in texts:
        scan = gs1.interpret("]d2" + t[1:])
        assert not isinstance(scan, gs1.Problem), t
        readings[scan.batch] = scan
    assert sorted(readings) == sorted(b for _s, b, _sn in scans)
    for _s, batch, serial in scans:
        assert readings[batch].serial == serial and readings[batch].expiry == date(2027, 6, 30)


def test_an_imported_receipt_names_its_file_in_the_documents_language(
    home: App, tmp_path: Path
) -> None:
    from pharmacy_app.services import demo_note, receiving_import

    note = demo_note.write(home, tmp_path / "note", note_number="FS-2026-1102")
    receipt = receiving_import.import_note(home, note.xlsx, confirm_short_dated=True)
    danish, english = tmp_path / "da.pdf", tmp_path / "en.pdf"
    documents.goods_receipt_pdf(home, receipt.id, danish)
    documents.goods_receipt_pdf(home, receipt.id, english, language="en")
    text_da, text_en = " ".join(pdftext(danish).split()), " ".join(pdftext(english).split())
    assert f"Importeret fra {note.xlsx.name}" in text_da
    assert "imported from" not in text_da.lower() and "Bemærkning" not in text_da
    assert f"Imported from {note.xlsx.name}" in text_en
