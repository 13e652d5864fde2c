"""Signing in, in the window (pytest-qt, offscreen): the first administrator, a refused
then accepted sign-in, the lock after idle time and unlocking, switching user (the
status bar and what is enabled follow), and the Users tab adding and disabling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pharmacy_app.domain.roles import Role
from pharmacy_app.services import users
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.main_window import DISTRIBUTION, RECEIVING, SETTINGS, MainWindow
from pharmacy_app.ui.signin.dialogs import LAST_USER_KEY, FirstAdministratorDialog, SignInDialog
from tests.ui.conftest import wait_idle

PW = "long enough"


def _window(qtbot, app) -> MainWindow:
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w, timeout=30_000)
    return w


def _users(app, *more: tuple[str, Role]) -> None:
    users.add_user(app, "admin", Role.ADMINISTRATOR, PW, full_name="Anna Admin")
    users.sign_in(app, "admin", PW)
    for name, role in more:
        users.add_user(app, name, role, PW)


def test_first_administrator_is_created_and_signed_in(qtbot, app) -> None:
    dialog = FirstAdministratorDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Anna")
    dialog.full_name_edit.setText("Anna Andersen")
    dialog.password_edit.setText("short")
    dialog.again_edit.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.password_edit.setText(PW)
    dialog.again_edit.setText(PW + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text() and not users.has_users(app)
    dialog.password_edit.setText(PW)
    dialog.again_edit.setText(PW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (app.user, app.role, app.signed_in) == ("Anna", Role.ADMINISTRATOR, True)
    assert [u.full_name for u in users.list_users(app)] == ["Anna Andersen"]
    assert settings().value(LAST_USER_KEY) == "Anna"


def test_sign_in_refused_then_accepted(qtbot, app) -> None:
    _users(app, ("bo", Role.STAFF))
    app.signed_in = False
    settings().setValue(LAST_USER_KEY, "bo")
    dialog = SignInDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "bo"  # the last user on this workstation
    dialog.password_edit.setText("wrong password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "Wrong user name or password."
    assert dialog.password_edit.text() == "" and not app.signed_in
    qtbot.keyClicks(dialog.password_edit, PW)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (app.user, app.role, app.signed_in) == ("bo", Role.STAFF, True)


def test_lock_after_idle_and_unlock(qtbot, app) -> None:
    _users(app)
    w = _window(qtbot, app)
    session = w.session
    session.idle.set_interval_ms(150)  # minutes in real use; the same timer
    qtbot.waitUntil(lambda: session.lock_dialog is not None and session.lock_dialog.isVisible(), timeout=30_000)
    lock = session.lock_dialog
    assert not w.centralWidget().isVisible()  # nothing of the work behind the lock
    lock.reject()  # Escape / close do not unlock
    assert lock.isVisible()
    lock.password_edit.setText("wrong password")
    qtbot.mouseClick(lock.ok_button, Qt.MouseButton.LeftButton)
    assert lock.isVisible() and "Wrong user name or password." in lock.error.text()
    lock.password_edit.setText(PW)
    qtbot.mouseClick(lock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.lock_dialog is None, timeout=30_000)
    assert w.centralWidget().isVisible()
    session.idle.set_interval_ms(0)
    w.close()


def test_switch_user_changes_status_bar_and_enabled_actions(qtbot, app) -> None:
    _users(app, ("vera", Role.VIEWER))
    w = _window(qtbot, app)
    session = w.session
    assert w.user_label.text() == "Signed in as admin (administrator)"
    w.show_page(RECEIVING)
    page = w.receiving_page
    qtbot.waitUntil(lambda: w.ops.is_idle(), timeout=30_000)
    assert page.new_action.isEnabled() and page.new_button.isEnabled()
    # The lock screen's "Switch user…" signs in as someone else.
    session.lock()
    lock = session.lock_dialog
    qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
    sign_in = lock.sign_in_dialog
    assert sign_in is not None and sign_in.name_edit.text() == ""
    sign_in.name_edit.setText("vera")
    sign_in.password_edit.setText(PW)
    qtbot.mouseClick(sign_in.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.lock_dialog is None, timeout=30_000)
    assert (app.user, app.role) == ("vera", Role.VIEWER)
    assert w.user_label.text() == "Signed in as vera (viewer)"
    assert not page.new_action.isEnabled() and not page.new_button.isEnabled()
    assert "Needs the role staff." in page.new_button.toolTip()
    # File › Switch user… back to the administrator: enabled again.
    session.switch_user()
    dialog = session.sign_in_dialog
    dialog.name_edit.setText("admin")
    dialog.password_edit.setText(PW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.user == "admin", timeout=30_000)
    assert w.user_label.text() == "Signed in as admin (administrator)"
    assert page.new_action.isEnabled() and page.new_button.isEnabled()
    assert "Needs the role" not in page.new_button.toolTip()
    w.close()


def test_users_tab_adds_and_disables(qtbot, app) -> None:
    _users(app)
    w = _window(qtbot, app)
    w.show_page(SETTINGS)
    page = w.settings_page
    tab = page.users_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and w.ops.is_idle(), timeout=30_000)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.name_edit.setText("bo")
    d.full_name_edit.setText("Bo Berg")
    d.role_combo.setCurrentIndex(d.role_combo.findData(Role.COORDINATOR))
    d.password_edit.setText(PW)
    d.again_edit.setText(PW)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and w.ops.is_idle(), timeout=30_000)
    assert [tab.model.index(1, c).data() for c in range(4)] == ["bo", "Bo Berg", "coordinator", "enabled"]
    tab.table.select_row(1)
    assert tab.disable_button.isEnabled() and not tab.enable_button.isEnabled()
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ops.is_idle() and tab.model.index(1, 3).data() == "disabled", timeout=30_000)
    assert [u.disabled for u in users.list_users(app)] == [False, True]
    # The last administrator cannot disable themself: a warning, nothing changed.
    tab.table.select_row(0)
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.ops.is_idle() and bool(w.ops.open_message_boxes()), timeout=30_000)
    box = w.ops.open_message_boxes()[0]
    assert "last enabled administrator" in box.text()
    box.close()
    assert not users.list_users(app)[0].disabled
    w.close()


def test_a_viewer_sees_the_users_read_only(qtbot, app) -> None:
    _users(app, ("vera", Role.VIEWER))
    users.sign_in(app, "vera", PW)
    w = _window(qtbot, app)
    w.show_page(SETTINGS)
    tab = w.settings_page.users_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and w.ops.is_idle(), timeout=30_000)
    tab.table.select_row(1)
    for button in (tab.add_button, tab.disable_button, tab.role_button, tab.password_button):
        assert not button.isEnabled()
        assert "Needs the role administrator." in button.toolTip()
    w.close()


def test_without_users_nothing_changes(qtbot, app) -> None:
    w = _window(qtbot, app)
    assert w.user_label.text() == "User: tester"
    assert not w.session.lock_action.isEnabled() and not w.session.switch_action.isEnabled()
    w.show_page(RECEIVING)
    assert w.receiving_page.new_button.isEnabled()
    w.close()


def test_ctrl_l_locks_except_where_a_page_uses_it(qtbot, app) -> None:
    _users(app)
    w = _window(qtbot, app)
    lock = w.session.lock_action
    assert lock.shortcut().toString() == "Ctrl+L"
    w.show_page(DISTRIBUTION)  # Ctrl+L changes a line's lot there; File › Lock still locks
    qtbot.waitUntil(lambda: lock.shortcut().isEmpty(), timeout=30_000)
    w.show_page(RECEIVING)
    assert lock.shortcut().toString() == "Ctrl+L"
    assert w.session.switch_action.shortcut().toString() == "Ctrl+Shift+L"
    w.close()
