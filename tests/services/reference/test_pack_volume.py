"""Each product's pack volume comes from the catalogue, reaches a database made before
it on start, is kept when set in the app, and must be above zero."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import update

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.services import reference
from pharmacy_app.services.app import App


def _volumes(app: App) -> dict[str, float | None]:
    return {p.varenummer: p.pack_volume_ml for p in reference.list_products(app)}


def test_every_catalogue_product_has_a_pack_volume(app: App) -> None:
    volumes = _volumes(app)
    assert all(v is not None and v > 0 for v in volumes.values())
    assert volumes["412345"] == 60  # ten 2 ml vials of Comirnaty in their carton
    assert volumes["123456"] == 400  # ten pre-filled syringes in a blister carton


def test_a_database_made_before_pack_volumes_gets_them_on_start(app: App) -> None:
    with app.db.write() as s:
        s.execute(update(m.Product).values(pack_volume_ml=None))
        s.execute(update(m.Product).where(m.Product.varenummer == "345679").values(pack_volume_ml=333.0))
    reference.seed(app)  # what every start does
    volumes = _volumes(app)
    assert volumes["412345"] == 60
    assert volumes["345679"] == 333.0  # set in the app: kept


def test_a_pack_volume_must_be_above_zero(app: App) -> None:
    product = {p.varenummer: p for p in reference.list_products(app)}["412345"]
    with pytest.raises(DomainError) as err:
        reference.save_product(app, replace(product, pack_volume_ml=0.0))
    assert [p.params.get("field") for p in err.value.problems] == [Term.FIELD_PACK_VOLUME]
    saved = reference.save_product(app, replace(product, pack_volume_ml=75.0))
    assert saved.pack_volume_ml == 75.0 and _volumes(app)["412345"] == 75.0
