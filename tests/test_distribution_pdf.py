"""Distribution lists of a round as one PDF, read back as the person at the site reads them.

Stock is received (and thawed) through the real services; the round, its lists, lines
and visits are written as rows, as a planned round stands in the database.  The PDF is
turned back into text with poppler's ``pdftotext -layout`` and counted with pypdf; the
list number's Code 128 barcode is rendered and decoded from its bars.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.barcode.code128 import _patterns

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution, documents, receiving, reference, stock
from pharmacy_app.services.app import App
from tests.helpers import give_storage, pdftext
from tests.paperlog import Clock

ROUND = "R-2026-0107"


def squash(text: str) -> str:
    return " ".join(text.split())


def save(tmp_path: Path, data: bytes, name: str = "lists.pdf") -> Path:
    assert data.startswith(b"%PDF")
    out = tmp_path / name
    out.write_bytes(data)
    return out


def row_of(text: str, batch: str) -> str:
    return next(r for r in text.splitlines() if f" {batch} " in r)


def block_of(text: str, batch: str, lines: int = 4) -> list[str]:
    """The words of a line's row and the rows under it, where its cells wrap."""
    rows = text.splitlines()
    at = next(i for i, r in enumerate(rows) if f" {batch} " in r)
    return " ".join(rows[at : at + lines]).split()


@dataclass
class Round:
    id: int
    lists: dict[str, int]  # site code -> list id
    lots: dict[str, int]  # batch -> lot id


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    for code, name, kind, address, city in (
        (
            "VC-HER",
            "Vaccinationscenter Herlev",
            "central",
            "Borgmester Ib Juuls Vej 1",
            "2730 Herlev",
        ),
        ("MOB-NS", "Mobil enhed Nordsjælland", "mobile", "Dyrehavevej 29", "3400 Hillerød"),
        (
            "DC-FRB",
            "Sundhedshus Frederiksberg",
            "decentral",
            "Nordre Fasanvej 57",
            "2000 Frederiksberg",
        ),
    ):
        reference.save_location(
            app, reference.LocationInfo(None, code, name, kind, "1084", address=address, city=city)
        )
    # Herlev keeps the mRNA vaccines frozen; the mobile unit has its cool box only.
    give_storage(app, "VC-HER", "ultralow", "freezer", "fridge")
    return app


def receive_stock(app: App) -> dict[str, int]:
    lots: dict[str, int] = {}
    for product, batch, expiry, packs in (
        ("412345", "FX1234", date(2027, 3, 31), 2),  # Comirnaty multidose, 6 doses a vial
        ("412346", "TH77", date(2027, 8, 31), 2),  # Comirnaty single dose, thawed below
        ("412350", "SPX-41", date(2027, 5, 31), 1),  # Spikevax, stays frozen
        ("123456", "FL2026A", date(2027, 7, 31), 5),  # Vaxigrip syringes
        ("123458", "FZ12", date(2027, 2, 28), 1),  # Fluenz nasal spray
    ):
        posted = stock.receive(
            app, product=product, batch=batch, expiry=expiry, packs=packs, reference="FS-1"
        )
        lots[batch] = posted.lot_id
    thawed = receiving.thaw(app, lot_id=lots["TH77"], location_code="RH-APO", doses=10)
    lots["TH77"] = thawed.lot_id
    return lots


