"""Actions a signed-in user's role does not allow are disabled, with a tooltip naming the
role: one helper for every page's action buttons and shortcuts.

``gate(ops, target, service)`` ties a ``QAction`` or a button to the service it runs
(the role is what the service requires, ``services.permissions``).  The page keeps
enabling and disabling its actions as before (a row selected, a draft open); the gate
remembers what the page wants and keeps the target disabled while the role is too low,
and :meth:`RoleGate.apply` (after a sign-in or a switch of user) puts it back.  The
services refuse anyway: this only spares a person the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import permissions
from pharmacy_app.ui import labels
from pharmacy_app.ui.operations import Operations


@dataclass
class _Gated:
    target: QAction | QWidget
    role: Role
    wanted: bool  # what the page last asked for
    tip: str  # the page's own tooltip


class RoleGate(QObject):
    """The gated actions of one window (one :class:`Operations`)."""

    def __init__(self, ops: Operations):
        super().__init__(ops)
        self._ops = ops
        self._gated: list[_Gated] = []
        self._setting = False

    def add(self, target: QAction | QWidget, role: Role) -> None:
        entry = _Gated(target, role, target.isEnabled(), target.toolTip())
        self._gated.append(entry)
        if isinstance(target, QAction):
            target.changed.connect(lambda e=entry: self._page_changed(e))
        else:
            target.installEventFilter(self)
        self._apply_one(entry)

    def allows(self, role: Role) -> bool:
        return permissions.allowed(self._ops.app, role)

    def apply(self) -> None:
        """After the user or their role changed: every gated target follows the role."""
        self._gated = [e for e in self._gated if shiboken6.isValid(e.target)]  # pages closed
        for entry in self._gated:
            self._apply_one(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not self._setting:
            for entry in self._gated:
                if entry.target is watched:
                    self._page_changed(entry)
        return False

    def _page_changed(self, entry: _Gated) -> None:
        if self._setting:
            return
        target = entry.target
        explicit = target.isEnabled() if isinstance(target, QAction) else _explicitly_enabled(target)
        entry.wanted = explicit
        if explicit and not self.allows(entry.role):
            self._apply_one(entry)

    def _apply_one(self, entry: _Gated) -> None:
        allowed = self.allows(entry.role)
        self._setting = True
        try:
            entry.target.setEnabled(entry.wanted and allowed)
            if allowed:
                entry.target.setToolTip(entry.tip)
            else:
                hint = labels.problem_text(Problem("role_needed_hint", {"needed": entry.role.term}))
                entry.target.setToolTip(f"{entry.tip}\n{hint}" if entry.tip else hint)
        finally:
            self._setting = False


def _explicitly_enabled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return widget.isEnabledTo(parent) if parent is not None else widget.isEnabled()


def role_gate(ops: Operations) -> RoleGate:
    """The window's gate (made on first use)."""
    gate: RoleGate | None = getattr(ops, "_role_gate", None)
    if gate is None:
        gate = RoleGate(ops)
        ops._role_gate = gate  # type: ignore[attr-defined]
    return gate


def gate(ops: Operations, service: Callable[..., Any], *targets: QAction | QWidget) -> None:
    """Keep ``targets`` disabled while the user's role is below what ``service`` requires."""
    role = permissions.required_role(service)
    if role is None:
        raise TypeError(f"{getattr(service, '__qualname__', service)} requires no role")
    for target in targets:
        role_gate(ops).add(target, role)
