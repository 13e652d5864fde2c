"""The Danish text of the messages about users, roles and signing in (a data table,
part of :mod:`.catalogue_da`).  Sign-in refusals never say whether the name or the
password was wrong.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.ROLE_REQUIRED: "Kræver rollen {needed} (du er {role}).",
    Code.ROLE_NEEDED_HINT: "Kræver rollen {needed}.",
    Code.SIGNED_IN_AS: "Logget ind som {user} ({role})",
    Code.SIGN_IN_REQUIRED: "Log ind først: handlingen kræver rollen {needed}.",
    Code.SIGNED_IN_USER_DISABLED: (
        "Brugeren {user} er deaktiveret eller findes ikke længere; log ind som en anden bruger."
    ),
    Code.SIGN_IN_REFUSED: "Forkert brugernavn eller adgangskode.",
    Code.SIGN_IN_DISABLED: "Brugeren {user} er deaktiveret; kontakt en administrator.",
    Code.SIGN_IN_WAIT: (
        "For mange forkerte forsøg; prøv igen om {seconds:sekund|sekunder}."
    ),
    Code.SIGN_IN_NO_PASSWORD: (
        "Databasen har brugere: angiv brugeren med --user eller PHARMACY_USER og "
        "adgangskoden i PHARMACY_PASSWORD eller på en terminal."
    ),
    Code.PASSWORD_TOO_SHORT: "Adgangskoden skal være på mindst {minimum!s} tegn.",
    Code.PASSWORD_MISMATCH: "De to adgangskoder er ikke ens.",
    Code.PASSWORD_OLD_WRONG: "Den nuværende adgangskode er forkert.",
    Code.USER_NAME_REQUIRED: "Angiv et brugernavn på højst {maximum!s} tegn.",
    Code.USER_NAME_TAKEN: "Brugernavnet {user} findes allerede.",
    Code.USER_UNKNOWN: "Brugeren {user} findes ikke.",
    Code.ROLE_UNKNOWN: "Rollen {value!r} findes ikke; brug en af {roles}.",
    Code.LAST_ADMINISTRATOR: (
        "{user} er den sidste aktive administrator og kan hverken deaktiveres eller få en "
        "anden rolle; gør først en anden bruger til administrator."
    ),
    Code.FIRST_USER_ADMINISTRATOR: (
        "Den første bruger skal være administrator (han eller hun opretter de andre)."
    ),
    Code.LOCK_MINUTES_INVALID: (
        "Lås efter skal være et helt antal minutter fra 0 (aldrig) til {maximum!s}."
    ),
}
