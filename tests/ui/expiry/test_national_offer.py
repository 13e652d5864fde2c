"""The at-risk view names the region that needs a surplus once the regions' workbooks
are loaded (the national picture): the proposal's To column and sentence name it, and
Send to another region… starts with it chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pharmacy_app.services import national
from pharmacy_app.ui.expiry.risk_tab import OTHER_REGION, RiskTab
from pharmacy_app.ui.expiry.send_to_region_dialog import SendToRegionDialog
from tests.national_workbooks import Held, write_region
from tests.ui.data import apply_log
from tests.ui.expiry.test_expiry_actions import RISK_LOG, home, ops, show  # noqa: F401

PPV = "345678"  # Pneumovax, at risk at DC-B with no one in the region using it


def test_the_offer_names_the_region_and_the_dialog_chooses_it(qtbot, ops, home, tmp_path):  # noqa: F811
    apply_log(home, RISK_LOG)
    files = [
        write_region(
            tmp_path, "1081", "2026-09", {PPV: (400, [Held("N1", date(2027, 5, 31), 2000)])}
        ),
        write_region(
            tmp_path, "1083", "2026-09", {PPV: (400, [Held("S1", date(2027, 5, 31), 60)])}
        ),
    ]
    national.load(home, files)
    tab = show(qtbot, RiskTab(ops), ops)
    proposals = tab.proposals()
    row = next(i for i, p in enumerate(proposals) if p.batch == "PN1")
    other = proposals[row]
    assert (other.kind, other.to_name, other.to_region_code) == (
        OTHER_REGION,
        "Region Syddanmark",
        "1083",
    )
    assert tab.proposal_model.index(row, 4).data() == "Region Syddanmark"
    assert "offer them to Region Syddanmark" in tab.proposal_model.index(row, tab.EXPLAIN).data()
    tab.grab().save(str(tmp_path / "risk_named.png"))

    qtbot.mouseClick(tab.row_buttons()[row], Qt.MouseButton.LeftButton)
    dialog = tab.region_dialog
    assert isinstance(dialog, SendToRegionDialog)
    qtbot.waitUntil(lambda: dialog.region_combo.count() > 0, timeout=30_000)
    assert dialog.region_combo.currentData() == "1083"
    dialog.close()
