"""Settings › Shipment keys: this pharmacy's key to give away, and other regions' keys
trusted, refused and revoked through the window.  The PNGs (1024x700 and 1600x1000, in
Danish and English) land in the test's temporary folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pharmacy_app.domain import signing
from pharmacy_app.services import reference, signing_keys
from pharmacy_app.ui.main_window import SETTINGS
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture


def open_keys(qtbot, window):
    window.show_page(SETTINGS)
    page = window.settings_page
    tab = page.keys_tab
    page.tabs.setCurrentWidget(tab)
    window.refresh()  # F5: the settings were changed behind the window's back
    qtbot.waitUntil(lambda: tab.data is not None and window.ops.is_idle(), timeout=30_000)
    return tab


def other_key_pem() -> str:
    return signing.public_key_pem(signing.raw_public_key(signing.new_private_key()))


def test_this_pharmacys_key_is_shown_and_exported(qtbot, window, app, tmp_path):
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    tab = open_keys(qtbot, window)
    own = signing_keys.own_key(app)
    assert tab.fingerprint_label.text() == own.shown_fingerprint
    assert tab.key_file_label.text() == str(app.key_file)
    assert "PRIVATE" not in tab.fingerprint_label.text() + tab.key_file_label.text()
    saved = tab.export_key(tmp_path / "out" / "rh.pem")
    assert saved is None and "could not be saved" in tab.own_status.text()  # no such folder
    saved = tab.export_key(tmp_path / "rh.pem")
    assert saved is not None and saved.read_text() == own.public_key_pem
    assert str(saved) in tab.own_status.text()
    assert signing_keys.key_fingerprint(saved.read_text()) == own.fingerprint
    tab.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == own.public_key_pem


def test_trust_refuse_and_revoke_a_key(qtbot, window, app, tmp_path):
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    tab = open_keys(qtbot, window)
    assert tab.model.rowCount() == 0 and "No keys yet" in tab.table.empty_text()

    qtbot.mouseClick(tab.trust_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    regions = [dialog.region_combo.itemData(i) for i in range(dialog.region_combo.count())]
    assert "1084" not in regions and "1082" in regions  # never this pharmacy's own region
    # Something that is not a key: said at once, and the button stays off.
    qtbot.keyClicks(dialog.key_edit, "hello")
    assert "not an Ed25519 public key" in dialog.fingerprint_label.text()
    assert not dialog.ok_button.isEnabled()
    # The key from the file the other pharmacy sent.
    pem = other_key_pem()
    key_file = tmp_path / "midt.pem"
    key_file.write_text(pem)
    dialog.open_file(key_file)
    fingerprint = signing_keys.key_fingerprint(pem)
    assert dialog.fingerprint_label.text() == signing.show_fingerprint(fingerprint)
    assert dialog.ok_button.isEnabled()
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("1082"))
    qtbot.keyClicks(dialog.label_edit, "Region Midtjyllands Apotek")
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)  # Enter trusts it
    qtbot.waitUntil(lambda: tab.dialog is None and tab.model.rowCount() == 1, timeout=30_000)
    row = tab.model.row_at(0)
    assert (row.region_code, row.fingerprint, row.label, row.active) == (
        "1082", fingerprint, "Region Midtjyllands Apotek", True
    )
    assert tab.model.index(0, 4).data() == "Trusted"

    # The same key again: refused in the dialog, which stays open with what was given.
    dialog = tab.trust_key()
    dialog.key_edit.setPlainText(pem)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("1081"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert "already trusted for region 1082" in dialog.problems.problems[0]
    assert dialog.isVisible() and window.ops.open_message_boxes() == []
    dialog.reject()

    tab.table.selectRow(0)
    assert tab.revoke_button.isEnabled()
    tab.revoke_key(confirm=False)
    qtbot.waitUntil(lambda: not tab.model.row_at(0).active, timeout=30_000)
    assert tab.model.index(0, 4).data().startswith("Revoked ")
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).endswith(" by tester")
    assert not tab.revoke_button.isEnabled()
    [key] = signing_keys.list_trusted(app)
    assert not key.active and key.revoked_by == "tester"


def test_an_unusable_key_file_is_said_on_the_tab(qtbot, window, app):
    signing_keys.own_key(app)
    app.key_file.chmod(0o644)
    tab = open_keys(qtbot, window)
    assert "can be read by other users" in tab.fingerprint_label.text()
    assert not tab.export_button.isEnabled() and not tab.copy_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "da"])
def test_screenshots_of_the_shipment_keys(request, qtbot, language, app, tmp_path):
    if language == "da":
        request.getfixturevalue("danish")
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    for region, label in (("1082", "Region Midtjyllands Apotek"), ("1083", "Sygehusapotek Fyn")):
        signing_keys.trust(app, region_code=region, key_text=other_key_pem(), label=label)
    signing_keys.revoke(app, signing_keys.list_trusted(app)[-1].fingerprint)
    window = request.getfixturevalue("window")
    tab = open_keys(qtbot, window)
    wait_idle(qtbot, window)
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(50)
        path = tmp_path / f"shipment_keys_{language}_{width}.png"
        assert window.grab().save(str(path))
        assert_real_picture(path, width, height)
    dialog = tab.trust_key()
    dialog.key_edit.setPlainText(other_key_pem())
    qtbot.wait(50)
    path = tmp_path / f"trust_key_{language}.png"
    assert dialog.grab().save(str(path))
    dialog.reject()


def test_receiving_a_file_from_an_untrusted_region_says_where_to_trust_it(
    qtbot, window, app, tmp_path
):
    """Region Midtjylland (this window) receives a file from Region Hovedstaden: refused
    until Hovedstaden's key is trusted, said in the Distribution page's strip."""
    from datetime import UTC, datetime

    from pharmacy_app.services import transfers
    from pharmacy_app.services.app import open_app
    from pharmacy_app.ui.main_window import DISTRIBUTION
    from tests.paperlog import Clock, PaperLog

    clock = Clock(datetime(2026, 10, 1, 9, 0, tzinfo=UTC))
    sender = open_app(
        f"sqlite:///{tmp_path / 'rh.db'}", user="rh", clock=clock, key_file=tmp_path / "rh.pem"
    )
    try:
        paper = PaperLog(sender, clock)
        paper.run("2026-10-01 receive 123456 RHX1 exp 2027-05-31 3 packs ref FS-1")
        reference.save_settings(sender, reference.Settings(14, "RH-APO"))
        shipment = transfers.send_to_region(
            sender, lot_id=paper.lots["RHX1"], doses=20, region_code="1082", reference="OV-7"
        )
        rh_key = signing_keys.own_key(sender)
    finally:
        sender.close()
    path = tmp_path / shipment.file_name
    path.write_bytes(shipment.document)
    reference.save_settings(app, reference.Settings(14, "MJ-APO"))

    window.show_page(DISTRIBUTION)
    page = window.distribution_page
    window.resize(1024, 700)
    page.receive_region_file(path)
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=30_000)
    assert "does not trust for region 1084" in page.strip.text()
    assert rh_key.shown_fingerprint in page.strip.text()
    assert "Settings › Shipment keys" in page.strip.text()
    picture = tmp_path / "untrusted_1024.png"
    assert window.grab().save(str(picture))

    signing_keys.trust(app, region_code="1084", key_text=rh_key.public_key_pem)
    page.receive_region_file(path)
    qtbot.waitUntil(lambda: page.strip.state == "ok", timeout=30_000)
    assert "20" in page.strip.text() and "RHX1" in page.strip.text()
    page.receive_region_file(path)
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=30_000)
    assert "already received" in page.strip.text()
    page.receive_region_file(tmp_path / "gone.json")
    qtbot.waitUntil(lambda: "gone.json" in page.strip.text(), timeout=30_000)
