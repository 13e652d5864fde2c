"""The Danish text of the messages about temperature excursions: held stock, decisions,
logger files, each product's stability rule and why a decision is suggested (a data
table, part of :mod:`.catalogue_da`).  The same rules as there: ``str.format`` fields,
written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.EXCURSION_HELD_STOCK: (
        "Batch {batch} ({product}) på {location} er tilbageholdt efter temperaturudsving "
        "#{excursion}; en farmaceut skal træffe en beslutning først."
    ),
    Code.EXCURSION_UNKNOWN: "Temperaturudsving #{excursion} kendes ikke.",
    Code.EXCURSION_PERIOD_INVALID: (
        "Udsvinget skal slutte samme tid eller efter det begynder (fra {start}, til {end})."
    ),
    Code.EXCURSION_IN_FUTURE: "Udsvinget kan ikke slutte i fremtiden ({end}).",
    Code.EXCURSION_TEMPERATURES_INVALID: (
        "Laveste temperatur ({lowest:tenths} °C) må ikke være over højeste ({highest:tenths} °C)."
    ),
    Code.EXCURSION_NOT_OUTSIDE: (
        "{lowest:tenths}–{highest:tenths} °C ligger inden for opbevaringens {low}–{high} °C "
        "({storage}); det er ikke et temperaturudsving."
    ),
    Code.EXCURSION_CLASS_NOT_AT_PLACE: "{location} har ikke opbevaringsklassen {storage}.",
    Code.EXCURSION_PLACE_HOLDS_NO_STOCK: "{location} har ikke selv lager.",
    Code.EXCURSION_NONE_FOUND: (
        "Loggerfilen {file} har ingen målinger uden for {low}–{high} °C ({readings:måling|målinger})."
    ),
    Code.EXCURSION_LOT_NOT_HELD: (
        "Batch {batch} af varenummer {varenummer} er ikke tilbageholdt ved temperaturudsving "
        "#{excursion}."
    ),
    Code.EXCURSION_ALREADY_DECIDED: (
        "Batch {batch} ved temperaturudsving #{excursion} er allerede afgjort ({decision}) af "
        "{by} {when}."
    ),
    Code.EXCURSION_REASON_REQUIRED: "Frigivelse kræver en begrundelse.",
    Code.EXCURSION_USE_BY_INVALID: (
        "Den nye anvendes-senest-dato {use_by} skal være fra i dag ({today}) og før den "
        "nuværende ({current})."
    ),
    Code.EXCURSION_DECISION_UNKNOWN: (
        "Beslutningen {decision!r} kendes ikke; brug frigiv, forkort eller kassér."
    ),
    Code.EXCURSION_TIME_INVALID: (
        "{field}: {value!r} er ikke et tidspunkt (brug fx 31-12-2026 14:30 eller 2026-12-31T14:30)."
    ),
    Code.EXCURSION_TEMPERATURE_INVALID: "{field}: {value!r} er ikke en temperatur i °C.",
    Code.LOGGER_FILE_UNREADABLE: "Loggerfilen {file} kan ikke læses: {reason}",
    Code.LOGGER_NO_ROWS: "Loggerfilen {file} har ingen målinger.",
    Code.LOGGER_COLUMN_MISSING: (
        "Loggerfilen {file} har ingen kolonne for {what} (fandt: {columns}); brug fx {names}."
    ),
    Code.LOGGER_BAD_TIME: (
        "Række {row}, kolonne {column}: {value!r} er ikke et tidspunkt (brug fx "
        "31-12-2026 14:30 eller 2026-12-31T14:30)."
    ),
    Code.LOGGER_BAD_TEMPERATURE: (
        "Række {row}, kolonne {column}: {value!r} er ikke en temperatur i °C."
    ),
    Code.EXCURSION_RULE_WARM: (
        "Må i alt være højst {hours!s} timer ved {top}–{warm_max!s} °C."
    ),
    Code.EXCURSION_RULE_NO_WARM: "Må ikke være over {top} °C.",
    Code.EXCURSION_RULE_FREEZING: "Tåler ikke frost: frossen vaccine kasseres.",
    Code.EXCURSION_RULE_NO_REFREEZE: "Optøet vaccine må ikke fryses igen.",
    Code.EXCURSION_WHY_FROZEN: "Har været under 0 °C og tåler ikke frost.",
    Code.EXCURSION_WHY_TOO_WARM: "Har været {highest:tenths} °C, over {warm_max!s} °C.",
    Code.EXCURSION_WHY_WARM_TOO_LONG: (
        "Over {top} °C i {hours:tenths} timer, mere end de tilladte {allowed!s}."
    ),
    Code.EXCURSION_WHY_MILD: "Kort og mildt udsving inden for stabilitetsreglen.",
    Code.EXCURSION_WHY_WARM_PART: (
        "Over {top} °C i {hours:tenths} af de tilladte {allowed!s} timer: kortere holdbarhed."
    ),
    Code.EXCURSION_WHY_STILL_FROZEN: "Stadig inden for produktets frostområde.",
    Code.EXCURSION_WHY_THAWED: "Optøet under udsvinget: anvendes som optøet fra dets start.",
}
