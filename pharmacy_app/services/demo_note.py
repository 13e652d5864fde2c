"""A realistic demo delivery note from SSI, to try receiving by import or by scanning.

:func:`write` makes, for the home pharmacy and the products in the database:

* ``<note>.xlsx``: sheet ``Følgeseddel`` with a title block, then the layout of
  ``reference/ssi_delivery_note.md``; dates are real date cells shown ``dd-mm-åååå``.
* ``<note>.csv``: the same rows as a Danish spreadsheet program writes them: ``;``,
  ``dd-mm-åååå`` dates, UTF-8 with a byte-order mark (so Excel reads æ/ø/å and µ right),
  CRLF line ends, text that could run as a formula neutralised with a leading ``'``.
* ``<note>-scans.txt``: one GS1 element string per pack, in note order, as a
  keyboard-wedge scanner types it: ``]d2 01 GTIN 17 YYMMDD 10 BATCH <GS> 21 SERIAL``
  with the real ASCII 29 group separator; every serial is different.

The note has lines across the programmes, expiries well after the delivery date, one
lot split over two rows (two boxes: the importer merges them), and one short-dated lot
that needs confirmation.  The same arguments and catalogue give the same note.
"""

from __future__ import annotations

import calendar
import csv
import random
import re
import string
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.gs1 import GS
from pharmacy_app.importers import delivery_note as dn
from pharmacy_app.reports.csv_export import safe_text
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving import FROZEN, default_condition
from pharmacy_app.services.reference import home_pharmacy

HEADER = [c.name for c in dn.COLUMNS]
MAX_LINES = 9  # products on the note, before the split and the short-dated rows
MAX_PACKS = 20  # per row: a scans file a person can work through
_NOTE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


@dataclass(frozen=True)
class DemoLine:
    varenummer: str
    gtin: str
    product: str
    programme_code: str
    batch: str
    expiry: date
    packs: int
    doses_per_pack: int
    storage: str
    remark: str
    serials: tuple[str, ...]

    @property
    def doses(self) -> int:
        return self.packs * self.doses_per_pack


@dataclass(frozen=True)
class DemoNote:
    note_number: str
    delivered_on: date
    location_code: str
    location_name: str
    lines: list[DemoLine]
    xlsx: Path
    csv: Path
    scans: Path
    short_dated_batch: str

    @property
    def packs(self) -> int:
        return sum(line.packs for line in self.lines)

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)


def default_note_number(on: date) -> str:
    return f"FS-{on:%Y}-{on:%m%d}"


def _end_of_month(day: date, months_ahead: int) -> date:
    month0 = day.month - 1 + months_ahead
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _batch(rng: random.Random, taken: set[str]) -> str:
    while True:
        batch = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + "".join(
            rng.choice(string.digits) for _ in range(4)
        )
        if batch not in taken:
            taken.add(batch)
            return batch