def make_round(
    app: App,
    clock: Clock,
    lots: dict[str, int],
    lists: dict[str, list[tuple[str, int, str]]],
    *,
    visits: dict[str, list[tuple[date, str, str, str, int]]] | None = None,
    cancelled: tuple[str, ...] = (),
    mode: str = "in_transit",
    number: str = ROUND,
) -> Round:
    """A planned round: per site code, its lines (batch, doses, override reason)."""
    ids: dict[str, int] = {}
    with app.db.write() as s:
        rnd = m.DistributionRound(
            number=number,
            planned_for=date(2026, 11, 4),
            mode=mode,
            status="draft",
            created_by="tester",
            created_at=clock(),
            note="",
        )
        s.add(rnd)
        s.flush()
        for n, (site, lines) in enumerate(lists.items(), start=1):
            location = reference.location_by_code(s, site)
            lst = m.DistributionList(
                round_id=rnd.id,
                location_id=location.id,
                list_number=f"{number}-{n:02d}",
                status="cancelled" if site in cancelled else "draft",
                note="",
            )
            s.add(lst)
            s.flush()
            ids[site] = lst.id
            for line_no, (batch, doses, reason) in enumerate(lines, start=1):
                s.add(
                    m.DistributionLine(
                        list_id=lst.id,
                        line_no=line_no,
                        lot_id=lots[batch],
                        doses=doses,
                        override_reason=reason,
                        discrepancy_reason="",
                    )
                )
            for day, institution, kind, programme, doses in (visits or {}).get(site, []):
                s.add(
                    m.DistributionVisit(
                        list_id=lst.id,
                        visit_date=day,
                        institution=institution,
                        institution_kind=kind,
                        programme_code=programme,
                        doses=doses,
                    )
                )
        round_id = rnd.id
    return Round(round_id, ids, lots)


HERLEV = [
    ("FX1234", 60, ""),
    ("TH77", 10, ""),
    ("SPX-41", 20, ""),
    ("FL2026A", 30, "Kort holdbarhed – bruges først"),
    ("FZ12", 10, ""),
]
MOBILE = [("FX1234", 36, ""), ("FL2026A", 20, "")]
VISITS = {
    "MOB-NS": [
        (date(2026, 11, 6), "Plejehjemmet Solgården", "plejehjem", "covid-19", 30),
        (date(2026, 11, 5), "Botilbuddet Åløkke", "botilbud", "influenza", 20),
        (date(2026, 11, 6), "Plejehjemmet Solgården", "plejehjem", "influenza", 6),
    ]
}


@pytest.fixture
def planned(home: App, clock: Clock) -> Round:
    lots = receive_stock(home)
    return make_round(
        home,
        clock,
        lots,
        {"VC-HER": HERLEV, "MOB-NS": MOBILE, "DC-FRB": [("FL2026A", 10, "")]},
        visits=VISITS,
        cancelled=("DC-FRB",),
    )


# --------------------------------------------------------------------------- content


