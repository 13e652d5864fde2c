"""The strip that answers an action: the same widget on every page, quiet or large."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from pharmacy_app.domain.errors import fail
from pharmacy_app.ui.common.status_strip import StatusStrip


def test_answers_hints_and_refusals(qtbot, monkeypatch):
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    strip = StatusStrip("someStatus")
    qtbot.addWidget(strip)
    assert (strip.state, strip.is_hint, strip.text()) == ("idle", True, "")
    strip.show_ok("Round planned")
    assert (strip.state, strip.is_hint, strip.text()) == ("ok", False, "✓ Round planned")
    assert strip.font().bold() and "#dcf3df" in strip.styleSheet() and "QLabel#someStatus" in strip.styleSheet()
    strip.show_hint("Plan a round")
    assert (strip.state, strip.is_hint) == ("idle", True) and not strip.font().bold()
    strip.show_idle("Reading the file…")
    assert (strip.state, strip.is_hint) == ("idle", False)
    # A refusal is shown in the UI language, with a beep, and is handled here.
    assert strip.show_failure(fail("lot_unknown", lot=7)) is True
    assert strip.state == "error" and strip.text().startswith("✗ ") and beeps == [1]
    # A bug is not a refusal: the standard error box shows it.
    assert strip.show_failure(RuntimeError("boom")) is False
    assert beeps == [1]


def test_the_large_strip_reads_from_across_the_bench(qtbot):
    quiet, large = StatusStrip("quietStatus"), StatusStrip("scanStatus", large=True)
    qtbot.addWidget(quiet)
    qtbot.addWidget(large)
    assert large.font().pointSizeF() > quiet.font().pointSizeF()
    assert large.minimumHeight() == 48
    large.show_error("Unknown GTIN")
    assert "padding: 8px 12px" in large.styleSheet() and "#fbe3e4" in large.styleSheet()
