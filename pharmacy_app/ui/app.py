"""Starting the window: the Qt application, the language, the database, the main window.

Before the main window, a database without users asks for its first administrator and
one with users for a sign-in (``ui/signin``); Cancel quits.

``run_gui(..., smoke_test=True)`` (the hidden ``--smoke-test`` option) opens the window
as usual, waits until the window system has put it on the screen (exposed), prints one
line saying so, and closes it again: proof that Qt's platform plugin and its system
libraries work on this machine (tests/test_real_window.py runs it under Xvfb).
"""

from __future__ import annotations

import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.paths import APP_NAME
from pharmacy_app.services.app import open_app
from pharmacy_app.ui import labels
from pharmacy_app.ui.i18n import current_language_setting, install_language

ORGANISATION = APP_NAME  # QSettings: one folder "pharmacy-app" for the organisation and app
SMOKE_TEST_TIMEOUT_S = 30.0
SMOKE_TEST_FAILED = 3  # exit code: the window was never exposed


def setup_application(qapp: QCoreApplication) -> str:
    """Names for QSettings and the language chosen on this workstation; returns it."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    # A desktop's own file dialog speaks the desktop's language, not the one chosen here.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    lang = current_language_setting()
    # The translators must outlive this function: parent them to the application.
    install_language(qapp, lang)
    return lang


def run_gui(db_url: str | None, user: str | None, *, smoke_test: bool = False) -> int:
    """The window.  Returns the process exit code."""
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    setup_application(qapp)
    QGuiApplication.setApplicationDisplayName(
        QCoreApplication.translate("App", "Vaccine stock")
    )
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        app = open_app(db_url, user)
    except DomainError as err:
        QApplication.restoreOverrideCursor()
        _fatal(labels.error_text(err))
        return 1
    except Exception as err:  # noqa: BLE001 - the user must see why the program stops
        QApplication.restoreOverrideCursor()
        _fatal(
            QCoreApplication.translate("App", "The database could not be opened."),
            f"{type(err).__name__}: {err}",
            traceback.format_exc(),
        )
        return 1
    QApplication.restoreOverrideCursor()

    from pharmacy_app.ui.main_window import MainWindow
    from pharmacy_app.ui.signin.dialogs import sign_in_at_start

    try:
        # Before the window: the first administrator of a new database, or a sign-in
        # (Cancel quits).  The smoke test only proves the window system works.
        if not smoke_test and not sign_in_at_start(app):
            return 0
        window = MainWindow(app)
        window.show()
        if smoke_test:
            _quit_once_exposed(qapp, window)
        return int(qapp.exec())
    finally:
        app.close()


def _quit_once_exposed(qapp: QApplication, window: QWidget) -> None:
    """Report on stdout once ``window`` is on the screen, then close it (exit code 0); exit
    with :data:`SMOKE_TEST_FAILED` if that does not happen in time."""
    deadline = time.monotonic() + SMOKE_TEST_TIMEOUT_S
    timer = QTimer(window)
    timer.setInterval(50)

    def check() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            timer.stop()
            size = window.size()
            print(
                f"smoke-test: window exposed on {qapp.platformName()}: "
                f"{window.windowTitle()!r} {size.width()}x{size.height()}",
                flush=True,
            )
            window.close()  # saves the window state and waits for running work
            qapp.exit(0)
        elif time.monotonic() > deadline:
            timer.stop()
            print(f"smoke-test: no window exposed on {qapp.platformName()}", file=sys.stderr, flush=True)
            qapp.exit(SMOKE_TEST_FAILED)

    timer.timeout.connect(check)
    timer.start()


def _fatal(text: str, informative: str = "", details: str = "") -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Vaccine stock"))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.exec()

