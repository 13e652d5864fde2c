"""Signing shipment files between regions: Ed25519 over canonical JSON, as pure functions.

A shipment file says "region X's pharmacy sent these doses of this lot".  The receiving
pharmacy books it only when the file is signed by a key it trusts for region X, so a
file edited on the way (doses, reference, region, history) or made up by someone else
is refused.  No key material is read or written here (see ``services.signing_keys``).

What must hold:

* The signed bytes are :func:`canonical_bytes` of the document without its
  ``signature`` member: keys sorted, no insignificant white space, UTF-8.  The receiver
  recomputes them from the document *as parsed* (duplicate keys, floats and other
  values two JSON readers could read differently are refused before that, see
  ``domain.shipment``), so what is verified is exactly what is booked.  The standard
  library's ``json.dumps(sort_keys=True)`` is enough for a document of objects, lists,
  strings, whole numbers, booleans and null; it matches RFC 8785 for ASCII keys.
* Ed25519 (RFC 8032, from the ``cryptography`` package): small keys that fit on a line,
  deterministic signatures, no parameters to get wrong.
* A key is named by its fingerprint, the SHA-256 of its 32 raw bytes in hex; people
  compare the first groups of it by phone before trusting a key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from pharmacy_app.domain.errors import fail

ALGORITHM = "Ed25519"
RAW_KEY_BYTES = 32
SIGNATURE_BYTES = 64
# A public key in any accepted form is a few hundred characters; more is not a key.
MAX_KEY_TEXT = 4_000
_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{64}$")


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The bytes a signature covers: ``document`` without ``signature``, canonical JSON."""
    body = {k: v for k, v in document.items() if k != "signature"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # A lone surrogate cannot come from a real sender; it must not crash the check.
    return text.encode("utf-8", errors="surrogatepass")


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    """The private key in ``pem``; ``ValueError`` when it is not an Ed25519 private key."""
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"not an {ALGORITHM} key")
    return key


def raw_public_key(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_pem(raw: bytes) -> str:
    """The public key as the PEM text people send each other (``keys show``)."""
    key = Ed25519PublicKey.from_public_bytes(raw)
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def encode_raw(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def is_fingerprint(text: object) -> bool:
    return isinstance(text, str) and bool(_FINGERPRINT_RE.match(text))


def show_fingerprint(fp: str) -> str:
    """``"3f2a 9c01 …"``: the fingerprint in groups of four, for reading aloud."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def parse_public_key(text: str) -> bytes:
    """The 32 raw bytes of an Ed25519 public key given as PEM (what ``keys show`` prints),
    the base64 of its DER body on one line, or the base64 of the raw 32 bytes.
    Refused with ``shipment_key_invalid`` otherwise."""
    text = (text or "").strip()
    if not text or len(text) > MAX_KEY_TEXT:
        raise fail("shipment_key_invalid")
    try:
        if text.startswith("-----BEGIN"):
            key = serialization.load_pem_public_key(text.encode("ascii"))
        else:
            der = base64.b64decode("".join(text.split()), validate=True)
            if len(der) == RAW_KEY_BYTES:
                return der
            key = serialization.load_der_public_key(der)
    except (ValueError, TypeError, UnicodeEncodeError, binascii.Error):
        raise fail("shipment_key_invalid") from None
    if not isinstance(key, Ed25519PublicKey):
        raise fail("shipment_key_invalid")
    return raw_public_key(key)


def sign(key: Ed25519PrivateKey, payload: bytes) -> dict[str, str]:
    """The ``signature`` member of a shipment file signed with ``key``."""
    return {
        "algorithm": ALGORITHM,
        "key": fingerprint(raw_public_key(key)),
        "value": base64.b64encode(key.sign(payload)).decode("ascii"),
    }


def verify(raw_public: bytes, payload: bytes, signature_b64: str) -> bool:
    """True when ``signature_b64`` is the signature of ``payload`` by that public key."""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature, payload)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
