"""``pharmacy-app demo --scale large`` end to end, at a reduced size, on both engines."""

from __future__ import annotations

import re

from tests.test_cli import cli


def test_large_demo_from_the_command_line_then_check(db_url: str) -> None:
    cli("--db", db_url, "init", "--pharmacy", "RH-APO", check=True)
    args = ("--db", db_url, "demo", "--scale", "large", "--years", "1", "--sites", "30")
    done = cli(*args, "--doses", "0.02", "--seed", "5", "--until", "2026-03-31", check=True)
    summary = re.search(r"(\d+) sites, .* (\d+) movements", done.stdout)
    assert summary and summary.group(1) == "30" and int(summary.group(2)) > 5000
    # Progress is shown on the error stream: simulating, then writing, up to 100 %.
    assert "(simulating)" in done.stderr and "100 % (writing)" in done.stderr
    check = cli("--db", db_url, "check", check=True)
    assert check.stdout.startswith(f"OK: {summary.group(2)} movements")
    # Once filled, the database refuses a second demo.
    again = cli(*args, "--until", "2026-03-31")
    assert again.returncode == 1 and "movements" in again.stderr


def test_large_demo_options_belong_to_the_large_scale(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'd.db'}"
    refused = cli("--db", url, "demo", "--years", "2")
    assert refused.returncode == 2 and "--scale large" in refused.stderr
    for bad in (("--years", "0"), ("--doses", "1.5"), ("--sites", "x")):
        wrong = cli("--db", url, "demo", "--scale", "large", *bad)
        assert wrong.returncode == 2 and bad[0] in wrong.stderr