def test_every_line_is_printed_with_its_lot_dates_and_quantities(
    home: App, planned: Round, clock: Clock, tmp_path: Path
) -> None:
    clock.advance(hours=3)
    home.user = "anna"
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id))
    assert len(PdfReader(str(out)).pages) == 2  # Herlev, the mobile unit; not the cancelled one
    page = pdftext(out, 1)
    flat = squash(page)

    assert "Distributionsliste" in page and "Vaccinationscenter Herlev" in page
    assert "Borgmester Ib Juuls Vej 1, 2730 Herlev" in flat
    assert "Fra Region Hovedstadens Apotek" in flat
    assert f"Liste nr. {ROUND}-01" in flat and f"Runde {ROUND}" in flat
    assert "Dato 04-11-2026" in flat and "Stedkode VC-HER" in flat
    assert "Centralt vaccinationscenter" in flat
    assert "I transit til modtagelse er bekræftet" in flat

    with home.db.read() as s:
        expected = {
            batch: (s.get(m.Lot, planned.lots[batch]), doses) for batch, doses, _r in HERLEV
        }
        products = {
            b: (lot.product.name, lot.product.varenummer) for b, (lot, _d) in expected.items()
        }
    vials = {"FX1234": 10, "TH77": 10, "SPX-41": 4, "FL2026A": 30, "FZ12": 10}
    for batch, (lot, doses) in expected.items():
        row = row_of(page, batch)
        name, varenummer = products[batch]
        assert name.split()[0] in row and varenummer in row, row
        assert lot.expiry.strftime("%d-%m-%Y") in row and lot.use_by.strftime("%d-%m-%Y") in row
        assert row.split()[-2:] == [str(vials[batch]), str(doses)], row
        assert name in flat  # in full in the totals per product
    # The thawed lot: its own use-by, 70 days after thawing, and when it was thawed.
    thawed, _doses = expected["TH77"]
    assert thawed.thawed_on == date(2026, 11, 2) and thawed.use_by == date(2027, 1, 11)
    words = block_of(page, "TH77")
    assert {"Optøet", "02-11-2026,", "anvendes", "senest"} <= set(words)
    assert words.count("11-01-2027") == 2  # the use-by, and again under the thaw date
    assert (
        "Optøet Comirnaty (variant-adapted) 30 µg/dosis, enkeltdosis: må ikke genfryses; "
        "anvendes senest 11-01-2027." in flat
    )
    # The rest of the cool-box instructions follow from the products on the list.
    assert "Opbevaring i køleboksen" in flat
    assert "Opbevares ved 2–8 °C. Må ikke fryses." in flat
    assert "Beskyttes mod lys" in flat
    assert (
        "Frosset Spikevax (variant-adapted) 0,1 mg/ml: skal transporteres frosset og opbevares "
        "ved −50 til −15 °C" in flat
    )
    assert "Frost −50 til" in row_of(page, "SPX-41")
    assert (
        "Anbrudt hætteglas af Comirnaty (variant-adapted) 30 µg/dosis, multidosis "
        "anvendes inden for 12 timer." in flat
    )
    assert "Valgt uden om FEFO: Kort holdbarhed – bruges først" in flat
    assert "10 hætteglas" in flat and "30 sprøjter" in flat and "10 applikatorer" in flat
    # Doses in all; vials, syringes and applicators each counted apart, never added up.
    assert "I alt, 5 linjer 24 hætteglas 130 30 sprøjter 10 applikatorer" in flat
    # Never a sum of unlike units (a word of its own: the imprint's database port may hold the digits).
    assert str(sum(vials.values())) not in page.split()
    # Danish characters survive, from labels, catalogue and typed text.
    for ch in "æøåÅ°µ–−✓":
        assert ch in page + pdftext(out, 2), ch
    assert "Pakket af" in page and "Modtaget af" in page and "Kl." in page
    assert "Temperatur (°C)" in page
    assert "Udskrevet 02-11-2026 13:00 af anna · Kilde: " in page
    assert "side 1 af 1" in page
    # Only the shipped fonts, embedded.
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True)
    names = {row.split()[0].split("+")[-1] for row in fonts.stdout.splitlines()[2:]}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}


def test_one_pdf_holds_every_list_each_on_its_own_page(
    home: App, planned: Round, tmp_path: Path
) -> None:
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id))
    first, second = pdftext(out, 1), pdftext(out, 2)
    assert f"{ROUND}-01" in first and "Mobil enhed Nordsjælland" not in first
    assert f"{ROUND}-02" in second and "Vaccinationscenter Herlev" not in second
    assert "Sundhedshus Frederiksberg" not in pdftext(out)  # its list is cancelled
    assert "Sendes direkte" not in second and "I transit" in second
    # The barcodes carry each list's number, printed in plain text under them too.
    assert decode_barcodes(out) == [f"{ROUND}-01", f"{ROUND}-02"]

    only = save(
        tmp_path,
        documents.distribution_round_pdf(home, planned.id, list_ids=[planned.lists["MOB-NS"]]),
    )
    assert len(PdfReader(str(only)).pages) == 1
    assert "Mobil enhed Nordsjælland" in pdftext(only) and "Herlev" not in pdftext(only)


def test_a_mobile_unit_gets_its_visit_plan(home: App, planned: Round, tmp_path: Path) -> None:
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id))
    page = pdftext(out, 2)
    assert "Besøgsplan" in page
    rows = [r for r in page.splitlines() if "Solgården" in r or "Åløkke" in r]
    assert [r.split()[0] for r in rows] == ["05-11-2026", "06-11-2026", "06-11-2026"]
    assert "Botilbuddet Åløkke" in rows[0] and "botilbud" in rows[0] and "Influenza" in rows[0]
    assert "Covid-19" in rows[1] and rows[1].split()[-1] == "30"
    assert next(r for r in page.splitlines() if "I alt, 3 besøg" in r).split()[-1] == "56"
    assert "Besøgsplan" not in pdftext(out, 1)


