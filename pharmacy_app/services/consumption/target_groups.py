"""The target groups (målgrupper) doses are given to, as the shipped catalogue lists them.

An entry's target group is optional; a given one must be the catalogue's (case and
spaces aside), and is stored in the catalogue's spelling.
"""

from __future__ import annotations

from pharmacy_app.services.reference import load_catalog


def target_groups() -> tuple[str, ...]:
    """The catalogue's target groups, in its order."""
    return tuple(load_catalog().get("target_groups", ()))


def normalise_target_group(value: str | None) -> str | None:
    """The catalogue's spelling of ``value`` (case and spaces ignored); ``None`` for blank.

    Raises ``KeyError`` when ``value`` is not in the catalogue."""
    if value is None or not str(value).strip():
        return None
    wanted = " ".join(str(value).split()).casefold()
    for group in target_groups():
        if group.casefold() == wanted:
            return group
    raise KeyError(value)
