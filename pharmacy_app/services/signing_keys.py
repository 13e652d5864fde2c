"""This pharmacy's key for signing shipment files, and the other regions' keys it trusts.

A shipment file to another region is signed with this pharmacy's private key
(``domain.signing``); the receiving pharmacy books it only when the signature checks
out against a public key it trusts for the sending region.  Public keys are exchanged
out of band (``pharmacy-app keys show`` / Settings › Shipment keys › Export) and
trusted after comparing the fingerprint by phone (``keys trust`` / Trust a key…).

Where the private key lives, and why
------------------------------------
In a file of its own, ``App.key_file``: by default ``shipment-signing-key.pem`` in the
user's data folder (next to the default SQLite database), or where
``PHARMACY_SIGNING_KEY`` says.  It is made on first use (sending, or showing the key),
written with permissions 0600 and refused while anyone but its owner can read it.

* Whoever has the **database** (a copy of the SQLite file, a backup, a support dump, a
  read-only reporting login on the shared PostgreSQL server) finds only public keys
  in it and cannot sign anything.  Had the private key been in the database, every copy
  and every reader of it could forge shipments into other regions' ledgers.
* Whoever can **write** the database could trust a key of their own and so receive a
  forged shipment here; but they could post any movement directly anyway.  The
  signature protects the file on its way between pharmacies; edits made inside the
  database are for the ledger's hash chain to find.
* Whoever has the **key file** (the owner's account on a sending workstation) can sign
  as this pharmacy, which is the trust given to the person who sends stock anyway.  A
  lost or leaked key is replaced by moving the file away (a new one is made) and asking
  the other regions to trust the new key and revoke the old one.
* Several workstations on one shared database each make their own key unless IT points
  ``PHARMACY_SIGNING_KEY`` at one protected file; a receiving pharmacy may trust
  several keys for a region.

Trusted keys are never deleted, only revoked, so that a received shipment can always
be checked again against the key that verified it.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import signing
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.limits import MAX_USER_NAME
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import activity
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import SETTING_HOME_LOCATION, get_setting

MAX_KEY_FILE_BYTES = 16 * 1024
MAX_LABEL = MAX_USER_NAME


@dataclass(frozen=True)
class OwnKey:
    """This pharmacy's public key, as others need it, and where its private half is."""

    fingerprint: str
    public_key_pem: str
    key_file: Path
    region_code: str | None
    pharmacy_code: str | None

    @property
    def shown_fingerprint(self) -> str:
        return signing.show_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class TrustedKeyInfo:
    id: int
    region_code: str
    region_name: str
    fingerprint: str
    label: str
    added_by: str
    added_at: datetime
    revoked_by: str | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def shown_fingerprint(self) -> str:
        return signing.show_fingerprint(self.fingerprint)


# --------------------------------------------------------------------------- own key


