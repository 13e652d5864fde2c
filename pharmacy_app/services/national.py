"""The national picture: read the regions' monthly SSI workbooks, keep the overview they
give, write it as a workbook and a PDF.

* :func:`load` reads workbook files (the layout :mod:`pharmacy_app.reports.ssi_workbook`
  writes) into a :class:`~pharmacy_app.domain.national.NationalOverview`; a file that is
  not such a workbook, two of one region, or months mixed are refused with a typed
  problem naming the file.  Nothing is written to the database.
* The last overview loaded is kept **in memory for the session** of the :class:`App`
  that loaded it (:func:`loaded`), so the at-risk view can name the region that needs a
  surplus (:func:`needing_region`); a new session starts without one until workbooks are
  loaded again.  The files are the regions' to send; the app does not keep copies.
* :func:`write_workbook` / :func:`write_pdf` write the overview for SSI and the
  national task force.
"""

from __future__ import annotations

import weakref
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pharmacy_app.domain import national as nat
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.national import NationalOverview, RegionLine
from pharmacy_app.reports import national_pdf, national_workbook, ssi_workbook
from pharmacy_app.reports.pdf_common import Imprint
from pharmacy_app.services.app import App

__all__ = [
    "NationalOverview",
    "Offer",
    "forget",
    "load",
    "loaded",
    "needing_region",
    "offer_for",
    "read_region",
    "write_pdf",
    "write_workbook",
]

# The overview each open App loaded last, by the App's id; dropped with the App.
_LOADED: dict[int, NationalOverview] = {}


def read_region(path: Path) -> nat.RegionMonth:
    """One region's month from its workbook file."""
    path = Path(path)
    try:
        tables = ssi_workbook.read(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            raise fail(
                Code.NATIONAL_FILE_UNREADABLE, file=str(path), reason=exc.strerror or str(exc)
            ) from exc
        raise fail(Code.NATIONAL_NOT_WORKBOOK, file=path.name) from exc
    return nat.read_region(tables, path.name)


def load(app: App, paths: Sequence[Path]) -> NationalOverview:
    """The national overview of the workbooks at ``paths``, its moves as decided today;
    kept as this session's."""
    overview = nat.overview([read_region(Path(p)) for p in paths], moving_from=app.today())
    key = id(app)
    if key not in _LOADED:
        weakref.finalize(app, _LOADED.pop, key, None)
    _LOADED[key] = overview
    return overview


def loaded(app: App) -> NationalOverview | None:
    """The overview this session loaded last, if any."""
    return _LOADED.get(id(app))


def forget(app: App) -> None:
    _LOADED.pop(id(app), None)


def needing_region(app: App, varenummer: str, region_code: str) -> RegionLine | None:
    """The region (other than ``region_code``) shortest of the product in the overview
    loaded this session, or ``None`` with no overview or no region short of it."""
    overview = loaded(app)
    if overview is None:
        return None
    needing = overview.needing(varenummer, except_code=region_code)
    return needing[0] if needing else None


def write_workbook(overview: NationalOverview, path: Path) -> Path:
    return national_workbook.write(overview, Path(path))


def write_pdf(app: App, overview: NationalOverview, path: Path, language: str = "da") -> Path:
    imprint = Imprint(
        printed_by=app.user,
        printed_at=app.now(),
        source=", ".join(r.source for r in overview.regions),
    )
    return national_pdf.write(overview, Path(path), imprint, language)


@dataclass(frozen=True)
class Offer:
    """The region that needs a surplus, from the overview loaded this session."""

    region_code: str
    region_name: str
    weeks: float  # its weeks of cover of the product
    weekly: float  # its use a week
    period: str  # the month of the workbooks

    def params(self) -> dict[str, object]:
        """The parameters the sentence naming it takes (``Code.NATIONAL_OFFER``)."""
        return {
            "region": self.region_name, "weeks": round(self.weeks, 1), "rate": round(self.weekly),
            "month": self.period,
        }  # fmt: skip


def offer_for(app: App, varenummer: str, batch: str, home_region: str) -> Offer | None:
    """Where surplus of a lot held in ``home_region`` is needed, by the overview loaded
    this session: the region the national proposals send this batch to, else the region
    shortest of the product; ``None`` with no overview or no region short of it."""
    overview = loaded(app)
    if overview is None:
        return None
    lines = {(x.region_code, x.varenummer): x for x in overview.lines}
    for p in overview.needed_by(varenummer, batch, home_region):
        line = lines[(p.to_code, varenummer)]
        return Offer(p.to_code, p.to_name, p.to_weeks, line.weekly_rate, overview.period)
    needing = overview.needing(varenummer, except_code=home_region)
    if not needing:
        return None
    line = needing[0]
    return Offer(
        line.region_code,
        line.region_name,
        line.weeks_of_cover or 0.0,
        line.weekly_rate,
        overview.period,
    )
