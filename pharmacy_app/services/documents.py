"""Printed documents: gather the data, stamp who printed it and from where, write the PDF.

* :func:`goods_receipt_pdf` prints the goods-receipt document (varemodtagelse) of a
  *posted* receipt; a draft or cancelled one is refused (``receipt_not_posted``), since
  only a posted receipt is stock.
* :func:`scan_sheet_pdf` prints a sheet of GS1 DataMatrix codes from a text file of
  scans, one per line, so a keyboard-wedge scanner can be tried on the receiving page.

The reports themselves (``pharmacy_app.reports``) get plain data only.  The printed-by
user and time are the application's (``app.user``, ``app.now()``), and the source is
the database's display URL (no password), so a sheet says where it came from.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pharmacy_app.domain import gs1
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.reports.goods_receipt import (
    GoodsReceiptData,
    GoodsReceiptLine,
    write_goods_receipt,
)
from pharmacy_app.reports.pdf_common import Imprint
from pharmacy_app.reports.scan_sheet import write_scan_sheet
from pharmacy_app.services import receiving
from pharmacy_app.services.app import App, current_user, system_clock

_STATUS_NAMES = {
    receiving.DRAFT: ("draft", "kladde"),
    receiving.CANCELLED: ("cancelled", "annulleret"),
}


def goods_receipt_data(app: App, receipt_id: int) -> GoodsReceiptData:
    """Everything the goods-receipt document shows, for a posted receipt."""
    view = receiving.get(app, receipt_id)
    if view.status != receiving.POSTED or view.posted_at is None:
        status_en, status_da = _STATUS_NAMES.get(view.status, (view.status, view.status))
        raise fail(
            "receipt_not_posted", note=view.note_number, status_en=status_en, status_da=status_da
        )
    lines = tuple(
        GoodsReceiptLine(
            line_no=line.line_no,
            product=line.product,
            varenummer=line.varenummer,
            batch=line.batch,
            expiry=line.expiry,
            use_by=line.use_by,
            condition=line.condition,
            thawed_on=line.thawed_on,
            hold=line.hold,
            hold_reason=line.hold_reason,
            packs=line.packs,
            doses=line.doses,
            note=line.note,
        )
        for line in sorted(view.lines, key=lambda x: x.line_no)
    )
    return GoodsReceiptData(
        note_number=view.note_number,
        delivered_on=view.delivered_on,
        pharmacy_code=view.location_code,
        pharmacy_name=view.location_name,
        posted_by=view.posted_by or view.created_by,
        posted_at=view.posted_at,
        imprint=Imprint(printed_by=app.user, printed_at=app.now(), source=app.db.display_url()),
        lines=lines,
        comment=view.comment,
    )


def goods_receipt_pdf(app: App, receipt_id: int, out: Path, language: str = "da") -> Path:
    """Write the goods-receipt PDF of a posted receipt to ``out``; return the path."""
    out = Path(out)
    write_goods_receipt(goods_receipt_data(app, receipt_id), out, language=language)
    return out


# --------------------------------------------------------------------------- scan sheet


def read_scans(scans_file: Path) -> list[str]:
    """The scans in a text file: one per line; blank lines and ``#`` comments are skipped.

    The group separator may be written as the character itself, as ``<GS>``, or as one
    of the visible characters a scanner can be set to type (``|``, ``~``, ``^``); the
    bracketed form ``(01)…(17)…`` is accepted too.  Every line must be a GS1 pack code
    with GTIN, expiry and batch, or nothing is printed.
    """
    path = Path(scans_file)
    scans: list[str] = []
    problems: list[Problem] = []
    text = path.read_text(encoding="utf-8-sig")
    # Not str.splitlines(): it also breaks at the group separator (0x1D) inside a scan.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.replace("<GS>", gs1.GS)
        parsed = gs1.interpret(line)
        if isinstance(parsed, Problem):
            problems.append(
                Problem(
                    "value_invalid",
                    {
                        "field": f"{path.name} line {number}",
                        "value": raw.strip(),
                        "why": parsed.text(),
                    },
                )
            )
            continue
        scans.append(line)
    if problems:
        raise DomainError(problems)
    if not scans:
        raise fail("value_required", field=f"{path.name}: scans")
    return scans


def scan_sheet_pdf(
    title: str,
    scans_file: Path,
    out: Path,
    *,
    user: str | None = None,
    now: datetime | None = None,
    language: str = "da",
) -> Path:
    """Write a printable sheet of the GS1 DataMatrix codes in ``scans_file`` to ``out``."""
    scans_file, out = Path(scans_file), Path(out)
    scans = read_scans(scans_file)
    imprint = Imprint(
        printed_by=user or current_user(),
        printed_at=now or system_clock(),
        source=scans_file.name,
    )
    write_scan_sheet(title, scans, out, imprint=imprint, language=language)
    return out
