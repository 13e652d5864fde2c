"""The fuzz corpus in ``corpus/``: its cases, rendered for a day, and the cases that are
built rather than stored (binary files, workbooks, files too large to keep).

``cases(kind)`` reads ``corpus/cases.toml``; ``materialise(case, folder, today)`` writes
the case's file into ``folder`` with ``{TODAY}`` and ``{EXP}`` filled in (the service
tests run on a fixed clock, the command line on the real one) and returns its path.
"""

from __future__ import annotations

import io
import struct
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

from pharmacy_app.domain.limits import MAX_FILE_BYTES, MAX_FILE_ROWS

CORPUS = Path(__file__).parent / "corpus"
KINDS = ("note", "sheet", "round")


@dataclass(frozen=True)
class Case:
    kind: str
    name: str  # the file's name, or the builder's
    file: str | None
    build: str | None
    expect: tuple[tuple[str, int, str], ...]  # (code, row (0: the file), column or text)
    why: str = ""

    @property
    def suffix(self) -> str:
        if self.file:
            return Path(self.file).suffix
        return ".xlsx" if "xlsx" in (self.build or "") else ".csv"


def cases(kind: str) -> list[Case]:
    manifest = tomllib.loads((CORPUS / "cases.toml").read_text(encoding="utf-8"))
    out = []
    for entry in manifest.get(kind, []):
        name = Path(entry["file"]).stem if "file" in entry else entry["build"]
        out.append(
            Case(
                kind=kind,
                name=name,
                file=entry.get("file"),
                build=entry.get("build"),
                expect=tuple((c, int(r), col) for c, r, col in entry["expect"]),
                why=entry.get("why", ""),
            )
        )
    return out


def scans() -> list[tuple[str, str]]:
    """(expected problem code, scan template) from ``corpus/scans.txt``."""
    out = []
    for line in (CORPUS / "scans.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _tab, scan = line.partition("\t")
        out.append((code, scan))
    return out


def expiry(today: date) -> date:
    return today + timedelta(days=200)


def render(data: bytes, today: date) -> bytes:
    return data.replace(b"{TODAY}", f"{today:%d-%m-%Y}".encode()).replace(
        b"{EXP}", f"{expiry(today):%d-%m-%Y}".encode()
    )


def render_scan(scan: str, today: date) -> str:
    return scan.replace("<GS>", "\x1d").replace("{EXP6}", f"{expiry(today):%y%m%d}")


def materialise(case: Case, folder: Path, today: date) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case.kind}-{case.name}{case.suffix}"
    if case.file:
        path.write_bytes(render((CORPUS / case.file).read_bytes(), today))
    else:
        assert case.build is not None
        BUILDERS[case.build](path, today)
    return path


# --------------------------------------------------------------------------- builders

NOTE_HEADER = (CORPUS / "notes" / "stray_quote.csv").read_bytes().split(b"\r\n", 1)[0]


def _good_note(today: date) -> bytes:
    """The corpus's ten-line note with nothing wrong (the stray quote taken out)."""
    text = render((CORPUS / "notes" / "stray_quote.csv").read_bytes(), today)
    return text.replace(b'"kasse 2', b"kasse 2")


def _note_rows(today: date) -> list[list[object]]:
    """The good note as a workbook holds it: dates as dates, counts as numbers."""
    rows: list[list[object]] = []
    for line in _good_note(today).decode("utf-8").splitlines()[1:]:
        cells: list[object] = line.split(";")
        for i in (1, 6):
            cells[i] = datetime.strptime(str(cells[i]), "%d-%m-%Y")
        for i in (7, 8):
            cells[i] = int(str(cells[i]))
        rows.append(cells)
    return rows


def _workbook(path: Path, header: list[str], rows: list[list[object]], sheet: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)


def _note_xlsx(path: Path, today: date, change: Callable[[openpyxl.Workbook], None]) -> None:
    _workbook(path, NOTE_HEADER.decode("utf-8").split(";"), _note_rows(today), "Følgeseddel")
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)


def _hide_row(row: int) -> Callable[[openpyxl.Workbook], None]:
    def change(wb: openpyxl.Workbook) -> None:
        wb.active.row_dimensions[row].hidden = True

    return change


def _hide_packs_column(wb: openpyxl.Workbook) -> None:
    wb.active.column_dimensions["H"].hidden = True  # Antal pakninger


def _hide_note_sheet(wb: openpyxl.Workbook) -> None:
    wb.create_sheet("Oversigt", 0)
    wb["Følgeseddel"].sheet_state = "hidden"
    wb.active = 0


