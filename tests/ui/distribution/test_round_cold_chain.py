"""The round screen and the sites' storage: a line to a site that keeps Comirnaty only
cold says it is thawed on dispatch and its use-by there, the shortage banner names the
room left in the site's equipment, and after dispatch the line names the thawed part.

The small paper log (tests/ui/data.py): the mobile unit holds 20 Vaxigrip (2 packs) in
its cool box, recorded here with room for 3 packs: 1 pack of Comirnaty fits."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from pharmacy_app.services import distribution, reference
from pharmacy_app.ui import fmt
from pharmacy_app.ui.distribution.models import LinesModel
from pharmacy_app.ui.main_window import DISTRIBUTION
from tests.helpers import give_storage, set_home
from tests.ui.conftest import wait_idle

COMIRNATY = "412345"
PLANNED = date(2026, 10, 7)
THAWED_USE_BY = PLANNED + timedelta(days=70)  # before the frozen expiry 31-03-2027


def _cell(model: LinesModel, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    return str(model.index(row, column).data(role) or "")


def open_round(qtbot, window, app):  # type: ignore[no-untyped-def]
    """The mobile unit asks for 120 doses of Comirnaty: the round opened on the page."""
    set_home(app)
    give_storage(app, "MOB-NORD", "coolbox", packs=3)
    comirnaty = next(p.id for p in reference.list_products(app) if p.varenummer == COMIRNATY)
    view = distribution.plan_round(
        app, planned_for=PLANNED, site_codes=["MOB-NORD"], requested={("MOB-NORD", comirnaty): 120}
    )
    window.show_page(DISTRIBUTION)
    page = window.distribution_page
    page.open_round(view.round_id)
    wait_idle(qtbot, window)
    return view, page


def test_lines_show_the_thaw_and_the_banner_the_room(qtbot, window, app) -> None:
    view, page = open_round(qtbot, window, app)

    lines = page.tables.lines_model
    assert lines.rowCount() == 1
    assert _cell(lines, 0, LinesModel.BATCH) == "FX1234" and _cell(lines, 0, LinesModel.DOSES) == "60"
    assert _cell(lines, 0, LinesModel.THAWED) == f"On dispatch {fmt.date_text(PLANNED)}"
    assert _cell(lines, 0, LinesModel.USE_BY) == fmt.date_text(THAWED_USE_BY)
    tip = _cell(lines, 0, LinesModel.THAWED, Qt.ItemDataRole.ToolTipRole)
    assert "thawed when the round is dispatched" in tip and fmt.date_text(THAWED_USE_BY) in tip
    assert f"frozen expiry {fmt.date_text(date(2027, 3, 31))}" in _cell(lines, 0, LinesModel.USE_BY, Qt.ItemDataRole.ToolTipRole)

    assert page.banner.isVisible()
    banner = page.banner.text.text()
    assert "Short by 60 doses" in banner
    assert "Capacity: the cool box has room for 1 pack more (60 doses of this product)." in banner

    distribution.dispatch(app, view.round_id)
    page.open_round(view.round_id)
    wait_idle(qtbot, window)
    assert _cell(lines, 0, LinesModel.THAWED) == fmt.date_text(date(2026, 10, 6))  # the dispatch day
    assert _cell(lines, 0, LinesModel.USE_BY) == fmt.date_text(date(2026, 10, 6) + timedelta(days=70))
    assert not page.banner.isVisible()  # dispatched: no banner


def test_the_banner_in_danish(qtbot, danish, window, app) -> None:
    _view, page = open_round(qtbot, window, app)
    assert "Kapacitet: køleboksen har plads til 1 pakning mere (60 doser af denne vare)." in (
        page.banner.text.text()
    )
    assert _cell(page.tables.lines_model, 0, LinesModel.THAWED) == f"Ved afsendelse {fmt.date_text(PLANNED)}"
