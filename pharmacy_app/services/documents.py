"""Printed documents: gather the data, stamp who printed it and from where, write the PDF.

* :func:`goods_receipt_pdf` prints the goods-receipt document (varemodtagelse) of a
  *posted* receipt; a draft or cancelled one is refused (``receipt_not_posted``), since
  only a posted receipt is stock.
* :func:`distribution_round_pdf` prints the distribution lists of a round, one list per
  site and each on its own pages, in one PDF (one print job); cancelled lists and lists
  with nothing picked are left out.
* :func:`scan_sheet_pdf` prints a sheet of GS1 DataMatrix codes from a text file of
  scans, one per line, so a keyboard-wedge scanner can be tried on the receiving page.

The reports themselves (``pharmacy_app.reports``) get plain data only.  The printed-by
user and time are the application's (``app.user``, ``app.now()``), and the source is
the database's display URL (no password), so a sheet says where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain import gs1
from pharmacy_app.domain.catalog import UNIT_NAMES
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import check_aware
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.reports.distribution_list import distribution_lists_pdf
from pharmacy_app.reports.distribution_list_doc import DistributionListDoc, ListLine, VisitLine
from pharmacy_app.reports.distribution_list_text import storage_text, unit_label
from pharmacy_app.reports.goods_receipt import (
    GoodsReceiptData,
    GoodsReceiptLine,
    write_goods_receipt,
)
from pharmacy_app.reports.list_shortfall import Shortfall
from pharmacy_app.reports.pdf_common import Imprint, check_language
from pharmacy_app.reports.scan_sheet import write_scan_sheet
from pharmacy_app.services import receiving, receiving_import
from pharmacy_app.services.app import App, current_user, system_clock
from pharmacy_app.services.distribution import cold
from pharmacy_app.services.distribution.proposals import stored_basis
from pharmacy_app.services.reference import home_pharmacy


def imprint(app: App) -> Imprint:
    """What every printed page says of itself: the user, now, and the database."""
    return Imprint(printed_by=app.user, printed_at=app.now(), source=app.db.display_url())


_STATUS_NAMES = {receiving.DRAFT: Term.STATUS_DRAFT, receiving.CANCELLED: Term.STATUS_CANCELLED}


def goods_receipt_data(app: App, receipt_id: int) -> GoodsReceiptData:
    """Everything the goods-receipt document shows, for a posted receipt."""
    view = receiving.get(app, receipt_id)
    if view.status != receiving.POSTED or view.posted_at is None:
        status = _STATUS_NAMES.get(view.status, view.status)
        raise fail("receipt_not_posted", note=view.note_number, status=status)
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
    imported = receiving_import.imported_file(view.comment)
    return GoodsReceiptData(
        note_number=view.note_number,
        delivered_on=view.delivered_on,
        pharmacy_code=view.location_code,
        pharmacy_name=view.location_name,
        posted_by=view.posted_by or view.created_by,
        posted_at=view.posted_at,
        imprint=imprint(app),
        lines=lines,
        comment="" if imported else view.comment,
        imported_from=imported or "",
    )


def goods_receipt_pdf(app: App, receipt_id: int, out: Path, language: str = "da") -> Path:
    """Write the goods-receipt PDF of a posted receipt to ``out``; return the path."""
    out = Path(out)
    write_goods_receipt(goods_receipt_data(app, receipt_id), out, language=language)
    return out


# --------------------------------------------------------------------------- distribution lists

_CANCELLED = "cancelled"


def distribution_round_pdf(
    app: App, round_id: int, language: str = "da", list_ids: Sequence[int] | None = None
) -> bytes:
    """The distribution lists of a round as one PDF, each list starting on a new page.

    ``list_ids`` restricts the print to those lists of the round (in the round's order).
    Cancelled lists and lists with no picked line are left out; a round with nothing
    left to print is refused (``distribution_print_nothing``), as is a list id that
    is not part of the round.
    """
    check_language(language)
    with app.db.read() as s:
        rnd = s.scalars(
            select(m.DistributionRound)
            .where(m.DistributionRound.id == round_id)
            .options(
                selectinload(m.DistributionRound.lists).options(
                    selectinload(m.DistributionList.location).selectinload(m.Location.kind),
                    selectinload(m.DistributionList.lines)
                    .selectinload(m.DistributionLine.lot)
                    .selectinload(m.Lot.product),
                    selectinload(m.DistributionList.visits),
                    selectinload(m.DistributionList.requests).selectinload(m.DistributionRequest.product),
                )
            )
        ).one_or_none()
        if rnd is None:
            raise fail(
                "distribution_record_unknown",
                what=Term.RECORD_ROUND_TO_PRINT,
                ident=round_id,
            )
        chosen = rnd.lists
        if list_ids is not None:
            wanted = set(list_ids)
            known = {lst.id for lst in rnd.lists}
            stray = sorted(wanted - known)
            if stray:
                raise fail("distribution_print_list_not_in_round", list=stray[0], number=rnd.number)
            chosen = [lst for lst in rnd.lists if lst.id in wanted]
        printable = [lst for lst in chosen if lst.status != _CANCELLED and lst.lines]
        if not printable:
            restricted = list_ids is not None
            raise fail(
                "distribution_print_nothing",
                number=rnd.number,
                which=Term.AMONG_CHOSEN_LISTS if restricted else "",
            )
        programmes = {
            p.code: (p.name_da if language == "da" else p.name_en)
            for p in s.scalars(select(m.Programme))
        }
        try:
            sender = home_pharmacy(s).name
        except DomainError:
            sender = ""
        storage = cold.site_storage(s, [lst.location for lst in printable])
        docs = [_list_doc(rnd, lst, programmes, sender, language, storage) for lst in printable]
    return distribution_lists_pdf(docs, imprint(app), language=language)


def _list_doc(
    rnd: m.DistributionRound,
    lst: m.DistributionList,
    programmes: dict[str, str],
    sender: str,
    language: str,
    storage: cold.SiteStorage,
) -> DistributionListDoc:
    site = lst.location
    # A draft's frozen lines for a site that keeps them only cold are thawed on dispatch
    # (the round's day); a dispatched line names its thawed part already.
    thaw_day = rnd.planned_for if lst.status == "draft" else None
    kind = site.kind
    kind_name = "" if kind is None else (kind.name_da if language == "da" else kind.name_en)
    return DistributionListDoc(
        list_number=lst.list_number,
        round_number=rnd.number,
        planned_for=rnd.planned_for,
        site_name=site.name,
        site_code=site.code,
        site_kind_name=kind_name,
        address=site.address or "",
        city=site.city or "",
        mode=rnd.mode,
        lines=tuple(
            _list_line(
                line,
                language,
                thaw_day if thaw_day and storage.thaws_lot(site.id, line.lot) else None,
            )
            for line in lst.lines
        ),
        visits=tuple(
            VisitLine(
                visit_date=v.visit_date,
                institution=v.institution,
                institution_kind=v.institution_kind,
                programme_name=programmes.get(v.programme_code, v.programme_code),
                doses=v.doses,
            )
            for v in lst.visits
        ),
        note=lst.note or "",
        sender=sender,
        shortfalls=_shortfalls(lst, language),
    )


def _shortfalls(lst: m.DistributionList, language: str) -> tuple[Shortfall, ...]:
    """Per product requested: the doses asked for and the doses picked (whole vials)."""
    sent: dict[int, int] = {}
    for line in lst.lines:
        sent[line.lot.product_id] = sent.get(line.lot.product_id, 0) + line.doses
    out = []
    for req in lst.requests:
        p = req.product
        many = _unit_name(p.form, language)
        out.append(
            Shortfall(
                product=p.name,
                varenummer=p.varenummer,
                requested=req.requested_doses,
                sent=sent.get(p.id, 0),
                doses_per_unit=p.doses_per_unit,
                unit_one=unit_label(1, many, language),
                unit_many=many,
                reason=_short_reason(req, language),
            )
        )
    return tuple(s for s in out if s.short > 0)


def _short_reason(req: m.DistributionRequest, language: str) -> str:
    sentence = cold.short_reason(stored_basis(req), req.product)
    return sentence.text(language) if sentence is not None else ""


def _list_line(line: m.DistributionLine, language: str, thaws_on: date | None = None) -> ListLine:
    """The printed line; ``thaws_on`` the day its frozen lot is thawed on dispatch."""
    lot = line.lot
    product = lot.product
    units, part = divmod(line.doses, product.doses_per_unit)
    thawed_on = thaws_on or lot.thawed_on
    use_by = cold.predicted_use_by(lot, thaws_on) if thaws_on is not None else lot.use_by
    frozen = thawed_on is None and product.frozen_min_c is not None
    fridge_c = (
        (product.fridge_min_c, product.fridge_max_c)
        if product.fridge_min_c is not None and product.fridge_max_c is not None
        else (2, 8)
    )
    frozen_c = (
        (product.frozen_min_c, product.frozen_max_c)
        if product.frozen_min_c is not None and product.frozen_max_c is not None
        else None
    )
    return ListLine(
        product=product.name,
        varenummer=product.varenummer,
        batch=lot.batch,
        expiry=lot.expiry,
        use_by=use_by,
        thawed_on=thawed_on,
        thawed_shelf_life_days=product.thawed_shelf_life_days,
        units=units,
        unit_name=_unit_name(product.form, language),
        doses=line.doses,
        storage=storage_text(
            language,
            frozen=frozen,
            thawed=thawed_on is not None,
            fridge_c=fridge_c,
            frozen_c=frozen_c,
        ),
        override_reason=line.override_reason or "",
        frozen=frozen,
        fridge_c=fridge_c,
        frozen_c=frozen_c,
        in_use_hours=product.in_use_hours_after_opening,
        part_doses=part,
    )


def _unit_name(form: str, language: str) -> str:
    """The plural name of a product's unit: "hætteglas", "sprøjter", "vials", …"""
    english, danish = UNIT_NAMES.get(form, ("unit", "enheder"))
    return danish if language == "da" else english + "s"


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
    check_aware(now, "now")
    scans_file, out = Path(scans_file), Path(out)
    scans = read_scans(scans_file)
    printed = Imprint(
        printed_by=user or current_user(),
        printed_at=now or system_clock(),
        source=scans_file.name,
    )
    write_scan_sheet(title, scans, out, imprint=printed, language=language)
    return out
