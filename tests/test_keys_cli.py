"""`pharmacy-app keys`: show this pharmacy's key, trust, list and revoke other regions'
keys, run as a user would run them."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import cli


def test_keys_show_trust_list_and_revoke(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'keys.db'}"
    key_file = tmp_path / "private" / "key.pem"
    env = {"PHARMACY_SIGNING_KEY": str(key_file)}
    cli("--db", db, "init", "--pharmacy", "RH-APO", check=True, env=env)
    first = cli("--db", db, "keys", "show", check=True, env=env)
    assert first.stdout.startswith("region 1084, pharmacy RH-APO\nfingerprint ")
    assert "-----BEGIN PUBLIC KEY-----" in first.stdout and "PRIVATE" not in first.stdout
    assert str(key_file) in first.stdout and (key_file.stat().st_mode & 0o777) == 0o600
    assert cli("--db", db, "keys", "show", check=True, env=env).stdout == first.stdout

    # Another region's key, given as a file and as one line of text.
    other_env = {"PHARMACY_SIGNING_KEY": str(tmp_path / "midt.pem")}
    other_db = f"sqlite:///{tmp_path / 'midt.db'}"
    cli("--db", other_db, "init", "--pharmacy", "MJ-APO", check=True, env=other_env)
    pem_file = tmp_path / "midt-public.pem"
    shown = cli("--db", other_db, "keys", "show", "--out", str(pem_file), check=True, env=other_env)
    fingerprint = shown.stdout.split("fingerprint ", 1)[1].splitlines()[0]
    trusted = cli("--db", db, "keys", "trust", "--region", "1082", "--label", "MJ-APO", str(pem_file), env=env)
    assert trusted.returncode == 0 and fingerprint in trusted.stdout
    one_line = "".join(pem_file.read_text().splitlines()[1:-1])
    again = cli("--db", db, "keys", "trust", "--region", "1082", one_line, env=env)
    assert again.returncode == 1 and "already trusted for region 1082" in again.stderr
    da = cli("--db", db, "--lang", "da", "keys", "trust", "--region", "1082", one_line, env=env)
    assert "allerede godkendt for region 1082" in da.stderr
    for bad, message in (
        ("not a key", "not an Ed25519 public key"),
        (str(tmp_path / "missing.pem"), "not an Ed25519 public key"),
        ("x" * 5000, "not an Ed25519 public key"),
    ):
        run = cli("--db", db, "keys", "trust", "--region", "1081", bad, env=env)
        assert run.returncode == 1 and message in run.stderr and "Traceback" not in run.stderr
    own = cli("--db", db, "keys", "trust", "--region", "1084", one_line, env=env)
    assert own.returncode == 1 and "own region" in own.stderr

    listed = cli("--db", db, "keys", "list", check=True, env=env).stdout
    assert listed.startswith(f"1082  {fingerprint}  MJ-APO  added ") and listed.rstrip().endswith("trusted")
    unknown = cli("--db", db, "keys", "revoke", "0000", env=env)
    assert unknown.returncode == 1 and "No trusted key" in unknown.stderr
    revoked = cli("--db", db, "keys", "revoke", fingerprint[:24], check=True, env=env)
    assert f"revoked for region 1082: {fingerprint}" in revoked.stdout
    assert "revoked " in cli("--db", db, "keys", "list", check=True, env=env).stdout