def test_in_english(home: App, planned: Round, tmp_path: Path) -> None:
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id, language="en"))
    first, second = pdftext(out, 1), pdftext(out, 2)
    flat = squash(first)
    assert (
        "Distribution list" in first and "List no." in first and "In transit until receipt" in flat
    )
    assert "2027-03-31" in row_of(first, "FX1234") and "vials" in first
    assert {"Thawed", "2026-11-02,", "use", "by"} <= set(block_of(first, "TH77"))
    assert "Store at 2–8 °C. Do not freeze." in flat and "do not refreeze" in flat
    assert (
        "Frozen Spikevax (variant-adapted) 0,1 mg/ml: must be transported frozen and kept at "
        "−50 to −15 °C" in flat
    )
    assert "An opened vial of Comirnaty" in flat
    assert "Packed by" in first and "Received by" in first and "Time" in first
    assert "Printed 2026-11-02 10:00 by tester · Source: " in first
    assert "page 1 of 1" in first and "page 1 of 1" in second
    assert "Visit plan" in second and "nursing home" in second and "sheltered housing" in second
    assert "Total, 5 lines 24 vials 130 30 syringes 10 applicators" in flat


def test_a_site_is_told_what_it_is_short_of(home: App, tmp_path: Path) -> None:
    receive_stock(home)  # 120 doses of Comirnaty (6 a vial), 50 of Vaxigrip
    products = {p.varenummer: p for p in reference.list_products(home)}
    comirnaty, vaxigrip = products["412345"], products["123456"]
    view = distribution.plan_round(
        home,
        planned_for=date(2026, 11, 4),
        site_codes=["VC-HER", "DC-FRB"],  # Herlev first: it gets all 120 doses of Comirnaty
        requested={
            ("VC-HER", comirnaty.id): 180,  # 30 vials
            ("VC-HER", vaxigrip.id): 20,
            ("DC-FRB", comirnaty.id): 60,  # 10 vials, none left for it
            ("DC-FRB", vaxigrip.id): 10,
        },
    )
    out = save(tmp_path, documents.distribution_round_pdf(home, view.round_id))
    herlev, frederiksberg = pdftext(out, 1), pdftext(out, 2)
    assert "Vaccinationscenter Herlev" in herlev and "Sundhedshus Frederiksberg" in frederiksberg
    for page in (herlev, frederiksberg):
        assert "Mangler i denne levering" in page
        assert "kommer ikke med denne liste" in squash(page)
    head = next(r for r in herlev.splitlines() if "Ønsket" in r)
    assert head.split()[-3:] == ["Ønsket", "Sendt", "Mangler"]

    def short_rows(page: str) -> list[str]:
        rows = page.splitlines()
        at = next(i for i, r in enumerate(rows) if "Ønsket" in r)
        return [r for r in rows[at + 1 : at + 6] if r.strip()]

    # Herlev: asked 180 doses (30 vials), gets 120 (20 vials), 60 short (10 vials).
    rows = short_rows(herlev)
    assert "412345" in rows[0] and rows[0].split()[-6:] == ["180", "doser", "120", "doser", "60", "doser"]
    assert rows[1].split()[-6:] == ["30", "hætteglas", "20", "hætteglas", "10", "hætteglas"]
    assert "123456" not in " ".join(rows), "Vaxigrip came in full: not short"
    # Frederiksberg gets no Comirnaty at all.
    rows = short_rows(frederiksberg)
    assert "412345" in rows[0] and rows[0].split()[-6:] == ["60", "doser", "0", "doser", "60", "doser"]
    assert rows[1].split()[-6:] == ["10", "hætteglas", "0", "hætteglas", "10", "hætteglas"]

    english = pdftext(save(tmp_path, documents.distribution_round_pdf(home, view.round_id, language="en"), "en.pdf"), 1)
    assert "Short in this delivery" in english
    row = next(r for r in english.splitlines() if "Requested" in r)
    assert row.split()[-3:] == ["Requested", "Sent", "Short"]
    assert "180 doses" in english and "30 vials" in english and "10 vials" in english

    # A round where every site gets what it asked for prints no such section.
    full = distribution.plan_round(
        home, planned_for=date(2026, 11, 4), site_codes=["VC-HER"], requested={("VC-HER", vaxigrip.id): 10}
    )
    assert "Mangler i denne levering" not in pdftext(save(tmp_path, documents.distribution_round_pdf(home, full.round_id), "full.pdf"))


