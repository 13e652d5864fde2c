"""Users on the command line: ``user add|list|disable|enable|set-role|passwd``, and the
sign-in every command does once a database has users.

Once the database has a user, every command first signs in as ``--user NAME`` (or
``PHARMACY_USER``) with the password from ``PHARMACY_PASSWORD`` (a scheduled job's
dedicated user) or asked on the terminal; without a terminal and without the variable
it is refused.  A refused sign-in prints why on stderr and exits 1 with nothing done.
On a database without users nothing is asked: ``user add NAME --role administrator``
creates the first administrator there.  A new password is asked twice on a terminal,
otherwise read as one line from standard input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.domain.roles import ORDER, Role, at_least, name_key
from pharmacy_app.services import backup, permissions, users
from pharmacy_app.services.app import App, open_app

PASSWORD_VARIABLE = "PHARMACY_PASSWORD"
USER_VARIABLE = "PHARMACY_USER"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``user`` command and its actions."""
    roles = [r.value for r in ORDER]
    us = sub.add_parser("user", help="users who sign in, and their roles")
    us_sub = us.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    ua = us_sub.add_parser(
        "add", help="add a user (the first one, an administrator, on a database without users)"
    )
    ua.add_argument("name", metavar="NAME")
    ua.add_argument("--role", required=True, choices=roles)
    ua.add_argument("--full-name", default="", metavar="TEXT")
    us_sub.add_parser("list", help="the users, their roles and last sign-in")
    for action, what in (("disable", "a user can no longer sign in"), ("enable", "enable a user again")):
        p = us_sub.add_parser(action, help=what)
        p.add_argument("name", metavar="NAME")
    sr = us_sub.add_parser("set-role", help="give a user another role")
    sr.add_argument("name", metavar="NAME")
    sr.add_argument("role", choices=roles)
    pw = us_sub.add_parser(
        "passwd", help="set a user's password (an administrator), or change your own"
    )
    pw.add_argument("name", metavar="NAME")


def _ask_password(prompt: str) -> str:
    return getpass.getpass(prompt)


def sign_in(app: App, args: argparse.Namespace) -> str | None:
    """Sign in when the database has users; returns the password used (``None`` when no
    sign-in was needed).  Refused: a ``DomainError``, nothing done."""
    if not users.has_users(app):
        return None
    name = args.user or os.environ.get(USER_VARIABLE)
    password = os.environ.get(PASSWORD_VARIABLE)
    if not name:
        raise fail("sign_in_no_password")
    if password is None:
        if not sys.stdin.isatty():
            raise fail("sign_in_no_password")
        password = _ask_password(f"Password for {name}: ")
    users.sign_in(app, name, password)
    return password


def guard_restore(url: str, args: argparse.Namespace) -> None:
    """Before a restore replaces the database at ``url``: if it opens and has users, an
    administrator must sign in.  One that does not open is what a restore is for."""
    if not backup.sqlite_file(url).exists():
        return  # nothing there yet to protect (and opening would create it)
    try:
        app = open_app(url, args.user, upgrade=False)
    except Exception:  # noqa: BLE001 - damaged or foreign: the restore itself decides
        return
    try:
        try:
            present = users.has_users(app)
        except Exception:  # noqa: BLE001 - a schema from before users: no one to ask
            return
        if present:
            sign_in(app, args)
            permissions.check(app, Role.ADMINISTRATOR)
    finally:
        app.close()


def _new_password(name: str) -> str:
    if sys.stdin.isatty():
        first = _ask_password(f"New password for {name}: ")
        again = _ask_password("Again: ")
        users.check_new_password(first, again)
        return first
    return sys.stdin.readline().rstrip("\r\n")


def user_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.user_command
    if action == "list":
        _print_users(app, out)
        return 0
    if action == "add":
        password = _new_password(args.name)
        info = users.add_user(app, args.name, args.role, password, full_name=args.full_name)
        print(f"user {info.name} added as {info.role.value}", file=out)
    elif action in ("disable", "enable"):
        info = users.set_disabled(app, args.name, action == "disable")
        print(f"user {info.name} {action}d", file=out)
    elif action == "set-role":
        info = users.set_role(app, args.name, args.role)
        print(f"user {info.name} is now {info.role.value}", file=out)
    else:  # passwd
        own = app.signed_in and name_key(args.name) == name_key(app.user)
        password = _new_password(args.name)
        if own and not at_least(app.role, Role.ADMINISTRATOR):
            info = users.change_own_password(app, args.signed_in_password or "", password)
        else:
            info = users.set_password(app, args.name, password)
        print(f"password of {info.name} set", file=out)
    return 0


def _print_users(app: App, out: TextIO) -> None:
    rows = [
        (
            u.name,
            u.full_name,
            u.role.value,
            "disabled" if u.disabled else "enabled",
            u.last_sign_in_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if u.last_sign_in_at else "",
        )
        for u in users.list_users(app)
    ]
    print_table(("name", "full_name", "role", "status", "last_sign_in"), rows, set(), out)
