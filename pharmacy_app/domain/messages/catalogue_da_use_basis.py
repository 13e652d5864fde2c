"""The Danish text of the messages about a site's expected use from the forecast (a data
table, part of :mod:`.catalogue_da`, kept apart so each table stays readable).  The same
rules as there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    # "uge 41–42" is said in the singular too; the English says "week"/"weeks".
    Code.BASIS_FORECAST: (
        "Prognose for {week_count:|uge|uge} {weeks}: {expected:dosis|doser} på {cover_days:dag|dage}; har {on_hand}; "
        "foreslået {proposed}{units}."
    ),
    Code.BASIS_FORECAST_FALLBACK: (
        "Ingen prognose for stedet; seneste 4 uger: {rate:dosis|doser} om dagen; "
        "{cover_days:dags|dages} forbrug er {cover:dosis|doser}; har {on_hand}; foreslået "
        "{proposed}{units}."
    ),
    Code.BASIS_FORECAST_NOTHING: (
        "Hverken prognose eller forbrug registreret endnu; angiv de doser, der skal bruges."
    ),
    Code.USE_BASIS_INVALID: (
        "Forbruget i rundeforslag kan bygge på {choices}, ikke {value!r}."
    ),
}
