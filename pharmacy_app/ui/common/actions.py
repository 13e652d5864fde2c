"""What a page does at a key or a click: its shortcuts, the bar of its buttons beside the
totals, and the question asked before an action that cannot simply be taken back.

What must hold: a page's shortcuts work wherever the keyboard is on the page (and only
there); a question never blocks the window (it is window-modal and opened, not run), and
only its yes-button runs the action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

from pharmacy_app.ui.common.flow_layout import FlowLayout


def page_shortcut(
    page: QWidget, text: str, keys: Sequence[str], slot: Callable[..., object], *, tip: str = ""
) -> QAction:
    """An action on ``page`` that ``keys`` (``"Ctrl+N"``) trigger while the focus is anywhere
    on it; ``tip``, when given, is its tooltip with the first key added in brackets."""
    action = QAction(text, page)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tip:
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({native})" if native else tip)
    action.triggered.connect(slot)
    page.addAction(action)
    return action


def action_bar(totals: QLabel, buttons: Sequence[QWidget]) -> FlowLayout:
    """The totals on the left, then the buttons.  A flow: on a small screen the buttons
    wrap below the totals instead of squeezing them."""
    bar = FlowLayout(spacing=8, row_spacing=6)
    totals.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(totals)
    for button in buttons:
        bar.addWidget(button)
    return bar


def ask(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    yes: str,
    no: str,
    on_yes: Callable[[], object],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    yes_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
    yes_is_default: bool = True,
    name: str = "",
) -> QMessageBox:
    """Open a window-modal question; ``on_yes`` runs only when ``yes`` is clicked.  The
    box deletes itself when closed; it is returned (tests press its buttons)."""
    box = QMessageBox(parent)
    if name:
        box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    go = box.addButton(yes, yes_role)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    if yes_is_default:
        box.setDefaultButton(go)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda b: on_yes() if b is go else None)
    box.open()
    return box
