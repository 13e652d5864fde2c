"""The layering and code hygiene are part of the test run.

import-linter checks the contracts in pyproject.toml: layers point downwards, the
domain imports neither Qt nor the database, the UI never imports the database layer,
only the demo service and the CLI use the demo simulation. mypy checks the types, strict.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    assert found, f"{name} is not installed: run `bash .ci/bootstrap --test`"
    return found


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = len(config["tool"]["importlinter"]["contracts"])
    assert f"Contracts: {contracts} kept, 0 broken." in result.stdout


def test_only_the_demo_service_and_the_cli_may_import_the_demo(tmp_path: Path) -> None:
    """The contract does break: a copy of the application in which a service imports the
    demo simulation is refused."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(
        ROOT / "pharmacy_app",
        tmp_path / "pharmacy_app",
        ignore=shutil.ignore_patterns("__pycache__", "_resources", "_migrations"),
    )
    leaning = tmp_path / "pharmacy_app" / "services" / "leans_on_demo.py"
    leaning.write_text(
        '"""Not allowed."""\n\nfrom pharmacy_app.demo import days\n', encoding="utf-8"
    )
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Illegal imports of protected package pharmacy_app.demo" in result.stdout
    assert "pharmacy_app.services.leans_on_demo -> pharmacy_app.demo.days" in result.stdout
    assert ", 1 broken." in result.stdout  # that contract alone


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "pharmacy_app", "tests", "migrations"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_application_never_reads_the_shared_folder() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "pharmacy_app").rglob("*.py")
        if "../shared" in p.read_text(encoding="utf-8") or "/shared/reference" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_mypy_strict_passes() -> None:
    """mypy, strict on the whole application (pyproject.toml's [tool.mypy])."""
    result = subprocess.run(
        [_tool("mypy"), "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
