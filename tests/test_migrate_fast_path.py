"""A start on a current database answers "is the schema current?" without Alembic, and
anything unusual still goes to Alembic (``migrate.head_from_files``, ``migrate.upgrade``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pharmacy_app.db import migrate
from pharmacy_app.services.app import open_app

ROOT = Path(__file__).resolve().parent.parent


def test_the_files_name_the_same_head_as_alembic() -> None:
    assert migrate.head_from_files() == migrate.head_revision()


@pytest.mark.parametrize(
    "change",
    [
        ('down_revision = "0008"', 'down_revision = ("0007", "0008")'),  # a merge: Alembic decides
        ('revision = "0009"', 'revision = REVISION'),  # not a plain string
    ],
)
def test_a_file_that_does_not_say_plainly_leaves_the_answer_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: tuple[str, str]
) -> None:
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), copy)
    last = copy / "versions" / "0009_quantity_limits.py"
    last.write_text(last.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: copy)
    assert migrate.head_from_files() is None


def test_a_new_database_is_made_by_alembic_and_a_current_one_opens_without_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fast.db'}"
    app = open_app(url, user="tester")
    try:
        assert migrate.current_revision(app.db.write_engine) == migrate.head_revision()
    finally:
        app.close()
    probe = (
        "import sys; from pharmacy_app.services.app import open_app; "
        f"a = open_app({url!r}, user='tester'); a.close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"
