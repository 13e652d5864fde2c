"""Property-based: one field of a shipment file broken, any way, never gets in unseen.

Hypothesis takes Region Hovedstaden's signed file (``tests.test_region_shipments``) and
changes one member anywhere in it (replaced by any JSON value, removed, or a member
added beside it):

* as a file edited on its way (signature left as it was) it is always refused with a
  typed problem, and no table changes;
* as a file a broken sending program signed, it is refused with a typed problem and
  nothing written, or booked whole (one movement, the ledger check passes); no other
  exception ever escapes.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, transfers
from pharmacy_app.services.app import App
from tests.helpers import table_digest
from tests.shipment_files import (  # noqa: F401 - sent_fixture, shipped_fixture: fixtures
    Shipped,
    resign,
    sent_fixture,
    shipped_fixture,
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a member or list item sits."""
    out = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*path, i))
    return out


@st.composite
def broken(draw: st.DrawFn, document: bytes) -> bytes:
    doc = json.loads(document)
    path = draw(st.sampled_from(_paths(doc)))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    how = draw(st.sampled_from(["replace", "remove", "add"]))
    if how == "replace":
        new = draw(JSON)
        assume(json.dumps(new, sort_keys=True) != json.dumps(parent[last], sort_keys=True))
        parent[last] = new
    elif how == "remove":
        del parent[last]
    else:
        if isinstance(parent, list):
            parent.insert(last, draw(JSON))
        else:
            key = draw(st.text(min_size=1, max_size=12))
            assume(key not in parent)
            parent[key] = draw(JSON)
    return json.dumps(doc).encode()


@FUZZ
@given(data=st.data())
def test_any_edit_on_the_way_is_refused_and_writes_nothing(
    app: App, shipped: Shipped, data: st.DataObject
) -> None:
    document = data.draw(broken(shipped.syringes))
    before = table_digest(app)
    try:
        transfers.receive_from_region(app, document)
    except DomainError as err:
        event(f"refused: {err.code}")
        assert err.text("en") and err.text("da")
    else:
        raise AssertionError(f"an edited file was received: {document[:300]!r}")
    assert table_digest(app) == before


@FUZZ
@given(data=st.data())
def test_a_broken_sender_is_refused_or_booked_whole(
    app: App, shipped: Shipped, data: st.DataObject
) -> None:
    signed = resign(data.draw(broken(shipped.thawed)), lambda d: None, shipped.key)
    movements = queries.check_ledger(app).movements  # (a passing check stores its checkpoint)
    before = table_digest(app)
    try:
        transfers.receive_from_region(app, signed)
    except DomainError as err:
        event(f"refused: {err.code}")
        assert err.text("en") and err.text("da")
        assert table_digest(app) == before
    else:
        event("booked")
        report = queries.check_ledger(app)
        assert report.ok and report.movements == movements + 1
