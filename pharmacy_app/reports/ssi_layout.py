"""The SSI monthly workbook's layout, as data: sheets, columns, types, formats, widths.

This is the one place the layout lives in code; SSI's description of it is copied in
``resources/docs/ssi_monthly_report.md``.  A new SSI version is a change here: bump
:data:`LAYOUT_VERSION`, edit the sheets (and update the copy).  A
column's ``source`` is the attribute (or mapping key) of a row object the report
data provides; the writer never knows what a column means.

Types: ``text``, ``int``, ``number`` (with the column's format), ``date`` (a real
Excel date), ``text_or_int`` (``Afstemt``: ``OK`` or the difference as a number).
"""

from __future__ import annotations

from dataclasses import dataclass

LAYOUT_VERSION = 1

DATE_FORMAT = "dd-mm-yyyy"
INT_FORMAT = "0"
TEXT_FORMAT = "@"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    source: str
    number_format: str = "General"
    width: float = 12


@dataclass(frozen=True)
class Sheet:
    name: str
    source: str  # the report attribute holding the rows
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # column names identifying a row (for comparing two reports)

    @property
    def headers(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass(frozen=True)
class CoverField:
    label: str
    type: str
    source: str
    number_format: str = "General"


def text(name: str, source: str, width: float = 14) -> Column:
    return Column(name, "text", source, TEXT_FORMAT, width)


def integer(name: str, source: str, width: float = 12) -> Column:
    return Column(name, "int", source, INT_FORMAT, width)


def day(name: str, source: str, width: float = 12) -> Column:
    return Column(name, "date", source, DATE_FORMAT, width)


COVER_SHEET = "Forside"
COVER: tuple[CoverField, ...] = (
    CoverField("Region", "text", "region_name", TEXT_FORMAT),
    CoverField("Regionskode", "text", "region_code", TEXT_FORMAT),
    CoverField("Sygehusapotek", "text", "pharmacy_name", TEXT_FORMAT),
    CoverField("Periode", "text", "period", TEXT_FORMAT),
    CoverField("Periode fra", "date", "first_day", DATE_FORMAT),
    CoverField("Periode til", "date", "last_day", DATE_FORMAT),
    # Foreløbig while the month runs (not to be sent), else Endelig.
    CoverField("Status", "text", "status", TEXT_FORMAT),
    # 1 for the month's first report to SSI, 2 for the first correction, …
    CoverField("Version", "int", "version", INT_FORMAT),
    CoverField("Dannet", "text", "made_at", TEXT_FORMAT),
    CoverField("Dannet af", "text", "made_by", TEXT_FORMAT),
    CoverField("Layoutversion", "int", "layout_version", INT_FORMAT),
    CoverField("Kontrolsum", "text", "checksum", TEXT_FORMAT),
)
COVER_WIDTHS = (18, 70)
# Cover rows that say how the workbook was made, not what it reports.
COVER_MAKING = ("Dannet", "Dannet af", "Version")

_PLACE = (
    text("Stedkode", "location_code", 16),
    text("Sted", "location_name", 34),
)
_PRODUCT = (
    text("Program", "programme", 12),
    text("Vaccine", "product", 44),
    text("Varenummer", "varenummer", 12),
    text("Batch", "batch", 12),
)
_STOCK = (
    *_PLACE,
    text("Stedtype", "location_type", 26),
    *_PRODUCT,
    day("Udløbsdato", "expiry"),
    day("Anvendes senest", "use_by", 16),
    integer("Doser", "doses", 10),
    Column("Pakninger", "number", "packs", "0.00", 11),
)
# Stedtype too: stock in transit to a site is listed under the site's own Stedkode.
_STOCK_KEY = ("Stedkode", "Stedtype", "Varenummer", "Batch", "Udløbsdato", "Anvendes senest")

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "Opsummering",
        "summary",
        (
            text("Program", "programme", 12),
            text("Vaccine", "product", 44),
            text("Varenummer", "varenummer", 12),
            integer("Primo", "primo", 10),
            integer("Modtaget fra SSI", "received_ssi", 17),
            integer("Modtaget fra anden region", "received_other", 26),
            integer("Afgivet til anden region", "sent_other", 24),
            integer("Returneret til SSI", "returned_ssi", 18),
            integer("Givet", "given", 10),
            integer("Kasseret", "wasted", 10),
            integer("Lagerregulering", "stocktake", 16),
            integer("Ultimo", "ultimo", 10),
            Column("Spildprocent", "number", "wastage_pct", "0.0", 13),
            Column("Afstemt", "text_or_int", "reconciled", "General", 10),
        ),
        ("Varenummer",),
    ),
    Sheet(
        "Forbrug",
        "consumption",
        (
            text("Periode", "period", 9),
            *_PLACE,
            text("Stedtype", "location_type", 26),
            *_PRODUCT,
            integer("Givne doser", "doses", 12),
        ),
        ("Stedkode", "Varenummer", "Batch"),
    ),
    Sheet(
        "Kassation",
        "wastage",
        (
            text("Periode", "period", 9),
            *_PLACE,
            *_PRODUCT,
            text("Årsag", "reason", 20),
            integer("Doser", "doses", 10),
            text("Bemærkning", "note", 40),
        ),
        ("Stedkode", "Varenummer", "Batch", "Årsag"),
    ),
    Sheet("Lager", "stock", _STOCK, _STOCK_KEY),
    Sheet(
        "Udløb",
        "expiring",
        (
            *_STOCK,
            integer("Dage til udløb", "days_left", 14),
            integer("Forventet forbrug før udløb", "expected_use", 27),
        ),
        _STOCK_KEY,
    ),
)

SHEET_NAMES = (COVER_SHEET, *(s.name for s in SHEETS))


def sheet(name: str) -> Sheet:
    for s in SHEETS:
        if s.name == name:
            return s
    raise KeyError(name)


# The file-name suffix of a workbook for a month not yet ended: never to be sent.
PROVISIONAL_SUFFIX = "_foreloebig"


def file_name(region_code: str, period: str, version: int = 1, provisional: bool = False) -> str:
    """``SSI_1084_2026-10.xlsx``; a correction ``SSI_1084_2026-10_v2.xlsx``; a month not
    yet ended ``SSI_1084_2026-11_foreloebig.xlsx`` (ASCII, so any mail system keeps it)."""
    stem = f"SSI_{region_code}_{period}"
    if provisional:
        stem += PROVISIONAL_SUFFIX
    elif version > 1:
        stem += f"_v{version}"
    return f"{stem}.xlsx"
