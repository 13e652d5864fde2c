"""The sites a simulation may play: the simulated region's network, as the engine
builds it (:func:`pharmacy_app.services.demo.set_up_network`), not the pharmacy's own
sites.  Built once into a temporary database and kept for the process: the window's
site chooser asks for it.

What must hold: the list is the one :func:`.engine.run` plays (same function, same
order); nothing is written anywhere but a temporary folder that is removed.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from pharmacy_app.services import demo
from pharmacy_app.services.app import open_app
from pharmacy_app.services.simulation.engine import DEMO_REGION, USER


@cache
def _sites(region: str) -> tuple[tuple[str, str], ...]:
    with tempfile.TemporaryDirectory(prefix="pharmacy-sim-sites-") as tmp:
        path = Path(tmp) / "network.sqlite"
        moment = datetime(2000, 1, 1, 12, tzinfo=UTC)  # no ledger: the moment is not used
        app = open_app("sqlite:///" + str(path), user=USER, clock=lambda: moment)
        try:
            network = demo.set_up_network(app, region_code=region)
        finally:
            app.close()
    return tuple((s.code, s.name) for s in network.sites)


def sites(region_code: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every site of the simulated region (the demo region by default)."""
    return list(_sites(region_code or DEMO_REGION))
