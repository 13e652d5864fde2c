"""The Danish text of the messages about the national picture: reading the regions'
monthly workbooks and the proposals to move surplus between regions (a data table, part
of :mod:`.catalogue_da`, kept apart so each table stays readable).  The same rules as
there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.NATIONAL_FILE_UNREADABLE: "{file} kan ikke læses: {reason}.",
    Code.NATIONAL_NOT_WORKBOOK: (
        "{file} er ikke en månedsrapport til SSI i det format, programmet skriver (forsiden "
        "mangler Region, Regionskode, Periode eller Layoutversion)."
    ),
    Code.NATIONAL_LAYOUT_VERSION: (
        "{file} har layoutversion {version}; programmet læser version {supported}."
    ),
    Code.NATIONAL_CELL_INVALID: (
        "{file}, arket {sheet}, række {row}, {column}: {value!r} er ikke et gyldigt tal eller en dato."
    ),
    Code.NATIONAL_NO_WORKBOOKS: "Vælg mindst én månedsrapport fra en region.",
    Code.NATIONAL_MONTHS_MIXED: (
        "{file} gælder {period}, men {other} gælder {other_period}; et landsoverblik "
        "sammenligner regionerne i samme måned, så vælg rapporter for én måned."
    ),
    Code.NATIONAL_REGION_TWICE: (
        "{file} og {other} er begge region {region} for {period}; vælg én rapport pr. region."
    ),
    Code.NATIONAL_PROPOSAL: (
        "Send {doses:dosis|doser} ({packs:pakning|pakninger}) af {product} batch {batch} "
        "(anvendes senest {use_by}) fra {source}, hvor {surplus:dosis|doser} ellers udløber "
        "ubrugt, til {destination}, som har {weeks:uges|ugers} forbrug på lager, bruger "
        "{rate:dosis|doser} om ugen og kan nå at bruge dem før udløb."
    ),
    Code.NATIONAL_OFFER: (
        "{doses:dosis|doser} af {product} batch {batch} på {source} udløber ubrugt {use_by}, og intet "
        "sted i regionen kan nå at bruge dem; tilbyd dem til {region}, som har {weeks:uges|ugers} "
        "forbrug på lager og bruger {rate:dosis|doser} om ugen (landsoverblikket for {month})."
    ),
}
