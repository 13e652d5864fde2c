"""The English text of the messages about backup and restore (a data table, part of
:mod:`.catalogue_en`).  A refused restore always says that nothing was restored.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.BACKUP_POSTGRESQL: (
        "A PostgreSQL database is backed up and restored with pg_dump and pg_restore on the "
        "server (see the README, \"Backup and restore\"); this program copies only SQLite files."
    ),
    Code.BACKUP_NOT_SQLITE: (
        "{file} is not a database backup (not an SQLite file); nothing was restored."
    ),
    Code.BACKUP_FILE_UNREADABLE: (
        "{file} cannot be read ({detail}); nothing was restored."
    ),
    Code.BACKUP_WRITE_FAILED: (
        "The backup could not be written to {file} ({detail}); choose a folder you can write to."
    ),
    Code.BACKUP_CORRUPT: (
        "{file} is damaged (the database's integrity check failed: {detail}); nothing was restored."
    ),
    Code.BACKUP_NOT_PHARMACY: (
        "{file} is an SQLite file but not a pharmacy-app database; nothing was restored."
    ),
    Code.BACKUP_SCHEMA_NEWER: (
        "{file} was made by a newer version of this program (schema {db_rev}); install the "
        "newer version to restore it. Nothing was restored."
    ),
    Code.BACKUP_LEDGER_FAILS: (
        "The ledger in {file} does not agree with its balances ({breaches:breach|breaches}); "
        "it may have been edited outside the program. Nothing was restored."
    ),
    Code.BACKUP_DATABASE_IN_USE: (
        "The database {file} is in use by another workstation or program; close it there "
        "and restore again. Nothing was restored."
    ),
    Code.BACKUP_TIME_INVALID: (
        "The time of the daily backup must be a time of day as HH:MM (got \"{value}\")."
    ),
    Code.BACKUP_KEEP_DAYS_INVALID: (
        "Backups are kept from {min} to {max} days (got {value})."
    ),
}
