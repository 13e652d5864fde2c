"""Run many ``pharmacy-app`` command lines in one process, as ``python -m pharmacy_app``
runs each one (``pharmacy_app.main.main(argv)``), and report each as a JSON line.

``python -m tests.fuzz.cli_driver DB_URL COMMANDS.json`` where the file holds a list of
argument lists.  For each: the exit status, what went to stdout and stderr, the
traceback if anything escaped ``main`` (what a user would have seen), and whether any
table's rows changed.  Starting Python and the app once instead of once per file keeps
the corpus fast enough for the normal test run.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback
from pathlib import Path

from pharmacy_app.db.engine import Database
from pharmacy_app.main import main
from tests.helpers import fingerprint


def run(argv: list[str]) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    escaped = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code
        except BaseException:
            escaped = traceback.format_exc()
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue(), "traceback": escaped}


def drive(url: str, commands: list[list[str]]) -> None:
    db = Database(url)
    try:
        for argv in commands:
            before = fingerprint(db)
            result = run(argv)
            result["written"] = sorted(
                table for table, digest in fingerprint(db).items() if before[table] != digest
            )
            print(json.dumps(result), flush=True)
    finally:
        db.dispose()


if __name__ == "__main__":
    drive(sys.argv[1], json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
