"""The English text of the season simulator's messages: its refusals, the names and
descriptions of its policies, the assumptions written under its chart and its targets
(a data table, part of :mod:`.catalogue_en`).  The same rules as there: ``str.format``
fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.SIMULATION_DB_NOT_EMPTY: (
        "{path} is not a new or empty database ({what}); a simulation writes only into a new "
        "file, never into a pharmacy's database. Choose a new file name."
    ),
    Code.SIMULATION_DB_NOT_SQLITE: (
        "A simulation writes into an SQLite file; {path} is not the path of a file."
    ),
    Code.SIMULATION_DB_REQUIRED: (
        "A simulation needs a new file to write into: give --db FILE (a new or empty SQLite "
        "file)."
    ),
    Code.SIMULATION_POLICY_UNKNOWN: "Policy {policy!r} is not known; use one of {choices}.",
    Code.SIMULATION_SITE_UNKNOWN: "Site {site} is not in region {region}.",
    Code.SIMULATION_SEASON_INVALID: (
        "The season must be a year between {low!s} and {high!s} (got {season!s})."
    ),
    Code.SIMULATION_NUMBER_INVALID: (
        "{field} must be a whole number from {low!s} to {high!s} (got {value!s})."
    ),
    Code.SIMULATION_NO_SEEDS: "Give at least one seed (--seed).",
    Code.SIMULATION_CANCELLED: "The simulation was cancelled; no files were written.",
    Code.SIM_POLICY_ROUNDS: "Rounds",
    Code.SIM_POLICY_ROUNDS_ABOUT: (
        "FEFO and rate-based rounds alone; the sites thaw frozen stock themselves on arrival."
    ),
    Code.SIM_POLICY_REBALANCING: "+ rebalancing",
    Code.SIM_POLICY_REBALANCING_ABOUT: (
        "As rounds, and every morning the app's proposals to move stock at risk are accepted."
    ),
    Code.SIM_POLICY_THAW: "+ thaw on dispatch",
    Code.SIM_POLICY_THAW_ABOUT: (
        "As rebalancing, and the app knows the sites' equipment: frozen stock is thawed on "
        "dispatch and sent only as much as the site can use in time."
    ),
    Code.SIM_POLICY_FORECAST: "+ forecast-based rounds",
    Code.SIM_POLICY_FORECAST_ABOUT: (
        "As thaw on dispatch, and rounds propose from the forecast instead of recent use."
    ),
    Code.SIM_POLICY_EXTRA: "+ extra deliveries",
    Code.SIM_POLICY_EXTRA_ABOUT: (
        "As forecast-based rounds, and every pharmacy morning without a round a site the "
        "stock-outs view says will run out before the next round gets an extra delivery of "
        "what it is short of (the app's own proposal)."
    ),
    Code.SIM_ASSUME_SEASON: (
        "The season runs from {first} to {last} ({days:day|days}) for {sites:site|sites} of "
        "region {region}; seeds {seeds}."
    ),
    Code.SIM_ASSUME_DELIVERIES: (
        "SSI delivers every {every!s} days from {first}: each delivery covers the region's "
        "expected use until the next one plus {margin!s} %; lots expire as in the demo: "
        "influenza by 30 June, {short:tenths} % of covid-19 lots after {low!s}-{high!s} days, "
        "others after half a year to a year (thawed stock keeps its thawed shelf life)."
    ),
    Code.SIM_ASSUME_DEMAND: (
        "Demand per site and day follows the demo's season curve (peak in October), weekdays "
        "and the sites' weights; the season turns out at {low!s}-{high!s} % of plan, and "
        "{cancel!s} % of site-days are cancelled."
    ),
    Code.SIM_ASSUME_START: (
        "Before the first round no site has a rate; the first round sends each site its "
        "expected use for its kind's cover days (the coordinator's figure), later rounds send "
        "the app's own proposal."
    ),
    Code.SIM_ASSUME_ROUNDS: "A round every {every!s} days on pharmacy days; cover days: {cover}.",
    Code.SIM_ASSUME_OPEN_VIAL: (
        "A multi-dose vial opened in a session and not used up is wasted as an open vial; a "
        "session has {low!s}-{high!s} doses."
    ),
    Code.SIM_ASSUME_COLD: (
        "Without thaw on dispatch the app is told every site can keep frozen stock; the site "
        "thaws it on arrival when it has only a fridge or a cool box."
    ),
    Code.SIM_ASSUME_EXCURSIONS: (
        "A temperature excursion in a site's fridge happens on {percent:tenths} % of open "
        "site-days; its stock is held and discarded."
    ),
    Code.SIM_ASSUME_EXPIRY: (
        "Expiry waste is doses discarded as expired or past their thawed shelf life; stock "
        "not expired at the end of the season is not waste."
    ),
    Code.SIM_ASSUME_FORECAST_UNREAD: (
        "This version of the app does not read the setting round_use_basis: the forecast "
        "policy plays as thaw on dispatch."
    ),
    Code.SIM_TARGET_EXPIRY: (
        "Expiry waste at most {limit:tenths} % of doses received, with “{policy}”: "
        "{value:tenths} %."
    ),
    Code.SIM_TARGET_HALVED: (
        "Rebalancing and thaw on dispatch at least halve expiry waste against rounds alone, "
        "with “{policy}”: {value:tenths} % of rounds' (at most {limit:tenths} %)."
    ),
    Code.SIM_TARGET_HALVED_NONE: (
        "Rebalancing and thaw on dispatch at least halve expiry waste against rounds alone, "
        "with “{policy}”: rounds alone let no dose expire, so there is nothing to halve; "
        "with “{policy}” {doses:dose|doses} expired."
    ),
    Code.SIM_TARGET_STOCKOUTS: (
        "Stock-out site-days at most {limit:tenths} % of open site-days, with “{policy}”: "
        "{value:tenths} %."
    ),
}