# --------------------------------------------------------------------------- pages


def test_a_long_list_runs_over_pages_numbered_within_the_list(
    home: App, clock: Clock, tmp_path: Path
) -> None:
    lots = receive_stock(home)
    for i in range(45):
        posted = stock.receive(
            home,
            product="123457",
            batch=f"INF{i:03d}",
            expiry=date(2027, 9, 30),
            packs=1,
            reference="FS-2",
        )
        lots[posted.batch] = posted.lot_id
    long = [(f"INF{i:03d}", 1 + i % 10, "") for i in range(45)]
    planned = make_round(
        home, clock, lots, {"VC-HER": long, "MOB-NS": MOBILE}, mode="direct", number="R-2026-0200"
    )
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id))
    pages = len(PdfReader(str(out)).pages)
    assert pages >= 3
    texts = [pdftext(out, n) for n in range(1, pages + 1)]
    herlev = [t for t in texts if "R-2026-0200-01" in t]
    assert len(herlev) == pages - 1  # the list number is on every page of its list
    for number, text in enumerate(herlev, start=1):
        assert f"side {number} af {pages - 1}" in text
        assert "Varenr." in text and "Batch" in text and "Doser" in text  # repeated header
    assert "Distributionsliste R-2026-0200-01 · Vaccinationscenter Herlev" in herlev[1]
    assert "Sendes direkte" in herlev[0]
    everything = "\n".join(herlev)
    for i in range(45):
        assert row_of(everything, f"INF{i:03d}").split()[-2:] == [str(1 + i % 10)] * 2
    total = next(r for r in herlev[-1].splitlines() if "I alt, 45 linjer" in r)
    doses = str(sum(d for _b, d, _r in long))
    assert total.split()[-3:] == [doses, "sprøjter", doses]
    assert "Modtaget af" in herlev[-1]
    assert "235 sprøjter" in squash(herlev[-1])  # per product, in the plural
    assert "sprøjte" in block_of(herlev[0], "INF000", 2)  # one syringe
    # The next list starts on its own page, counted from 1 again.
    last = texts[-1]
    assert "R-2026-0200-02" in last and "R-2026-0200-01" not in last
    assert "side 1 af 1" in last


def test_a_list_number_is_never_shortened_on_later_pages(
    home: App, clock: Clock, tmp_path: Path
) -> None:
    """The running header of a long list with a long site name keeps the whole number."""
    lots = receive_stock(home)
    for i in range(45):
        posted = stock.receive(
            home, product="123457", batch=f"LN{i:03d}", expiry=date(2027, 9, 30), packs=1
        )
        lots[posted.batch] = posted.lot_id
    site = next(x for x in reference.list_locations(home) if x.code == "VC-HER")
    long_name = "Vaccinationscenter Herlev og Gentofte Hospital, Borgmester Ib Juuls Vej, Opgang 7"
    reference.save_location(home, replace(site, name=long_name))
    number = "FORDELING-2026-1206-0061"
    planned = make_round(
        home, clock, lots, {"VC-HER": [(f"LN{i:03d}", 1, "") for i in range(45)]}, number=number
    )
    out = save(tmp_path, documents.distribution_round_pdf(home, planned.id))
    pages = [pdftext(out, n) for n in range(1, len(PdfReader(str(out)).pages) + 1)]
    assert len(pages) >= 2
    for page in pages[1:]:
        header = page.strip().splitlines()[0]
        assert f"Distributionsliste {number}-01 · Vaccinatio" in header, header
        assert "…" in header  # the site name is what gives way