def _serials(rng: random.Random, n: int, taken: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    alphabet = string.ascii_uppercase + string.digits
    while len(out) < n:
        serial = "".join(rng.choice(alphabet) for _ in range(12))
        if serial not in taken:
            taken.add(serial)
            out.append(serial)
    return tuple(out)


def _storage(p: m.Product) -> str:
    if default_condition(p) != FROZEN:
        return "2-8"
    return "-90/-60" if (p.frozen_min_c or 0) <= -60 else "-25/-15"


def _round_robin(products: list[m.Product]) -> list[m.Product]:
    """Products taking turns by programme, so a short note still spans the programmes."""
    queues: dict[str, list[m.Product]] = {}
    for p in products:
        queues.setdefault(p.programme_code, []).append(p)
    out: list[m.Product] = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                out.append(queue.pop(0))
    return out


def _plan(app: App, out_dir: Path, note_number: str | None, on: date | None) -> DemoNote:
    on = on or app.today()
    note = (note_number or default_note_number(on)).strip()
    if not _NOTE_RE.match(note):
        raise DomainError(
            Problem(
                "value_invalid",
                {"field": "Følgeseddelnr", "value": note, "why": "1-40 letters, digits and . _ -"},
            )
        )
    with app.db.read() as s:
        pharmacy = home_pharmacy(s)
        products = list(
            s.scalars(
                select(m.Product)
                .where(m.Product.active.is_(True), m.Product.gtin.is_not(None))
                .order_by(m.Product.programme_code, m.Product.varenummer)
            )
        )
        if not products:
            raise DomainError(Problem("value_required", {"field": "Products with a GTIN"}))
        chosen = _round_robin(products)[:MAX_LINES]
        code, name = pharmacy.code, pharmacy.name

    rng = random.Random(f"{note}|{on.isoformat()}")
    batches: set[str] = set()
    serials: set[str] = set()
    lines: list[DemoLine] = []

    def line(p: m.Product, batch: str, expiry: date, packs: int, remark: str) -> DemoLine:
        assert p.gtin is not None
        return DemoLine(
            varenummer=p.varenummer,
            gtin=p.gtin,
            product=p.name,
            programme_code=p.programme_code,
            batch=batch,
            expiry=expiry,
            packs=packs,
            doses_per_pack=p.doses_per_unit * p.units_per_pack,
            storage=_storage(p),
            remark=remark,
            serials=_serials(rng, packs, serials),
        )

    for p in chosen:
        per_pack = p.doses_per_unit * p.units_per_pack
        packs = max(2, min(MAX_PACKS, rng.choice((200, 300, 400, 600, 900, 1200)) // per_pack))
        expiry = _end_of_month(on, rng.randint(6, 18))
        remark = {"-90/-60": "Tøris, temperaturlogger i kassen", "-25/-15": "Frostelementer"}.get(
            _storage(p), ""
        )
        lines.append(line(p, _batch(rng, batches), expiry, packs, remark))

    # One lot in two boxes: two rows that agree in everything but the quantity.
    split = lines[0]
    first = split.packs // 2  # at least 1: every line has 2 packs or more
    lines[0:1] = [
        replace(split, packs=first, serials=split.serials[:first]),
        replace(split, packs=split.packs - first, serials=split.serials[first:]),
    ]

    # One short-dated lot, of the product that asks for the longest remaining shelf life.
    short = max(chosen, key=lambda p: p.min_remaining_shelf_life_days)
    days = max(1, short.min_remaining_shelf_life_days // 2)
    short_batch = _batch(rng, batches)
    lines.append(
        line(short, short_batch, on + timedelta(days=days), rng.randint(2, 6), "Kort udløb")
    )

    stem = out_dir / note
    return DemoNote(
        note_number=note,
        delivered_on=on,
        location_code=code,
        location_name=name,
        lines=lines,
        xlsx=stem.with_name(f"{note}.xlsx"),
        csv=stem.with_name(f"{note}.csv"),
        scans=stem.with_name(f"{note}-scans.txt"),
        short_dated_batch=short_batch,
    )


def write(
    app: App, out_dir: str | Path, *, note_number: str | None = None, on: date | None = None
) -> DemoNote:
    """Write the demo note as xlsx, CSV and a scans file into ``out_dir``."""
    out = Path(out_dir)
    note = _plan(app, out, note_number, on)
    out.mkdir(parents=True, exist_ok=True)
    _write_xlsx(note)
    _write_csv(note)
    _write_scans(note)
    return note


def _row(note: DemoNote, line: DemoLine) -> list[object]:
    return [
        note.note_number,
        note.delivered_on,
        line.varenummer,
        line.gtin,
        line.product,
        line.batch,
        line.expiry,
        line.packs,
        line.doses_per_pack,
        line.storage,
        line.remark,
    ]


def _write_xlsx(note: DemoNote) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = dn.SHEET_NAME
    made = datetime.combine(note.delivered_on, time(6, 0))
    wb.properties.creator = "Statens Serum Institut (demo)"
    wb.properties.created = made  # (openpyxl stamps "modified" with the time of saving)

    def put(row: int, col: int, value: object, bold: bool = False) -> None:
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text is text, never a formula
        if isinstance(value, date):
            cell.number_format = "dd-mm-yyyy"
        if bold:
            cell.font = Font(bold=True)

    put(1, 1, "Følgeseddel – Statens Serum Institut, Vaccinedistribution", bold=True)
    put(2, 1, f"Modtager: {note.location_name} ({note.location_code})")
    put(3, 1, f"Følgeseddelnr {note.note_number}, leveret {note.delivered_on:%d-%m-%Y}")
    header_row = 5
    for col, name in enumerate(HEADER, start=1):
        put(header_row, col, name, bold=True)
    for r, line in enumerate(note.lines, start=header_row + 1):
        for col, value in enumerate(_row(note, line), start=1):
            put(r, col, value)
    for letter, width in zip(
        "ABCDEFGHIJK", (15, 13, 11, 16, 52, 10, 12, 9, 9, 11, 32), strict=True
    ):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    wb.save(note.xlsx)


def _csv_cell(value: object) -> str:
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, int):
        return str(value)
    return safe_text(str(value))


def _write_csv(note: DemoNote) -> None:
    with note.csv.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for line in note.lines:
            writer.writerow([_csv_cell(v) for v in _row(note, line)])


def scan_text(line: DemoLine, serial: str) -> str:
    """One pack's GS1 DataMatrix as the scanner types it (batch is variable: GS after it)."""
    return f"]d201{line.gtin}17{line.expiry:%y%m%d}10{line.batch}{GS}21{serial}"


def _write_scans(note: DemoNote) -> None:
    with note.scans.open("w", encoding="ascii", newline="\n") as fh:
        for line in note.lines:
            for serial in line.serials:
                fh.write(scan_text(line, serial) + "\n")
