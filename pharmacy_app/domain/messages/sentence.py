"""A sentence that is not a problem, as data: a catalogue code and its parameters.

What the application explains rather than refuses (why a round proposes what it does,
why a rebalancing proposal moves stock) is kept as a :class:`Sentence` until a person
reads it; the window, the command line and the documents write it in their language
with :meth:`Sentence.text`, through the same renderer as a problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.render import fill


@dataclass(frozen=True)
class Sentence:
    """``Sentence(Code.REBALANCE_MOVE, {...})``: a code and its typed parameters."""

    code: Code
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        """The sentence in ``language`` (``"da"`` or ``"en"``)."""
        return fill(self.code, self.params, language)
