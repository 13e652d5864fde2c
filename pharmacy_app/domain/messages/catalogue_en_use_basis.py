"""The English text of the messages about a site's expected use from the forecast (a
data table, part of :mod:`.catalogue_en`, kept apart so each table stays readable).  The
same rules as there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.BASIS_FORECAST: (
        "Forecast for {week_count:|week|weeks} {weeks}: {expected:dose|doses} over "
        "{cover_days:day|days}; holds {on_hand}; proposed {proposed}{units}."
    ),
    Code.BASIS_FORECAST_FALLBACK: (
        "No forecast for the site; last 4 weeks: {rate:dose|doses} a day; "
        "{cover_days:day|days} of cover is {cover:dose|doses}; holds {on_hand}; proposed "
        "{proposed}{units}."
    ),
    Code.BASIS_FORECAST_NOTHING: (
        "Neither a forecast nor any use recorded yet; enter the doses needed."
    ),
    Code.USE_BASIS_INVALID: (
        "The use in round proposals can come from {choices}, not {value!r}."
    ),
}
