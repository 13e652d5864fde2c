"""Errors a person can fix, as data.

A :class:`Problem` is a code with parameters (row, field, value, quantities…).  It is
turned into Danish or English text only at the edge (UI, CLI, PDF), by
:func:`render`, which writes quantities as the language does (``1.455 doser``,
``1,455 doses``; ``{doses:dosis|doser}`` in a template agrees the noun with the number).  A :class:`DomainError` carries one or more problems; raising it means
nothing was written.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pharmacy_app.domain import formats

# code -> (English, Danish).  Parameters are str.format fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "quantity_not_positive": (
        "The quantity must be a whole number of doses greater than zero (got {doses}).",
        "Antallet skal være et helt antal doser større end nul (fik {doses}).",
    ),
    "quantity_not_whole_units": (
        "{doses:dose|doses} is not a whole number of {unit_en}s of {product} "
        "({per_unit:dose|doses} per {unit_en}); the pharmacy moves whole {unit_en}s.",
        "{doses:dosis|doser} er ikke et helt antal {unit_da} af {product} "
        "({per_unit:dosis|doser} pr. {unit_da}); apoteket flytter hele {unit_da}.",
    ),
    "quantity_too_large": (
        "{doses} doses is more than the {max} doses one movement may carry; a quantity that "
        "large is a typing or file error.",
        "{doses} doser er mere end de {max} doser, én bevægelse må flytte; et så stort antal "
        "er en taste- eller filfejl.",
    ),
    "packs_too_large": (
        "{packs} packs is more than the {max} packs one line may carry.",
        "{packs} pakninger er mere end de {max} pakninger, én linje må have.",
    ),
    "balance_too_large": (
        "Adding {doses} doses would take the stock of lot {batch} at {location} above "
        "{max} doses, which no real stock reaches.",
        "Med {doses} doser mere ville lageret af batch {batch} på {location} komme over "
        "{max} doser, som intet virkeligt lager når.",
    ),
    "text_too_long": (
        "{field} is {length} characters long; at most {max} are allowed.",
        "{field} er {length} tegn lang; højst {max} er tilladt.",
    ),
    "datetime_without_zone": (
        "Programming error: {field} ({value}) has no time zone; the services take "
        "timezone-aware moments (App.now(), domain.localtime.at_local).",
        "Programfejl: {field} ({value}) har ingen tidszone; tjenesterne tager tidspunkter "
        "med tidszone (App.now(), domain.localtime.at_local).",
    ),
    "insufficient_stock": (
        "Only {on_hand:dose|doses} of lot {batch} ({product}) {on_hand:|is|are} on hand at {location}; "
        "{requested} were asked for.",
        "Der er kun {on_hand:dosis|doser} af batch {batch} ({product}) på {location}; "
        "der blev bedt om {requested}.",
    ),
    "balance_would_go_negative": (
        "Back-dated to {occurred}, this would leave {location} with {balance:dose|doses} of lot "
        "{batch} on {when}; stock cannot go negative at any moment.",
        "Tilbagedateret til {occurred} ville {location} have {balance:dosis|doser} af batch {batch} "
        "den {when}; lageret må aldrig blive negativt.",
    ),
    "lot_unknown": (
        "Lot {lot} is not known.",
        "Batch {lot} kendes ikke.",
    ),
    "lot_expired": (
        "Lot {batch} ({product}) could be used until {use_by} and cannot be {action_en} on {when}.",
        "Batch {batch} ({product}) kunne anvendes til {use_by} og kan ikke {action_da} den {when}.",
    ),
    "location_unknown": (
        "Location {location} is not known.",
        "Stedet {location} kendes ikke.",
    ),
    "location_inactive": (
        "Location {location} is no longer in use.",
        "Stedet {location} er ikke længere i brug.",
    ),
    "location_not_allowed": (
        "{action_en} is not possible at {location} ({kind}).",
        "{action_da} er ikke muligt på {location} ({kind}).",
    ),
    "same_location": (
        "From and to are the same location ({location}).",
        "Fra og til er det samme sted ({location}).",
    ),
    "product_unknown": (
        "Product {product} is not known.",
        "Varen {product} kendes ikke.",
    ),
    "product_inactive": (
        "Product {product} is no longer in use.",
        "Varen {product} er ikke længere i brug.",
    ),
    "product_doses_per_unit_locked": (
        "{product}: doses per {unit_en} cannot change from {old} to {new} while {doses} doses "
        "of it are held ({where}): that would change what every {unit_en} on the shelf "
        "means. Add a new product with the new figure instead.",
        "{product}: doser pr. enhed ({unit_da}) kan ikke ændres fra {old} til {new}, mens "
        "der er {doses} doser af den på lager ({where}): det ville ændre, hvad hver enhed på "
        "hylden betyder. Opret i stedet en ny vare med det nye tal.",
    ),
    "batch_invalid": (
        "Batch '{batch}' must be 1 to 20 characters of letters, digits and -./_ only.",
        "Batch '{batch}' skal være 1 til 20 tegn: bogstaver, tal og -./_.",
    ),
    "lot_expiry_mismatch": (
        "Lot {batch} of {product} is already known with expiry {known}, not {given}.",
        "Batch {batch} af {product} kendes allerede med udløb {known}, ikke {given}.",
    ),
    "expiry_implausible": (
        "The expiry {expiry} of lot {batch} ({product}) is not plausible: it must be between "
        "{earliest} and {latest}.",
        "Udløbsdatoen {expiry} for batch {batch} ({product}) er ikke troværdig: den skal "
        "ligge mellem {earliest} og {latest}.",
    ),
    "occurred_in_future": (
        "The time {occurred} is in the future.",
        "Tidspunktet {occurred} ligger i fremtiden.",
    ),
    "backdate_outside_window": (
        "{occurred} is more than {days:day|days} ago; back-dated entries are allowed for {days:day|days}.",
        "{occurred} er mere end {days:dag|dage} siden; der kan tilbagedateres {days:dag|dage}.",
    ),
    "reason_required": (
        "A discard needs a reason.",
        "En kassation kræver en årsag.",
    ),
    "reason_unknown": (
        "Reason code {reason} is not known.",
        "Årsagskoden {reason} kendes ikke.",
    ),
    "comment_required": (
        "The reason “{reason_en}” ({reason}) needs a comment saying what happened.",
        "Årsagen “{reason_da}” ({reason}) kræver en bemærkning om, hvad der skete.",
    ),
    "movement_unknown": (
        "Movement {movement} does not exist.",
        "Bevægelse {movement} findes ikke.",
    ),
    "already_reversed": (
        "Movement {movement} has already been reversed (by {by}).",
        "Bevægelse {movement} er allerede tilbageført (af {by}).",
    ),
    "cannot_reverse_reversal": (
        "Movement {movement} is itself a reversal; post the movement again instead.",
        "Bevægelse {movement} er selv en tilbageførsel; bogfør bevægelsen igen i stedet.",
    ),
    "value_required": (
        "{field} must be filled in.",
        "{field} skal udfyldes.",
    ),
    "value_invalid": (
        "{field}: {value!r} is not valid ({why}).",
        "{field}: {value!r} er ikke gyldig ({why}).",
    ),
    "code_taken": (
        "{field} {value} is already used by another record.",
        "{field} {value} bruges allerede af en anden post.",
    ),
    "short_name_taken": (
        "Short name \"{value}\" is already used by {other}; give each product its own short name.",
        "Det korte navn \"{value}\" bruges allerede af {other}; giv hver vare sit eget korte navn.",
    ),
    "database_empty_required": (
        "The database already holds {movements:movement|movements}; demo data needs an empty database.",
        "Databasen indeholder allerede {movements:bevægelse|bevægelser}; demodata kræver en tom database.",
    ),
    "schema_newer": (
        "The database was made by a newer version of this program (schema {db_rev}); "
        "install the newer version to use it.",
        "Databasen er lavet af en nyere version af programmet (skema {db_rev}); "
        "installér den nyere version for at bruge den.",
    ),
    "database_setup_busy": (
        "Another workstation has been setting up the database for more than {seconds} "
        "seconds; try again in a moment, or ask the person running it.",
        "En anden arbejdsstation har været i gang med at klargøre databasen i mere end "
        "{seconds} sekunder; prøv igen om lidt, eller spørg den, der kører den.",
    ),
    "home_pharmacy_unset": (
        "No home pharmacy is chosen yet. Choose the pharmacy this installation works for "
        "(Settings, General, Home pharmacy); until then nothing can be received, distributed "
        "or reported.",
        "Der er endnu ikke valgt et sygehusapotek for installationen. Vælg det apotek, "
        "installationen arbejder for (Indstillinger, Generelt, Eget sygehusapotek); indtil da "
        "kan intet modtages, distribueres eller indberettes.",
    ),
    "scan_empty": (
        "The scan was empty.",
        "Scanningen var tom.",
    ),
    "scan_unreadable": (
        "The scan {scan} is not a GS1 pack code; nothing was added.",
        "Scanningen {scan} er ikke en GS1-pakningskode; intet er tilføjet.",
    ),
    "scan_field_invalid": (
        "The scan {scan} cannot be read: the {field_en} ({ai}) “{value}” is not valid. "
        "Nothing was added; scan again or type the line.",
        "Scanningen {scan} kan ikke læses: feltet {field_da} ({ai}) har værdien “{value}”, "
        "som ikke er gyldig. Intet er tilføjet; scan igen eller indtast linjen.",
    ),
    "scan_left_over": (
        "The scan {scan} cannot be read: after {read_en} comes “{value}”, which is not part "
        "of a GS1 pack code. Nothing was added; scan again or type the line.",
        "Scanningen {scan} kan ikke læses: efter {read_da} kommer “{value}”, som ikke hører "
        "til en GS1-pakningskode. Intet er tilføjet; scan igen eller indtast linjen.",
    ),
    "scan_field_twice": (
        "The scan {scan} has the {field_en} ({ai}) twice, with different values. "
        "Nothing was added; type the line.",
        "Scanningen {scan} har feltet {field_da} ({ai}) to gange med forskellige værdier. "
        "Intet er tilføjet; indtast linjen.",
    ),
    "scan_interrupted": (
        "A scan was interrupted by another key after “{scan}”; nothing was added. "
        "Scan the pack again.",
        "En scanning blev afbrudt af en anden tast efter “{scan}”; intet er tilføjet. "
        "Scan pakningen igen.",
    ),
    "scan_too_long": (
        "A scan was longer than {limit} characters, so it is not a pack code; nothing was added.",
        "En scanning var længere end {limit} tegn og er derfor ikke en pakningskode; "
        "intet er tilføjet.",
    ),
    "scan_bad_gtin": (
        "GTIN {gtin} has a wrong check digit; scan again or type the line.",
        "GTIN {gtin} har forkert kontrolciffer; scan igen eller indtast linjen.",
    ),
    "scan_missing": (
        "The scan {scan} has no {missing_en}; type the line instead.",
        "Scanningen {scan} mangler {missing_da}; indtast linjen i stedet.",
    ),
    "scan_batch_implausible": (
        "The scan {scan} gives batch {batch}, which holds the serial number's identifier "
        "21 while no serial was read: the scanner sends no group separator after the batch. "
        "Set the scanner to send one (or |), or type the line.",
        "Scanningen {scan} giver batch {batch}, som indeholder serienummerets kode 21, mens "
        "der ikke blev læst noget serienummer: scanneren sender ingen gruppeseparator efter "
        "batchen. Indstil scanneren til at sende en (eller |), eller indtast linjen.",
    ),
    "scan_unknown_gtin": (
        "GTIN {gtin} is not a product in the catalogue.",
        "GTIN {gtin} er ikke en vare i kataloget.",
    ),
    "scan_duplicate_serial": (
        "This pack (serial {serial}) was already scanned on receipt {note}.",
        "Denne pakning (serienummer {serial}) er allerede scannet på følgeseddel {note}.",
    ),
    "note_already_received": (
        "Delivery note {note} was already received on {when} by {by}.",
        "Følgeseddel {note} er allerede modtaget {when} af {by}.",
    ),
    "note_number_invalid": (
        "The delivery note number must be 1 to 40 characters.",
        "Følgeseddelnummeret skal være 1 til 40 tegn.",
    ),
    "receipt_not_draft": (
        "Receipt {note} is {status} and can no longer be changed.",
        "Modtagelse {note} er {status} og kan ikke længere ændres.",
    ),
    "receipt_unknown": (
        "Receipt {receipt} does not exist.",
        "Modtagelse {receipt} findes ikke.",
    ),
    "receipt_empty": (
        "Receipt {note} has no lines.",
        "Modtagelse {note} har ingen linjer.",
    ),
    "line_unknown": (
        "Line {line} does not exist.",
        "Linje {line} findes ikke.",
    ),
    "short_dated": (
        "Lot {batch} ({product}) expires {expiry}, in {days:day|days}; less than the "
        "{minimum:day|days} required. Confirm to receive it anyway.",
        "Batch {batch} ({product}) udløber {expiry}, om {days:dag|dage}; mindre end de "
        "krævede {minimum:dag|dage}. Bekræft for at modtage den alligevel.",
    ),
    "not_a_frozen_product": (
        "{product} is not stored frozen; it cannot be received frozen or thawed.",
        "{product} opbevares ikke frosset; den kan ikke modtages frosset eller optøs.",
    ),
    "already_thawed": (
        "Lot {batch} is already thawed (on {thawed_on}); thawed stock cannot be refrozen "
        "or thawed again.",
        "Batch {batch} er allerede optøet ({thawed_on}); optøet lager kan ikke genfryses "
        "eller optøs igen.",
    ),
    "condition_unknown": (
        "Storage condition {condition!r} is not known (use frozen or 2-8 °C).",
        "Opbevaringen {condition!r} kendes ikke (brug frost eller 2-8 °C).",
    ),
    "held_stock": (
        "Lot {batch} at {location} is held in quarantine; a pharmacist must release it first.",
        "Batch {batch} på {location} er tilbageholdt i karantæne; en farmaceut skal frigive "
        "den først.",
    ),
    "not_quarantine": (
        "{location} is not a quarantine location.",
        "{location} er ikke et karantænested.",
    ),
    "hold_reason_required": (
        "Stock put on hold needs a reason (e.g. temperature logger alarm, damaged box).",
        "Tilbageholdt lager kræver en begrundelse (fx temperaturalarm, beskadiget kasse).",
    ),
    "receipt_not_posted": (
        "Receipt {note} is not posted ({status_en}); a goods-receipt document is printed "
        "only for a posted receipt.",
        "Modtagelse {note} er ikke bogført ({status_da}); en varemodtagelse udskrives kun "
        "for en bogført modtagelse.",
    ),
    "consumption_empty": (
        "There is nothing to record: no doses were entered.",
        "Der er intet at registrere: der er ikke indtastet nogen doser.",
    ),
    "consumption_site_unknown": (
        "Row {row}, {field}: site {site} is not known.",
        "Række {row}, {field}: stedet {site} kendes ikke.",
    ),
    "consumption_site_not_allowed": (
        "Row {row}, {field}: doses cannot be given at {site} ({why_en}).",
        "Række {row}, {field}: der kan ikke gives doser på {site} ({why_da}).",
    ),
    "consumption_lot_unknown": (
        "Row {row}, {field}: lot {lot} is not known.",
        "Række {row}, {field}: batch {lot} kendes ikke.",
    ),
    "consumption_lot_not_at_site": (
        "Row {row}, {field}: {site} has never held lot {batch} ({product}).",
        "Række {row}, {field}: {site} har aldrig haft batch {batch} ({product}).",
    ),
    "consumption_doses_invalid": (
        "Row {row}, {field}: doses given must be a whole number greater than zero (got {value}).",
        "Række {row}, {field}: givne doser skal være et helt tal større end nul (fik {value}).",
    ),
    "consumption_doses_too_large": (
        "Row {row}, {field}: {value} doses is more than the {max} one entry may carry.",
        "Række {row}, {field}: {value} doser er mere end de {max}, én post må have.",
    ),
    "consumption_target_group_unknown": (
        "Row {row}, {field}: target group {value!r} is not in the catalogue (use one of: {allowed}).",
        "Række {row}, {field}: målgruppen {value!r} findes ikke i kataloget (brug en af: {allowed}).",
    ),
    "consumption_day_in_future": (
        "Row {row}, {field}: {day} is in the future.",
        "Række {row}, {field}: {day} ligger i fremtiden.",
    ),
    "consumption_day_too_old": (
        "Row {row}, {field}: {day} is more than {days:day|days} ago; consumption can be recorded "
        "back to {earliest}.",
        "Række {row}, {field}: {day} er mere end {days:dag|dage} siden; forbrug kan registreres "
        "tilbage til {earliest}.",
    ),
    "consumption_lot_expired": (
        "Row {row}, {field}: lot {batch} ({product}) could be used until {use_by} and cannot "
        "have been given on {day}.",
        "Række {row}, {field}: batch {batch} ({product}) kunne anvendes til {use_by} og kan "
        "ikke være givet den {day}.",
    ),
    "consumption_held_stock": (
        "Row {row}, {field}: {site} is a quarantine location; held stock cannot be given.",
        "Række {row}, {field}: {site} er et karantænested; tilbageholdt lager kan ikke gives.",
    ),
    "consumption_over_stock": (
        "{site} holds {on_hand:dose|doses} of {batch} on {day}; {entered} were entered (row {rows}).",
        "{site} har {on_hand:dosis|doser} af {batch} den {day}; der er indtastet {entered} "
        "(række {rows}).",
    ),
    "sheet_unreadable": (
        "{file} cannot be read as a consumption sheet ({why}).",
        "{file} kan ikke læses som et forbrugsark ({why}).",
    ),
    "sheet_empty": (
        "{file} is empty: the first row must be the header ({columns}).",
        "{file} er tom: første række skal være overskrifterne ({columns}).",
    ),
    "sheet_no_rows": (
        "{file} has a header but no rows of consumption.",
        "{file} har overskrifter men ingen rækker med forbrug.",
    ),
    "sheet_column_missing": (
        "Row {row}: the column {column} is missing (found: {found}).",
        "Række {row}: kolonnen {column} mangler (fundet: {found}).",
    ),
    "sheet_value_required": (
        "Row {row}, {column}: must be filled in.",
        "Række {row}, {column}: skal udfyldes.",
    ),
    "sheet_not_a_date": (
        "Row {row}, {column}: {value!r} is not a date (dd-mm-yyyy).",
        "Række {row}, {column}: {value!r} er ikke en dato (dd-mm-åååå).",
    ),
    "sheet_not_a_whole_number": (
        "Row {row}, {column}: {value!r} is not a whole number.",
        "Række {row}, {column}: {value!r} er ikke et helt tal.",
    ),
    "sheet_column_twice": (
        "Row {row}: the column {column} appears more than once in the header ({found}).",
        "Række {row}: kolonnen {column} står mere end én gang i overskriften ({found}).",
    ),
    "sheet_quantity_too_large": (
        "Row {row}, {column}: {value} is more than {max}, the most one row may carry.",
        "Række {row}, {column}: {value} er mere end {max}, som er det meste én række må have.",
    ),
    "sheet_date_implausible": (
        "Row {row}, {column}: {value!r} is not a plausible date (from {earliest}).",
        "Række {row}, {column}: {value!r} er ikke en troværdig dato (fra {earliest}).",
    ),
    "sheet_product_unknown": (
        "Row {row}, {column}: item number {value} is not a product in the catalogue.",
        "Række {row}, {column}: varenummer {value} er ikke en vare i kataloget.",
    ),
    "sheet_batch_unknown": (
        "Row {row}, {column}: batch {value} of {product} is not known.",
        "Række {row}, {column}: batch {value} af {product} kendes ikke.",
    ),
    "note_file_unreadable": (
        "{file} cannot be read: {why}.",
        "{file} kan ikke læses: {why}.",
    ),
    "note_file_empty": (
        "{file} is empty.",
        "{file} er tom.",
    ),
    "note_file_type": (
        "{file} is not an .xlsx workbook or a CSV file ({kind}).",
        "{file} er hverken et .xlsx-regneark eller en CSV-fil ({kind}).",
    ),
    "note_file_xls": (
        "{file} is in the old Excel .xls format; save it as .xlsx or CSV.",
        "{file} er i det gamle Excel .xls-format; gem den som .xlsx eller CSV.",
    ),
    "file_too_large": (
        "{file} is {size} bytes; at most {max} bytes are read (a delivery note of 10,000 "
        "lines is about 1 MB).",
        "{file} fylder {size} byte; der læses højst {max} byte (en følgeseddel med 10.000 "
        "linjer fylder omkring 1 MB).",
    ),
    "file_too_many_rows": (
        "{file} has more than {max} rows; split it into smaller files.",
        "{file} har mere end {max} rækker; del den op i mindre filer.",
    ),
    "file_too_many_columns": (
        "{file}, row {row}: more than {max} columns; this is not the expected layout.",
        "{file}, række {row}: mere end {max} kolonner; det er ikke det forventede layout.",
    ),
    "value_digits_not_ascii": (
        "row {row}, {column}: {value!r} is written with digits other than 0-9; retype it "
        "with 0-9.",
        "række {row}, {column}: {value!r} er skrevet med andre cifre end 0-9; skriv det "
        "igen med 0-9.",
    ),
    "csv_quote_unclosed": (
        "{file}, row {row}: a quote (\") opened in this row is never closed, so the rest of "
        "the file would run into one value; nothing was read.",
        "{file}, række {row}: et anførselstegn (\") i denne række lukkes aldrig, så resten "
        "af filen ville løbe ind i én værdi; intet er læst.",
    ),
    "csv_bad_quote": (
        "{file}, row {row}: a quoted value is followed by more text before the separator; "
        "a quote (\") is misplaced; nothing was read.",
        "{file}, række {row}: en værdi i anførselstegn efterfølges af mere tekst før "
        "skilletegnet; et anførselstegn (\") står forkert; intet er læst.",
    ),
    "csv_field_too_large": (
        "{file}, row {row}: a value is longer than {max} characters; nothing was read.",
        "{file}, række {row}: en værdi er længere end {max} tegn; intet er læst.",
    ),
    "csv_field_count": (
        "{file}, row {row}: {found} fields where the header (row {header_row}) has "
        "{expected}; a separator or a quote (\") in the row is wrong, so the whole file is "
        "refused.",
        "{file}, række {row}: {found} felter, hvor overskriften (række {header_row}) har "
        "{expected}; et skilletegn eller anførselstegn (\") i rækken er forkert, så hele "
        "filen afvises.",
    ),
    "csv_value_spans_lines": (
        "{file}, row {row}, {column}: the value runs over {lines} lines{and_sep_en}; a quote "
        "(\") is probably not closed, so the whole file is refused.",
        "{file}, række {row}, {column}: værdien løber over {lines} linjer{and_sep_da}; et "
        "anførselstegn (\") er nok ikke lukket, så hele filen afvises.",
    ),
    "xlsx_hidden_row": (
        "{file}, sheet {sheet!r}: row {row} is hidden; show every row (or delete the hidden "
        "ones) so that what is imported is what you see.",
        "{file}, ark {sheet!r}: række {row} er skjult; vis alle rækker (eller slet de skjulte), "
        "så det, der importeres, er det, du ser.",
    ),
    "xlsx_hidden_column": (
        "{file}, sheet {sheet!r}: the column {column} (row {row}) is hidden; show it so that "
        "what is imported is what you see.",
        "{file}, ark {sheet!r}: kolonnen {column} (række {row}) er skjult; vis den, så det, "
        "der importeres, er det, du ser.",
    ),
    "xlsx_hidden_sheet": (
        "{file}: the sheet {sheet!r} that would be read is hidden; show it (or move the data "
        "to a visible sheet).",
        "{file}: arket {sheet!r}, der ville blive læst, er skjult; vis det (eller flyt "
        "dataene til et synligt ark).",
    ),
    "note_no_header": (
        "{file}: no header row with the delivery note columns ({columns}) was found.",
        "{file}: der er ingen overskriftsrække med følgesedlens kolonner ({columns}).",
    ),
    "note_sheet_no_header": (
        "{file}, sheet {sheet!r}: no header row with the delivery note columns ({columns}); "
        "the note must be the first sheet or a sheet named Følgeseddel (sheets: {sheets}).",
        "{file}, ark {sheet!r}: ingen overskriftsrække med følgesedlens kolonner ({columns}); "
        "følgesedlen skal være det første ark eller et ark med navnet Følgeseddel "
        "(ark: {sheets}).",
    ),
    "note_column_missing": (
        "row {row}: the required column {column} is missing from the header.",
        "række {row}: den krævede kolonne {column} mangler i overskriften.",
    ),
    "note_column_twice": (
        "row {row}: the column {column} appears more than once in the header.",
        "række {row}: kolonnen {column} står mere end én gang i overskriften.",
    ),
    "note_no_rows": (
        "{file} has a header (row {row}) but no lines.",
        "{file} har en overskrift (række {row}), men ingen linjer.",
    ),
    "note_value_missing": (
        "row {row}, {column}: must be filled in.",
        "række {row}, {column}: skal udfyldes.",
    ),
    "note_not_a_date": (
        "row {row}, {column}: {value!r} is not a date (dd-mm-yyyy or yyyy-mm-dd).",
        "række {row}, {column}: {value!r} er ikke en dato (dd-mm-åååå eller åååå-mm-dd).",
    ),
    "note_not_a_whole_number": (
        "row {row}, {column}: {value!r} is not a whole number.",
        "række {row}, {column}: {value!r} er ikke et helt tal.",
    ),
    "note_not_positive": (
        "row {row}, {column}: {value!r} must be greater than zero.",
        "række {row}, {column}: {value!r} skal være større end nul.",
    ),
    "note_quantity_too_large": (
        "row {row}, {column}: {value} is more than {max}, the most one line may carry.",
        "række {row}, {column}: {value} er mere end {max}, som er det meste én linje må have.",
    ),
    "note_date_implausible": (
        "row {row}, {column}: {value!r} is not plausible; it must be between {earliest} "
        "and {latest}.",
        "række {row}, {column}: {value!r} er ikke troværdig; den skal ligge mellem {earliest} "
        "og {latest}.",
    ),
    "note_gtin_invalid": (
        "row {row}, {column}: {value!r} is not a GTIN (14 digits).",
        "række {row}, {column}: {value!r} er ikke et GTIN (14 cifre).",
    ),
    "note_gtin_check_digit": (
        "row {row}, {column}: {value!r} has a wrong check digit (it should be {expected}).",
        "række {row}, {column}: {value!r} har forkert kontrolciffer (det skal være {expected}).",
    ),
    "note_batch_invalid": (
        "row {row}, {column}: {value!r} is not a batch number (1 to 20 letters, digits and -./_).",
        "række {row}, {column}: {value!r} er ikke et batchnummer (1 til 20 bogstaver, tal og -./_).",
    ),
    "note_storage_unknown": (
        "row {row}, {column}: {value!r} is not a storage condition (-90/-60, -25/-15 or 2-8 °C).",
        "række {row}, {column}: {value!r} er ikke en opbevaring (-90/-60, -25/-15 eller 2-8 °C).",
    ),
    "note_value_too_long": (
        "row {row}, {column}: {value!r} is longer than {max} characters.",
        "række {row}, {column}: {value!r} er længere end {max} tegn.",
    ),
    "note_value_differs": (
        "row {row}, {column}: {value!r} differs from {expected!r} in row {first_row}; "
        "every row of a delivery note must carry the same {column}.",
        "række {row}, {column}: {value!r} afviger fra {expected!r} i række {first_row}; "
        "alle rækker på en følgeseddel skal have samme {column}.",
    ),
    "note_product_unknown": (
        "row {row}, {column}: {value!r} is not a known product (item number or GTIN).",
        "række {row}, {column}: {value!r} er ikke en kendt vare (varenummer eller GTIN).",
    ),
    "note_gtin_mismatch": (
        "row {row}, {column}: {value} is not the GTIN of item {varenummer} ({product}), "
        "which is {expected}.",
        "række {row}, {column}: {value} er ikke GTIN for vare {varenummer} ({product}), "
        "som har {expected}.",
    ),
    "note_product_inactive": (
        "row {row}, {column}: {product} is no longer in use.",
        "række {row}, {column}: {product} er ikke længere i brug.",
    ),
    "note_doses_per_pack_mismatch": (
        "row {row}, {column}: {value} doses per pack, but {product} has {expected} in the "
        "catalogue.",
        "række {row}, {column}: {value} doser pr. pakning, men {product} har {expected} i "
        "kataloget.",
    ),
    "note_not_a_frozen_product": (
        "row {row}, {column}: {product} is not stored frozen, so it cannot arrive at {value}.",
        "række {row}, {column}: {product} opbevares ikke frosset og kan ikke ankomme ved {value}.",
    ),
    "note_lot_repeated": (
        "rows {first_row} and {row}: lot {batch} of {product} is listed twice with a different "
        "{columns}; the same lot may be listed twice only when all but the quantity agrees.",
        "række {first_row} og {row}: batch {batch} af {product} står to gange med forskellig "
        "{columns}; samme batch må kun stå to gange, når alt andet end antallet er ens.",
    ),
    "note_lot_expiry_mismatch": (
        "row {row}, {column}: lot {batch} of {product} is already known with expiry {known}, "
        "not {given}.",
        "række {row}, {column}: batch {batch} af {product} kendes allerede med udløb {known}, "
        "ikke {given}.",
    ),
    "note_lot_expired": (
        "row {row}, {column}: lot {batch} ({product}) could be used until {use_by}; an expired "
        "lot cannot be received on {when}.",
        "række {row}, {column}: batch {batch} ({product}) kunne anvendes til {use_by}; en "
        "udløbet batch kan ikke modtages den {when}.",
    ),
    "note_short_dated": (
        "row {row}, {column}: lot {batch} ({product}) expires {expiry}, in {days:day|days}; less "
        "than the {minimum:day|days} required.",
        "række {row}, {column}: batch {batch} ({product}) udløber {expiry}, om {days:dag|dage}; "
        "mindre end de krævede {minimum:dag|dage}.",
    ),
    "note_delivery_in_future": (
        "row {row}, {column}: {value!r} is in the future.",
        "række {row}, {column}: {value!r} ligger i fremtiden.",
    ),
    "note_confirm_short_dated": (
        "Nothing was received: {count:short-dated lot needs|short-dated lots need} confirmation; rerun with "
        "--confirm-short-dated to receive them.",
        "Intet er modtaget: {count:kortdateret batch skal|kortdaterede batcher skal} bekræftes; kør igen med "
        "--confirm-short-dated for at modtage dem.",
    ),
    "period_invalid": (
        "{period!r} is not a month; write it as YYYY-MM, e.g. 2026-10.",
        "{period!r} er ikke en måned; skriv den som ÅÅÅÅ-MM, fx 2026-10.",
    ),
    "month_closed": (
        "{period} is closed: the report to SSI for it was marked as sent on {when} by {by}. "
        "Give a reason to post into the closed month anyway.",
        "{period} er lukket: indberetningen til SSI for måneden blev markeret som sendt "
        "{when} af {by}. Angiv en begrundelse for alligevel at bogføre i den lukkede måned.",
    ),
    "month_not_ended": (
        "{period} has not ended (today is {today}), so it cannot be marked as sent to SSI: "
        "that would close the month while doses are still being given. The workbook made "
        "now is provisional; mark the month as sent from {first} on.",
        "{period} er ikke slut (i dag er {today}), så den kan ikke markeres som sendt til SSI: "
        "det ville lukke måneden, mens der stadig gives doser. Projektmappen dannet nu er "
        "foreløbig; markér måneden som sendt fra {first}.",
    ),
    "report_not_sent": (
        "No report for {period} has been marked as sent.",
        "Der er ikke markeret nogen indberetning for {period} som sendt.",
    ),
    "report_file_mismatch": (
        "{file} is not the SSI report for {period} ({why}).",
        "{file} er ikke indberetningen til SSI for {period} ({why}).",
    ),
    "wastage_group_unknown": (
        "Wastage cannot be grouped by {group_by}; choose one of {choices}.",
        "Spild kan ikke grupperes efter {group_by}; vælg en af {choices}.",
    ),
    "date_range_invalid": (
        "The period ends ({end}) before it starts ({start}).",
        "Perioden slutter ({end}) før den begynder ({start}).",
    ),
    "expiry_days_invalid": (
        "The number of days must be zero or more (got {days}).",
        "Antallet af dage skal være nul eller mere (fik {days}).",
    ),
    "expiry_windows_invalid": (
        "Expiry windows must be 1 to {most} different whole numbers of days from 1 to {longest} "
        "(got {windows}).",
        "Udløbsvinduer skal være 1 til {most} forskellige hele antal dage fra 1 til {longest} "
        "(fik {windows}).",
    ),
    "distribution_sites_required": (
        "Choose at least one site for the round.",
        "Vælg mindst ét sted til runden.",
    ),
    "distribution_site_not_allowed": (
        "{site} cannot get a distribution: {why_en}.",
        "{site} kan ikke få en udlevering: {why_da}.",
    ),
    "distribution_site_twice": (
        "Site {site} is named twice for the round.",
        "Stedet {site} er nævnt to gange i runden.",
    ),
    "distribution_mode_unknown": (
        "Dispatch mode {mode!r} is not known; choose direct or in_transit.",
        "Afsendelsesmåden {mode!r} kendes ikke; vælg direct eller in_transit.",
    ),
    "distribution_record_unknown": (
        "{what_en} {ident} does not exist.",
        "{what_da} {ident} findes ikke.",
    ),
    "distribution_not_draft": (
        "{what_en} {number} is {status}; only a draft can be changed.",
        "{what_da} {number} er {status}; kun en kladde kan ændres.",
    ),
    "distribution_dispatched_reverse": (
        "{what_en} {number} has been dispatched and cannot be cancelled; reverse it instead.",
        "{what_da} {number} er sendt og kan ikke annulleres; tilbagefør den i stedet.",
    ),
    "distribution_not_dispatched": (
        "List {number} is {status}; only a dispatched list can be {action_en}.",
        "Listen {number} er {status}; kun en afsendt liste kan {action_da}.",
    ),
    "distribution_already_received": (
        "List {number} was received on {when}; it cannot be reversed: return the stock to the "
        "pharmacy instead.",
        "Listen {number} blev modtaget den {when}; den kan ikke tilbageføres: returnér lageret "
        "til apoteket i stedet.",
    ),
    "distribution_round_empty": (
        "Round {number} has nothing to send: no list has a line.",
        "Runden {number} har intet at sende: ingen liste har en linje.",
    ),
    "distribution_doses_invalid": (
        "{product} for {site}: {doses!r} is not a whole number of doses of zero or more.",
        "{product} til {site}: {doses!r} er ikke et helt antal doser på nul eller mere.",
    ),
    "distribution_override_reason_required": (
        "Choosing lot {batch} against first-expiry-first-out needs a reason.",
        "Valg af batch {batch} uden om først-udløbende-først-ud kræver en begrundelse.",
    ),
    "distribution_override_product": (
        "Lot {batch} is {other}, but the line is for {product}.",
        "Batch {batch} er {other}, men linjen er til {product}.",
    ),
    "distribution_lot_not_pickable": (
        "Lot {batch} ({product}) cannot be picked: {why_en}.",
        "Batch {batch} ({product}) kan ikke plukkes: {why_da}.",
    ),
    "distribution_lot_short": (
        "Only {free:dose|doses} of lot {batch} ({product}) {free:|is|are} free at {location}; "
        "{doses} are needed.",
        "Kun {free:dosis|doser} af batch {batch} ({product}) er ledige på {location}; der skal bruges "
        "{doses}.",
    ),
    "distribution_line_not_on_list": (
        "Line {line} is not on list {number}.",
        "Linje {line} er ikke på listen {number}.",
    ),
    "distribution_received_invalid": (
        "List {number}, line {line_no} ({batch}): {received!r} received is not a whole number "
        "from 0 to the {sent:dose|doses} sent.",
        "Listen {number}, linje {line_no} ({batch}): {received!r} modtaget er ikke et helt antal "
        "fra 0 til {sent:afsendt dosis|afsendte doser}.",
    ),
    "distribution_discrepancy_reason_required": (
        "List {number}, line {line_no} ({batch}): {short:dose|doses} fewer than sent were received; "
        "say why.",
        "Listen {number}, linje {line_no} ({batch}): der blev modtaget {short:dosis|doser} færre end "
        "sendt; angiv hvorfor.",
    ),
    "distribution_visit_mobile_only": (
        "Visits belong to mobile units; {site} is a {kind}.",
        "Besøg hører til mobile enheder; {site} er et {kind}.",
    ),
    "distribution_visit_before_round": (
        "A visit on {visit} is before the round reaches the unit ({planned}).",
        "Et besøg den {visit} er før runden når frem til enheden ({planned}).",
    ),
    "distribution_reverse_note_required": (
        "Reversing list {number} needs a note saying why.",
        "Tilbageførsel af listen {number} kræver en bemærkning om hvorfor.",
    ),
    "round_file_problem": (
        "Round file row {row}: {why_en}.",
        "Rundefil række {row}: {why_da}.",
    ),
    "transfer_not_a_site": (
        "{location} is not a site of the region ({why_en}).",
        "{location} er ikke et sted i regionen ({why_da}).",
    ),
    "region_same": (
        "Region {region} is this pharmacy's own region; send to another region.",
        "Region {region} er apotekets egen region; send til en anden region.",
    ),
    "passport_wrong_region": (
        "The shipment file was sent to region {to_region}, not to this pharmacy's region {region}.",
        "Forsendelsesfilen er sendt til region {to_region}, ikke til apotekets region {region}.",
    ),
    "shipment_file_unreadable": (
        "The file cannot be read as a shipment file from another region: {why_en}.",
        "Filen kan ikke læses som en forsendelsesfil fra en anden region: {why_da}.",
    ),
    "shipment_field_invalid": (
        "Shipment file, field {field}: {why_en}. Nothing was received.",
        "Forsendelsesfilen, feltet {field}: {why_da}. Intet er modtaget.",
    ),
    "shipment_key_untrusted": (
        "The shipment file is signed with a key this pharmacy does not trust for region "
        "{region} (fingerprint {fingerprint}). Get region {region}'s public key from its "
        "pharmacy ('pharmacy-app keys show' there), compare the fingerprint with them by "
        "phone, and add it under Settings › Shipment keys (or 'pharmacy-app keys trust').",
        "Forsendelsesfilen er signeret med en nøgle, som apoteket ikke har godkendt for region "
        "{region} (fingeraftryk {fingerprint}). Få region {region}s offentlige nøgle fra dens "
        "apotek ('pharmacy-app keys show' dér), sammenlign fingeraftrykket med dem over "
        "telefonen, og tilføj den under Indstillinger › Forsendelsesnøgler (eller "
        "'pharmacy-app keys trust').",
    ),
    "shipment_signature_invalid": (
        "The shipment file's signature does not match its content (field signature): the file "
        "was changed after region {region}'s pharmacy signed it, or that pharmacy did not sign "
        "it. Nothing was received; ask the sending pharmacy for the original file.",
        "Forsendelsesfilens signatur passer ikke med indholdet (feltet signature): filen er "
        "ændret, efter at region {region}s apotek signerede den, eller det apotek har ikke "
        "signeret den. Intet er modtaget; bed det afsendende apotek om den oprindelige fil.",
    ),
    "shipment_already_received": (
        "Shipment {reference} from region {from_region} (shipment id {shipment_id}) was "
        "already received on {when} by {by}; it is received only once.",
        "Forsendelse {reference} fra region {from_region} (forsendelses-id {shipment_id}) blev "
        "allerede modtaget den {when} af {by}; den modtages kun én gang.",
    ),
    "shipment_key_invalid": (
        "That is not an Ed25519 public key: give the text or file that 'pharmacy-app keys show' "
        "gives at the other pharmacy (it starts with -----BEGIN PUBLIC KEY-----).",
        "Det er ikke en offentlig Ed25519-nøgle: angiv teksten eller filen, som 'pharmacy-app "
        "keys show' giver på det andet apotek (den begynder med -----BEGIN PUBLIC KEY-----).",
    ),
    "shipment_key_already_trusted": (
        "The key {fingerprint} is already trusted for region {region} (since {when}, added by {by}).",
        "Nøglen {fingerprint} er allerede godkendt for region {region} (siden {when}, tilføjet af {by}).",
    ),
    "shipment_key_other_region": (
        "The key {fingerprint} is already trusted for region {other}, so it cannot also stand "
        "for region {region}; revoke it there first if it was added by mistake.",
        "Nøglen {fingerprint} er allerede godkendt for region {other} og kan ikke også gælde "
        "for region {region}; tilbagekald den dér først, hvis den blev tilføjet ved en fejl.",
    ),
    "shipment_key_own_region": (
        "Region {region} is this pharmacy's own region: keys are trusted for the other regions.",
        "Region {region} er apotekets egen region: der godkendes nøgler for de andre regioner.",
    ),
    "shipment_key_unknown": (
        "No trusted key has the fingerprint {fingerprint}.",
        "Ingen godkendt nøgle har fingeraftrykket {fingerprint}.",
    ),
    "signing_key_unsafe": (
        "The pharmacy's signing key {path} can be read by other users of this computer; make "
        "it readable by its owner only (chmod 600) before sending shipments.",
        "Apotekets signeringsnøgle {path} kan læses af andre brugere på computeren; gør den "
        "læsbar kun for ejeren (chmod 600), før der sendes forsendelser.",
    ),
    "signing_key_unreadable": (
        "The pharmacy's signing key {path} cannot be read ({why}). Restore it from a backup; "
        "or move the file away to make a new key, which the other regions must then trust.",
        "Apotekets signeringsnøgle {path} kan ikke læses ({why}). Gendan den fra en "
        "sikkerhedskopi, eller flyt filen væk for at lave en ny nøgle, som de andre regioner "
        "så skal godkende.",
    ),
    "lot_recalled": (
        "Lot {batch} ({product}) is recalled ({reason}; {when}, by {by}): it cannot be "
        "{action_en}; it can only be returned to the pharmacy or discarded.",
        "Batch {batch} ({product}) er tilbagekaldt ({reason}; {when}, af {by}): den kan ikke "
        "{action_da}; den kan kun returneres til apoteket eller kasseres.",
    ),
    "lot_already_recalled": (
        "Lot {batch} ({product}) was already recalled on {when} by {by}.",
        "Batch {batch} ({product}) blev allerede tilbagekaldt {when} af {by}.",
    ),
    "lot_not_recalled": (
        "Lot {batch} ({product}) is not recalled.",
        "Batch {batch} ({product}) er ikke tilbagekaldt.",
    ),
    "recall_reason_required": (
        "A recall needs a reason (e.g. the manufacturer's or SSI's recall notice).",
        "En tilbagekaldelse kræver en begrundelse (fx producentens eller SSI's meddelelse).",
    ),
    "recall_batch_unknown": (
        "Batch {batch} of {product} is not known.",
        "Batch {batch} af {product} kendes ikke.",
    ),
    "open_vial_too_many": (
        "A vial of {product} holds {per_unit:dose|doses}; {doses} were entered as left in an "
        "opened vial.",
        "Et hætteglas {product} indeholder {per_unit:dosis|doser}; der er indtastet {doses} som "
        "rest i et anbrudt hætteglas.",
    ),
    "discard_not_whole_units": (
        "Waste for \"{reason_en}\" is recorded in whole {unit_en}s: {doses} doses of {product} "
        "is not a whole number of {unit_en}s ({per_unit} doses per {unit_en}). Enter a multiple "
        "of {per_unit} doses; only the doses left in an opened vial ({open_vial}) may be part of one.",
        "Kassation med årsagen \"{reason_da}\" registreres i hele {unit_da}: {doses} doser af "
        "{product} er ikke et helt antal {unit_da} ({per_unit} doser pr. {unit_da}). Angiv et "
        "multiplum af {per_unit} doser; kun resten i et anbrudt hætteglas ({open_vial}) må være "
        "en del af et.",
    ),
    "open_vial_at_pharmacy": (
        "{location} is a pharmacy, which never opens vials; choose another reason.",
        "{location} er et apotek, som aldrig anbryder hætteglas; vælg en anden årsag.",
    ),
    "discard_not_expired": (
        "Lot {batch} ({product}) at {location} can be used until {use_by}; it is not expired.",
        "Batch {batch} ({product}) på {location} kan anvendes til {use_by}; den er ikke udløbet.",
    ),
    "discard_not_held": (
        "{location} no longer holds lot {batch} ({product}).",
        "{location} har ikke længere batch {batch} ({product}).",
    ),
    "rebalance_other_region": (
        "The {doses:dose|doses} of lot {batch} ({product}) at {location} cannot be used in time "
        "anywhere in the region; send them to another region instead (Send to another region…).",
        "{doses:dosis|doser} af batch {batch} ({product}) på {location} kan ikke nå at blive brugt "
        "nogen steder i regionen; send dem til en anden region i stedet (Send til en anden region…).",
    ),
    "rebalance_stale": (
        "The proposal no longer holds: {location} now has {on_hand:dose|doses} of lot {batch} "
        "({product}), {at_risk} of them at risk; {doses} were to be moved.",
        "Forslaget holder ikke længere: {location} har nu {on_hand:dosis|doser} af batch {batch} "
        "({product}), heraf {at_risk} i risiko; der skulle flyttes {doses}.",
    ),
    "distribution_print_nothing": (
        "Round {number} has no distribution list with picked lines to print{which_en}.",
        "Runden {number} har ingen distributionsliste med plukkede linjer at udskrive{which_da}.",
    ),
    "distribution_print_list_not_in_round": (
        "List {list} is not part of round {number}; nothing was printed.",
        "Listen {list} hører ikke til runden {number}; intet er udskrevet.",
    ),
    "distribution_date_past": (
        "A round cannot be planned for {planned}: that is before today ({today}).",
        "En runde kan ikke planlægges til {planned}: det er før i dag ({today}).",
    ),
    "rebalance_not_other_region": (
        "The proposal to move lot {batch} ({product}) from {location} to {to} stays in the "
        "region; accept it as a transfer instead of sending it to another region.",
        "Forslaget om at flytte batch {batch} ({product}) fra {location} til {to} bliver i "
        "regionen; godkend det som en overflytning i stedet for at sende det til en anden region.",
    ),
    "region_unknown": (
        "Region {region} is not known.",
        "Regionen {region} kendes ikke.",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing a person must fix, e.g. ``Problem("insufficient_stock", {...})``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        return render(self, language)


# Parameters that are numbers but name something (a row, a line, an id): never grouped.
IDENTIFIERS = frozenset(
    {
        "row", "rows", "first_row", "line", "line_no", "movement", "lot", "list", "number",
        "receipt", "column", "visit", "ident", "db_rev", "serial", "scan", "region", "gtin",
        "varenummer", "year", "period",
    }
)  # fmt: skip


class _MessageFormatter(string.Formatter):
    """``str.format`` that writes quantities and dates as the language does: ``{doses}``
    is ``1.455`` in Danish, ``{doses:dosis|doser}`` the number with the noun that agrees
    with it (``1 dosis``, ``1.455 doser``; ``{doses:|is|are}`` the word alone), and a
    date ``31-03-2027`` / ``2027-03-31``."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        value = super().get_value(key, args, kwargs)
        if key in IDENTIFIERS and _is_int(value):
            return str(value)
        return value

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, _, many = format_spec.partition("|")
            word_only = not one  # "{n:|is|are}": the word that agrees, without the number
            if word_only:
                one, _, many = many.partition("|")
            if _is_int(value) or (isinstance(value, str) and value.lstrip("-").isdigit()):
                if word_only:
                    return one if abs(int(value)) == 1 else many
                return formats.count(int(value), one, many, self.language)
            return many if word_only else f"{value} {many}"
        if _is_int(value) and not format_spec:
            return formats.integer(value, self.language)
        if isinstance(value, date) and not format_spec:
            return formats.date_text(value, self.language)
        return super().format_field(value, format_spec)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def render(problem: Problem, language: str = "en") -> str:
    templates = MESSAGES.get(problem.code)
    if templates is None:
        return f"{problem.code}: {dict(problem.params)}"
    template = templates[1] if language == "da" else templates[0]
    try:
        return _MessageFormatter(language).vformat(template, (), problem.params)
    except (KeyError, IndexError):
        return f"{template} {dict(problem.params)}"


class DomainError(Exception):
    """An action was refused; nothing was written.  Carries every problem found."""

    def __init__(self, problems: Problem | Iterable[Problem]):
        self.problems: tuple[Problem, ...] = (
            (problems,) if isinstance(problems, Problem) else tuple(problems)
        )
        super().__init__("; ".join(render(p) for p in self.problems))

    @property
    def code(self) -> str:
        return self.problems[0].code

    def text(self, language: str = "en") -> str:
        return "\n".join(render(p, language) for p in self.problems)


def fail(code: str, **params: Any) -> DomainError:
    """Shorthand: ``raise fail("lot_unknown", lot=7)``."""
    return DomainError(Problem(code, params))
