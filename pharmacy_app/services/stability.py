"""Each product's stability after a temperature excursion, from the app's resources.

``resources/stability.json`` holds, per item number, what the product tolerates outside
its storage range (see :class:`~pharmacy_app.domain.excursions.StabilityRule`); an item
not listed gets the file's cautious default.  Read once per process.  The rule's lines
are messages (code and values), so the window, the command line and the report say
them in their language.
"""

from __future__ import annotations

import json
from functools import cache

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.excursions import CAUTIOUS, StabilityRule
from pharmacy_app.paths import resources_dir


def _rule(values: dict[str, object], fallback: StabilityRule) -> StabilityRule:
    return StabilityRule(
        warm_hours=float(str(values.get("warm_hours", fallback.warm_hours))),
        warm_max_c=float(str(values.get("warm_max_c", fallback.warm_max_c))),
        freezing_destroys=bool(values.get("freezing_destroys", fallback.freezing_destroys)),
        no_refreeze=bool(values.get("no_refreeze", fallback.no_refreeze)),
        source=str(values.get("source", fallback.source)),
    )


@cache
def _rules() -> tuple[StabilityRule, dict[str, StabilityRule]]:
    with (resources_dir() / "stability.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    default = _rule(data.get("default", {}), CAUTIOUS)
    return default, {v: _rule(r, default) for v, r in data.get("products", {}).items()}


def rule_for(varenummer: str) -> StabilityRule:
    default, rules = _rules()
    return rules.get(varenummer, default)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def rule_lines(rule: StabilityRule, fridge_top: int = 8) -> tuple[Problem, ...]:
    """The rule as lines to show: warm hours allowed, freezing, refreezing."""
    lines = [
        Problem(
            "excursion_rule_warm",
            {"hours": _number(rule.warm_hours), "top": fridge_top, "warm_max": _number(rule.warm_max_c)},
        )
        if rule.warm_hours > 0
        else Problem("excursion_rule_no_warm", {"top": fridge_top})
    ]
    if rule.freezing_destroys:
        lines.append(Problem("excursion_rule_freezing", {}))
    if rule.no_refreeze:
        lines.append(Problem("excursion_rule_no_refreeze", {}))
    return tuple(lines)
