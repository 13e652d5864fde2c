"""What differs between the monthly workbook as it was sent to SSI and one made afresh:
rows added or removed and cells changed, per sheet, rows matched by their key columns.
Pure: it compares tables of plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True)
class Change:
    """One difference between the sent workbook and a fresh one."""

    sheet: str
    key: tuple[str, ...]
    column: str | None  # None for a whole row added or removed
    old: object
    new: object
    what: str  # added | removed | changed

    def text(self) -> str:
        where = f"{self.sheet} [{' / '.join(self.key)}]"
        if self.what == CHANGED:
            return f"{where} {self.column}: {self.old!r} -> {self.new!r}"
        return f"{where}: row {self.what}"


Table = Sequence[Mapping[str, object]]


def _key_text(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def diff_tables(
    old: Mapping[str, Table],
    new: Mapping[str, Table],
    keys: Mapping[str, Sequence[str]],
    ignore: Mapping[str, Iterable[str]] | None = None,
) -> list[Change]:
    """Cells and rows that differ, per sheet, matching rows by their key columns.

    ``ignore`` names rows (by key text) per sheet whose values are not compared, e.g. the
    time a workbook was made.
    """
    ignore = ignore or {}
    changes: list[Change] = []
    for sheet in keys:
        key_cols = list(keys[sheet])
        skip = {str(k) for k in ignore.get(sheet, ())}

        def index(rows: Table, key_cols: list[str] = key_cols) -> dict[tuple[str, ...], Mapping[str, object]]:
            out: dict[tuple[str, ...], Mapping[str, object]] = {}
            for row in rows:
                out[tuple(_key_text(row.get(c)) for c in key_cols)] = row
            return out

        before, after = index(old.get(sheet, [])), index(new.get(sheet, []))
        for key in sorted(set(before) | set(after)):
            if " / ".join(key) in skip:
                continue
            if key not in after:
                changes.append(Change(sheet, key, None, dict(before[key]), None, REMOVED))
            elif key not in before:
                changes.append(Change(sheet, key, None, None, dict(after[key]), ADDED))
            else:
                a, b = before[key], after[key]
                for column in list(dict.fromkeys([*a.keys(), *b.keys()])):
                    if column in key_cols:
                        continue
                    if _normal(a.get(column)) != _normal(b.get(column)):
                        changes.append(Change(sheet, key, column, a.get(column), b.get(column), CHANGED))
    return changes


def _normal(value: object) -> object:
    if value == "":
        return None
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value
