"""The Danish text of every message (a data table).

Parameters are ``str.format`` fields; :mod:`.render` writes numbers and dates as the
language does, and ``{n:one|many}`` agrees a noun with the number ``n``.  Every
:class:`~.codes.Code` has a text here and in the other language (tests check both, and
that both use the same parameters).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.catalogue_da_audit import TEXTS as AUDIT_TEXTS
from pharmacy_app.domain.messages.catalogue_da_backup import TEXTS as BACKUP_TEXTS
from pharmacy_app.domain.messages.catalogue_da_counts import TEXTS as COUNT_TEXTS
from pharmacy_app.domain.messages.catalogue_da_excursions import TEXTS as EXCURSION_TEXTS
from pharmacy_app.domain.messages.catalogue_da_national import TEXTS as NATIONAL_TEXTS
from pharmacy_app.domain.messages.catalogue_da_planning import TEXTS as PLANNING_TEXTS
from pharmacy_app.domain.messages.catalogue_da_shared import TEXTS as SHARED_TEXTS
from pharmacy_app.domain.messages.catalogue_da_simulation import TEXTS as SIMULATION_TEXTS
from pharmacy_app.domain.messages.catalogue_da_storage import TEXTS as STORAGE_TEXTS
from pharmacy_app.domain.messages.catalogue_da_targets import TEXTS as TARGET_TEXTS
from pharmacy_app.domain.messages.catalogue_da_thaw import TEXTS as THAW_TEXTS
from pharmacy_app.domain.messages.catalogue_da_use_basis import TEXTS as USE_BASIS_TEXTS
from pharmacy_app.domain.messages.catalogue_da_users import TEXTS as USER_TEXTS
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
        "Antallet skal være et helt antal doser større end nul (fik {doses})."
    ),
    Code.QUANTITY_NOT_WHOLE_UNITS: (
        "{doses:dosis|doser} er ikke et helt antal {unit} af {product} "
        "({per_unit:dosis|doser} pr. {unit}); apoteket flytter hele {unit}."
    ),
    Code.QUANTITY_TOO_LARGE: (
        "{doses} doser er mere end de {max} doser, én bevægelse må flytte; et så stort antal "
        "er en taste- eller filfejl."
    ),
    Code.PACKS_TOO_LARGE: (
        "{packs} pakninger er mere end de {max} pakninger, én linje må have."
    ),
    Code.BALANCE_TOO_LARGE: (
        "Med {doses} doser mere ville lageret af batch {batch} på {location} komme over "
        "{max} doser, som intet virkeligt lager når."
    ),
    Code.TEXT_TOO_LONG: (
        "{field} er {length} tegn lang; højst {max} er tilladt."
    ),
    Code.DATETIME_WITHOUT_ZONE: (
        "Programfejl: {field} ({value}) har ingen tidszone; tjenesterne tager tidspunkter "
        "med tidszone (App.now(), domain.localtime.at_local)."
    ),
    Code.INSUFFICIENT_STOCK: (
        "Der er kun {on_hand:dosis|doser} af batch {batch} ({product}) på {location}; "
        "der blev bedt om {requested}."
    ),
    Code.BALANCE_WOULD_GO_NEGATIVE: (
        "Tilbagedateret til {occurred} ville {location} have {balance:dosis|doser} af batch {batch} "
        "den {when}; lageret må aldrig blive negativt."
    ),
    Code.LOT_UNKNOWN: (
        "Batch {lot} kendes ikke."
    ),
    Code.LOT_EXPIRED: (
        "Batch {batch} ({product}) kunne anvendes til {use_by} og kan ikke {action} den {when}."
    ),
    Code.LOCATION_UNKNOWN: (
        "Stedet {location} kendes ikke."
    ),
    Code.LOCATION_INACTIVE: (
        "Stedet {location} er ikke længere i brug."
    ),
    Code.LOCATION_NOT_ALLOWED: (
        "{action} er ikke muligt på {location} ({kind})."
    ),
    Code.SAME_LOCATION: (
        "Fra og til er det samme sted ({location})."
    ),
    Code.PRODUCT_UNKNOWN: (
        "Varen {product} kendes ikke."
    ),
    Code.PRODUCT_INACTIVE: (
        "Varen {product} er ikke længere i brug."
    ),
    Code.PRODUCT_DOSES_PER_UNIT_LOCKED: (
        "{product}: doser pr. enhed ({unit}) kan ikke ændres fra {old} til {new}, mens "
        "der er {doses} doser af den på lager ({where}): det ville ændre, hvad hver enhed på "
        "hylden betyder. Opret i stedet en ny vare med det nye tal."
    ),
    Code.BATCH_INVALID: (
        "Batch '{batch}' skal være 1 til 20 tegn: bogstaver, tal og -./_."
    ),
    Code.LOT_EXPIRY_MISMATCH: (
        "Batch {batch} af {product} kendes allerede med udløb {known}, ikke {given}."
    ),
    Code.EXPIRY_IMPLAUSIBLE: (
        "Udløbsdatoen {expiry} for batch {batch} ({product}) er ikke troværdig: den skal "
        "ligge mellem {earliest} og {latest}."
    ),
    Code.OCCURRED_IN_FUTURE: (
        "Tidspunktet {occurred} ligger i fremtiden."
    ),
    Code.BACKDATE_OUTSIDE_WINDOW: (
        "{occurred} er mere end {days:dag|dage} siden; der kan tilbagedateres {days:dag|dage}."
    ),
    Code.REASON_REQUIRED: (
        "En kassation kræver en årsag."
    ),
    Code.REASON_UNKNOWN: (
        "Årsagskoden {reason} kendes ikke."
    ),
    Code.COMMENT_REQUIRED: (
        "Årsagen “{reason_name}” ({reason}) kræver en bemærkning om, hvad der skete."
    ),
    Code.MOVEMENT_UNKNOWN: (
        "Bevægelse {movement} findes ikke."
    ),
    Code.ALREADY_REVERSED: (
        "Bevægelse {movement} er allerede tilbageført (af {by})."
    ),
    Code.CANNOT_REVERSE_REVERSAL: (
        "Bevægelse {movement} er selv en tilbageførsel; bogfør bevægelsen igen i stedet."
    ),
    Code.CANNOT_REVERSE_THAW: (
        "Bevægelse {movement} er en del af en optøning, som ikke kan tilbageføres: optøet lager "
        "nedfryses aldrig igen, og den kortere holdbarhed er den sikre side."
    ),
    Code.REVERSAL_REASON_REQUIRED: (
        "Tilbageførsel af bevægelse {movement} kræver en begrundelse (fx forkert sted eller antal)."
    ),
    Code.VALUE_REQUIRED: (
        "{field} skal udfyldes."
    ),
    Code.VALUE_INVALID: (
        "{field}: {value!r} er ikke gyldig ({why})."
    ),
    Code.CODE_TAKEN: (
        "{field} {value} bruges allerede af en anden post."
    ),
    Code.SHORT_NAME_TAKEN: (
        "Det korte navn \"{value}\" bruges allerede af {other}; giv hver vare sit eget korte navn."
    ),
    Code.DATABASE_EMPTY_REQUIRED: (
        "Databasen indeholder allerede {movements:bevægelse|bevægelser}; demodata kræver en tom database."
    ),
    Code.SCHEMA_NEWER: (
        "Databasen er lavet af en nyere version af programmet (skema {db_rev}); "
        "installér den nyere version for at bruge den."
    ),
    Code.DATABASE_SETUP_BUSY: (
        "En anden arbejdsstation har været i gang med at klargøre databasen i mere end "
        "{seconds} sekunder; prøv igen om lidt, eller spørg den, der kører den."
    ),
    Code.HOME_PHARMACY_UNSET: (
        "Der er endnu ikke valgt et sygehusapotek for installationen. Vælg det apotek, "
        "installationen arbejder for (Indstillinger, Generelt, Eget sygehusapotek); indtil da "
        "kan intet modtages, distribueres eller indberettes."
    ),
    Code.SCAN_EMPTY: (
        "Scanningen var tom."
    ),
    Code.SCAN_UNREADABLE: (
        "Scanningen {scan} er ikke en GS1-pakningskode; intet er tilføjet."
    ),
    Code.SCAN_FIELD_INVALID: (
        "Scanningen {scan} kan ikke læses: feltet {field} ({ai}) har værdien “{value}”, "
        "som ikke er gyldig. Intet er tilføjet; scan igen eller indtast linjen."
    ),
    Code.SCAN_LEFT_OVER: (
        "Scanningen {scan} kan ikke læses: efter {read} kommer “{value}”, som ikke hører "
        "til en GS1-pakningskode. Intet er tilføjet; scan igen eller indtast linjen."
    ),
    Code.SCAN_FIELD_TWICE: (
        "Scanningen {scan} har feltet {field} ({ai}) to gange med forskellige værdier. "
        "Intet er tilføjet; indtast linjen."
    ),
    Code.SCAN_INTERRUPTED: (
        "En scanning blev afbrudt af en anden tast efter “{scan}”; intet er tilføjet. "
        "Scan pakningen igen."
    ),
    Code.SCAN_TOO_LONG: (
        "En scanning var længere end {limit} tegn og er derfor ikke en pakningskode; "
        "intet er tilføjet."
    ),
    Code.SCAN_BAD_GTIN: (
        "GTIN {gtin} har forkert kontrolciffer; scan igen eller indtast linjen."
    ),
    Code.SCAN_MISSING: (
        "Scanningen {scan} mangler {missing}; indtast linjen i stedet."
    ),
    Code.SCAN_BATCH_IMPLAUSIBLE: (
        "Scanningen {scan} giver batch {batch}, som indeholder serienummerets kode 21, mens "
        "der ikke blev læst noget serienummer: scanneren sender ingen gruppeseparator efter "
        "batchen. Indstil scanneren til at sende en (eller |), eller indtast linjen."
    ),
    Code.SCAN_UNKNOWN_GTIN: (
        "GTIN {gtin} er ikke en vare i kataloget."
    ),
    Code.SCAN_DUPLICATE_SERIAL: (
        "Denne pakning (serienummer {serial}) er allerede scannet på følgeseddel {note}."
    ),
    Code.NOTE_ALREADY_RECEIVED: (
        "Følgeseddel {note} er allerede modtaget {when} af {by}."
    ),
    Code.NOTE_NUMBER_INVALID: (
        "Følgeseddelnummeret skal være 1 til 40 tegn."
    ),
    Code.RECEIPT_NOT_DRAFT: (
        "Modtagelse {note} er {status} og kan ikke længere ændres."
    ),
    Code.RECEIPT_UNKNOWN: (
        "Modtagelse {receipt} findes ikke."
    ),
    Code.RECEIPT_EMPTY: (
        "Modtagelse {note} har ingen linjer."
    ),
    Code.LINE_UNKNOWN: (
        "Linje {line} findes ikke."
    ),
    Code.SHORT_DATED: (
        "Batch {batch} ({product}) udløber {expiry}, om {days:dag|dage}; mindre end de "
        "krævede {minimum:dag|dage}. Bekræft for at modtage den alligevel."
    ),
    Code.NOT_A_FROZEN_PRODUCT: (
        "{product} opbevares ikke frosset; den kan ikke modtages frosset eller optøs."
    ),
    Code.ALREADY_THAWED: (
        "Batch {batch} er allerede optøet ({thawed_on}); optøet lager kan ikke genfryses "
        "eller optøs igen."
    ),
    Code.CONDITION_UNKNOWN: (
        "Opbevaringen {condition!r} kendes ikke (brug frost eller 2-8 °C)."
    ),
    Code.HELD_STOCK: (
        "Batch {batch} på {location} er tilbageholdt i karantæne; en farmaceut skal frigive "
        "den først."
    ),
    Code.NOT_QUARANTINE: (
        "{location} er ikke et karantænested."
    ),
    Code.HOLD_REASON_REQUIRED: (
        "Tilbageholdt lager kræver en begrundelse (fx temperaturalarm, beskadiget kasse)."
    ),
    Code.RECEIPT_NOT_POSTED: (
        "Modtagelse {note} er ikke bogført ({status}); en varemodtagelse udskrives kun "
        "for en bogført modtagelse."
    ),
    Code.CONSUMPTION_EMPTY: (
        "Der er intet at registrere: der er ikke indtastet nogen doser."
    ),
    Code.CONSUMPTION_SITE_UNKNOWN: (
        "Række {row}, {field}: stedet {site} kendes ikke."
    ),
    Code.CONSUMPTION_SITE_NOT_ALLOWED: (
        "Række {row}, {field}: der kan ikke gives doser på {site} ({why})."
    ),
    Code.CONSUMPTION_LOT_UNKNOWN: (
        "Række {row}, {field}: batch {lot} kendes ikke."
    ),
    Code.CONSUMPTION_LOT_NOT_AT_SITE: (
        "Række {row}, {field}: {site} har aldrig haft batch {batch} ({product})."
    ),
    Code.CONSUMPTION_DOSES_INVALID: (
        "Række {row}, {field}: givne doser skal være et helt tal større end nul (fik {value})."
    ),
    Code.CONSUMPTION_DOSES_TOO_LARGE: (
        "Række {row}, {field}: {value} doser er mere end de {max}, én post må have."
    ),
    Code.CONSUMPTION_TARGET_GROUP_UNKNOWN: (
        "Række {row}, {field}: målgruppen {value!r} findes ikke i kataloget (brug en af: {allowed})."
    ),
    Code.CONSUMPTION_DAY_IN_FUTURE: (
        "Række {row}, {field}: {day} ligger i fremtiden."
    ),
    Code.CONSUMPTION_DAY_TOO_OLD: (
        "Række {row}, {field}: {day} er mere end {days:dag|dage} siden; forbrug kan registreres "
        "tilbage til {earliest}."
    ),
    Code.CONSUMPTION_LOT_EXPIRED: (
        "Række {row}, {field}: batch {batch} ({product}) kunne anvendes til {use_by} og kan "
        "ikke være givet den {day}."
    ),
    Code.CONSUMPTION_HELD_STOCK: (
        "Række {row}, {field}: {site} er et karantænested; tilbageholdt lager kan ikke gives."
    ),
    Code.CONSUMPTION_OVER_STOCK: (
        "{site} har {on_hand:dosis|doser} af {batch} den {day}; der er indtastet {entered} "
        "(række {rows})."
    ),
    Code.CORRECTION_REASON_REQUIRED: (
        "Rettelse af de givne doser på {site} den {day} kræver en begrundelse (fx tastet i forkert række)."
    ),
    Code.CORRECTION_DOSES_INVALID: (
        "Det rettede tal skal være et helt antal doser fra 0 til {max} (fik {value})."
    ),
    Code.CORRECTION_NOTHING_SAVED: (
        "Der er ikke gemt doser af batch {batch} for {site} den {day}; indtast dem i ugeskemaet i stedet."
    ),
    Code.CORRECTION_UNCHANGED: (
        "Der er allerede gemt {doses:dosis|doser} af batch {batch} på {site} den {day}; intet at rette."
    ),
    Code.CORRECTION_OVER_STOCK: (
        "{site} kunne højst give {on_hand:dosis|doser} af batch {batch} den {day}, uden at lageret "
        "blev negativt da eller senere; det rettede tal {entered} er for højt."
    ),
    Code.CORRECTION_PRODUCT_NOT_SAVED: (
        "Der er ikke gemt doser af varenr. {varenummer}{batch} for {site} den {day}; intet at rette."
    ),
    Code.CORRECTION_BATCH_NEEDED: (
        "Der er gemt doser af flere batcher af varenr. {varenummer} for {site} den {day} ({batches}); "
        "angiv hvilken batch der skal rettes."
    ),
    Code.SHEET_UNREADABLE: (
        "{file} kan ikke læses som et forbrugsark ({why})."
    ),
    Code.SHEET_EMPTY: (
        "{file} er tom: første række skal være overskrifterne ({columns})."
    ),
    Code.SHEET_NO_ROWS: (
        "{file} har overskrifter men ingen rækker med forbrug."
    ),
    Code.SHEET_COLUMN_MISSING: (
        "Række {row}: kolonnen {column} mangler (fundet: {found})."
    ),
    Code.SHEET_VALUE_REQUIRED: (
        "Række {row}, {column}: skal udfyldes."
    ),
    Code.SHEET_NOT_A_DATE: (
        "Række {row}, {column}: {value!r} er ikke en dato (dd-mm-åååå)."
    ),
    Code.SHEET_NOT_A_WHOLE_NUMBER: (
        "Række {row}, {column}: {value!r} er ikke et helt tal."
    ),
    Code.SHEET_COLUMN_TWICE: (
        "Række {row}: kolonnen {column} står mere end én gang i overskriften ({found})."
    ),
    Code.SHEET_QUANTITY_TOO_LARGE: (
        "Række {row}, {column}: {value} er mere end {max}, som er det meste én række må have."
    ),
    Code.SHEET_DATE_IMPLAUSIBLE: (
        "Række {row}, {column}: {value!r} er ikke en troværdig dato (fra {earliest})."
    ),
    Code.SHEET_PRODUCT_UNKNOWN: (
        "Række {row}, {column}: varenummer {value} er ikke en vare i kataloget."
    ),
    Code.SHEET_BATCH_UNKNOWN: (
        "Række {row}, {column}: batch {value} af {product} kendes ikke."
    ),
    Code.NOTE_FILE_UNREADABLE: (
        "{file} kan ikke læses: {why}."
    ),
    Code.NOTE_FILE_EMPTY: (
        "{file} er tom."
    ),
    Code.NOTE_FILE_TYPE: (
        "{file} er hverken et .xlsx-regneark eller en CSV-fil ({kind})."
    ),
    Code.NOTE_FILE_XLS: (
        "{file} er i det gamle Excel .xls-format; gem den som .xlsx eller CSV."
    ),
    Code.FILE_TOO_LARGE: (
        "{file} fylder {size} byte; der læses højst {max} byte (en følgeseddel med 10.000 "
        "linjer fylder omkring 1 MB)."
    ),
    Code.FILE_TOO_MANY_ROWS: (
        "{file} har mere end {max} rækker; del den op i mindre filer."
    ),
    Code.FILE_TOO_MANY_COLUMNS: (
        "{file}, række {row}: mere end {max} kolonner; det er ikke det forventede layout."
    ),
    Code.VALUE_DIGITS_NOT_ASCII: (
        "række {row}, {column}: {value!r} er skrevet med andre cifre end 0-9; skriv det "
        "igen med 0-9."
    ),
    Code.CSV_QUOTE_UNCLOSED: (
        "{file}, række {row}: et anførselstegn (\") i denne række lukkes aldrig, så resten "
        "af filen ville løbe ind i én værdi; intet er læst."
    ),
    Code.CSV_BAD_QUOTE: (
        "{file}, række {row}: en værdi i anførselstegn efterfølges af mere tekst før "
        "skilletegnet; et anførselstegn (\") står forkert; intet er læst."
    ),
    Code.CSV_FIELD_TOO_LARGE: (
        "{file}, række {row}: en værdi er længere end {max} tegn; intet er læst."
    ),
    Code.CSV_FIELD_COUNT: (
        "{file}, række {row}: {found} felter, hvor overskriften (række {header_row}) har "
        "{expected}; et skilletegn eller anførselstegn (\") i rækken er forkert, så hele "
        "filen afvises."
    ),
    Code.CSV_VALUE_SPANS_LINES: (
        "{file}, række {row}, {column}: værdien løber over {lines} linjer{and_sep}; et "
        "anførselstegn (\") er nok ikke lukket, så hele filen afvises."
    ),
    Code.XLSX_HIDDEN_ROW: (
        "{file}, ark {sheet!r}: række {row} er skjult; vis alle rækker (eller slet de skjulte), "
        "så det, der importeres, er det, du ser."
    ),
    Code.XLSX_HIDDEN_COLUMN: (
        "{file}, ark {sheet!r}: kolonnen {column} (række {row}) er skjult; vis den, så det, "
        "der importeres, er det, du ser."
    ),
    Code.XLSX_HIDDEN_SHEET: (
        "{file}: arket {sheet!r}, der ville blive læst, er skjult; vis det (eller flyt "
        "dataene til et synligt ark)."
    ),
    Code.NOTE_NO_HEADER: (
        "{file}: der er ingen overskriftsrække med følgesedlens kolonner ({columns})."
    ),
    Code.NOTE_SHEET_NO_HEADER: (
        "{file}, ark {sheet!r}: ingen overskriftsrække med følgesedlens kolonner ({columns}); "
        "følgesedlen skal være det første ark eller et ark med navnet Følgeseddel "
        "(ark: {sheets})."
    ),
    Code.NOTE_COLUMN_MISSING: (
        "række {row}: den krævede kolonne {column} mangler i overskriften."
    ),
    Code.NOTE_COLUMN_TWICE: (
        "række {row}: kolonnen {column} står mere end én gang i overskriften."
    ),
    Code.NOTE_NO_ROWS: (
        "{file} har en overskrift (række {row}), men ingen linjer."
    ),
    Code.NOTE_VALUE_MISSING: (
        "række {row}, {column}: skal udfyldes."
    ),
    Code.NOTE_NOT_A_DATE: (
        "række {row}, {column}: {value!r} er ikke en dato (dd-mm-åååå eller åååå-mm-dd)."
    ),
    Code.NOTE_NOT_A_WHOLE_NUMBER: (
        "række {row}, {column}: {value!r} er ikke et helt tal."
    ),
    Code.NOTE_NOT_POSITIVE: (
        "række {row}, {column}: {value!r} skal være større end nul."
    ),
    Code.NOTE_QUANTITY_TOO_LARGE: (
        "række {row}, {column}: {value} er mere end {max}, som er det meste én linje må have."
    ),
    Code.NOTE_DATE_IMPLAUSIBLE: (
        "række {row}, {column}: {value!r} er ikke troværdig; den skal ligge mellem {earliest} "
        "og {latest}."
    ),
    Code.NOTE_GTIN_INVALID: (
        "række {row}, {column}: {value!r} er ikke et GTIN (14 cifre)."
    ),
    Code.NOTE_GTIN_CHECK_DIGIT: (
        "række {row}, {column}: {value!r} har forkert kontrolciffer (det skal være {expected})."
    ),
    Code.NOTE_BATCH_INVALID: (
        "række {row}, {column}: {value!r} er ikke et batchnummer (1 til 20 bogstaver, tal og -./_)."
    ),
    Code.NOTE_STORAGE_UNKNOWN: (
        "række {row}, {column}: {value!r} er ikke en opbevaring (-90/-60, -25/-15 eller 2-8 °C)."
    ),
    Code.NOTE_VALUE_TOO_LONG: (
        "række {row}, {column}: {value!r} er længere end {max} tegn."
    ),
    Code.NOTE_VALUE_DIFFERS: (
        "række {row}, {column}: {value!r} afviger fra {expected!r} i række {first_row}; "
        "alle rækker på en følgeseddel skal have samme {column}."
    ),
    Code.NOTE_PRODUCT_UNKNOWN: (
        "række {row}, {column}: {value!r} er ikke en kendt vare (varenummer eller GTIN)."
    ),
    Code.NOTE_GTIN_MISMATCH: (
        "række {row}, {column}: {value} er ikke GTIN for vare {varenummer} ({product}), "
        "som har {expected}."
    ),
    Code.NOTE_PRODUCT_INACTIVE: (
        "række {row}, {column}: {product} er ikke længere i brug."
    ),
    Code.NOTE_DOSES_PER_PACK_MISMATCH: (
        "række {row}, {column}: {value} doser pr. pakning, men {product} har {expected} i "
        "kataloget."
    ),
    Code.NOTE_NOT_A_FROZEN_PRODUCT: (
        "række {row}, {column}: {product} opbevares ikke frosset og kan ikke ankomme ved {value}."
    ),
    Code.NOTE_LOT_REPEATED: (
        "række {first_row} og {row}: batch {batch} af {product} står to gange med forskellig "
        "{columns}; samme batch må kun stå to gange, når alt andet end antallet er ens."
    ),
    Code.NOTE_LOT_EXPIRY_MISMATCH: (
        "række {row}, {column}: batch {batch} af {product} kendes allerede med udløb {known}, "
        "ikke {given}."
    ),
    Code.NOTE_LOT_EXPIRED: (
        "række {row}, {column}: batch {batch} ({product}) kunne anvendes til {use_by}; en "
        "udløbet batch kan ikke modtages den {when}."
    ),
    Code.NOTE_SHORT_DATED: (
        "række {row}, {column}: batch {batch} ({product}) udløber {expiry}, om {days:dag|dage}; "
        "mindre end de krævede {minimum:dag|dage}."
    ),
    Code.NOTE_DELIVERY_IN_FUTURE: (
        "række {row}, {column}: {value!r} ligger i fremtiden."
    ),
    Code.NOTE_CONFIRM_SHORT_DATED: (
        "Intet er modtaget: {count:kortdateret batch skal|kortdaterede batcher skal} bekræftes; kør igen med "
        "--confirm-short-dated for at modtage dem."
    ),
    Code.PERIOD_INVALID: (
        "{period!r} er ikke en måned; skriv den som ÅÅÅÅ-MM, fx 2026-10."
    ),
    Code.MONTH_CLOSED: (
        "{period} er lukket: indberetningen til SSI for måneden blev markeret som sendt "
        "{when} af {by}. Angiv en begrundelse for alligevel at bogføre i den lukkede måned."
    ),
    Code.MONTH_NOT_ENDED: (
        "{period} er ikke slut (i dag er {today}), så den kan ikke markeres som sendt til SSI: "
        "det ville lukke måneden, mens der stadig gives doser. Projektmappen dannet nu er "
        "foreløbig; markér måneden som sendt fra {first}."
    ),
    Code.REPORT_NOT_SENT: (
        "Der er ikke markeret nogen indberetning for {period} som sendt."
    ),
    Code.REPORT_FILE_MISMATCH: (
        "{file} er ikke indberetningen til SSI for {period} ({why})."
    ),
    Code.WASTAGE_GROUP_UNKNOWN: (
        "Spild kan ikke grupperes efter {group_by}; vælg en af {choices}."
    ),
    Code.DATE_RANGE_INVALID: (
        "Perioden slutter ({end}) før den begynder ({start})."
    ),
    Code.EXPIRY_DAYS_INVALID: (
        "Antallet af dage skal være nul eller mere (fik {days})."
    ),
    Code.EXPIRY_WINDOWS_INVALID: (
        "Udløbsvinduer skal være 1 til {most} forskellige hele antal dage fra 1 til {longest} "
        "(fik {windows})."
    ),
    Code.DISTRIBUTION_SITES_REQUIRED: (
        "Vælg mindst ét sted til runden."
    ),
    Code.DISTRIBUTION_SITE_NOT_ALLOWED: (
        "{site} kan ikke få en udlevering: {why}."
    ),
    Code.DISTRIBUTION_SITE_TWICE: (
        "Stedet {site} er nævnt to gange i runden."
    ),
    Code.DISTRIBUTION_MODE_UNKNOWN: (
        "Afsendelsesmåden {mode!r} kendes ikke; vælg direct eller in_transit."
    ),
    Code.DISTRIBUTION_RECORD_UNKNOWN: (
        "{what} {ident} findes ikke."
    ),
    Code.DISTRIBUTION_NOT_DRAFT: (
        "{what} {number} er {status}; kun en kladde kan ændres."
    ),
    Code.DISTRIBUTION_DISPATCHED_REVERSE: (
        "{what} {number} er sendt og kan ikke annulleres; tilbagefør den i stedet."
    ),
    Code.DISTRIBUTION_NOT_DISPATCHED: (
        "Listen {number} er {status}; kun en afsendt liste kan {action}."
    ),
    Code.DISTRIBUTION_ALREADY_RECEIVED: (
        "Listen {number} blev modtaget den {when}; den kan ikke tilbageføres: returnér lageret "
        "til apoteket i stedet."
    ),
    Code.DISTRIBUTION_ROUND_EMPTY: (
        "Runden {number} har intet at sende: ingen liste har en linje."
    ),
    Code.DISTRIBUTION_DOSES_INVALID: (
        "{product} til {site}: {doses!r} er ikke et helt antal doser på nul eller mere."
    ),
    Code.DISTRIBUTION_OVERRIDE_REASON_REQUIRED: (
        "Valg af batch {batch} uden om først-udløbende-først-ud kræver en begrundelse."
    ),
    Code.DISTRIBUTION_OVERRIDE_PRODUCT: (
        "Batch {batch} er {other}, men linjen er til {product}."
    ),
    Code.DISTRIBUTION_LOT_NOT_PICKABLE: (
        "Batch {batch} ({product}) kan ikke plukkes: {why}."
    ),
    Code.DISTRIBUTION_LOT_SHORT: (
        "Kun {free:dosis|doser} af batch {batch} ({product}) er ledige på {location}; der skal bruges "
        "{doses}."
    ),
    Code.DISTRIBUTION_LINE_NOT_ON_LIST: (
        "Linje {line} er ikke på listen {number}."
    ),
    Code.DISTRIBUTION_RECEIVED_INVALID: (
        "Listen {number}, linje {line_no} ({batch}): {received!r} modtaget er ikke et helt antal "
        "fra 0 til {sent:afsendt dosis|afsendte doser}."
    ),
    Code.DISTRIBUTION_DISCREPANCY_REASON_REQUIRED: (
        "Listen {number}, linje {line_no} ({batch}): der blev modtaget {short:dosis|doser} færre end "
        "sendt; angiv hvorfor."
    ),
    Code.DISTRIBUTION_VISIT_MOBILE_ONLY: (
        "Besøg hører til mobile enheder; {site} er et {kind}."
    ),
    Code.DISTRIBUTION_VISIT_BEFORE_ROUND: (
        "Et besøg den {visit} er før runden når frem til enheden ({planned})."
    ),
    Code.DISTRIBUTION_REVERSE_NOTE_REQUIRED: (
        "Tilbageførsel af listen {number} kræver en bemærkning om hvorfor."
    ),
    Code.ROUND_FILE_PROBLEM: (
        "Rundefil række {row}: {why}."
    ),
    Code.TRANSFER_NOT_A_SITE: (
        "{location} er ikke et sted i regionen ({why})."
    ),
    Code.REGION_SAME: (
        "Region {region} er apotekets egen region; send til en anden region."
    ),
    Code.PASSPORT_WRONG_REGION: (
        "Forsendelsesfilen er sendt til region {to_region}, ikke til apotekets region {region}."
    ),
    Code.SHIPMENT_FILE_UNREADABLE: (
        "Filen kan ikke læses som en forsendelsesfil fra en anden region: {why}."
    ),
    Code.SHIPMENT_FIELD_INVALID: (
        "Forsendelsesfilen, feltet {field}: {why}. Intet er modtaget."
    ),
    Code.SHIPMENT_KEY_UNTRUSTED: (
        "Forsendelsesfilen er signeret med en nøgle, som apoteket ikke har godkendt for region "
        "{region} (fingeraftryk {fingerprint}). Få region {region}s offentlige nøgle fra dens "
        "apotek ('pharmacy-app keys show' dér), sammenlign fingeraftrykket med dem over "
        "telefonen, og tilføj den under Indstillinger › Forsendelsesnøgler (eller "
        "'pharmacy-app keys trust')."
    ),
    Code.SHIPMENT_SIGNATURE_INVALID: (
        "Forsendelsesfilens signatur passer ikke med indholdet (feltet signature): filen er "
        "ændret, efter at region {region}s apotek signerede den, eller det apotek har ikke "
        "signeret den. Intet er modtaget; bed det afsendende apotek om den oprindelige fil."
    ),
    Code.SHIPMENT_ALREADY_RECEIVED: (
        "Forsendelse {reference} fra region {from_region} (forsendelses-id {shipment_id}) blev "
        "allerede modtaget den {when} af {by}; den modtages kun én gang."
    ),
    Code.SHIPMENT_KEY_INVALID: (
        "Det er ikke en offentlig Ed25519-nøgle: angiv teksten eller filen, som 'pharmacy-app "
        "keys show' giver på det andet apotek (den begynder med -----BEGIN PUBLIC KEY-----)."
    ),
    Code.SHIPMENT_KEY_ALREADY_TRUSTED: (
        "Nøglen {fingerprint} er allerede godkendt for region {region} (siden {when}, tilføjet af {by})."
    ),
    Code.SHIPMENT_KEY_OTHER_REGION: (
        "Nøglen {fingerprint} er allerede godkendt for region {other} og kan ikke også gælde "
        "for region {region}; tilbagekald den dér først, hvis den blev tilføjet ved en fejl."
    ),
    Code.SHIPMENT_KEY_OWN_REGION: (
        "Region {region} er apotekets egen region: der godkendes nøgler for de andre regioner."
    ),
    Code.SHIPMENT_KEY_UNKNOWN: (
        "Ingen godkendt nøgle har fingeraftrykket {fingerprint}."
    ),
    Code.SIGNING_KEY_UNSAFE: (
        "Apotekets signeringsnøgle {path} kan læses af andre brugere på computeren; gør den "
        "læsbar kun for ejeren (chmod 600), før der sendes forsendelser."
    ),
    Code.SIGNING_KEY_UNREADABLE: (
        "Apotekets signeringsnøgle {path} kan ikke læses ({why}). Gendan den fra en "
        "sikkerhedskopi, eller flyt filen væk for at lave en ny nøgle, som de andre regioner "
        "så skal godkende."
    ),
    Code.LOT_RECALLED: (
        "Batch {batch} ({product}) er tilbagekaldt ({reason}; {when}, af {by}): den kan ikke "
        "{action}; den kan kun returneres til apoteket eller kasseres."
    ),
    Code.LOT_ALREADY_RECALLED: (
        "Batch {batch} ({product}) blev allerede tilbagekaldt {when} af {by}."
    ),
    Code.LOT_NOT_RECALLED: (
        "Batch {batch} ({product}) er ikke tilbagekaldt."
    ),
    Code.RECALL_REASON_REQUIRED: (
        "En tilbagekaldelse kræver en begrundelse (fx producentens eller SSI's meddelelse)."
    ),
    Code.RECALL_BATCH_UNKNOWN: (
        "Batch {batch} af {product} kendes ikke."
    ),
    Code.SSI_RETURN_REFERENCE_REQUIRED: (
        "En returnering til SSI kræver SSI's retur- eller tilbagekaldelsesreference."
    ),
    Code.SSI_RETURN_REASON_REQUIRED: (
        "En returnering til SSI kræver en årsag (fx tilbagekaldt batch, beskadiget levering)."
    ),
    Code.SSI_RETURN_NO_LINES: (
        "En returnering til SSI kræver mindst én batch og et antal doser."
    ),
    Code.SSI_RETURN_NOT_FROM_PHARMACY: (
        "Lager returneres til SSI fra apoteket eller dets karantæne, ikke fra {location} "
        "({kind}): returnér det først til apoteket."
    ),
    Code.SSI_RETURN_UNKNOWN: (
        "Returnering til SSI nr. {id} findes ikke."
    ),
    Code.OPEN_VIAL_TOO_MANY: (
        "Et hætteglas {product} indeholder {per_unit:dosis|doser}; der er indtastet {doses} som "
        "rest i et anbrudt hætteglas."
    ),
    Code.DISCARD_NOT_WHOLE_UNITS: (
        "Kassation med årsagen \"{reason_name}\" registreres i hele {unit}: {doses} doser af "
        "{product} er ikke et helt antal {unit} ({per_unit} doser pr. {unit}). Angiv et "
        "multiplum af {per_unit} doser; kun resten i et anbrudt hætteglas ({open_vial}) må være "
        "en del af et."
    ),
    Code.OPEN_VIAL_AT_PHARMACY: (
        "{location} er et apotek, som aldrig anbryder hætteglas; vælg en anden årsag."
    ),
    Code.DISCARD_NOT_EXPIRED: (
        "Batch {batch} ({product}) på {location} kan anvendes til {use_by}; den er ikke udløbet."
    ),
    Code.DISCARD_NOT_HELD: (
        "{location} har ikke længere batch {batch} ({product})."
    ),
    Code.REBALANCE_OTHER_REGION: (
        "{doses:dosis|doser} af batch {batch} ({product}) på {location} kan ikke nå at blive brugt "
        "nogen steder i regionen; send dem til en anden region i stedet (Send til en anden region…)."
    ),
    Code.REBALANCE_STALE: (
        "Forslaget holder ikke længere: {location} har nu {on_hand:dosis|doser} af batch {batch} "
        "({product}), heraf {at_risk} i risiko; der skulle flyttes {doses}."
    ),
    Code.DISTRIBUTION_PRINT_NOTHING: (
        "Runden {number} har ingen distributionsliste med plukkede linjer at udskrive{which}."
    ),
    Code.DISTRIBUTION_PRINT_LIST_NOT_IN_ROUND: (
        "Listen {list} hører ikke til runden {number}; intet er udskrevet."
    ),
    Code.DISTRIBUTION_DATE_PAST: (
        "En runde kan ikke planlægges til {planned}: det er før i dag ({today})."
    ),
    Code.CLI_ROUND_SUMMARY: (
        "Runde {number} {planned_for} ({mode}, {status}): {sites:sted|steder}, {doses:dosis|doser}"
    ),
    Code.CLI_ROUND_REQUEST: (
        "  {varenummer}  {product}: {doses} doser ({units} x {doses_per_unit})"
    ),
    Code.CLI_ROUND_SHORTFALL: (
        "MANGEL {site} {product}: bedt om {asked}, får {got} ({short} mangler)"
    ),
    Code.REBALANCE_NOT_OTHER_REGION: (
        "Forslaget om at flytte batch {batch} ({product}) fra {location} til {to} bliver i "
        "regionen; godkend det som en overflytning i stedet for at sende det til en anden region."
    ),
    Code.PROPOSAL_MOVE: (
        "Flyt {doses:dosis|doser} af {product} batch {batch} fra {source} (ville udløbe ubrugt {use_by}) "
        "til {destination}, som bruger {rate:tenths} doser om dagen og kan bruge dem inden for "
        "{days:dag|dage}."
    ),
    Code.PROPOSAL_RETURN: (
        "Returnér {doses:dosis|doser} af {product} batch {batch} fra {source} (ville udløbe ubrugt "
        "{use_by}) til {destination} til omfordeling: intet enkelt sted kan tage dem, men "
        "regionens steder bruger tilsammen {rate:tenths} doser om dagen og kan bruge dem inden for "
        "{days:dag|dage}."
    ),
    Code.PROPOSAL_OTHER_REGION: (
        "{doses:dosis|doser} af {product} batch {batch} på {source} udløber ubrugt {use_by}, og intet "
        "sted i regionen kan nå at bruge dem; tilbyd dem til en anden region."
    ),
    Code.BASIS_NO_RATE: (
        "Intet forbrug registreret endnu; angiv de doser, der skal bruges."
    ),
    Code.BASIS_RATE: (
        "Bruger {rate:dosis|doser} om dagen; {cover_days:dags|dages} forbrug er {cover:dosis|doser}; "
        "har {on_hand}; foreslået {proposed}{units}."
    ),
    Code.BASIS_VISITS: (
        "Besøgene kræver {visit_doses:dosis|doser} {programme} ({visits} besøg); har {on_hand}; "
        "foreslået {proposed}{units}."
    ),
    Code.BASIS_COVERED_BY: (
        "Besøgsplanens doser af {programme} bestilles som {product}; skriv et tal for også at sende "
        "denne."
    ),
    Code.REGION_UNKNOWN: (
        "Regionen {region} kendes ikke."
    ),
}
