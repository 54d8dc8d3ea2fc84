"""Writes to customer data besides imports (see imports.py): saved segments."""

from typing import Any

from django.db import transaction

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.customers.models import Segment
from ownup.customers.segments import segment_count, where_checked
from ownup.errors import UserError


def segment_save(
    *, name: str, where: str, actor: User | None, conditions: dict[str, Any] | None = None
) -> Segment:
    """Save (or replace) a named segment after checking its condition runs. Atomic."""
    name = name.strip()
    if not name:
        raise UserError("name: a segment needs a name")
    clause = where_checked(where)
    segment_count(clause)  # a clause that names an unknown column fails here, not at freeze
    with transaction.atomic():
        segment, created = Segment.objects.update_or_create(
            name=name,
            defaults={"where": clause, "conditions": conditions or {}, "created_by": actor},
        )
        audit_record(
            actor=actor,
            action="segment.saved" if created else "segment.changed",
            target=name,
            where=clause,
        )
    return segment
