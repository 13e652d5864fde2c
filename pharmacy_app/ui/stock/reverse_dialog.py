"""Reverse one movement of a lot's history, with a reason (``stock.reverse_one``).

The dialog says in words what will be undone (when, what, from where to where, how many
doses, the reference) and what is posted instead: the mirror image, dated now, pointing
at the original.  A refusal (the place no longer holds the doses, a recalled lot that
would go back to a site, a movement reversed meanwhile) is the service's typed message.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.queries import HistoryRow
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.reason_dialog import ReasonDialog


class ReverseDialog(ReasonDialog):
    """Undo one movement by posting its mirror image now."""

    def __init__(self, ops: Operations, movement: HistoryRow, batch: str, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.movement = movement
        self.setWindowTitle(self.tr("Reverse movement #%1").replace("%1", str(movement.movement_id)))
        self.setObjectName("reverseDialog")
        self.info.setText(self._info_html(batch))
        self.reason_edit.setPlaceholderText(self.tr("e.g. sent to the wrong site; typed 60 for 6"))
        self.ok_button.setText(self.tr("&Reverse"))
        self.add_reason_row()
        self.reason_edit.setFocus()

    def _info_html(self, batch: str) -> str:
        h = self.movement
        source = labels.location_name(h.from_code, h.from_name)
        dest = labels.location_name(h.to_code, h.to_name)
        doses = self.tr("%Ln dose(s)", None, h.doses)
        undone = self.tr("This undoes movement #%1:").replace("%1", str(h.movement_id))
        what = f"{fmt.datetime_text(h.occurred_at)} · {labels.movement_kind(h.kind)} · {source} → {dest} · {doses}"
        lines = [f"<b>{escape(undone)}</b>", escape(what)]
        batch_word, reference_word, by_word = self.tr("Batch"), self.tr("Reference"), self.tr("By")
        details = [f"{batch_word} {batch}"]
        if h.reference:
            details.append(f"{reference_word} {h.reference}")
        details.append(f"{by_word} {h.user}")
        lines.append(escape(" · ".join(details)))
        posted = (
            self.tr("Posted now: %1 go back from %2 to %3, pointing at #%4. The original stays in the history, struck through.")
            .replace("%1", doses)
            .replace("%2", dest)
            .replace("%3", source)
            .replace("%4", str(h.movement_id))
        )
        lines.append(f"<span style='color:#5c6166'>{escape(posted)}</span>")
        return "<br>".join(lines)

    def saving_label(self) -> str:
        return self.tr("Reversing…")

    def op(self, reason: str, closed_month_reason: str | None) -> ServiceOp[int]:
        return stock_ops.reverse_one(
            self, self.movement.movement_id, reason, closed_month_reason=closed_month_reason
        )
