"""The Danish text of the season simulator's messages: its refusals, the names and
descriptions of its policies, the assumptions written under its chart and its targets
(a data table, part of :mod:`.catalogue_da`).  The same rules as there: ``str.format``
fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.SIMULATION_DB_NOT_EMPTY: (
        "{path} er ikke en ny eller tom database ({what}); en simulering skriver kun i en ny "
        "fil og aldrig i et apoteks database. Vælg et nyt filnavn."
    ),
    Code.SIMULATION_DB_NOT_SQLITE: (
        "En simulering skriver i en SQLite-fil; {path} er ikke en sti til en fil."
    ),
    Code.SIMULATION_DB_REQUIRED: (
        "En simulering skal have en ny fil at skrive i: angiv --db FIL (en ny eller tom "
        "SQLite-fil)."
    ),
    Code.SIMULATION_POLICY_UNKNOWN: "Politikken {policy!r} kendes ikke; brug en af {choices}.",
    Code.SIMULATION_SITE_UNKNOWN: "Stedet {site} findes ikke i region {region}.",
    Code.SIMULATION_SEASON_INVALID: (
        "Sæsonen skal være et årstal mellem {low!s} og {high!s} (fik {season!s})."
    ),
    Code.SIMULATION_NUMBER_INVALID: (
        "{field} skal være et helt tal mellem {low!s} og {high!s} (fik {value!s})."
    ),
    Code.SIMULATION_NO_SEEDS: "Angiv mindst ét frø (--seed).",
    Code.SIMULATION_CANCELLED: "Simuleringen blev afbrudt; der er ikke skrevet nogen filer.",
    Code.SIM_POLICY_ROUNDS: "Runder",
    Code.SIM_POLICY_ROUNDS_ABOUT: (
        "FEFO og runder efter forbrug alene; stederne tøer selv frossent lager op ved modtagelsen."
    ),
    Code.SIM_POLICY_REBALANCING: "+ omfordeling",
    Code.SIM_POLICY_REBALANCING_ABOUT: (
        "Som runder, og hver morgen godkendes programmets forslag til omfordeling af lager i fare."
    ),
    Code.SIM_POLICY_THAW: "+ optøning ved afsendelse",
    Code.SIM_POLICY_THAW_ABOUT: (
        "Som omfordeling, og programmet kender stedernes udstyr: frossent lager tøs op ved "
        "afsendelsen og sendes kun i den mængde, stedet når at bruge."
    ),
    Code.SIM_POLICY_FORECAST: "+ runder efter prognose",
    Code.SIM_POLICY_FORECAST_ABOUT: (
        "Som optøning, og runderne foreslår efter prognosen i stedet for det seneste forbrug."
    ),
    Code.SIM_POLICY_EXTRA: "+ ekstra leverancer",
    Code.SIM_POLICY_EXTRA_ABOUT: (
        "Som runder efter prognose, og hver apoteksmorgen uden runde får et sted, som "
        "oversigten over mangler siger løber tør før næste runde, en ekstra levering af det, "
        "det mangler (appens eget forslag)."
    ),
    Code.SIM_ASSUME_SEASON: (
        "Sæsonen løber fra {first} til {last} ({days:dag|dage}) for {sites:sted|steder} i "
        "region {region}; frø {seeds}."
    ),
    Code.SIM_ASSUME_DELIVERIES: (
        "SSI leverer hver {every!s}. dag fra {first}: hver levering dækker regionens "
        "forventede forbrug til næste levering plus {margin!s} %; partiernes udløb følger "
        "demoen: influenza senest 30. juni, {short:tenths} % af covid-19-partierne {low!s}-{high!s} "
        "dage, andre et halvt til et helt år (optøet lager har sin holdbarhed efter optøning)."
    ),
    Code.SIM_ASSUME_DEMAND: (
        "Efterspørgslen pr. sted og dag følger demoens sæsonkurve (top i oktober), ugedage og "
        "stedernes vægte; sæsonen ender på {low!s}-{high!s} % af planen, og {cancel!s} % af "
        "stedernes dage aflyses."
    ),
    Code.SIM_ASSUME_START: (
        "Før første runde har intet sted et forbrug; første runde sender hvert sted dets "
        "forventede forbrug i stedtypens dækningsdage (koordinatorens tal), derefter sender "
        "runderne programmets eget forslag."
    ),
    Code.SIM_ASSUME_ROUNDS: (
        "En runde hver {every!s}. dag på apotekets arbejdsdage; dækningsdage: {cover}."
    ),
    Code.SIM_ASSUME_OPEN_VIAL: (
        "Et hætteglas med flere doser, der åbnes i en session og ikke bruges op, kasseres som "
        "anbrudt hætteglas; en session har {low!s}-{high!s} doser."
    ),
    Code.SIM_ASSUME_COLD: (
        "Uden optøning ved afsendelse får programmet at vide, at alle steder kan holde frossent "
        "lager; stedet tøer det op ved modtagelsen, når det kun har køleskab eller køleboks."
    ),
    Code.SIM_ASSUME_EXCURSIONS: (
        "En temperaturafvigelse i et steds køleskab sker på {percent:tenths} % af stedernes "
        "åbne dage; lageret holdes tilbage og kasseres."
    ),
    Code.SIM_ASSUME_EXPIRY: (
        "Udløbsspild er doser kasseret som udløbet eller med optøningsholdbarhed overskredet; "
        "lager, der ikke er udløbet ved sæsonens slutning, er ikke spild."
    ),
    Code.SIM_ASSUME_FORECAST_UNREAD: (
        "Denne version af programmet læser ikke indstillingen round_use_basis: politikken "
        "prognose virker som optøning."
    ),
    Code.SIM_TARGET_EXPIRY: (
        "Udløbsspild højst {limit:tenths} % af modtagne doser, med »{policy}«: {value:tenths} %."
    ),
    Code.SIM_TARGET_HALVED: (
        "Omfordeling og optøning ved afsendelse mindst halverer udløbsspildet mod runder alene, "
        "med »{policy}«: {value:tenths} % af rundernes (højst {limit:tenths} %)."
    ),
    Code.SIM_TARGET_HALVED_NONE: (
        "Omfordeling og optøning ved afsendelse mindst halverer udløbsspildet mod runder alene, "
        "med »{policy}«: med runder alene udløb ingen doser, så der er intet at halvere; "
        "med »{policy}« udløb {doses:dosis|doser}."
    ),
    Code.SIM_TARGET_STOCKOUTS: (
        "Stedsdage uden lager højst {limit:tenths} % af åbne stedsdage, med »{policy}«: "
        "{value:tenths} %."
    ),
}
