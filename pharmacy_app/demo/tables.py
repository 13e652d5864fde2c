"""The demo's data tables, shipped as JSON in ``resources/demo/``.

``region_sites.json`` holds each region's demo network (see :mod:`.sites`),
``products.json`` how the demo region uses each product (see :mod:`.products`).  They
are read once per process; a table that does not parse is a bug in the shipped files.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from pharmacy_app.paths import resources_dir


@cache
def read(name: str) -> dict[str, Any]:
    """The table ``resources/demo/<name>`` as parsed JSON (shared: do not change it)."""
    with (resources_dir() / "demo" / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
