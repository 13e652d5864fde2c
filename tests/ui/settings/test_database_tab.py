"""Settings › Database: the database open now, another chosen for the next start, tested
with a clear answer and saved without a password (a typed one goes to the keyring).  The
PNGs (1024x700 and 1600x1000, Danish and English) land in the test's temporary folder,
and in $PHARMACY_SHOTS if set."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from sqlalchemy.engine import make_url

from pharmacy_app.domain.connection_choice import PasswordSource
from pharmacy_app.paths import connection_settings_file, default_database_url
from pharmacy_app.ui.main_window import SETTINGS
from tests.test_connection_settings import MemoryKeyring
from tests.ui.test_screenshots import assert_real_picture


def open_database_tab(qtbot, window):
    window.show_page(SETTINGS)
    page = window.settings_page
    tab = page.database_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: window.ops.is_idle(), timeout=30_000)
    return tab


def test_a_sqlite_file_is_tested_and_saved_for_the_next_start(qtbot, window, app, tmp_path: Path) -> None:
    tab = open_database_tab(qtbot, window)
    assert tab.current_label.text() == app.db.display_url()
    assert tab.sqlite_radio.isChecked() and tab.path_edit.isVisible() and not tab.host_edit.isVisible()
    tab.path_edit.clear()
    tab.test_button.click()
    assert tab.status.text() == "Fill in: File."
    tab.path_edit.setText(str(tmp_path / "delt.sqlite3"))
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("The connection works (SQLite"), timeout=30_000)
    assert "empty" in tab.status.text()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Saved."), timeout=30_000)
    assert default_database_url() == "sqlite:///" + str(tmp_path / "delt.sqlite3")


@pytest.mark.postgres
def test_a_server_with_the_keyring_is_saved_without_a_password(qtbot, window, pg_url: str) -> None:
    ring = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        tab = open_database_tab(qtbot, window)
        url = make_url(pg_url)
        tab.server_radio.setChecked(True)
        tab.source_combo.setCurrentIndex(tab.source_combo.findData(PasswordSource.KEYRING))
        assert tab.password_edit.isVisible() and not tab.service_edit.isVisible()
        tab.host_edit.setText(str(url.host))
        tab.port_spin.setValue(1)  # nobody listens there
        tab.name_edit.setText(str(url.database))
        tab.user_edit.setText(str(url.username))
        tab.password_edit.setText("kodeord-1")
        tab.test_button.click()
        qtbot.waitUntil(lambda: "cannot be reached" in tab.status.text(), timeout=30_000)
        assert tab.status.text().startswith(f"The database server {url.host}:1 cannot be reached.")
        tab.port_spin.setValue(int(url.port or 5432))
        tab.test_button.click()
        qtbot.waitUntil(lambda: tab.status.text().startswith("The connection works (PostgreSQL"), timeout=30_000)
        tab.save_button.click()
        qtbot.waitUntil(lambda: tab.status.text().startswith("Saved."), timeout=30_000)
        assert tab.password_edit.text() == ""
        stored = connection_settings_file().read_text(encoding="utf-8")
        assert "kodeord-1" not in stored
        assert json.loads(stored)["password_source"] == "keyring"
        assert list(ring.entries.values()) == ["kodeord-1"]
        assert default_database_url().endswith("?keyring=1")
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("language", ["en", "da"])
def test_screenshots_of_the_database_tab(request, qtbot, language, tmp_path: Path) -> None:
    if language == "da":
        request.getfixturevalue("danish")
    window = request.getfixturevalue("window")
    tab = open_database_tab(qtbot, window)
    tab.server_radio.setChecked(True)
    tab.source_combo.setCurrentIndex(tab.source_combo.findData(PasswordSource.KEYRING))
    tab.host_edit.setText("db.apotek.regionh.dk")
    tab.name_edit.setText("vaccinelager")
    tab.user_edit.setText("apotek_ws3")
    tab.password_edit.setText("x" * 12)
    tab._say(tab.tr("The connection works (%1).").replace("%1", "PostgreSQL 16.4"), ok=True)
    window.connection_banner.show_waiting(8)
    shots = Path(os.environ.get("PHARMACY_SHOTS", tmp_path))
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(50)
        path = shots / f"database_{language}_{width}.png"
        assert window.grab().save(str(path))
        assert_real_picture(path, width, height)
    window.connection_banner.hide()
