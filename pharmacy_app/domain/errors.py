"""Errors a person can fix, as data.

A :class:`Problem` is a code with parameters (row, field, value, quantities…).  It is
turned into Danish or English text only at the edge (UI, CLI, PDF), by
:func:`render`.  A :class:`DomainError` carries one or more problems; raising it means
nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# code -> (English, Danish).  Parameters are str.format fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "quantity_not_positive": (
        "The quantity must be a whole number of doses greater than zero (got {doses}).",
        "Antallet skal være et helt antal doser større end nul (fik {doses}).",
    ),
    "quantity_not_whole_units": (
        "{doses} doses is not a whole number of {unit_en}s of {product} "
        "({per_unit} doses per {unit_en}); the pharmacy moves whole {unit_en}s.",
        "{doses} doser er ikke et helt antal {unit_da} af {product} "
        "({per_unit} doser pr. {unit_da}); apoteket flytter hele {unit_da}.",
    ),
    "insufficient_stock": (
        "Only {on_hand} doses of lot {batch} ({product}) are on hand at {location}; "
        "{requested} were asked for.",
        "Der er kun {on_hand} doser af batch {batch} ({product}) på {location}; "
        "der blev bedt om {requested}.",
    ),
    "balance_would_go_negative": (
        "Back-dated to {occurred}, this would leave {location} with {balance} doses of lot "
        "{batch} on {when}; stock cannot go negative at any moment.",
        "Tilbagedateret til {occurred} ville {location} have {balance} doser af batch {batch} "
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
    "batch_invalid": (
        "Batch '{batch}' must be 1 to 20 characters of letters, digits and -./_ only.",
        "Batch '{batch}' skal være 1 til 20 tegn: bogstaver, tal og -./_.",
    ),
    "lot_expiry_mismatch": (
        "Lot {batch} of {product} is already known with expiry {known}, not {given}.",
        "Batch {batch} af {product} kendes allerede med udløb {known}, ikke {given}.",
    ),
    "occurred_in_future": (
        "The time {occurred} is in the future.",
        "Tidspunktet {occurred} ligger i fremtiden.",
    ),
    "backdate_outside_window": (
        "{occurred} is more than {days} days ago; back-dated entries are allowed for {days} days.",
        "{occurred} er mere end {days} dage siden; der kan tilbagedateres {days} dage.",
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
        "Reason {reason} needs a comment.",
        "Årsagen {reason} kræver en bemærkning.",
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
    "database_empty_required": (
        "The database already holds {movements} movements; demo data needs an empty database.",
        "Databasen indeholder allerede {movements} bevægelser; demodata kræver en tom database.",
    ),
    "schema_newer": (
        "The database was made by a newer version of this program (schema {db_rev}); "
        "install the newer version to use it.",
        "Databasen er lavet af en nyere version af programmet (skema {db_rev}); "
        "installér den nyere version for at bruge den.",
    ),
    "home_pharmacy_unset": (
        "No home pharmacy is chosen: set it in Settings (or `pharmacy-app init --pharmacy CODE`).",
        "Der er ikke valgt et hjemmeapotek: vælg det under Indstillinger "
        "(eller `pharmacy-app init --pharmacy KODE`).",
    ),
    "scan_empty": (
        "The scan was empty.",
        "Scanningen var tom.",
    ),
    "scan_unreadable": (
        "The scan {scan} is not a GS1 pack code ({why}).",
        "Scanningen {scan} er ikke en GS1-pakningskode ({why}).",
    ),
    "scan_bad_gtin": (
        "GTIN {gtin} has a wrong check digit; scan again or type the line.",
        "GTIN {gtin} har forkert kontrolciffer; scan igen eller indtast linjen.",
    ),
    "scan_missing": (
        "The scan {scan} has no {missing}; type the line instead.",
        "Scanningen {scan} mangler {missing}; indtast linjen i stedet.",
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
        "Lot {batch} ({product}) expires {expiry}, in {days} days; less than the "
        "{minimum} days required. Confirm to receive it anyway.",
        "Batch {batch} ({product}) udløber {expiry}, om {days} dage; mindre end de "
        "krævede {minimum} dage. Bekræft for at modtage den alligevel.",
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


def render(problem: Problem, language: str = "en") -> str:
    templates = MESSAGES.get(problem.code)
    if templates is None:
        return f"{problem.code}: {dict(problem.params)}"
    template = templates[1] if language == "da" else templates[0]
    try:
        return template.format(**problem.params)
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
