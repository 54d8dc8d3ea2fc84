from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from ownup.accounts.models import AuditEvent, Role, User
from ownup.errors import UserError


def audit_record(*, actor: User | None, action: str, target: str = "", **details: Any) -> None:
    """Append one audit event; call it inside the transaction that made the change."""
    AuditEvent.objects.create(actor=actor, action=action, target=target, details=details)


def user_add(*, username: str, role: str, email: str, password: str, full_name: str = "") -> User:
    """Create a staff user with a role. Atomic; refuses a taken name or a weak password."""
    if role not in Role.values:
        raise UserError(f"role: '{role}' is not one of {', '.join(Role.values)}")
    try:
        validate_email(email)
    except ValidationError:
        raise UserError(f"email: '{email}' is not an address") from None
    if User.objects.filter(username=username).exists():
        raise UserError(f"user '{username}' already exists")
    first, _, last = full_name.partition(" ")
    user = User(username=username, role=role, email=email, first_name=first, last_name=last)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise UserError(f"password: {' '.join(exc.messages)}") from None
    user.set_password(password)
    user.is_staff = role == Role.ADMIN
    user.is_superuser = role == Role.ADMIN
    with transaction.atomic():
        user.save()
        audit_record(actor=None, action="user.added", target=username, role=role)
    return user


def user_by_name(username: str) -> User:
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise UserError(f"no user named '{username}'") from None
