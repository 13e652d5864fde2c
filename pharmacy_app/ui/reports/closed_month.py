"""Posting into a month that was already reported to SSI.

Marking a month's SSI report as sent closes the month: the ledger then refuses a
movement dated into it (``month_closed``) unless a reason is given.  Rather than leave
the user stuck, the screens that save movements show :class:`ClosedMonthDialog`, which
says which month is closed, when and by whom it was sent, and that the change will be
listed under "Changes since sent" on the Reports page; it asks for the reason.

What must hold: the dialog writes nothing itself.  On OK the caller re-runs the very
same service call with ``closed_month_reason=<reason>``; Cancel writes nothing.  OK is
disabled while the reason is blank (the ledger refuses a blank reason too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.ui import fmt

MONTH_CLOSED = "month_closed"
REASON_MAX_LENGTH = 200


def closed_month_problem(err: BaseException) -> Problem | None:
    """The ``month_closed`` problem when that is the only reason ``err`` refused, else None.

    A refusal that also has other problems is not offered the override: those must be
    fixed first, and the ordinary error display lists them all."""
    if not isinstance(err, DomainError) or not err.problems:
        return None
    if any(p.code != MONTH_CLOSED for p in err.problems):
        return None
    return err.problems[0]


def month_text(period: str) -> str:
    """``2026-10`` as people say it: "oktober 2026" / "October 2026"."""
    try:
        year, month = (int(part) for part in period.split("-", 1))
        date(year, month, 1)
    except ValueError:
        return period
    name = fmt.locale().standaloneMonthName(month)
    return f"{name} {year}"


def _when_text(value: str) -> str:
    """The sent time (local, ``YYYY-MM-DD HH:MM``) written as the UI writes times."""
    try:
        # Written in Danish time (domain.localtime.local_minute): read it as such.
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    except ValueError:
        return value
    return f"{fmt.date_text(moment.date())} {moment.strftime('%H:%M')}"


class ClosedMonthDialog(QDialog):
    """Explains that the month is closed and asks for the reason to post into it anyway."""

    def __init__(self, problem: Problem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closedMonthDialog")
        self.problem = problem
        params = problem.params
        self.period = str(params.get("period", ""))
        month = month_text(self.period)
        self.setWindowTitle(self.tr("Month already reported to SSI"))
        self.setMinimumWidth(520)

        self.heading = QLabel(self.tr("%1 is closed").replace("%1", month))
        self.heading.setObjectName("closedMonthHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)

        # The facts that matter (month, when, by whom) in bold; every piece escaped.
        sent = (
            escape(self.tr("The report to SSI for %1 was marked as sent on %2 by %3."))
            .replace("%1", f"<b>{escape(month)}</b>")
            .replace("%2", f"<b>{escape(_when_text(str(params.get('when', ''))))}</b>")
            .replace("%3", f"<b>{escape(str(params.get('by', '')))}</b>")
        )
        listed = self.tr(
            "You can still save this change. It will then be listed under “Changes since sent” "
            "on the Reports page, and your reason is kept in the movement's note."
        )
        self.explanation = QLabel(f"<p>{sent}</p><p>{escape(listed)}</p>")
        self.explanation.setObjectName("closedMonthText")
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setWordWrap(True)

        self.reason_label = QLabel(self.tr("&Reason for changing a closed month (required)"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("closedMonthReason")
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. paper form found after the report was sent")
        )
        self.reason_label.setBuddy(self.reason_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button = QPushButton(self.tr("&Save anyway"))
        self.ok_button.setObjectName("closedMonthOk")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _refresh_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if not self.reason():  # Enter in an empty field
            return
        super().accept()


def ask_closed_month_reason(parent: QWidget | None, err: BaseException) -> str | None:
    """Blocking variant: the reason typed, or None if cancelled or ``err`` is not a
    closed-month refusal."""
    problem = closed_month_problem(err)
    if problem is None:
        return None
    dialog = ClosedMonthDialog(problem, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason()
        return None
    finally:
        dialog.deleteLater()


def offer_closed_month_reason(
    parent: QWidget | None,
    err: BaseException,
    retry: Callable[[str], None],
    cancelled: Callable[[], None] | None = None,
) -> ClosedMonthDialog | None:
    """If ``err`` is a closed-month refusal, open the dialog (window-modal, without
    blocking) and return it; on OK ``retry(reason)`` runs, on Cancel ``cancelled()``.
    Returns None, doing nothing, for any other error."""
    problem = closed_month_problem(err)
    if problem is None:
        return None
    dialog = ClosedMonthDialog(problem, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            retry(dialog.reason())
        elif cancelled is not None:
            cancelled()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
