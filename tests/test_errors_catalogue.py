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
from pharmacy_app.domain.messages.render import CATALOGUES, TERMS
from pharmacy_app.domain.messages.terms import Name, Phrase, Term

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
    """Every ``fail(code, ...)``, ``Problem(code, {...})``, ``Sentence(code, {...})`` and
    ``message(code, language, ...)`` in the application whose
    parameters are written out, with where it is and the parameters it passes."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in ("fail", "Problem", "Sentence", "message"):
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


@pytest.mark.parametrize("term", list(Term))
def test_every_term_has_both_languages_with_the_same_parameters(term: Term) -> None:
    assert TERMS["da"].get(term) and TERMS["en"].get(term), term
    assert fields(TERMS["da"][term]) == fields(TERMS["en"][term]), term


def test_terms_and_names_are_written_in_the_message_language() -> None:
    problem = Problem(Code.VALUE_INVALID, {
        "field": Term.FIELD_DOSES_PER_UNIT, "value": 0, "why": Term.WHY_AT_LEAST_1,
    })  # fmt: skip
    assert render(problem, "da") == "Doser pr. enhed: 0 er ikke gyldig (skal være mindst 1)."
    assert render(problem, "en") == "Doses per unit: 0 is not valid (must be at least 1)."
    sent = Problem(Code.LOT_RECALLED, {
        "batch": "AB1", "product": "Comirnaty", "reason": "SSI", "when": "01-12-2026 10:00",
        "by": "anna", "action": Phrase(Term.ACTION_SENT_TO, {"destination": "Vejle"}),
    })  # fmt: skip
    assert "den kan ikke sendes til Vejle;" in render(sent, "da")
    assert "it cannot be sent to Vejle;" in render(sent, "en")
    other = Name(da="Andet", en="Other")
    assert message(Code.LOT_UNKNOWN, "da", lot=other) == "Batch Andet kendes ikke."
    assert message(Code.LOT_UNKNOWN, "en", lot=other) == "Lot Other is not known."


def phrases() -> list[tuple[str, int, Term, frozenset[str]]]:
    """Every ``Phrase(Term.X, {...})`` in the application, with the parameters it passes."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Phrase"):
                continue
            term, params = node.args[0], node.args[1] if len(node.args) > 1 else ast.Dict([], [])
            if isinstance(term, ast.Attribute) and isinstance(params, ast.Dict):
                keys = frozenset(str(k.value) for k in params.keys if isinstance(k, ast.Constant))
                found.append((str(path.relative_to(APP.parent)), node.lineno, Term[term.attr], keys))
    return found


def test_every_phrase_passes_exactly_the_parameters_of_its_term() -> None:
    assert phrases()
    for where, line, term, keys in phrases():
        assert keys == fields(TERMS["en"][term]), (where, line, term)


def test_a_term_with_parameters_is_only_used_in_a_phrase() -> None:
    """A bare term is written as is: the parameters its text names come from a phrase."""
    with_parameters = {t.name for t in Term if fields(TERMS["en"][t])}
    assert with_parameters
    for path in sorted(APP.rglob("*.py")):
        if path.parent.name == "messages":
            continue  # the catalogue itself
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_phrase = {
            id(node.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Phrase"
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and getattr(node.value, "id", None) == "Term"
                and node.attr in with_parameters
            ):
                assert id(node) in in_phrase, (str(path), node.lineno, node.attr)
