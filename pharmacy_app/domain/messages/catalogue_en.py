"""The English text of every message (a data table).

Parameters are ``str.format`` fields; :mod:`.render` writes numbers and dates as the
language does, and ``{n:one|many}`` agrees a noun with the number ``n``.  Every
:class:`~.codes.Code` has a text here and in the other language (tests check both, and
that both use the same parameters).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.catalogue_en_audit import TEXTS as AUDIT_TEXTS
from pharmacy_app.domain.messages.catalogue_en_backup import TEXTS as BACKUP_TEXTS
from pharmacy_app.domain.messages.catalogue_en_counts import TEXTS as COUNT_TEXTS
from pharmacy_app.domain.messages.catalogue_en_excursions import TEXTS as EXCURSION_TEXTS
from pharmacy_app.domain.messages.catalogue_en_national import TEXTS as NATIONAL_TEXTS
from pharmacy_app.domain.messages.catalogue_en_planning import TEXTS as PLANNING_TEXTS
from pharmacy_app.domain.messages.catalogue_en_shared import TEXTS as SHARED_TEXTS
from pharmacy_app.domain.messages.catalogue_en_simulation import TEXTS as SIMULATION_TEXTS
from pharmacy_app.domain.messages.catalogue_en_storage import TEXTS as STORAGE_TEXTS
from pharmacy_app.domain.messages.catalogue_en_targets import TEXTS as TARGET_TEXTS
from pharmacy_app.domain.messages.catalogue_en_thaw import TEXTS as THAW_TEXTS
from pharmacy_app.domain.messages.catalogue_en_use_basis import TEXTS as USE_BASIS_TEXTS
from pharmacy_app.domain.messages.catalogue_en_users import TEXTS as USER_TEXTS
from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    **COUNT_TEXTS,
    **EXCURSION_TEXTS,
    **USER_TEXTS,
    **AUDIT_TEXTS,
    **SHARED_TEXTS,
    **SIMULATION_TEXTS,
    **BACKUP_TEXTS,
    **THAW_TEXTS,
    **STORAGE_TEXTS,
    **NATIONAL_TEXTS,
    **TARGET_TEXTS,
    **PLANNING_TEXTS,
    **USE_BASIS_TEXTS,
    Code.QUANTITY_NOT_POSITIVE: (
        "The quantity must be a whole number of doses greater than zero (got {doses})."
    ),
    Code.QUANTITY_NOT_WHOLE_UNITS: (
        "{doses:dose|doses} is not a whole number of {unit}s of {product} "
        "({per_unit:dose|doses} per {unit}); the pharmacy moves whole {unit}s."
    ),
    Code.QUANTITY_TOO_LARGE: (
        "{doses} doses is more than the {max} doses one movement may carry; a quantity that "
        "large is a typing or file error."
    ),
    Code.PACKS_TOO_LARGE: (
        "{packs} packs is more than the {max} packs one line may carry."
    ),
    Code.BALANCE_TOO_LARGE: (
        "Adding {doses} doses would take the stock of lot {batch} at {location} above "
        "{max} doses, which no real stock reaches."
    ),
    Code.TEXT_TOO_LONG: (
        "{field} is {length} characters long; at most {max} are allowed."
    ),
    Code.DATETIME_WITHOUT_ZONE: (
        "Programming error: {field} ({value}) has no time zone; the services take "
        "timezone-aware moments (App.now(), domain.localtime.at_local)."
    ),
    Code.INSUFFICIENT_STOCK: (
        "Only {on_hand:dose|doses} of lot {batch} ({product}) {on_hand:|is|are} on hand at {location}; "
        "{requested} were asked for."
    ),
    Code.BALANCE_WOULD_GO_NEGATIVE: (
        "Back-dated to {occurred}, this would leave {location} with {balance:dose|doses} of lot "
        "{batch} on {when}; stock cannot go negative at any moment."
    ),
    Code.LOT_UNKNOWN: (
        "Lot {lot} is not known."
    ),
    Code.LOT_EXPIRED: (
        "Lot {batch} ({product}) could be used until {use_by} and cannot be {action} on {when}."
    ),
    Code.LOCATION_UNKNOWN: (
        "Location {location} is not known."
    ),
    Code.LOCATION_INACTIVE: (
        "Location {location} is no longer in use."
    ),
    Code.LOCATION_NOT_ALLOWED: (
        "{action} is not possible at {location} ({kind})."
    ),
    Code.SAME_LOCATION: (
        "From and to are the same location ({location})."
    ),
    Code.PRODUCT_UNKNOWN: (
        "Product {product} is not known."
    ),
    Code.PRODUCT_INACTIVE: (
        "Product {product} is no longer in use."
    ),
    Code.PRODUCT_DOSES_PER_UNIT_LOCKED: (
        "{product}: doses per {unit} cannot change from {old} to {new} while {doses} doses "
        "of it are held ({where}): that would change what every {unit} on the shelf "
        "means. Add a new product with the new figure instead."
    ),
    Code.BATCH_INVALID: (
        "Batch '{batch}' must be 1 to 20 characters of letters, digits and -./_ only."
    ),
    Code.LOT_EXPIRY_MISMATCH: (
        "Lot {batch} of {product} is already known with expiry {known}, not {given}."
    ),
    Code.EXPIRY_IMPLAUSIBLE: (
        "The expiry {expiry} of lot {batch} ({product}) is not plausible: it must be between "
        "{earliest} and {latest}."
    ),
    Code.OCCURRED_IN_FUTURE: (
        "The time {occurred} is in the future."
    ),
    Code.BACKDATE_OUTSIDE_WINDOW: (
        "{occurred} is more than {days:day|days} ago; back-dated entries are allowed for {days:day|days}."
    ),
    Code.REASON_REQUIRED: (
        "A discard needs a reason."
    ),
    Code.REASON_UNKNOWN: (
        "Reason code {reason} is not known."
    ),
    Code.COMMENT_REQUIRED: (
        "The reason “{reason_name}” ({reason}) needs a comment saying what happened."
    ),
    Code.MOVEMENT_UNKNOWN: (
        "Movement {movement} does not exist."
    ),
    Code.ALREADY_REVERSED: (
        "Movement {movement} has already been reversed (by {by})."
    ),
    Code.CANNOT_REVERSE_REVERSAL: (
        "Movement {movement} is itself a reversal; post the movement again instead."
    ),
    Code.CANNOT_REVERSE_THAW: (
        "Movement {movement} is part of a thaw, which cannot be reversed: thawed stock is never "
        "refrozen, and its shorter use-by stays on the safe side."
    ),
    Code.REVERSAL_REASON_REQUIRED: (
        "Reversing movement {movement} needs a reason (e.g. wrong site or quantity)."
    ),
    Code.VALUE_REQUIRED: (
        "{field} must be filled in."
    ),
    Code.VALUE_INVALID: (
        "{field}: {value!r} is not valid ({why})."
    ),
    Code.CODE_TAKEN: (
        "{field} {value} is already used by another record."
    ),
    Code.SHORT_NAME_TAKEN: (
        "Short name \"{value}\" is already used by {other}; give each product its own short name."
    ),
    Code.DATABASE_EMPTY_REQUIRED: (
        "The database already holds {movements:movement|movements}; demo data needs an empty database."
    ),
    Code.SCHEMA_NEWER: (
        "The database was made by a newer version of this program (schema {db_rev}); "
        "install the newer version to use it."
    ),
    Code.DATABASE_SETUP_BUSY: (
        "Another workstation has been setting up the database for more than {seconds} "
        "seconds; try again in a moment, or ask the person running it."
    ),
    Code.HOME_PHARMACY_UNSET: (
        "No home pharmacy is chosen yet. Choose the pharmacy this installation works for "
        "(Settings, General, Home pharmacy); until then nothing can be received, distributed "
        "or reported."
    ),
    Code.SCAN_EMPTY: (
        "The scan was empty."
    ),
    Code.SCAN_UNREADABLE: (
        "The scan {scan} is not a GS1 pack code; nothing was added."
    ),
    Code.SCAN_FIELD_INVALID: (
        "The scan {scan} cannot be read: the {field} ({ai}) “{value}” is not valid. "
        "Nothing was added; scan again or type the line."
    ),
    Code.SCAN_LEFT_OVER: (
        "The scan {scan} cannot be read: after {read} comes “{value}”, which is not part "
        "of a GS1 pack code. Nothing was added; scan again or type the line."
    ),
    Code.SCAN_FIELD_TWICE: (
        "The scan {scan} has the {field} ({ai}) twice, with different values. "
        "Nothing was added; type the line."
    ),
    Code.SCAN_INTERRUPTED: (
        "A scan was interrupted by another key after “{scan}”; nothing was added. "
        "Scan the pack again."
    ),
    Code.SCAN_TOO_LONG: (
        "A scan was longer than {limit} characters, so it is not a pack code; nothing was added."
    ),
    Code.SCAN_BAD_GTIN: (
        "GTIN {gtin} has a wrong check digit; scan again or type the line."
    ),
    Code.SCAN_MISSING: (
        "The scan {scan} has no {missing}; type the line instead."
    ),
    Code.SCAN_BATCH_IMPLAUSIBLE: (
        "The scan {scan} gives batch {batch}, which holds the serial number's identifier "
        "21 while no serial was read: the scanner sends no group separator after the batch. "
        "Set the scanner to send one (or |), or type the line."
    ),
    Code.SCAN_UNKNOWN_GTIN: (
        "GTIN {gtin} is not a product in the catalogue."
    ),
    Code.SCAN_DUPLICATE_SERIAL: (
        "This pack (serial {serial}) was already scanned on receipt {note}."
    ),
    Code.NOTE_ALREADY_RECEIVED: (
        "Delivery note {note} was already received on {when} by {by}."
    ),
    Code.NOTE_NUMBER_INVALID: (
        "The delivery note number must be 1 to 40 characters."
    ),
    Code.RECEIPT_NOT_DRAFT: (
        "Receipt {note} is {status} and can no longer be changed."
    ),
    Code.RECEIPT_UNKNOWN: (
        "Receipt {receipt} does not exist."
    ),
    Code.RECEIPT_EMPTY: (
        "Receipt {note} has no lines."
    ),
    Code.LINE_UNKNOWN: (
        "Line {line} does not exist."
    ),
    Code.SHORT_DATED: (
        "Lot {batch} ({product}) expires {expiry}, in {days:day|days}; less than the "
        "{minimum:day|days} required. Confirm to receive it anyway."
    ),
    Code.NOT_A_FROZEN_PRODUCT: (
        "{product} is not stored frozen; it cannot be received frozen or thawed."
    ),
    Code.ALREADY_THAWED: (
        "Lot {batch} is already thawed (on {thawed_on}); thawed stock cannot be refrozen "
        "or thawed again."
    ),
    Code.CONDITION_UNKNOWN: (
        "Storage condition {condition!r} is not known (use frozen or 2-8 °C)."
    ),
    Code.HELD_STOCK: (
        "Lot {batch} at {location} is held in quarantine; a pharmacist must release it first."
    ),
    Code.NOT_QUARANTINE: (
        "{location} is not a quarantine location."
    ),
    Code.HOLD_REASON_REQUIRED: (
        "Stock put on hold needs a reason (e.g. temperature logger alarm, damaged box)."
    ),
    Code.RECEIPT_NOT_POSTED: (
        "Receipt {note} is not posted ({status}); a goods-receipt document is printed "
        "only for a posted receipt."
    ),
    Code.CONSUMPTION_EMPTY: (
        "There is nothing to record: no doses were entered."
    ),
    Code.CONSUMPTION_SITE_UNKNOWN: (
        "Row {row}, {field}: site {site} is not known."
    ),
    Code.CONSUMPTION_SITE_NOT_ALLOWED: (
        "Row {row}, {field}: doses cannot be given at {site} ({why})."
    ),
    Code.CONSUMPTION_LOT_UNKNOWN: (
        "Row {row}, {field}: lot {lot} is not known."
    ),
    Code.CONSUMPTION_LOT_NOT_AT_SITE: (
        "Row {row}, {field}: {site} has never held lot {batch} ({product})."
    ),
    Code.CONSUMPTION_DOSES_INVALID: (
        "Row {row}, {field}: doses given must be a whole number greater than zero (got {value})."
    ),
    Code.CONSUMPTION_DOSES_TOO_LARGE: (
        "Row {row}, {field}: {value} doses is more than the {max} one entry may carry."
    ),
    Code.CONSUMPTION_TARGET_GROUP_UNKNOWN: (
        "Row {row}, {field}: target group {value!r} is not in the catalogue (use one of: {allowed})."
    ),
    Code.CONSUMPTION_DAY_IN_FUTURE: (
        "Row {row}, {field}: {day} is in the future."
    ),
    Code.CONSUMPTION_DAY_TOO_OLD: (
        "Row {row}, {field}: {day} is more than {days:day|days} ago; consumption can be recorded "
        "back to {earliest}."
    ),
    Code.CONSUMPTION_LOT_EXPIRED: (
        "Row {row}, {field}: lot {batch} ({product}) could be used until {use_by} and cannot "
        "have been given on {day}."
    ),
    Code.CONSUMPTION_HELD_STOCK: (
        "Row {row}, {field}: {site} is a quarantine location; held stock cannot be given."
    ),
    Code.CONSUMPTION_OVER_STOCK: (
        "{site} holds {on_hand:dose|doses} of {batch} on {day}; {entered} were entered (row {rows})."
    ),
    Code.CORRECTION_REASON_REQUIRED: (
        "Correcting the doses given at {site} on {day} needs a reason (e.g. typed in the wrong row)."
    ),
    Code.CORRECTION_DOSES_INVALID: (
        "The corrected figure must be a whole number of doses from 0 to {max} (got {value})."
    ),
    Code.CORRECTION_NOTHING_SAVED: (
        "No doses of batch {batch} are saved for {site} on {day}; enter them in the week grid instead."
    ),
    Code.CORRECTION_UNCHANGED: (
        "{doses:dose|doses} {doses:|is|are} already saved for batch {batch} at {site} on {day}; nothing to correct."
    ),
    Code.CORRECTION_OVER_STOCK: (
        "{site} could give at most {on_hand:dose|doses} of batch {batch} on {day} without its stock "
        "going negative then or later; the corrected figure {entered} is too high."
    ),
    Code.CORRECTION_PRODUCT_NOT_SAVED: (
        "No doses of item {varenummer}{batch} are saved for {site} on {day}; nothing to correct."
    ),
    Code.CORRECTION_BATCH_NEEDED: (
        "Doses of several batches of item {varenummer} are saved for {site} on {day} ({batches}); "
        "say which batch to correct."
    ),
    Code.SHEET_UNREADABLE: (
        "{file} cannot be read as a consumption sheet ({why})."
    ),
    Code.SHEET_EMPTY: (
        "{file} is empty: the first row must be the header ({columns})."
    ),
    Code.SHEET_NO_ROWS: (
        "{file} has a header but no rows of consumption."
    ),
    Code.SHEET_COLUMN_MISSING: (
        "Row {row}: the column {column} is missing (found: {found})."
    ),
    Code.SHEET_VALUE_REQUIRED: (
        "Row {row}, {column}: must be filled in."
    ),
    Code.SHEET_NOT_A_DATE: (
        "Row {row}, {column}: {value!r} is not a date (dd-mm-yyyy)."
    ),
    Code.SHEET_NOT_A_WHOLE_NUMBER: (
        "Row {row}, {column}: {value!r} is not a whole number."
    ),
    Code.SHEET_COLUMN_TWICE: (
        "Row {row}: the column {column} appears more than once in the header ({found})."
    ),
    Code.SHEET_QUANTITY_TOO_LARGE: (
        "Row {row}, {column}: {value} is more than {max}, the most one row may carry."
    ),
    Code.SHEET_DATE_IMPLAUSIBLE: (
        "Row {row}, {column}: {value!r} is not a plausible date (from {earliest})."
    ),
    Code.SHEET_PRODUCT_UNKNOWN: (
        "Row {row}, {column}: item number {value} is not a product in the catalogue."
    ),
    Code.SHEET_BATCH_UNKNOWN: (
        "Row {row}, {column}: batch {value} of {product} is not known."
    ),
    Code.NOTE_FILE_UNREADABLE: (
        "{file} cannot be read: {why}."
    ),
    Code.NOTE_FILE_EMPTY: (
        "{file} is empty."
    ),
    Code.NOTE_FILE_TYPE: (
        "{file} is not an .xlsx workbook or a CSV file ({kind})."
    ),
    Code.NOTE_FILE_XLS: (
        "{file} is in the old Excel .xls format; save it as .xlsx or CSV."
    ),
    Code.FILE_TOO_LARGE: (
        "{file} is {size} bytes; at most {max} bytes are read (a delivery note of 10,000 "
        "lines is about 1 MB)."
    ),
    Code.FILE_TOO_MANY_ROWS: (
        "{file} has more than {max} rows; split it into smaller files."
    ),
    Code.FILE_TOO_MANY_COLUMNS: (
        "{file}, row {row}: more than {max} columns; this is not the expected layout."
    ),
    Code.VALUE_DIGITS_NOT_ASCII: (
        "row {row}, {column}: {value!r} is written with digits other than 0-9; retype it "
        "with 0-9."
    ),
    Code.CSV_QUOTE_UNCLOSED: (
        "{file}, row {row}: a quote (\") opened in this row is never closed, so the rest of "
        "the file would run into one value; nothing was read."
    ),
    Code.CSV_BAD_QUOTE: (
        "{file}, row {row}: a quoted value is followed by more text before the separator; "
        "a quote (\") is misplaced; nothing was read."
    ),
    Code.CSV_FIELD_TOO_LARGE: (
        "{file}, row {row}: a value is longer than {max} characters; nothing was read."
    ),
    Code.CSV_FIELD_COUNT: (
        "{file}, row {row}: {found} fields where the header (row {header_row}) has "
        "{expected}; a separator or a quote (\") in the row is wrong, so the whole file is "
        "refused."
    ),
    Code.CSV_VALUE_SPANS_LINES: (
        "{file}, row {row}, {column}: the value runs over {lines} lines{and_sep}; a quote "
        "(\") is probably not closed, so the whole file is refused."
    ),
    Code.XLSX_HIDDEN_ROW: (
        "{file}, sheet {sheet!r}: row {row} is hidden; show every row (or delete the hidden "
        "ones) so that what is imported is what you see."
    ),
    Code.XLSX_HIDDEN_COLUMN: (
        "{file}, sheet {sheet!r}: the column {column} (row {row}) is hidden; show it so that "
        "what is imported is what you see."
    ),
    Code.XLSX_HIDDEN_SHEET: (
        "{file}: the sheet {sheet!r} that would be read is hidden; show it (or move the data "
        "to a visible sheet)."
    ),
    Code.NOTE_NO_HEADER: (
        "{file}: no header row with the delivery note columns ({columns}) was found."
    ),
    Code.NOTE_SHEET_NO_HEADER: (
        "{file}, sheet {sheet!r}: no header row with the delivery note columns ({columns}); "
        "the note must be the first sheet or a sheet named Følgeseddel (sheets: {sheets})."
    ),
    Code.NOTE_COLUMN_MISSING: (
        "row {row}: the required column {column} is missing from the header."
    ),
    Code.NOTE_COLUMN_TWICE: (
        "row {row}: the column {column} appears more than once in the header."
    ),
    Code.NOTE_NO_ROWS: (
        "{file} has a header (row {row}) but no lines."
    ),
    Code.NOTE_VALUE_MISSING: (
        "row {row}, {column}: must be filled in."
    ),
    Code.NOTE_NOT_A_DATE: (
        "row {row}, {column}: {value!r} is not a date (dd-mm-yyyy or yyyy-mm-dd)."
    ),
    Code.NOTE_NOT_A_WHOLE_NUMBER: (
        "row {row}, {column}: {value!r} is not a whole number."
    ),
    Code.NOTE_NOT_POSITIVE: (
        "row {row}, {column}: {value!r} must be greater than zero."
    ),
    Code.NOTE_QUANTITY_TOO_LARGE: (
        "row {row}, {column}: {value} is more than {max}, the most one line may carry."
    ),
    Code.NOTE_DATE_IMPLAUSIBLE: (
        "row {row}, {column}: {value!r} is not plausible; it must be between {earliest} "
        "and {latest}."
    ),
    Code.NOTE_GTIN_INVALID: (
        "row {row}, {column}: {value!r} is not a GTIN (14 digits)."
    ),
    Code.NOTE_GTIN_CHECK_DIGIT: (
        "row {row}, {column}: {value!r} has a wrong check digit (it should be {expected})."
    ),
    Code.NOTE_BATCH_INVALID: (
        "row {row}, {column}: {value!r} is not a batch number (1 to 20 letters, digits and -./_)."
    ),
    Code.NOTE_STORAGE_UNKNOWN: (
        "row {row}, {column}: {value!r} is not a storage condition (-90/-60, -25/-15 or 2-8 °C)."
    ),
    Code.NOTE_VALUE_TOO_LONG: (
        "row {row}, {column}: {value!r} is longer than {max} characters."
    ),
    Code.NOTE_VALUE_DIFFERS: (
        "row {row}, {column}: {value!r} differs from {expected!r} in row {first_row}; "
        "every row of a delivery note must carry the same {column}."
    ),
    Code.NOTE_PRODUCT_UNKNOWN: (
        "row {row}, {column}: {value!r} is not a known product (item number or GTIN)."
    ),
    Code.NOTE_GTIN_MISMATCH: (
        "row {row}, {column}: {value} is not the GTIN of item {varenummer} ({product}), "
        "which is {expected}."
    ),
    Code.NOTE_PRODUCT_INACTIVE: (
        "row {row}, {column}: {product} is no longer in use."
    ),
    Code.NOTE_DOSES_PER_PACK_MISMATCH: (
        "row {row}, {column}: {value} doses per pack, but {product} has {expected} in the "
        "catalogue."
    ),
    Code.NOTE_NOT_A_FROZEN_PRODUCT: (
        "row {row}, {column}: {product} is not stored frozen, so it cannot arrive at {value}."
    ),
    Code.NOTE_LOT_REPEATED: (
        "rows {first_row} and {row}: lot {batch} of {product} is listed twice with a different "
        "{columns}; the same lot may be listed twice only when all but the quantity agrees."
    ),
    Code.NOTE_LOT_EXPIRY_MISMATCH: (
        "row {row}, {column}: lot {batch} of {product} is already known with expiry {known}, "
        "not {given}."
    ),
    Code.NOTE_LOT_EXPIRED: (
        "row {row}, {column}: lot {batch} ({product}) could be used until {use_by}; an expired "
        "lot cannot be received on {when}."
    ),
    Code.NOTE_SHORT_DATED: (
        "row {row}, {column}: lot {batch} ({product}) expires {expiry}, in {days:day|days}; less "
        "than the {minimum:day|days} required."
    ),
    Code.NOTE_DELIVERY_IN_FUTURE: (
        "row {row}, {column}: {value!r} is in the future."
    ),
    Code.NOTE_CONFIRM_SHORT_DATED: (
        "Nothing was received: {count:short-dated lot needs|short-dated lots need} confirmation; rerun with "
        "--confirm-short-dated to receive them."
    ),
    Code.PERIOD_INVALID: (
        "{period!r} is not a month; write it as YYYY-MM, e.g. 2026-10."
    ),
    Code.MONTH_CLOSED: (
        "{period} is closed: the report to SSI for it was marked as sent on {when} by {by}. "
        "Give a reason to post into the closed month anyway."
    ),
    Code.MONTH_NOT_ENDED: (
        "{period} has not ended (today is {today}), so it cannot be marked as sent to SSI: "
        "that would close the month while doses are still being given. The workbook made "
        "now is provisional; mark the month as sent from {first} on."
    ),
    Code.REPORT_NOT_SENT: (
        "No report for {period} has been marked as sent."
    ),
    Code.REPORT_FILE_MISMATCH: (
        "{file} is not the SSI report for {period} ({why})."
    ),
    Code.WASTAGE_GROUP_UNKNOWN: (
        "Wastage cannot be grouped by {group_by}; choose one of {choices}."
    ),
    Code.DATE_RANGE_INVALID: (
        "The period ends ({end}) before it starts ({start})."
    ),
    Code.EXPIRY_DAYS_INVALID: (
        "The number of days must be zero or more (got {days})."
    ),
    Code.EXPIRY_WINDOWS_INVALID: (
        "Expiry windows must be 1 to {most} different whole numbers of days from 1 to {longest} "
        "(got {windows})."
    ),
    Code.DISTRIBUTION_SITES_REQUIRED: (
        "Choose at least one site for the round."
    ),
    Code.DISTRIBUTION_SITE_NOT_ALLOWED: (
        "{site} cannot get a distribution: {why}."
    ),
    Code.DISTRIBUTION_SITE_TWICE: (
        "Site {site} is named twice for the round."
    ),
    Code.DISTRIBUTION_MODE_UNKNOWN: (
        "Dispatch mode {mode!r} is not known; choose direct or in_transit."
    ),
    Code.DISTRIBUTION_RECORD_UNKNOWN: (
        "{what} {ident} does not exist."
    ),
    Code.DISTRIBUTION_NOT_DRAFT: (
        "{what} {number} is {status}; only a draft can be changed."
    ),
    Code.DISTRIBUTION_DISPATCHED_REVERSE: (
        "{what} {number} has been dispatched and cannot be cancelled; reverse it instead."
    ),
    Code.DISTRIBUTION_NOT_DISPATCHED: (
        "List {number} is {status}; only a dispatched list can be {action}."
    ),
    Code.DISTRIBUTION_ALREADY_RECEIVED: (
        "List {number} was received on {when}; it cannot be reversed: return the stock to the "
        "pharmacy instead."
    ),
    Code.DISTRIBUTION_ROUND_EMPTY: (
        "Round {number} has nothing to send: no list has a line."
    ),
    Code.DISTRIBUTION_DOSES_INVALID: (
        "{product} for {site}: {doses!r} is not a whole number of doses of zero or more."
    ),
    Code.DISTRIBUTION_OVERRIDE_REASON_REQUIRED: (
        "Choosing lot {batch} against first-expiry-first-out needs a reason."
    ),
    Code.DISTRIBUTION_OVERRIDE_PRODUCT: (
        "Lot {batch} is {other}, but the line is for {product}."
    ),
    Code.DISTRIBUTION_LOT_NOT_PICKABLE: (
        "Lot {batch} ({product}) cannot be picked: {why}."
    ),
    Code.DISTRIBUTION_LOT_SHORT: (
        "Only {free:dose|doses} of lot {batch} ({product}) {free:|is|are} free at {location}; "
        "{doses} are needed."
    ),
    Code.DISTRIBUTION_LINE_NOT_ON_LIST: (
        "Line {line} is not on list {number}."
    ),
    Code.DISTRIBUTION_RECEIVED_INVALID: (
        "List {number}, line {line_no} ({batch}): {received!r} received is not a whole number "
        "from 0 to the {sent:dose|doses} sent."
    ),
    Code.DISTRIBUTION_DISCREPANCY_REASON_REQUIRED: (
        "List {number}, line {line_no} ({batch}): {short:dose|doses} fewer than sent were received; "
        "say why."
    ),
    Code.DISTRIBUTION_VISIT_MOBILE_ONLY: (
        "Visits belong to mobile units; {site} is a {kind}."
    ),
    Code.DISTRIBUTION_VISIT_BEFORE_ROUND: (
        "A visit on {visit} is before the round reaches the unit ({planned})."
    ),
    Code.DISTRIBUTION_REVERSE_NOTE_REQUIRED: (
        "Reversing list {number} needs a note saying why."
    ),
    Code.ROUND_FILE_PROBLEM: (
        "Round file row {row}: {why}."
    ),
    Code.TRANSFER_NOT_A_SITE: (
        "{location} is not a site of the region ({why})."
    ),
    Code.REGION_SAME: (
        "Region {region} is this pharmacy's own region; send to another region."
    ),
    Code.PASSPORT_WRONG_REGION: (
        "The shipment file was sent to region {to_region}, not to this pharmacy's region {region}."
    ),
    Code.SHIPMENT_FILE_UNREADABLE: (
        "The file cannot be read as a shipment file from another region: {why}."
    ),
    Code.SHIPMENT_FIELD_INVALID: (
        "Shipment file, field {field}: {why}. Nothing was received."
    ),
    Code.SHIPMENT_KEY_UNTRUSTED: (
        "The shipment file is signed with a key this pharmacy does not trust for region "
        "{region} (fingerprint {fingerprint}). Get region {region}'s public key from its "
        "pharmacy ('pharmacy-app keys show' there), compare the fingerprint with them by "
        "phone, and add it under Settings › Shipment keys (or 'pharmacy-app keys trust')."
    ),
    Code.SHIPMENT_SIGNATURE_INVALID: (
        "The shipment file's signature does not match its content (field signature): the file "
        "was changed after region {region}'s pharmacy signed it, or that pharmacy did not sign "
        "it. Nothing was received; ask the sending pharmacy for the original file."
    ),
    Code.SHIPMENT_ALREADY_RECEIVED: (
        "Shipment {reference} from region {from_region} (shipment id {shipment_id}) was "
        "already received on {when} by {by}; it is received only once."
    ),
    Code.SHIPMENT_KEY_INVALID: (
        "That is not an Ed25519 public key: give the text or file that 'pharmacy-app keys show' "
        "gives at the other pharmacy (it starts with -----BEGIN PUBLIC KEY-----)."
    ),
    Code.SHIPMENT_KEY_ALREADY_TRUSTED: (
        "The key {fingerprint} is already trusted for region {region} (since {when}, added by {by})."
    ),
    Code.SHIPMENT_KEY_OTHER_REGION: (
        "The key {fingerprint} is already trusted for region {other}, so it cannot also stand "
        "for region {region}; revoke it there first if it was added by mistake."
    ),
    Code.SHIPMENT_KEY_OWN_REGION: (
        "Region {region} is this pharmacy's own region: keys are trusted for the other regions."
    ),
    Code.SHIPMENT_KEY_UNKNOWN: (
        "No trusted key has the fingerprint {fingerprint}."
    ),
    Code.SIGNING_KEY_UNSAFE: (
        "The pharmacy's signing key {path} can be read by other users of this computer; make "
        "it readable by its owner only (chmod 600) before sending shipments."
    ),
    Code.SIGNING_KEY_UNREADABLE: (
        "The pharmacy's signing key {path} cannot be read ({why}). Restore it from a backup; "
        "or move the file away to make a new key, which the other regions must then trust."
    ),
    Code.LOT_RECALLED: (
        "Lot {batch} ({product}) is recalled ({reason}; {when}, by {by}): it cannot be "
        "{action}; it can only be returned to the pharmacy or discarded."
    ),
    Code.LOT_ALREADY_RECALLED: (
        "Lot {batch} ({product}) was already recalled on {when} by {by}."
    ),
    Code.LOT_NOT_RECALLED: (
        "Lot {batch} ({product}) is not recalled."
    ),
    Code.RECALL_REASON_REQUIRED: (
        "A recall needs a reason (e.g. the manufacturer's or SSI's recall notice)."
    ),
    Code.RECALL_BATCH_UNKNOWN: (
        "Batch {batch} of {product} is not known."
    ),
    Code.SSI_RETURN_REFERENCE_REQUIRED: (
        "A return to SSI needs SSI's return or call-back reference."
    ),
    Code.SSI_RETURN_REASON_REQUIRED: (
        "A return to SSI needs a reason (e.g. recalled batch, damaged delivery)."
    ),
    Code.SSI_RETURN_NO_LINES: (
        "A return to SSI needs at least one lot and a number of doses."
    ),
    Code.SSI_RETURN_NOT_FROM_PHARMACY: (
        "Stock goes back to SSI from the pharmacy or its quarantine, not from {location} "
        "({kind}): return it to the pharmacy first."
    ),
    Code.SSI_RETURN_UNKNOWN: (
        "Return to SSI no. {id} does not exist."
    ),
    Code.OPEN_VIAL_TOO_MANY: (
        "A vial of {product} holds {per_unit:dose|doses}; {doses} were entered as left in an "
        "opened vial."
    ),
    Code.DISCARD_NOT_WHOLE_UNITS: (
        "Waste for \"{reason_name}\" is recorded in whole {unit}s: {doses} doses of {product} "
        "is not a whole number of {unit}s ({per_unit} doses per {unit}). Enter a multiple "
        "of {per_unit} doses; only the doses left in an opened vial ({open_vial}) may be part of one."
    ),
    Code.OPEN_VIAL_AT_PHARMACY: (
        "{location} is a pharmacy, which never opens vials; choose another reason."
    ),
    Code.DISCARD_NOT_EXPIRED: (
        "Lot {batch} ({product}) at {location} can be used until {use_by}; it is not expired."
    ),
    Code.DISCARD_NOT_HELD: (
        "{location} no longer holds lot {batch} ({product})."
    ),
    Code.REBALANCE_OTHER_REGION: (
        "The {doses:dose|doses} of lot {batch} ({product}) at {location} cannot be used in time "
        "anywhere in the region; send them to another region instead (Send to another region…)."
    ),
    Code.REBALANCE_STALE: (
        "The proposal no longer holds: {location} now has {on_hand:dose|doses} of lot {batch} "
        "({product}), {at_risk} of them at risk; {doses} were to be moved."
    ),
    Code.DISTRIBUTION_PRINT_NOTHING: (
        "Round {number} has no distribution list with picked lines to print{which}."
    ),
    Code.DISTRIBUTION_PRINT_LIST_NOT_IN_ROUND: (
        "List {list} is not part of round {number}; nothing was printed."
    ),
    Code.DISTRIBUTION_DATE_PAST: (
        "A round cannot be planned for {planned}: that is before today ({today})."
    ),
    Code.CLI_ROUND_SUMMARY: (
        "Round {number} {planned_for} ({mode}, {status}): {sites:site|sites}, {doses:dose|doses}"
    ),
    Code.CLI_ROUND_REQUEST: (
        "  {varenummer}  {product}: {doses} doses ({units} x {doses_per_unit})"
    ),
    Code.CLI_ROUND_SHORTFALL: (
        "SHORT {site} {product}: requested {asked}, allocated {got} ({short} short)"
    ),
    Code.REBALANCE_NOT_OTHER_REGION: (
        "The proposal to move lot {batch} ({product}) from {location} to {to} stays in the "
        "region; accept it as a transfer instead of sending it to another region."
    ),
    Code.PROPOSAL_MOVE: (
        "Move {doses:dose|doses} of {product} lot {batch} from {source} (would expire unused on {use_by}) "
        "to {destination}, which uses {rate:tenths} doses a day and can use them within {days:day|days}."
    ),
    Code.PROPOSAL_RETURN: (
        "Return {doses:dose|doses} of {product} lot {batch} from {source} (would expire unused on "
        "{use_by}) to {destination} for redistribution: no single site can take them, but the "
        "region's sites together use {rate:tenths} doses a day and can use them within {days:day|days}."
    ),
    Code.PROPOSAL_OTHER_REGION: (
        "{doses:dose|doses} of {product} lot {batch} at {source} will expire unused on {use_by} and "
        "nothing in the region can use them in time; offer them to another region."
    ),
    Code.BASIS_NO_RATE: (
        "No consumption recorded yet; enter the doses needed."
    ),
    Code.BASIS_RATE: (
        "Uses {rate:dose|doses} a day; {cover_days:day|days} of cover is {cover:dose|doses}; "
        "holds {on_hand}; proposed {proposed}{units}."
    ),
    Code.BASIS_VISITS: (
        "Visits plan {visit_doses:dose|doses} of {programme} ({visits:visit|visits}); holds {on_hand}; "
        "proposed {proposed}{units}."
    ),
    Code.BASIS_COVERED_BY: (
        "The visit plan's {programme} doses are asked for as {product}; type a figure to send this too."
    ),
    Code.REGION_UNKNOWN: (
        "Region {region} is not known."
    ),
}
