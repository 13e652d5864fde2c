"""The Danish text of the messages about counting stock: stocktakes, cycle counts and
count files (a data table, part of :mod:`.catalogue_da`, kept apart so each table stays
readable).  The same rules as there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.STOCKTAKE_UNKNOWN: "Optælling {stocktake} kendes ikke.",
    Code.STOCKTAKE_NOT_OPEN: (
        "Optælling {stocktake} er ikke længere åben (bogført eller annulleret) og kan ikke ændres."
    ),
    Code.STOCKTAKE_PLACE_NOT_COUNTED: (
        "{location} har ikke selv lager; optæl et apotek, dets karantæne eller et sted."
    ),
    Code.STOCKTAKE_OVERLAPS: (
        "Optælling {stocktake} på {location}, startet {started_at} af {by}, er stadig åben og "
        "dækker nogle af de samme partier; bogfør eller annullér den først."
    ),
    Code.STOCKTAKE_STORAGE_UNKNOWN: "Opbevaring {storage!r} kendes ikke; brug frozen eller fridge.",
    Code.STOCKTAKE_PROGRAMME_UNKNOWN: "Program {programme} kendes ikke.",
    Code.STOCKTAKE_THRESHOLD_INVALID: (
        "Grænserne for godkendelse skal være hele tal på 0 eller mere (fik {doses} doser og "
        "{kroner} kroner)."
    ),
    Code.STOCKTAKE_REASON_UNKNOWN: (
        "Række {row}, {column}: {value!r} er ikke en årsag ved optælling; brug en af {codes}."
    ),
    Code.STOCKTAKE_REASON_TEXT_REQUIRED: (
        "Række {row}: årsagen {reason} (andet) kræver en tekst om, hvad der skete."
    ),
    Code.STOCKTAKE_REASON_MISSING: (
        "{product} batch {batch}: optællingen afviger fra lagerbogen med "
        "{difference:dosis|doser}; angiv en årsag."
    ),
    Code.STOCKTAKE_REASON_TEXT_MISSING: (
        "{product} batch {batch}: årsagen ANDET kræver en tekst om, hvad der skete."
    ),
    Code.STOCKTAKE_NOT_COUNTED: (
        "{count:parti|partier} i optælling {stocktake} er ikke optalt endnu ({lots}); "
        "angiv et antal for hvert (0 når der ingen er) før bogføring."
    ),
    Code.STOCKTAKE_APPROVAL_REQUIRED: (
        "{product} batch {batch}: afvigelsen på {difference:dosis|doser} er mere end "
        "{threshold:dosis|doser} ({lines:linje|linjer} i alt); en anden person skal godkende, "
        "før den bogføres."
    ),
    Code.STOCKTAKE_APPROVER_IS_POSTER: (
        "{approver} bogfører optællingen og kan ikke også godkende den; en anden person skal "
        "godkende."
    ),
    Code.STOCKTAKE_APPROVER_IS_COUNTER: (
        "{approver} har optalt en linje, der skal godkendes, og kan ikke også godkende den; en "
        "anden person skal godkende."
    ),
    Code.STOCKTAKE_LOSS_EXCEEDS_STOCK: (
        "{product} batch {batch}: optællingen er {loss:dosis|doser} under lagerbogen, men "
        "{location} har kun {on_hand:dosis|doser} nu; optæl partiet igen."
    ),
    Code.STOCKTAKE_NOTHING_COUNTED: "Der er ikke angivet noget optalt antal til optælling {stocktake}.",
    Code.STOCKTAKE_NO_LOTS: (
        "En cyklisk optælling skal have mindst ét parti at optælle; der er intet at foreslå her i dag."
    ),
    Code.STOCKTAKE_LOTS_AND_FILTER: (
        "En optælling af udvalgte partier kan ikke også afgrænses efter program, produkt eller "
        "opbevaring."
    ),
    Code.STOCKTAKE_LOT_ID_UNKNOWN: "Der kendes intet parti med id {lots}.",
    Code.CYCLE_DAYS_INVALID: (
        "Antal dage, før et parti skal optælles igen, skal være et helt tal fra 1 til 3650 "
        "(fik {days})."
    ),
    Code.CYCLE_LIMIT_INVALID: "Antal partier at foreslå skal være fra 1 til 500 (fik {limit}).",
    Code.COUNT_FILE_UNREADABLE: "{file} kan ikke læses som en optællingsfil ({why}).",
    Code.COUNT_FILE_NO_ROWS: "{file} har en overskrift, men ingen optalte partier.",
    Code.COUNT_ROW_TWICE: (
        "Række {row}: {product} batch {batch} er allerede optalt i række {first_row}; giv hvert "
        "parti én række."
    ),
    Code.COUNT_UNITS_NEGATIVE: "Række {row}, {column}: {value!r} er under 0.",
    Code.COUNT_LOT_UNKNOWN: (
        "Række {row}, {column}: der kendes ingen del af batch {batch} af {product} optøet "
        "{thawed_on}."
    ),
    Code.COUNT_SCAN_LOT_UNKNOWN: (
        "Scannet {product} batch {batch}: partiet er aldrig modtaget her i systemet og kan ikke "
        "tælles med; læg pakningen til side og tal med den ansvarlige farmaceut."
    ),
    Code.COUNT_LOT_AMBIGUOUS: (
        "Række {row}: batch {batch} af {product} har flere optøede dele på {location}; angiv "
        "Optøet (optøningsdatoen) for at sige, hvilken der er optalt."
    ),
    Code.COUNT_LOT_OUT_OF_SCOPE: (
        "Række {row}: {product} batch {batch} er ikke med i optælling {stocktake} (andet "
        "program, produkt eller opbevaring); optæl det i en optælling, der dækker det."
    ),
    Code.COUNT_LOT_NOT_LISTED: (
        "Række {row}: {product} batch {batch} er ikke et af de udvalgte partier i den cykliske "
        "optælling {stocktake}; optæl det i en anden optælling."
    ),
}
