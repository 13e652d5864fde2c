"""The Distribution page's writes: planning a round, its requests and visits, dispatch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.distribution import dispatching, planning, visits
from pharmacy_app.services.distribution.views import ListView, RoundView
from pharmacy_app.ui.ops.service_op import ServiceOp


def plan_round(
    parent: QWidget,
    *,
    planned_for: date,
    site_codes: Sequence[str],
    product_ids: Sequence[int] | None,
    mode: str,
    fair_split: bool,
    note: str,
) -> ServiceOp[RoundView]:
    return ServiceOp.call(
        parent,
        planning.plan_round,
        planned_for=planned_for,
        site_codes=site_codes,
        product_ids=product_ids,
        mode=mode,
        fair_split=fair_split,
        note=note,
    )


def set_requested(parent: QWidget, request_id: int, doses: int) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, planning.set_requested, request_id, doses)


def reallocate(parent: QWidget, round_id: int, *, fair_split: bool) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, planning.reallocate, round_id, fair_split=fair_split)


def change_lot(parent: QWidget, line_id: int, lot_id: int, reason: str) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, planning.override_line, line_id, lot_id, reason)


def add_visits(
    parent: QWidget,
    list_id: int,
    *,
    visit_date: date,
    institution: str,
    institution_kind: str,
    doses_by_programme: Mapping[str, int],
) -> ServiceOp[RoundView]:
    return ServiceOp.call(
        parent,
        visits.add_visits,
        list_id,
        visit_date=visit_date,
        institution=institution,
        institution_kind=institution_kind,
        doses_by_programme=doses_by_programme,
    )


def remove_visit(parent: QWidget, visit_id: int) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, visits.remove_visit, visit_id)


def dispatch_round(parent: QWidget, round_id: int) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, dispatching.dispatch, round_id)


def cancel_round(parent: QWidget, round_id: int, reason: str) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, dispatching.cancel_round, round_id, reason)


def cancel_list(parent: QWidget, list_id: int, reason: str) -> ServiceOp[RoundView]:
    return ServiceOp.call(parent, dispatching.cancel_list, list_id, reason)


def reverse_list(parent: QWidget, list_id: int, note: str) -> ServiceOp[ListView]:
    return ServiceOp.call(parent, dispatching.reverse_list, list_id, note)


def confirm_receipt(
    parent: QWidget,
    list_id: int,
    received: Mapping[int, int],
    *,
    reasons: Mapping[int, str],
    reason_codes: Mapping[int, str],
) -> ServiceOp[ListView]:
    return ServiceOp.call(
        parent, dispatching.confirm_receipt, list_id, received, reasons=reasons, reason_codes=reason_codes
    )
