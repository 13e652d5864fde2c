"""The Settings page's and the set-up guide's writes: reference data, settings, keys."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.first_run import SetupState
from pharmacy_app.services import backup, setup, signing_keys, ssi_order, stock_outs
from pharmacy_app.services.distribution import use_basis
from pharmacy_app.services.reference import editing
from pharmacy_app.services.reference import settings as reference_settings
from pharmacy_app.services.reference.listings import LocationInfo, ProductInfo
from pharmacy_app.services.setup import CatalogueSite
from pharmacy_app.services.signing_keys import TrustedKeyInfo
from pharmacy_app.services.storage_settings import ClassSpec
from pharmacy_app.ui.ops.service_op import ServiceOp


def save_settings(parent: QWidget, value: reference_settings.Settings) -> ServiceOp[None]:
    return ServiceOp.call(parent, reference_settings.save_settings, value)


def save_location(
    parent: QWidget, info: LocationInfo, storage: Sequence[ClassSpec] | None = None
) -> ServiceOp[LocationInfo]:
    """The site, and with ``storage`` its whole storage equipment, in one transaction."""
    return ServiceOp.call(parent, editing.save_location, info, storage)


def save_product(parent: QWidget, info: ProductInfo) -> ServiceOp[ProductInfo]:
    return ServiceOp.call(parent, editing.save_product, info)


def trust_key(parent: QWidget, *, region_code: str, key_text: str, label: str) -> ServiceOp[TrustedKeyInfo]:
    return ServiceOp.call(parent, signing_keys.trust, region_code=region_code, key_text=key_text, label=label)


def revoke_key(parent: QWidget, fingerprint: str) -> ServiceOp[TrustedKeyInfo]:
    return ServiceOp.call(parent, signing_keys.revoke, fingerprint)


def load_catalogue_sites(parent: QWidget) -> ServiceOp[list[CatalogueSite]]:
    return ServiceOp.call(parent, setup.load_catalogue_sites)


def choose_home_pharmacy(parent: QWidget, code: str) -> ServiceOp[SetupState]:
    return ServiceOp.call(parent, setup.choose_home_pharmacy, code)


def save_backup_settings(parent: QWidget, value: backup.BackupSettings) -> ServiceOp[None]:
    return ServiceOp.call(parent, backup.save_backup_settings, value)


def restore_backup(parent: QWidget, file: Path) -> ServiceOp[backup.RestoreInfo]:
    return ServiceOp.call(parent, backup.restore, file)


def save_round_interval(parent: QWidget, days: int) -> ServiceOp[int]:
    return ServiceOp.call(parent, stock_outs.save_round_interval, days)


def save_order_settings(parent: QWidget, interval_days: int, cover_days: int) -> ServiceOp[ssi_order.OrderSettings]:
    return ServiceOp.call(parent, ssi_order.save_order_settings, interval_days, cover_days)


def save_use_basis(parent: QWidget, basis: str) -> ServiceOp[str]:
    return ServiceOp.call(parent, use_basis.save_use_basis, basis)


def set_target(
    parent: QWidget, site_code: str, varenummer: str, unit: str, minimum: int, maximum: int
) -> ServiceOp[stock_outs.TargetRow]:
    return ServiceOp.call(parent, stock_outs.set_target, site_code, varenummer, unit, minimum, maximum)


def clear_target(parent: QWidget, site_code: str, varenummer: str) -> ServiceOp[None]:
    return ServiceOp.call(parent, stock_outs.clear_target, site_code, varenummer)
