"""The English text of the messages about the national picture: reading the regions'
monthly workbooks and the proposals to move surplus between regions (a data table, part
of :mod:`.catalogue_en`, kept apart so each table stays readable).  The same rules as
there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.NATIONAL_FILE_UNREADABLE: "{file} cannot be read: {reason}.",
    Code.NATIONAL_NOT_WORKBOOK: (
        "{file} is not a monthly report to SSI in the layout this application writes (the "
        "cover lacks Region, Regionskode, Periode or Layoutversion)."
    ),
    Code.NATIONAL_LAYOUT_VERSION: (
        "{file} has layout version {version}; this application reads version {supported}."
    ),
    Code.NATIONAL_CELL_INVALID: (
        "{file}, sheet {sheet}, row {row}, {column}: {value!r} is not a valid number or date."
    ),
    Code.NATIONAL_NO_WORKBOOKS: "Choose at least one region's monthly report.",
    Code.NATIONAL_MONTHS_MIXED: (
        "{file} is for {period} but {other} is for {other_period}; a national picture "
        "compares the regions in the same month, so choose reports of one month."
    ),
    Code.NATIONAL_REGION_TWICE: (
        "{file} and {other} are both region {region} for {period}; choose one report per region."
    ),
    Code.NATIONAL_PROPOSAL: (
        "Send {doses:dose|doses} ({packs:pack|packs}) of {product} batch {batch} (use by "
        "{use_by}) from {source}, where {surplus:dose|doses} would otherwise expire unused, "
        "to {destination}, which holds {weeks:week's|weeks'} use, uses {rate:dose|doses} "
        "a week and can use them before they expire."
    ),
    Code.NATIONAL_OFFER: (
        "{doses:dose|doses} of {product} batch {batch} at {source} will expire unused {use_by} and "
        "nothing in the region can use them in time; offer them to {region}, which holds "
        "{weeks:week's|weeks'} use and uses {rate:dose|doses} a week (the national picture of {month})."
    ),
}
