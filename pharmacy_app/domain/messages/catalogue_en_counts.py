"""The English text of the messages about counting stock: stocktakes, cycle counts and
count files (a data table, part of :mod:`.catalogue_en`, kept apart so each table stays
readable).  The same rules as there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.STOCKTAKE_UNKNOWN: "Stocktake {stocktake} is not known.",
    Code.STOCKTAKE_NOT_OPEN: (
        "Stocktake {stocktake} is no longer open (posted or cancelled) and cannot be changed."
    ),
    Code.STOCKTAKE_PLACE_NOT_COUNTED: (
        "{location} holds no stock of its own; count a pharmacy, its quarantine or a site."
    ),
    Code.STOCKTAKE_OVERLAPS: (
        "Stocktake {stocktake} at {location}, started {started_at} by {by}, is still open and "
        "covers some of the same lots; post or cancel it first."
    ),
    Code.STOCKTAKE_STORAGE_UNKNOWN: "Storage {storage!r} is not known; use frozen or fridge.",
    Code.STOCKTAKE_PROGRAMME_UNKNOWN: "Programme {programme} is not known.",
    Code.STOCKTAKE_THRESHOLD_INVALID: (
        "The approval thresholds must be whole numbers of 0 or more (got {doses} doses and "
        "{kroner} kroner)."
    ),
    Code.STOCKTAKE_REASON_UNKNOWN: (
        "Row {row}, {column}: {value!r} is not a stocktake reason; use one of {codes}."
    ),
    Code.STOCKTAKE_REASON_TEXT_REQUIRED: (
        "Row {row}: the reason {reason} (other) needs a text saying what happened."
    ),
    Code.STOCKTAKE_REASON_MISSING: (
        "{product} batch {batch}: the count differs from the ledger by {difference:dose|doses}; "
        "give a reason."
    ),
    Code.STOCKTAKE_REASON_TEXT_MISSING: (
        "{product} batch {batch}: the reason ANDET (other) needs a text saying what happened."
    ),
    Code.STOCKTAKE_NOT_COUNTED: (
        "{count:lot|lots} of stocktake {stocktake} {count:is|are} not counted yet ({lots}); "
        "enter a count for each (0 when none are there) before posting."
    ),
    Code.STOCKTAKE_APPROVAL_REQUIRED: (
        "{product} batch {batch}: the difference of {difference:dose|doses} is more than "
        "{threshold:dose|doses} ({lines:line|lines} in all); a second person must approve "
        "before it is posted."
    ),
    Code.STOCKTAKE_APPROVER_IS_POSTER: (
        "{approver} is posting the stocktake and cannot also approve it; a second person "
        "must approve."
    ),
    Code.STOCKTAKE_APPROVER_IS_COUNTER: (
        "{approver} counted a line that needs approval and cannot also approve it; a "
        "second person must approve."
    ),
    Code.STOCKTAKE_LOSS_EXCEEDS_STOCK: (
        "{product} batch {batch}: the count is {loss:dose|doses} below the ledger, but "
        "{location} holds only {on_hand:dose|doses} now; count the lot again."
    ),
    Code.STOCKTAKE_NOTHING_COUNTED: "No counts were given for stocktake {stocktake}.",
    Code.STOCKTAKE_NO_LOTS: (
        "A cycle count needs at least one lot to count; there is nothing to suggest here today."
    ),
    Code.STOCKTAKE_LOTS_AND_FILTER: (
        "A count of chosen lots cannot also be filtered by programme, product or storage."
    ),
    Code.STOCKTAKE_LOT_ID_UNKNOWN: "No lot is known with the id {lots}.",
    Code.CYCLE_DAYS_INVALID: (
        "The days after which a lot should be counted again must be a whole number from 1 to "
        "3650 (got {days})."
    ),
    Code.CYCLE_LIMIT_INVALID: "The number of lots to suggest must be from 1 to 500 (got {limit}).",
    Code.COUNT_FILE_UNREADABLE: "{file} cannot be read as a count file ({why}).",
    Code.COUNT_FILE_NO_ROWS: "{file} has a header but no counted lots.",
    Code.COUNT_ROW_TWICE: (
        "Row {row}: {product} batch {batch} is counted already in row {first_row}; give each "
        "lot one row."
    ),
    Code.COUNT_UNITS_NEGATIVE: "Row {row}, {column}: {value!r} is below 0.",
    Code.COUNT_LOT_UNKNOWN: (
        "Row {row}, {column}: no part of batch {batch} of {product} thawed on {thawed_on} is "
        "known."
    ),
    Code.COUNT_SCAN_LOT_UNKNOWN: (
        "Scanned {product} batch {batch}: this lot was never received in the system and cannot "
        "be counted; put the pack aside and tell the pharmacist in charge."
    ),
    Code.COUNT_LOT_AMBIGUOUS: (
        "Row {row}: batch {batch} of {product} has several thawed parts at {location}; give "
        "Optøet (the thaw date) to say which one was counted."
    ),
    Code.COUNT_LOT_OUT_OF_SCOPE: (
        "Row {row}: {product} batch {batch} is not part of stocktake {stocktake} (its "
        "programme, product or storage is another); count it in a stocktake that covers it."
    ),
    Code.COUNT_LOT_NOT_LISTED: (
        "Row {row}: {product} batch {batch} is not one of the lots chosen for cycle count "
        "{stocktake}; count it in another stocktake."
    ),
}
