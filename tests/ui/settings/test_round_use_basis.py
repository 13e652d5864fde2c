"""Settings › General: what round proposals size a site's use by (the setting
``round_use_basis``), chosen in the form, saved through the operations helper, logged in
the activity log and shown as saved after a refresh."""

import sqlalchemy as sa
from PySide6.QtCore import Qt

from pharmacy_app.db import models as m
from pharmacy_app.domain import use_basis as ub
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution import use_basis
from tests.ui.conftest import wait_idle
from tests.ui.settings.test_settings import open_settings


def test_the_use_basis_is_a_general_setting(qtbot, window, app: App) -> None:
    page = open_settings(qtbot, window)
    page.tabs.setCurrentWidget(page.general_tab)
    general = page.general_tab
    combo = general.basis_combo
    assert combo.currentData() == ub.RECENT
    assert [combo.itemText(i) for i in range(combo.count())] == ["Last 4 weeks", "Forecast"]
    combo.setCurrentIndex(combo.findData(ub.FORECAST))
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: general.status.text().startswith("Saved") and window.ops.is_idle(), timeout=30_000)
    assert use_basis.use_basis(app) == ub.FORECAST
    with app.db.read() as s:
        (entry,) = s.scalars(sa.select(m.Activity).where(m.Activity.subject == ub.SETTING_KEY)).all()
    assert (entry.kind, entry.before, entry.after, entry.user_name) == ("setting", None, '"forecast"', "tester")
    # Saved again unchanged: nothing more is written.
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: general.status.text().startswith("Saved") and window.ops.is_idle(), timeout=30_000)
    with app.db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).where(m.Activity.subject == ub.SETTING_KEY)) == 1
    # Read back from the database on a refresh (the keyboard reaches the choice too).
    combo.setCurrentIndex(combo.findData(ub.RECENT))
    page.refresh()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: combo.currentData() == ub.FORECAST, timeout=30_000)
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