def _float_packs(wb: openpyxl.Workbook) -> None:
    wb.active["H3"] = 1.5
    wb.active["H4"] = 1e17


def _expiry_1900(wb: openpyxl.Workbook) -> None:
    wb.active["G2"] = datetime(1900, 1, 1)


def _rewrite_zip(data: bytes, part: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, content if info.filename == part else src.read(info))
    return out.getvalue()


def _declare_size(data: bytes, part: str, size: int) -> bytes:
    """The zip with ``part`` declared (in the central directory) to unpack to ``size``."""
    buf = bytearray(data)
    at = buf.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", buf, at + 28)[0]
        if bytes(buf[at + 46 : at + 46 + name_length]).decode() == part:
            struct.pack_into("<I", buf, at + 24, size)
            return bytes(buf)
        at = buf.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"{part} not in the zip")


SHEET = "xl/worksheets/sheet1.xml"


def _good_xlsx(today: date) -> bytes:
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Følgeseddel"
    ws.append(NOTE_HEADER.decode("utf-8").split(";"))
    for row in _note_rows(today):
        ws.append(row)
    wb.save(buf)
    return buf.getvalue()


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(size)


SHEET_HEADER = ["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"]


def _sheet_xlsx(path: Path, today: date) -> None:
    day = datetime(today.year, today.month, today.day)
    rows = [["VC-FUZZ", day, "412345", "FZSITE", "", n] for n in (6, 12, 5)]
    _workbook(path, SHEET_HEADER, rows, "Forbrug")


def _sheet_xlsx_hidden_row(path: Path, today: date) -> None:
    _sheet_xlsx(path, today)
    wb = openpyxl.load_workbook(path)
    wb.active.row_dimensions[3].hidden = True
    wb.save(path)


def _sheet_xlsx_truncated(path: Path, today: date) -> None:
    _sheet_xlsx(path, today)
    path.write_bytes(path.read_bytes()[:300])


def _note_field_too_large(path: Path, today: date) -> None:
    good = _good_note(today)
    assert b";kasse 2\r\n" in good  # row 5's remark
    path.write_bytes(good.replace(b";kasse 2\r\n", b";" + b"k" * 150_000 + b"\r\n", 1))


def _row_2_billion(today: date) -> bytes:
    return _rewrite_zip(
        _good_xlsx(today),
        SHEET,
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>x</t>'
        b"</is></c></row></sheetData></worksheet>",
    )


BUILDERS: dict[str, Callable[[Path, date], None]] = {
    "note_binary": lambda p, t: p.write_bytes(bytes(range(256)) * 16),
    "note_cp1252_with_nul": lambda p, t: p.write_bytes(
        _good_note(t).replace(b"Comirnaty", b"Comirnaty\x00\x81", 1)
    ),
    "note_too_large": lambda p, t: _sparse(p, MAX_FILE_BYTES + 10 * 1024 * 1024),
    "note_too_many_rows": lambda p, t: p.write_bytes(
        NOTE_HEADER + b"\n" + b"x\n" * (MAX_FILE_ROWS + 1)
    ),
    "note_field_too_large": _note_field_too_large,
    "note_xlsx_hidden_row": lambda p, t: _note_xlsx(p, t, _hide_row(4)),
    "note_xlsx_hidden_column": lambda p, t: _note_xlsx(p, t, _hide_packs_column),
    "note_xlsx_hidden_sheet": lambda p, t: _note_xlsx(p, t, _hide_note_sheet),
    "note_xlsx_packs_float": lambda p, t: _note_xlsx(p, t, _float_packs),
    "note_xlsx_date_1900": lambda p, t: _note_xlsx(p, t, _expiry_1900),
    "note_xlsx_truncated": lambda p, t: p.write_bytes(_good_xlsx(t)[:2000]),
    "note_xlsx_zip_bomb": lambda p, t: p.write_bytes(
        _declare_size(_good_xlsx(t), SHEET, 600_000_000)
    ),
    "note_xlsx_bad_xml": lambda p, t: p.write_bytes(
        _rewrite_zip(_good_xlsx(t), SHEET, b"<worksheet><sheetData><row r='1'><c")
    ),
    "note_xlsx_row_2_billion": lambda p, t: p.write_bytes(_row_2_billion(t)),
    "sheet_xlsx_hidden_row": _sheet_xlsx_hidden_row,
    "sheet_xlsx_truncated": _sheet_xlsx_truncated,
    "sheet_binary": lambda p, t: p.write_bytes(b"Stedkode;Dato\x00\x00\xff\xfe" * 40),
    "round_too_large": lambda p, t: _sparse(p, MAX_FILE_BYTES + 1),
}
