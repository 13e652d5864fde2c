"""Starting the window: a database that cannot be opened is explained, not a crash."""

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from pharmacy_app.domain.errors import fail
from pharmacy_app.ui import app as ui_app
from pharmacy_app.ui.i18n import remove_translators


@pytest.fixture(autouse=True)
def forget_translators(qapp):
    """run_gui installs the translators of the chosen language; take them away again."""
    before = qapp.findChildren(QTranslator)
    yield
    remove_translators(qapp, [t for t in qapp.findChildren(QTranslator) if t not in before])


@pytest.fixture
def fatal(monkeypatch):
    shown = []
    monkeypatch.setattr(ui_app, "_fatal", lambda *args: shown.append(args))
    return shown


def test_a_newer_database_is_refused_with_its_message(monkeypatch, fatal, qapp):
    def newer(url, user):
        raise fail("schema_newer", db_rev="abc123")

    monkeypatch.setattr(ui_app, "open_app", newer)
    assert ui_app.run_gui("sqlite:///nowhere.db", "tester") == 1
    (args,) = fatal
    # Danish is the default language, also for the message.
    assert args[0] == (
        "Databasen er lavet af en nyere version af programmet (skema abc123); "
        "installér den nyere version for at bruge den."
    )
    assert QApplication.overrideCursor() is None


def test_an_unreadable_database_is_reported_with_details(monkeypatch, fatal, qapp):
    def broken(url, user):
        raise OSError("disk on fire")

    monkeypatch.setattr(ui_app, "open_app", broken)
    assert ui_app.run_gui("sqlite:///nowhere.db", None) == 1
    text, informative, details = fatal[0]
    assert text == "Databasen kunne ikke åbnes."
    assert "disk on fire" in informative and "OSError" in details


def _answer_the_setup(name: str, password: str, *, cancel: bool = False) -> None:
    """As a person at the screen: once the first-administrator dialog shows, fill it in
    and press its button (or Cancel)."""
    from PySide6.QtCore import QTimer

    from pharmacy_app.ui.signin.dialogs import FirstAdministratorDialog

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, FirstAdministratorDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        if cancel:
            dialog.reject()
            return
        dialog.name_edit.setText(name)
        dialog.password_edit.setText(password)
        dialog.again_edit.setText(password)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)


def test_run_gui_sets_up_the_first_administrator_and_opens_the_window(monkeypatch, qapp, tmp_path):
    from pharmacy_app.ui.main_window import MainWindow

    seen = {}

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["user"] = (window.app.user, window.app.role.value, window.app.signed_in)
        seen["db"] = window.app.db.display_url()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    QSettings().setValue("ui/language", "en")
    db = tmp_path / "fresh.db"
    _answer_the_setup("mette", "a good long password")
    assert ui_app.run_gui(f"sqlite:///{db}", None) == 0
    assert seen == {"user": ("mette", "administrator", True), "db": f"sqlite:///{db}"}


def test_cancelling_the_setup_quits_without_a_window(monkeypatch, qapp, tmp_path):
    from pharmacy_app.services import users
    from pharmacy_app.services.app import open_app

    monkeypatch.setattr(qapp, "exec", lambda: pytest.fail("no window may open"))
    QSettings().setValue("ui/language", "en")
    db = tmp_path / "fresh.db"
    _answer_the_setup("", "", cancel=True)
    assert ui_app.run_gui(f"sqlite:///{db}", None) == 0
    app = open_app(f"sqlite:///{db}")
    try:
        assert not users.has_users(app)
    finally:
        app.close()
