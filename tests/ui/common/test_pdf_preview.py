"""The PDF preview renders only the pages in view, so a round of 400 lists opens at once."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from pharmacy_app.reports.distribution_list import distribution_lists_pdf
from pharmacy_app.reports.distribution_list_doc import DistributionListDoc, ListLine
from pharmacy_app.reports.pdf_common import Imprint
from pharmacy_app.ui.common.pdf_preview import (
    KEEP_RENDERED,
    PAGE_MARGINS,
    PAGE_SPACING,
    PdfPreviewDialog,
)

SITES = 40
COPIES = 10  # 40 lists of one page each, ten times: a round for 400 sites


def _lists(n: int) -> list[DistributionListDoc]:
    def line(product: str, varenummer: str, batch: str, units: int, unit: str, doses: int) -> ListLine:
        return ListLine(
            product=product,
            varenummer=varenummer,
            batch=batch,
            expiry=date(2027, 3, 31),
            use_by=date(2027, 3, 31),
            thawed_on=None,
            thawed_shelf_life_days=None,
            units=units,
            unit_name=unit,
            doses=doses,
        )

    return [
        DistributionListDoc(
            list_number=f"FL-2026-{i:04d}",
            round_number="R-2026-0042",
            planned_for=date(2026, 10, 7),
            site_name=f"Vaccinationssted {i}",
            site_code=f"VS-{i:03d}",
            site_kind_name="Decentralt vaccinationssted",
            address="Sygehusvej 1",
            city="Hillerød",
            mode="direct",
            lines=[
                line("Comirnaty 30 µg multidosis", "412345", f"FX{i:04d}", 5, "hætteglas", 30),
                line("Vaxigrip Tetra", "123456", f"VG{i:04d}", 10, "sprøjter", 10),
            ],
            sender="Region Hovedstadens Apotek",
        )
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def round_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    one = distribution_lists_pdf(
        _lists(SITES), Imprint("tester", datetime(2026, 10, 6, 9, tzinfo=UTC), "test"), "da"
    )
    writer = PdfWriter()
    for _ in range(COPIES):
        writer.append(PdfReader(io.BytesIO(one)))
    path = tmp_path_factory.mktemp("round") / "distributionslister.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_a_400_page_round_renders_only_the_pages_in_view(qtbot, round_pdf: Path) -> None:
    started = time.monotonic()
    dialog = PdfPreviewDialog(round_pdf, title="Runde R-2026-0042")
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    opened = time.monotonic() - started
    pages = dialog.page_count
    assert pages >= 400
    shown = list(dialog.visible_pages())
    assert 1 <= len(shown) <= 3 and shown[0] == 0
    assert dialog.rendered_pages() == shown
    assert dialog.render_count == len(shown)
    assert not dialog.page_pixmap(0).isNull()
    assert dialog.page_pixmap(pages - 1).isNull()  # not rendered, yet a sheet of its size
    assert dialog.page_labels[pages - 1].height() == dialog.page_labels[0].height() > 300
    bar = dialog.scroll_area.verticalScrollBar()
    sheets = sum(label.height() for label in dialog.page_labels) + PAGE_SPACING * (pages - 1)
    room = PAGE_MARGINS[1] + sheets + PAGE_MARGINS[3] - dialog.scroll_area.viewport().height()
    qtbot.waitUntil(lambda: bar.maximum() == room, timeout=30_000)  # room for every page
    assert opened < 5, f"opening took {opened:.1f} s"

    # Scrolling to the middle renders the pages that come into view, and only those.
    before = dialog.render_count
    bar.setValue(bar.maximum() // 2)
    middle = list(dialog.visible_pages())
    assert middle and middle[0] > pages // 3
    qtbot.waitUntil(lambda: set(middle) <= set(dialog.rendered_pages()), timeout=30_000)
    assert dialog.render_count == before + len(middle)
    assert not dialog.page_pixmap(middle[0]).isNull()
    assert 0 in dialog.rendered_pages()  # the first page is still kept

    # Paging through many pages keeps only the last few pictures.
    for step in range(1, 31):
        bar.setValue(bar.maximum() // 2 + step * dialog.page_labels[0].height())
        dialog.render_visible()
    assert len(dialog.rendered_pages()) <= KEEP_RENDERED
    assert set(dialog.visible_pages()) <= set(dialog.rendered_pages())

    # A new zoom renders the pages in view again, at the new size.
    width = dialog.page_pixmap(dialog.visible_pages()[0]).width()
    dialog.set_zoom(2.0)
    in_view = list(dialog.visible_pages())
    assert dialog.rendered_pages() == in_view
    assert dialog.page_pixmap(in_view[0]).width() > width
    dialog.close()
