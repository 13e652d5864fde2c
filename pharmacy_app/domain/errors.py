"""Errors a person can fix, as data.

A :class:`Problem` is a code (:class:`~pharmacy_app.domain.messages.codes.Code`) with
parameters (row, field, value, quantities, dates…).  It is turned into Danish or English
text only at the edge (UI, CLI, PDF), by :func:`~pharmacy_app.domain.messages.render.render`,
the one renderer of the language catalogue (``domain/messages``).  A :class:`DomainError`
carries one or more problems; raising it means nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.render import render

__all__ = ["Code", "DomainError", "Problem", "fail", "render"]


@dataclass(frozen=True)
class Problem:
    """One thing a person must fix, e.g. ``Problem(Code.INSUFFICIENT_STOCK, {...})``.

    The code may be given as its text (``"insufficient_stock"``); it is kept as the
    :class:`Code`, so an unknown code fails where the problem is made, not where it
    is shown."""

    code: Code | str  # always a Code once made; callers may name it by its text
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", Code(self.code))

    def text(self, language: str = "en") -> str:
        return render(self, language)


class DomainError(Exception):
    """An action was refused; nothing was written.  Carries every problem found."""

    def __init__(self, problems: Problem | Iterable[Problem]):
        self.problems: tuple[Problem, ...] = (
            (problems,) if isinstance(problems, Problem) else tuple(problems)
        )
        super().__init__("; ".join(render(p) for p in self.problems))

    @property
    def code(self) -> Code:
        return Code(self.problems[0].code)

    def text(self, language: str = "en") -> str:
        return "\n".join(render(p, language) for p in self.problems)


def fail(code: Code | str, **params: Any) -> DomainError:
    """Shorthand: ``raise fail(Code.LOT_UNKNOWN, lot=7)``."""
    return DomainError(Problem(Code(code), params))
