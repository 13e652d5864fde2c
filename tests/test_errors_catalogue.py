"""The language catalogue is complete: every message code has a Danish and an English
text, both texts ask for the same parameters, and every place in the application that
raises a problem passes every parameter its texts use (and nothing else but the
parameters that point the screen at a cell or a record)."""

from __future__ import annotations

import ast
import string
from functools import cache
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.messages import Code, message, render
from pharmacy_app.domain.messages.render import CATALOGUES

APP = Path(__file__).resolve().parents[1] / "pharmacy_app"

# Parameters a problem carries for the screen rather than for its sentence: the row,
# column and value of a cell to point at, the record or file it is about, the reason code.
CONTEXT = frozenset({"row", "column", "value", "reason", "file", "site_code", "product"})


def fields(text: str) -> set[str]:
    return {f.split("!")[0].split(".")[0] for _, f, _, _ in string.Formatter().parse(text) if f}


def language_free(names: set[str]) -> set[str]:
    """``unit_en`` and ``unit_da`` are one parameter in two languages."""
    return {n.removesuffix("_en").removesuffix("_da") for n in names}


@pytest.mark.parametrize("code", list(Code))
def test_every_code_has_both_languages_with_the_same_parameters(code: Code) -> None:
    en, da = CATALOGUES["en"].get(code), CATALOGUES["da"].get(code)
    assert en and da, code
    assert en != da, code
    assert language_free(fields(en)) == language_free(fields(da)), code


@pytest.mark.parametrize("code", list(Code))
def test_every_message_renders_whatever_the_values(code: Code) -> None:
    names = fields(CATALOGUES["en"][code]) | fields(CATALOGUES["da"][code])
    for value in ("X", 1, 1455):
        for language in ("da", "en"):
            text = render(Problem(code, dict.fromkeys(names, value)), language)
            assert "{" not in text and "}" not in text, (code, language, text)


@cache
def raised_problems() -> list[tuple[str, int, Code, frozenset[str]]]:
    """Every ``fail(code, ...)``, ``Problem(code, {...})`` and ``message(code, language,
    ...)`` in the application whose
    parameters are written out, with where it is and the parameters it passes."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in ("fail", "Problem", "message"):
                continue
            code = _literal_code(node.args[0])
            if code is None:
                continue
            if name in ("fail", "message"):
                if any(k.arg is None for k in node.keywords):
                    continue
                keys = {str(k.arg) for k in node.keywords}
            elif len(node.args) < 2:
                keys = set()
            else:
                params = node.args[1]
                if not isinstance(params, ast.Dict) or not all(
                    isinstance(k, ast.Constant) for k in params.keys
                ):
                    continue
                keys = {str(k.value) for k in params.keys if isinstance(k, ast.Constant)}
            found.append((str(path.relative_to(APP.parent)), node.lineno, code, frozenset(keys)))
    return found


def _literal_code(node: ast.expr) -> Code | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return Code(node.value)  # an unknown code fails here
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "Code":
        return Code[node.attr]
    return None


def test_the_application_raises_problems_in_many_places() -> None:
    assert len(raised_problems()) > 150


@pytest.mark.parametrize("code", list(Code))
def test_every_placeholder_is_passed_and_every_parameter_is_used(code: Code) -> None:
    wanted = fields(CATALOGUES["en"][code]) | fields(CATALOGUES["da"][code])
    for where, line, raised, keys in raised_problems():
        if raised is code:
            assert wanted <= keys, (where, line, "missing", wanted - keys)
            assert keys - wanted <= CONTEXT, (where, line, "unused", keys - wanted - CONTEXT)


def test_a_problem_keeps_its_code_as_the_enum_and_refuses_an_unknown_code() -> None:
    assert Problem("lot_unknown", {"lot": 1}).code is Code.LOT_UNKNOWN
    assert fail("lot_unknown", lot=1).code == "lot_unknown"
    with pytest.raises(ValueError):
        Problem("no_such_message")


def test_numbers_and_dates_follow_the_language() -> None:
    err = DomainError(Problem(Code.INSUFFICIENT_STOCK, {
        "on_hand": 1455, "batch": "AB12", "product": "Comirnaty", "location": "Vejle",
        "requested": 2000,
    }))  # fmt: skip
    assert "1.455 doser" in err.text("da") and "2.000" in err.text("da")
    assert "1,455 doses" in err.text("en") and "2,000" in err.text("en")
    assert message(Code.LOT_UNKNOWN, "da", lot=12345) == "Batch 12345 kendes ikke."

