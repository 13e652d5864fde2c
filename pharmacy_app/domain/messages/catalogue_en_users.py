"""The English text of the messages about users, roles and signing in (a data table,
part of :mod:`.catalogue_en`).  Sign-in refusals never say whether the name or the
password was wrong.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.ROLE_REQUIRED: "Needs the role {needed} (you are {role}).",
    Code.ROLE_NEEDED_HINT: "Needs the role {needed}.",
    Code.SIGNED_IN_AS: "Signed in as {user} ({role})",
    Code.SIGN_IN_REQUIRED: "Sign in first: this needs the role {needed}.",
    Code.SIGNED_IN_USER_DISABLED: (
        "The user {user} is disabled or no longer exists; sign in as another user."
    ),
    Code.SIGN_IN_REFUSED: "Wrong user name or password.",
    Code.SIGN_IN_DISABLED: "The user {user} is disabled; ask an administrator.",
    Code.SIGN_IN_WAIT: "Too many wrong tries; try again in {seconds:second|seconds}.",
    Code.SIGN_IN_NO_PASSWORD: (
        "The database has users: give the user with --user or PHARMACY_USER and the "
        "password in PHARMACY_PASSWORD or on a terminal."
    ),
    Code.PASSWORD_TOO_SHORT: "The password must be at least {minimum!s} characters long.",
    Code.PASSWORD_MISMATCH: "The two passwords are not the same.",
    Code.PASSWORD_OLD_WRONG: "The current password is wrong.",
    Code.USER_NAME_REQUIRED: "Give a user name of at most {maximum!s} characters.",
    Code.USER_NAME_TAKEN: "The user name {user} is taken.",
    Code.USER_UNKNOWN: "There is no user {user}.",
    Code.ROLE_UNKNOWN: "There is no role {value!r}; use one of {roles}.",
    Code.LAST_ADMINISTRATOR: (
        "{user} is the last enabled administrator and can be neither disabled nor given "
        "another role; make another user an administrator first."
    ),
    Code.FIRST_USER_ADMINISTRATOR: (
        "The first user must be an administrator (who then adds the others)."
    ),
    Code.LOCK_MINUTES_INVALID: (
        "Lock after must be a whole number of minutes from 0 (never) to {maximum!s}."
    ),
}
