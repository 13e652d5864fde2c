"""Columns that fit the table's width, so the important ones stay in view on a small screen.

``ColumnFit`` gives each column its preferred width while there is room.  In a narrower
table it first shrinks the columns that read well elided (names) down to their minimum,
then hides the optional columns (which the column menu can show again) one by one, in
the order given, and shows them again when the table is wide enough.

What must hold: the person's own choice wins.  Once a column is resized by hand (or a
remembered header state was restored) the fit stops and never touches the table again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class ColumnFit(QObject):
    def __init__(
        self,
        view: QTableView,
        preferred: dict[int, int],
        minimum: dict[int, int] | None = None,
        optional: Sequence[int] = (),
    ):
        super().__init__(view)
        self._view = view
        self._preferred = dict(preferred)
        self._minimum = {c: min(w, (minimum or {}).get(c, w)) for c, w in self._preferred.items()}
        self._optional = list(optional)
        self._hidden: set[int] = set()  # hidden by the fit, not by the person
        self._busy = False
        self.active = True
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)
        self.fit()

    def stop(self) -> None:
        """Leave the columns as they are from now on (a remembered state was restored)."""
        self.active = False

    def hidden_by_fit(self) -> set[int]:
        return set(self._hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.active:
            self.fit()
        return False

    def _resized(self, column: int, old: int, new: int) -> None:
        if self._busy or not self.active or not self._view.isVisible() or not old or not new:
            return  # ours, before it is seen, or a column hidden or shown (not a drag)
        header = self._view.horizontalHeader()
        visible = [header.logicalIndex(v) for v in range(header.count())]
        visible = [c for c in visible if not header.isSectionHidden(c)]
        if header.stretchLastSection() and visible and column == visible[-1]:
            return  # the header stretched its last column to the new width
        self.active = False  # a person dragged a column edge

    def fit(self) -> None:
        if not self.active:
            return
        header = self._view.horizontalHeader()
        room = self._view.viewport().width() - 2
        if room <= 0:
            return
        # Columns the person hid stay hidden; ours are reconsidered each time.
        columns = [c for c in self._preferred if c in self._hidden or not header.isSectionHidden(c)]
        hide: list[int] = []
        widths = dict(self._preferred)
        for optional in [None, *self._optional]:
            if optional is not None:
                hide.append(optional)
            shown = [c for c in columns if c not in hide]
            wanted = sum(self._preferred[c] for c in shown)
            if wanted <= room:
                widths = {c: self._preferred[c] for c in shown}
                break
            least = sum(self._minimum[c] for c in shown)
            if least <= room or optional == (self._optional[-1] if self._optional else None):
                widths = self._shrink(shown, max(0, wanted - room))
                break
        self._busy = True
        try:
            for column in columns:
                header.setSectionHidden(column, column in hide)
                if column in widths:
                    self._view.setColumnWidth(column, widths[column])
            self._hidden = set(hide)
        finally:
            self._busy = False

    def _shrink(self, shown: list[int], deficit: int) -> dict[int, int]:
        """Take ``deficit`` pixels from the columns that can give, in proportion."""
        give = {c: self._preferred[c] - self._minimum[c] for c in shown}
        total = sum(give.values())
        widths = {c: self._preferred[c] for c in shown}
        if total <= 0:
            return widths
        share = min(1.0, deficit / total)
        for c in shown:
            widths[c] = self._preferred[c] - round(give[c] * share)
        return widths
