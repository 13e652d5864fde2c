"""The policies the simulator compares, each including the ones before it.

``rounds``: FEFO and the rate-based round proposal only; the app is told every site can
keep frozen stock (as before it knew equipment), so the world thaws frozen stock on
arrival at a site that really has only a fridge or a cool box.  ``rebalancing``: and
the rebalancing proposals are accepted each morning.  ``thaw``: and the app knows each
site's real equipment, so it thaws on dispatch.  ``forecast``: and rounds are proposed
from the forecast (the setting ``round_use_basis`` = ``forecast``).  ``extra``: and every
pharmacy morning that is not a round day, a site the stock-outs view says will run out
before the next round gets an extra delivery of the products it is short of (the app's
own proposal).
"""

from __future__ import annotations

from dataclasses import dataclass

from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.services.simulation.model import PolicyInfo

ROUNDS, REBALANCING, THAW, FORECAST, EXTRA = "rounds", "rebalancing", "thaw", "forecast", "extra"
ORDER = (ROUNDS, REBALANCING, THAW, FORECAST, EXTRA)

SETTING_ROUND_BASIS = ub.SETTING_KEY
FORECAST_BASIS = ub.FORECAST


@dataclass(frozen=True)
class Policy:
    name: str
    rebalancing: bool
    thaw_on_dispatch: bool
    forecast_rounds: bool
    extra_deliveries: bool = False


_POLICIES = {
    ROUNDS: Policy(ROUNDS, False, False, False),
    REBALANCING: Policy(REBALANCING, True, False, False),
    THAW: Policy(THAW, True, True, False),
    FORECAST: Policy(FORECAST, True, True, True),
    EXTRA: Policy(EXTRA, True, True, True, True),
}

_TEXTS = {
    ROUNDS: (Code.SIM_POLICY_ROUNDS, Code.SIM_POLICY_ROUNDS_ABOUT),
    REBALANCING: (Code.SIM_POLICY_REBALANCING, Code.SIM_POLICY_REBALANCING_ABOUT),
    THAW: (Code.SIM_POLICY_THAW, Code.SIM_POLICY_THAW_ABOUT),
    FORECAST: (Code.SIM_POLICY_FORECAST, Code.SIM_POLICY_FORECAST_ABOUT),
    EXTRA: (Code.SIM_POLICY_EXTRA, Code.SIM_POLICY_EXTRA_ABOUT),
}


def policies() -> list[PolicyInfo]:
    """Every policy, simplest first."""
    return [
        PolicyInfo(name, Sentence(_TEXTS[name][0]), Sentence(_TEXTS[name][1])) for name in ORDER
    ]


def label(name: str) -> Sentence:
    return Sentence(_TEXTS[name][0])


def chosen(names: tuple[str, ...]) -> list[Policy]:
    """The policies named (in the order given, each once), or all of them for ``()``;
    an unknown name is refused (``simulation_policy_unknown``)."""
    if not names:
        return [_POLICIES[n] for n in ORDER]
    out: list[Policy] = []
    for name in names:
        policy = _POLICIES.get(name.strip().lower())
        if policy is None:
            raise fail(Code.SIMULATION_POLICY_UNKNOWN, policy=name, choices=", ".join(ORDER))
        if policy not in out:
            out.append(policy)
    return out
