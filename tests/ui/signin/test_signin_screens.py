"""The sign-in, set-up, lock and user screens render, in Danish and English, at a small
and a large size.  The PNGs land in the test's temporary folder (or in
``$PHARMACY_SCREENSHOTS`` when set); open them to look at the screens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.roles import Role
from pharmacy_app.services import users
from pharmacy_app.ui.main_window import SETTINGS, MainWindow
from pharmacy_app.ui.signin.dialogs import FirstAdministratorDialog, SignInDialog
from pharmacy_app.ui.signin.lock import LockDialog
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture

PW = "long enough"


def _out(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PHARMACY_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path))


@pytest.mark.parametrize("lang", ["en", "da"])
def test_sign_in_screens(qtbot, app, tmp_path, request, lang) -> None:
    if lang == "da":
        request.getfixturevalue("danish")
    out = _out(tmp_path)
    first = FirstAdministratorDialog(app)
    qtbot.addWidget(first)
    first.show()
    first.name_edit.setText("anna")
    first.password_edit.setText("short")
    first.again_edit.setText("short")
    first.submit()
    _save(first, out / f"first_admin_{lang}.png")
    users.add_user(app, "anna", Role.ADMINISTRATOR, PW, full_name="Anna Andersen")
    users.sign_in(app, "anna", PW)
    users.add_user(app, "bo", Role.STAFF, PW, full_name="Bo Berg")
    users.add_user(app, "vera", Role.VIEWER, PW)
    users.set_disabled(app, "vera", True)
    sign_in = SignInDialog(app, name="bo")
    qtbot.addWidget(sign_in)
    sign_in.show()
    sign_in.password_edit.setText("wrong password")
    sign_in.submit()
    _save(sign_in, out / f"sign_in_{lang}.png")
    users.sign_in(app, "anna", PW)

    for width, height in ((1024, 700), (1600, 1000)):
        w = MainWindow(app)
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        wait_idle(qtbot, w, timeout=30_000)
        w.show_page(SETTINGS)
        page = w.settings_page
        page.tabs.setCurrentWidget(page.users_tab)
        qtbot.waitUntil(lambda p=page, win=w: p.users_tab.model.rowCount() == 3 and win.ops.is_idle(), timeout=30_000)
        page.users_tab.table.select_row(1)
        path = out / f"users_tab_{lang}_{width}.png"
        _save(w, path)
        assert_real_picture(path, width, height)
        w.close()

    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    wait_idle(qtbot, w, timeout=30_000)
    w.session.lock()
    lock = w.session.lock_dialog
    assert isinstance(lock, LockDialog)
    qtbot.waitUntil(lock.isVisible, timeout=30_000)
    _save(lock, out / f"lock_dialog_{lang}.png")
    _save(w, out / f"locked_window_{lang}.png")
    lock.password_edit.setText(PW)
    lock.submit()
    w.close()
