"""The Users tab's writes: add a user, disable or enable one, change a role, set a password."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.roles import Role
from pharmacy_app.services import users
from pharmacy_app.services.users import UserInfo
from pharmacy_app.ui.ops.service_op import ServiceOp


def add_user(parent: QWidget, name: str, role: Role, password: str, full_name: str) -> ServiceOp[UserInfo]:
    return ServiceOp.call(parent, users.add_user, name, role, password, full_name)


def set_disabled(parent: QWidget, name: str, disabled: bool) -> ServiceOp[UserInfo]:
    return ServiceOp.call(parent, users.set_disabled, name, disabled)


def set_role(parent: QWidget, name: str, role: Role) -> ServiceOp[UserInfo]:
    return ServiceOp.call(parent, users.set_role, name, role)


def set_password(parent: QWidget, name: str, password: str) -> ServiceOp[UserInfo]:
    return ServiceOp.call(parent, users.set_password, name, password)


def save_lock_after_minutes(parent: QWidget, minutes: int) -> ServiceOp[int]:
    return ServiceOp.call(parent, users.save_lock_after_minutes, minutes)
