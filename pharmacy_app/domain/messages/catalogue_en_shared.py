"""The English text of the messages about a shared database: an action already done, and
reaching a database server (a data table, part of :mod:`.catalogue_en`)."""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.ALREADY_POSTED: "The action had already been completed; it was not done again.",
    Code.DB_UNREACHABLE: (
        "The database server {server} cannot be reached. Check server and port, and that "
        "the server is running."
    ),
    Code.DB_BAD_PASSWORD: (
        "The server {server} refused the user {user}: wrong password or unknown user."
    ),
    Code.DB_MISSING: "The database {database} does not exist on the server {server}.",
    Code.DB_SERVICE_UNKNOWN: (
        "The service {service} is not in PostgreSQL's service file (pg_service.conf)."
    ),
    Code.DB_PASSWORD_MISSING: (
        "There is no password in the keyring for {account}; type the password once."
    ),
    Code.DB_KEYRING_UNAVAILABLE: (
        "The operating system's keyring cannot be used on this machine ({detail}); choose "
        "the password file or the service file."
    ),
    Code.DB_CONNECT_FAILED: "Connecting to the database failed: {detail}",
}