def private_key(app: App) -> Ed25519PrivateKey:
    """This pharmacy's private key, made (0600) the first time it is needed."""
    path = app.key_file
    try:
        return _load(path)
    except FileNotFoundError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _create(path)
    except OSError as err:
        raise fail("signing_key_unreadable", path=str(path), why=err.strerror or str(err)) from err


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        info = path.stat()
        if os.name == "posix" and info.st_mode & 0o077:
            raise fail("signing_key_unsafe", path=str(path))
        if info.st_size > MAX_KEY_FILE_BYTES:
            raise fail("signing_key_unreadable", path=str(path), why="not a key file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise fail("signing_key_unreadable", path=str(path), why=err.strerror or str(err)) from err
    try:
        return signing.load_private_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise fail(
            "signing_key_unreadable", path=str(path), why="not an Ed25519 private key"
        ) from None


def _create(path: Path) -> Ed25519PrivateKey:
    """Write a new key next to ``path`` and link it into place, so that a key is never
    half-written, and one made by another process at the same moment is kept."""
    key = signing.new_private_key()
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(signing.private_key_pem(key))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _load(path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return key


def own_key(app: App) -> OwnKey:
    """This pharmacy's public key (the key pair is made on first use)."""
    raw = signing.raw_public_key(private_key(app))
    with app.db.read() as s:
        home_code = get_setting(s, SETTING_HOME_LOCATION)
        home = (
            s.scalars(select(m.Location).where(m.Location.code == home_code)).one_or_none()
            if home_code
            else None
        )
        region = home.region_code if home is not None else None
    return OwnKey(
        signing.fingerprint(raw), signing.public_key_pem(raw), app.key_file, region, home_code
    )


# --------------------------------------------------------------------------- trusted keys


def _info(row: m.TrustedKey) -> TrustedKeyInfo:
    return TrustedKeyInfo(
        row.id,
        row.region_code,
        row.region.name,
        row.fingerprint,
        row.label,
        row.added_by,
        row.added_at,
        row.revoked_by,
        row.revoked_at,
    )


def list_trusted(app: App) -> list[TrustedKeyInfo]:
    """Every key trusted now or before, by region and then the newest first."""
    with app.db.read() as s:
        rows = s.scalars(
            select(m.TrustedKey).order_by(m.TrustedKey.region_code, m.TrustedKey.added_at.desc())
        )
        return [_info(r) for r in rows]


def key_fingerprint(key_text: str) -> str:
    """The fingerprint of a public key given as text, to compare before trusting it."""
    return signing.fingerprint(signing.parse_public_key(key_text))


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def trust(app: App, *, region_code: str, key_text: str, label: str = "") -> TrustedKeyInfo:
    """Trust a public key for shipments from ``region_code`` (another region's pharmacy).

    Refused: not a key, an unknown region or this pharmacy's own, a key trusted already
    (for this or another region).  A revoked key of the same region is trusted again."""
    raw = signing.parse_public_key(key_text)
    fp = signing.fingerprint(raw)
    label = " ".join((label or "").split())
    if len(label) > MAX_LABEL:
        raise fail(
            "value_invalid",
            field=Term.FIELD_LABEL,
            value=label[:20] + "…",
            why=f"max {MAX_LABEL}",
        )
    now = app.now()
    try:
        with app.db.write() as s:
            region = _other_region(s, (region_code or "").strip())
            row = s.scalars(
                select(m.TrustedKey).where(m.TrustedKey.fingerprint == fp)
            ).one_or_none()
            if row is not None:
                _refuse_known(row, region.code)
                row.revoked_at = row.revoked_by = None
                row.added_by, row.added_at, row.label = app.user, now, label or row.label
            else:
                row = m.TrustedKey(
                    region_code=region.code,
                    region=region,
                    public_key=signing.encode_raw(raw),
                    fingerprint=fp,
                    label=label,
                    added_by=app.user,
                    added_at=now,
                )
                s.add(row)
            s.flush()
            trusted = {"region": region.code, "fingerprint": fp, "label": row.label}
            activity.record(s, app, activity.Kind.SIGNING_KEY, fp, None, trusted, "trusted", now=now)
            return _info(row)
    except IntegrityError:  # trusted on another workstation at the same moment
        with app.db.read() as s:
            known = s.scalars(select(m.TrustedKey).where(m.TrustedKey.fingerprint == fp)).one()
            _refuse_known(known, region_code)
        raise


def _other_region(s: Session, code: str) -> m.Region:
    region = s.get(m.Region, code)
    if region is None:
        raise fail("region_unknown", region=code or "-")
    home_code = get_setting(s, SETTING_HOME_LOCATION)
    home = (
        s.scalars(select(m.Location).where(m.Location.code == home_code)).one_or_none()
        if home_code
        else None
    )
    if home is not None and home.region_code == region.code:
        raise fail("shipment_key_own_region", region=region.code)
    return region


def _refuse_known(row: m.TrustedKey, region_code: str) -> None:
    shown = signing.show_fingerprint(row.fingerprint)
    if row.region_code != region_code:
        raise fail(
            "shipment_key_other_region",
            fingerprint=shown,
            other=row.region_code,
            region=region_code,
        )
    if row.revoked_at is None:
        raise fail(
            "shipment_key_already_trusted",
            fingerprint=shown,
            region=row.region_code,
            when=row.added_at.strftime("%d-%m-%Y"),
            by=row.added_by,
        )


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def revoke(app: App, fingerprint: str) -> TrustedKeyInfo:
    """Stop trusting a key (given by its fingerprint, or the first 16 or more characters
    of it, spaces allowed).  Shipments received with it stay received."""
    wanted = "".join((fingerprint or "").split()).lower()
    now = app.now()
    with app.db.write() as s:
        rows = (
            list(s.scalars(select(m.TrustedKey).where(m.TrustedKey.fingerprint.startswith(wanted))))
            if re.fullmatch(r"[0-9a-f]{16,64}", wanted)
            else []
        )
        if len(rows) != 1:
            raise fail("shipment_key_unknown", fingerprint=fingerprint)
        row = rows[0]
        if row.revoked_at is None:
            row.revoked_at, row.revoked_by = now, app.user
            s.flush()
            key = {"region": row.region_code, "fingerprint": row.fingerprint}
            activity.record(s, app, activity.Kind.SIGNING_KEY, row.fingerprint, key, None, "revoked", now=now)
        s.flush()
        return _info(row)


def trusted_key(s: Session, region_code: str, fingerprint: str) -> m.TrustedKey | None:
    """The key trusted now for ``region_code`` with that fingerprint, if any."""
    return s.scalars(
        select(m.TrustedKey).where(
            m.TrustedKey.region_code == region_code,
            m.TrustedKey.fingerprint == fingerprint,
            m.TrustedKey.revoked_at.is_(None),
        )
    ).one_or_none()
