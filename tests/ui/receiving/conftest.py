"""Fixtures of the Receiving page's tests: a home pharmacy, and the window on the
Receiving page (every dialog it left open is closed afterwards)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.ui.main_window import RECEIVING


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


@pytest.fixture
def rwindow(home, window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    window.show_page(RECEIVING)
    page = window.receiving_page
    qtbot.waitUntil(lambda: window.ops.is_idle() and page.form.product_combo.count() > 1, timeout=30_000)
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMessageBox) and w.isVisible():
            w.close()


@pytest.fixture
def page(rwindow):
    return rwindow.receiving_page
