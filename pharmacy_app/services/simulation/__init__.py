"""The season simulator: does the app's way of working save vaccines?

A whole autumn season is played day by day on a scratch database: the world
(:mod:`.world`: SSI's deliveries, demand per site and day, cancelled days, excursions,
sessions of multi-dose vials) against the app's own services deciding everything the
pharmacy decides (:mod:`.season`), under each policy (:mod:`.policies`) and seed.  The
figures are read from each run's ledger (:mod:`.figures`), compared over the seeds, and
written as a workbook and a chart (:mod:`.files`).

The API (the window and the command line use only this)::

    policies() -> list[PolicyInfo]
    run(SimulationSettings(...), db_path=..., out_dir=..., progress=..., cancelled=...)
        -> Comparison
"""

from __future__ import annotations

from pharmacy_app.services.simulation.engine import refuse_unless_empty, run
from pharmacy_app.services.simulation.model import (
    FIGURES,
    WASTE_REASONS,
    Comparison,
    PolicyInfo,
    PolicySummary,
    RunResult,
    SimulationSettings,
    Spread,
    Target,
)
from pharmacy_app.services.simulation.policies import policies

__all__ = [
    "FIGURES",
    "WASTE_REASONS",
    "Comparison",
    "PolicyInfo",
    "PolicySummary",
    "RunResult",
    "SimulationSettings",
    "Spread",
    "Target",
    "policies",
    "refuse_unless_empty",
    "run",
]
