"""`--key K` on the command line: a scheduled job run again with its key does nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.test_receive_cli import cli, counts, row, today, write_note

__all__ = ["db"]
from tests.test_receive_cli import db  # noqa: E402  (the fixture: an initialised database)


def test_a_rerun_with_the_same_key_posts_nothing_and_succeeds(db: str, tmp_path: Path) -> None:
    first = write_note(tmp_path / "a.csv", [row("FS-K1", "123456", "K001", today() + timedelta(days=99), "2")])
    second = write_note(tmp_path / "b.csv", [row("FS-K2", "123456", "K002", today() + timedelta(days=99), "3")])
    done = cli("--db", db, "--key", "nightly-2026-12-06", "receive", str(first))
    assert done.returncode == 0, done.stderr
    assert counts(db)["movement"] == 1
    rerun = cli("--db", db, "--lang", "da", "--key", "nightly-2026-12-06", "receive", str(second))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.strip() == "Handlingen var allerede gennemført; den er ikke gjort en gang til."
    assert counts(db)["movement"] == 1
    other = cli("--db", db, "receive", str(second))  # a new run: a new key
    assert other.returncode == 0, other.stderr
    assert counts(db)["movement"] == 2
