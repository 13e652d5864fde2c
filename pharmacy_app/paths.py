"""Where the application finds its shipped files and keeps its data.

The top-level ``resources/`` and ``migrations/`` folders are packaged into the wheel as
``pharmacy_app/_resources`` and ``pharmacy_app/_migrations``; in a source checkout
(editable install, tests) they are read from the project root.  Nothing here reads
anything outside the installed package or the checkout.
"""

from __future__ import annotations

import json
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


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def connection_settings_file() -> Path:
    """This workstation's chosen database (Settings, Database): JSON, never a password."""
    return user_config_dir() / "connection.json"


def stored_database_url() -> str | None:
    """The URL of the database chosen in Settings on this workstation, if any (a file that
    cannot be read counts as no choice: the app then opens its default)."""
    from pharmacy_app.domain.connection_choice import ConnectionChoice

    try:
        data = json.loads(connection_settings_file().read_text(encoding="utf-8"))
        return ConnectionChoice.from_dict(data).url()
    except (OSError, ValueError, KeyError, TypeError):
        return None


def default_database_url() -> str:
    """The database used when ``--db`` names none: ``PHARMACY_DB_URL``, else the one chosen
    in Settings on this workstation, else the SQLite file in the user's data folder."""
    env = os.environ.get("PHARMACY_DB_URL")
    if env:
        return env
    stored = stored_database_url()
    if stored:
        return stored
    return "sqlite:///" + str(user_data_dir() / "pharmacy.sqlite3")


def default_signing_key_file() -> Path:
    """This pharmacy's private key for signing shipment files to other regions:
    ``PHARMACY_SIGNING_KEY`` if set, else a file in the user's data folder.  Why there
    and not in the database: see ``services.signing_keys``."""
    env = os.environ.get("PHARMACY_SIGNING_KEY")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "shipment-signing-key.pem"
