"""Settings › Backup: the daily backup's folder, time and days kept saved from the
window; a backup made now; a restore confirmed, then done, the window working on the
restored database; a refused restore said and nothing changed; the backup made when the
window closes.  The PNGs (1024x700 and 1600x1000, Danish and English) land in the
test's temporary folder."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from pharmacy_app.services import backup, queries
from pharmacy_app.ui.main_window import SETTINGS
from tests.helpers import table_digest
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture


def open_backup(qtbot, window):
    window.show_page(SETTINGS)
    page = window.settings_page
    tab = page.backup_tab
    page.tabs.setCurrentWidget(tab)
    window.refresh()
    qtbot.waitUntil(lambda: tab.folder_edit.text() != "" and window.ops.is_idle(), timeout=30_000)
    return tab


def test_backup_settings_are_saved_from_the_tab(qtbot, window, app, tmp_path: Path) -> None:
    tab = open_backup(qtbot, window)
    assert tab.folder_edit.text() == str(backup.default_folder())
    assert tab.keep_spin.value() == 14 and tab.time_edit.time() == QTime(18, 0)
    tab.folder_edit.setText(str(tmp_path / "kopier"))
    tab.time_edit.setTime(QTime(7, 45))
    tab.keep_spin.setValue(30)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.status.text() == "Saved.", timeout=30_000)
    assert backup.read_backup_settings(app) == backup.BackupSettings(tmp_path / "kopier", time(7, 45), 30)


def test_back_up_now_then_restore_through_the_window(qtbot, window, app, tmp_path: Path) -> None:
    tab = open_backup(qtbot, window)
    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    before_but_audit = table_digest(app, skip=("activity", "chain_head"))
    out = tmp_path / "copy.sqlite3"
    tab.back_up(out)
    qtbot.waitUntil(lambda: str(out) in tab.status.text(), timeout=30_000)
    assert out.is_file()

    # A damaged file: confirmed, refused with the reason, nothing changed.
    broken = tmp_path / "broken.sqlite3"
    broken.write_text("no database here")
    box = tab.ask_restore(broken)
    assert "broken.sqlite3" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(qtbot, window)
    assert table_digest(app) == before
    box = tab.ask_restore(broken)
    [restore_button] = [b for b in box.buttons() if b.text() == "Restore"]
    shown: list[str] = []
    window.ops.error_shown.connect(shown.append)
    restore_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "not a database backup" in shown[0]
    for message in window.ops.open_message_boxes():
        message.done(0)
    assert table_digest(app) == before

    # The real copy: the kept file is named in the confirmation and afterwards.
    db_file = backup.sqlite_file(app.db)
    box = tab.ask_restore(out)
    assert str(db_file) in box.informativeText() and ".replaced-" in box.informativeText()
    [restore_button] = [b for b in box.buttons() if b.text() == "Restore"]
    restore_button.click()
    qtbot.waitUntil(lambda: "Restored from copy.sqlite3" in tab.status.text(), timeout=30_000)
    wait_idle(qtbot, window)
    kept = list(db_file.parent.glob(f"{db_file.stem}.replaced-*"))
    assert len(kept) == 1 and str(kept[0]) in tab.status.text()
    # The window's App works on the restored file (its audit chain adds that it was
    # restored); the Stock page reloaded from it.
    assert table_digest(app, skip=("activity", "chain_head")) == before_but_audit
    assert window.stock_page.model.rowCount() > 0


def test_the_window_makes_the_days_backup_when_it_closes(qtbot, app, tmp_path: Path) -> None:
    from pharmacy_app.ui.main_window import MainWindow

    folder = tmp_path / "daily"
    backup.save_backup_settings(app, backup.BackupSettings(folder, time(23, 0), 14))
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    assert backup.auto_backups(folder) == []  # 23:00 is not yet due
    w.close()  # returns once the copy is made (a progress dialog shows meanwhile)
    assert not w.isVisible()
    [(day, path)] = backup.auto_backups(folder)
    assert day == app.today() and path.stat().st_size > 0
    assert not backup.close_backup_due(app)


def test_a_failed_backup_on_close_is_shown_and_the_next_close_closes(qtbot, app, tmp_path: Path) -> None:
    from pharmacy_app.ui.main_window import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    backup.save_backup_settings(app, backup.BackupSettings(blocker / "daily", time(23, 0), 14))
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    shown: list[str] = []
    w.ops.error_shown.connect(shown.append)
    w.close()
    assert w.isVisible() and len(shown) == 1 and "not-a-folder" in shown[0]
    for message in w.ops.open_message_boxes():
        message.done(0)
    w.close()
    assert not w.isVisible()


@pytest.mark.parametrize("language", ["en", "da"])
def test_screenshots_of_the_backup_tab(request, qtbot, language, app, tmp_path: Path) -> None:
    if language == "da":
        request.getfixturevalue("danish")
    window = request.getfixturevalue("window")
    tab = open_backup(qtbot, window)
    tab.status.setText(tab.tr("Backup written to %1.").replace("%1", str(tmp_path / "pharmacy-copy.sqlite3")))
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(50)
        path = tmp_path / f"backup_{language}_{width}.png"
        assert window.grab().save(str(path))
        assert_real_picture(path, width, height)
    box = tab.ask_restore(tmp_path / "pharmacy-backup-20261101-180000.sqlite3")
    qtbot.wait(50)
    path = tmp_path / f"restore_confirm_{language}.png"
    assert box.grab().save(str(path))
    box.done(0)
