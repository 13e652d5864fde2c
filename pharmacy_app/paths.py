"""Where the application finds its shipped files and keeps its data.

The top-level ``resources/`` and ``migrations/`` folders are packaged into the wheel as
``pharmacy_app/_resources`` and ``pharmacy_app/_migrations``; in a source checkout
(editable install, tests) they are read from the project root.  Nothing here reads
anything outside the installed package or the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "pharmacy-app"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(packaged: str, source: str) -> Path:
    inside = _PACKAGE_DIR / packaged
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / source


def resources_dir() -> Path:
    return _shipped("_resources", "resources")


def migrations_dir() -> Path:
    return _shipped("_migrations", "migrations")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """The database used when neither ``--db`` nor ``PHARMACY_DB_URL`` names one."""
    env = os.environ.get("PHARMACY_DB_URL")
    if env:
        return env
    return "sqlite:///" + str(user_data_dir() / "pharmacy.sqlite3")


def default_signing_key_file() -> Path:
    """This pharmacy's private key for signing shipment files to other regions:
    ``PHARMACY_SIGNING_KEY`` if set, else a file in the user's data folder.  Why there
    and not in the database: see ``services.signing_keys``."""
    env = os.environ.get("PHARMACY_SIGNING_KEY")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "shipment-signing-key.pem"
