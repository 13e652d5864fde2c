"""The Danish text of the messages about a shared database: an action already done, and
reaching a database server (a data table, part of :mod:`.catalogue_da`)."""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.ALREADY_POSTED: "Handlingen var allerede gennemført; den er ikke gjort en gang til.",
    Code.DB_UNREACHABLE: (
        "Databaseserveren {server} kan ikke nås. Kontrollér server og port, og at serveren kører."
    ),
    Code.DB_BAD_PASSWORD: (
        "Serveren {server} afviste brugeren {user}: forkert adgangskode eller ukendt bruger."
    ),
    Code.DB_MISSING: "Databasen {database} findes ikke på serveren {server}.",
    Code.DB_SERVICE_UNKNOWN: (
        "Tjenesten {service} findes ikke i PostgreSQL's tjenestefil (pg_service.conf)."
    ),
    Code.DB_PASSWORD_MISSING: (
        "Der er ingen adgangskode i nøgleringen for {account}; skriv adgangskoden én gang."
    ),
    Code.DB_KEYRING_UNAVAILABLE: (
        "Styresystemets nøglering kan ikke bruges på denne maskine ({detail}); vælg "
        "adgangskodefil eller tjenestefil."
    ),
    Code.DB_CONNECT_FAILED: "Forbindelsen til databasen mislykkedes: {detail}",
}
