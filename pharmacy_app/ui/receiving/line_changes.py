"""Changing the lines of a draft receipt: packs, storage on arrival, on hold and its
reason, from the table's editors, the line's menu or the Delete key; removing a line.

Each change asks the receiving service and the page shows the receipt it returns; a
refusal is said in the strip.  A line's menu on a posted receipt offers to thaw it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from pharmacy_app.services.receiving import DRAFT, FRIDGE, FROZEN, ReceiptView
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops
from pharmacy_app.ui.receiving.models import LineChange, ReceiptLinesModel, condition_name

if TYPE_CHECKING:
    from pharmacy_app.ui.receiving.page import ReceivingPage


class LineChanges(QObject):
    """The draft line changes of the Receiving page ``page``."""

    def __init__(self, ops: Operations, page: ReceivingPage):
        super().__init__(page)
        self._ops = ops
        self._page = page
        self.line_menu: QMenu | None = None

    def update(self, line_id: int, change: LineChange) -> None:
        """Change a line: ``{"packs": n}``, ``{"condition": c}``, ``{"hold": b, "hold_reason": r}``."""
        page = self._page

        def done(view: ReceiptView) -> None:
            page.show_receipt(view)
            page.select_line(line_id)
            line = next((x for x in view.lines if x.id == line_id), None)
            if line is not None:
                page.strip.show_ok(self.tr("Line %1 changed").replace("%1", str(line.line_no)))

        receiving_ops.update_line(page, line_id, **change).success(done).failure(page.strip.show_failure).run(
            self._ops, self.tr("Changing the line…")
        )

    def remove_selected(self) -> None:
        page = self._page
        line = page.selected_line()
        view = page.receipt
        if line is None or view is None or view.status != DRAFT:
            return
        row = page.lines_table.currentIndex().row()

        def done(result: ReceiptView) -> None:
            page.show_receipt(result)
            page.strip.show_ok(
                self.tr("Line %1 removed: %2 %3").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                    "%3", line.batch
                )
            )
            if result.lines:
                keep = result.lines[min(row, len(result.lines) - 1)]
                page.select_line(keep.id)
            page.lines_table.setFocus()

        receiving_ops.remove_line(page, line.id).success(done).failure(page.strip.show_failure).run(
            self._ops, self.tr("Removing the line…")
        )

    def hold_selected(self) -> None:
        """Take the selected line off hold, or ask why it is held and hold it."""
        page = self._page
        line = page.selected_line()
        if line is None or not page.lines_model.editable:
            return
        if line.hold:
            self.update(line.id, {"hold": False})
            return
        dialog = QInputDialog(page)
        dialog.setWindowTitle(self.tr("Put on hold"))
        dialog.setLabelText(
            self.tr("Why is line %1 (%2 %3) held?").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                "%3", line.batch
            )
        )
        dialog.setTextValue(line.hold_reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self.update(line.id, {"hold": True, "hold_reason": text.strip()}) if text.strip() else None
        )
        dialog.open()

    def menu(self, pos: QPoint) -> None:
        """The selected line's menu: change, hold, storage, remove; thaw once posted."""
        page = self._page
        index = page.lines_table.select_at(pos)
        line = page.selected_line()
        if line is None:
            return
        menu = QMenu(page)
        editable = page.lines_model.editable
        if editable:
            packs = menu.addAction(self.tr("Change packs…\tF2"))
            packs.triggered.connect(
                lambda: page.lines_table.edit(page.lines_model.index(index.row(), ReceiptLinesModel.PACKS))
            )
            hold = menu.addAction(self.tr("Take off hold") if line.hold else self.tr("Put on hold…"))
            hold.triggered.connect(self.hold_selected)
            storage = menu.addMenu(self.tr("Storage"))
            for condition in (FROZEN, FRIDGE):
                a = storage.addAction(condition_name(condition))
                a.setCheckable(True)
                a.setChecked(line.condition == condition)
                a.setEnabled(condition == FRIDGE or page.is_frozen(line.product_id))
                a.triggered.connect(lambda _c=False, c=condition: self.update(line.id, {"condition": c}))
            menu.addSeparator()
            remove = menu.addAction(self.tr("Remove line\tDel"))
            remove.triggered.connect(self.remove_selected)
        else:
            thaw = menu.addAction(self.tr("Thaw…\tCtrl+T"))
            thaw.setEnabled(page.thaw_action.isEnabled())
            thaw.triggered.connect(page.thaw_selected)
        menu.popup(page.lines_table.viewport().mapToGlobal(pos))
        self.line_menu = menu