# --------------------------------------------------------------------------- refusals


def test_what_cannot_be_printed_is_refused(home: App, planned: Round, clock: Clock) -> None:
    with pytest.raises(DomainError) as err:
        documents.distribution_round_pdf(home, planned.id + 999)
    assert err.value.code == "distribution_record_unknown"
    assert str(planned.id + 999) in err.value.text("da") and "findes ikke" in err.value.text("da")

    with pytest.raises(DomainError) as err:
        documents.distribution_round_pdf(home, planned.id, list_ids=[planned.lists["DC-FRB"]])
    assert err.value.code == "distribution_print_nothing"
    assert ROUND in err.value.text("en") and "blandt de valgte lister" in err.value.text("da")

    with pytest.raises(DomainError) as err:
        documents.distribution_round_pdf(
            home, planned.id, list_ids=[planned.lists["VC-HER"], 424242]
        )
    assert err.value.code == "distribution_print_list_not_in_round"
    assert "424242" in err.value.text("en") and ROUND in err.value.text("da")

    empty = make_round(
        home,
        clock,
        planned.lots,
        {"VC-HER": [], "DC-FRB": [("FZ12", 10, "")]},
        cancelled=("DC-FRB",),
        number="R-2026-0300",
    )
    with pytest.raises(DomainError) as err:
        documents.distribution_round_pdf(home, empty.id)
    assert err.value.code == "distribution_print_nothing"
    assert "R-2026-0300" in err.value.text("da") and "plukkede linjer" in err.value.text("da")
    with pytest.raises(ValueError):
        documents.distribution_round_pdf(home, planned.id, language="de")


# --------------------------------------------------------------------------- barcode


def decode_barcodes(pdf: Path) -> list[str]:
    """The Code 128 symbols at the top of each page, read from a 300 dpi rendering."""
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    found = []
    for png in sorted(pdf.parent.glob(pdf.stem + "-*.png")):
        image = Image.open(png).convert("L")
        width, height = image.size
        best: list[int] = []
        for y in range(0, height // 6, 4):  # the barcode stands in the page's top sixth
            row = [image.getpixel((x, y)) < 128 for x in range(width // 2, width)]
            runs = _runs(row)
            if len(runs) > len(best):
                best = runs
        found.append(_decode_code128(best))
    return found


def _runs(row: list[bool]) -> list[int]:
    """Run lengths from the first dark pixel to the last: bar, space, bar, …"""
    if True not in row:
        return []
    start, end = row.index(True), len(row) - row[::-1].index(True)
    runs, count = [], 1
    for a, b in zip(row[start : end - 1], row[start + 1 : end], strict=True):
        if a == b:
            count += 1
        else:
            runs.append(count)
            count = 1
    runs.append(count)
    return runs


def _decode_code128(runs: list[int]) -> str:
    by_widths = {
        tuple(ord(c.upper()) - ord("A") + 1 for c in pattern): value
        for value, pattern in _patterns.items()
    }
    assert len(runs) % 6 == 1, f"{len(runs)} bars and spaces is not a Code 128 symbol"
    module = sum(runs[:6]) / 11  # the start character is 11 modules wide
    values = []
    for i in range(0, len(runs) - 7, 6):
        widths = tuple(round(w / module) for w in runs[i : i + 6])
        values.append(by_widths[widths])
    start, *data, check = values
    assert start in (103, 104, 105)
    assert (start + sum(i * v for i, v in enumerate(data, start=1))) % 103 == check
    text, code = "", {103: "A", 104: "B", 105: "C"}[start]
    for v in data:
        if v == 99:
            code = "C"
        elif v == 100:
            code = "B"
        elif v == 101:
            code = "A"
        elif code == "C":
            text += f"{v:02d}"
        else:
            text += chr(v + 32)
    return text
