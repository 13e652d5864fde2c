"""The Danish text of the messages about backup and restore (a data table, part of
:mod:`.catalogue_da`).  A refused restore always says that nothing was restored.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.BACKUP_POSTGRESQL: (
        "En PostgreSQL-database sikkerhedskopieres og genskabes med pg_dump og pg_restore på "
        "serveren (se README, \"Backup and restore\"); programmet kopierer kun SQLite-filer."
    ),
    Code.BACKUP_NOT_SQLITE: (
        "{file} er ikke en sikkerhedskopi af en database (ikke en SQLite-fil); intet er genskabt."
    ),
    Code.BACKUP_FILE_UNREADABLE: (
        "{file} kan ikke læses ({detail}); intet er genskabt."
    ),
    Code.BACKUP_WRITE_FAILED: (
        "Sikkerhedskopien kunne ikke skrives til {file} ({detail}); vælg en mappe, du kan skrive i."
    ),
    Code.BACKUP_CORRUPT: (
        "{file} er beskadiget (databasens integritetskontrol fejlede: {detail}); intet er genskabt."
    ),
    Code.BACKUP_NOT_PHARMACY: (
        "{file} er en SQLite-fil, men ikke en pharmacy-app-database; intet er genskabt."
    ),
    Code.BACKUP_SCHEMA_NEWER: (
        "{file} er lavet af en nyere version af programmet (skema {db_rev}); installér den "
        "nyere version for at genskabe den. Intet er genskabt."
    ),
    Code.BACKUP_LEDGER_FAILS: (
        "Lagerbogen i {file} stemmer ikke med beholdningerne ({breaches:afvigelse|afvigelser}); "
        "den kan være ændret uden om programmet. Intet er genskabt."
    ),
    Code.BACKUP_DATABASE_IN_USE: (
        "Databasen {file} er i brug på en anden arbejdsstation eller i et andet program; luk "
        "den der og genskab igen. Intet er genskabt."
    ),
    Code.BACKUP_TIME_INVALID: (
        "Tidspunktet for den daglige sikkerhedskopi skal være et klokkeslæt som TT:MM (fik \"{value}\")."
    ),
    Code.BACKUP_KEEP_DAYS_INVALID: (
        "Sikkerhedskopier gemmes fra {min} til {max} dage (fik {value})."
    ),
}
