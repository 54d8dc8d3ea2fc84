"""Incident lifecycle: open, move through the public stages, record who was affected."""

import datetime as dt
import itertools
from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.customers.models import Customer, Segment
from ownup.customers.segments import segment_member_ids
from ownup.errors import UserError
from ownup.incidents.models import AffectedCustomer, Incident, Severity, Stage, TimelineEntry
from ownup.incidents.selectors import AffectedDiff, affected_diff

AFFECTED_CHUNK = 2000
REASON_LENGTH = 300


def incident_open(
    *,
    title: str,
    severity: int,
    opened_by: User | None,
    summary: str = "",
    public_message: str = "",
    now: dt.datetime | None = None,
) -> Incident:
    """Open an incident in the investigating stage with its first public update. Atomic."""
    title = title.strip()
    if not title:
        raise UserError("title: an incident needs a title")
    if severity not in Severity.values:
        raise UserError(f"severity: {severity} is not 1 (spilt milk) to 5 (sky falling)")
    now = now or timezone.now()
    with transaction.atomic():
        incident = Incident.objects.create(
            title=title, severity=severity, summary=summary, opened_by=opened_by, opened_at=now
        )
        TimelineEntry.objects.create(
            incident=incident,
            at=now,
            kind=TimelineEntry.Kind.OPENED,
            public=True,
            stage=Stage.INVESTIGATING,
            body=public_message or f"We are investigating: {title}.",
            actor=opened_by,
        )
        audit_record(
            actor=opened_by,
            action="incident.opened",
            target=incident.reference,
            severity=severity,
        )
    return incident


def incident_post_update(
    *,
    incident: Incident,
    stage: str,
    message: str,
    actor: User | None,
    now: dt.datetime | None = None,
) -> TimelineEntry:
    """Publish an update at a stage (investigating … resolved) on the status page. Atomic."""
    if stage not in Stage.values:
        raise UserError(f"stage: '{stage}' is not one of {', '.join(Stage.values)}")
    if not message.strip():
        raise UserError("message: a public update needs a message")
    now = now or timezone.now()
    with transaction.atomic():
        incident.stage = stage
        incident.resolved_at = now if stage == Stage.RESOLVED else None
        incident.save(update_fields=["stage", "resolved_at"])
        entry = TimelineEntry.objects.create(
            incident=incident,
            at=now,
            kind=TimelineEntry.Kind.STAGE,
            public=True,
            stage=stage,
            body=message.strip(),
            actor=actor,
        )
        audit_record(actor=actor, action="incident.update", target=incident.reference, stage=stage)
    return entry


def affected_add(
    *,
    incident: Incident,
    customers: QuerySet[Customer] | Iterable[int],
    reason: str,
    actor: User | None,
    segment: Segment | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Add customers (a queryset or their ids) to the affected set; returns how many were new.

    Atomic and idempotent: someone already in the set keeps the reason they first matched.
    """
    now = now or timezone.now()
    ids: Iterable[int] = (
        customers.values_list("pk", flat=True).iterator(chunk_size=AFFECTED_CHUNK)
        if isinstance(customers, QuerySet)
        else customers
    )
    with transaction.atomic():
        before = incident.affected.count()
        for chunk in itertools.batched(ids, AFFECTED_CHUNK):
            AffectedCustomer.objects.bulk_create(
                [
                    AffectedCustomer(
                        incident=incident,
                        customer_id=customer_id,
                        reason=reason,
                        segment=segment,
                        added_at=now,
                    )
                    for customer_id in chunk
                ],
                ignore_conflicts=True,
            )
        added = incident.affected.count() - before
        if added:
            TimelineEntry.objects.create(
                incident=incident,
                at=now,
                kind=TimelineEntry.Kind.AFFECTED,
                actor=actor,
                body=f"{added} customer(s) added to the affected set: {reason}",
            )
            audit_record(
                actor=actor,
                action="incident.affected",
                target=incident.reference,
                added=added,
                reason=reason,
            )
    return added


def affected_from_segment(
    *, incident: Incident, where: str, segment: Segment | None, actor: User | None
) -> int:
    """Freeze who matches the condition now into the affected set; returns how many were new."""
    return _affected_matching(incident, segment_member_ids(where), where, segment, actor)


def _affected_matching(
    incident: Incident, ids: list[int], where: str, segment: Segment | None, actor: User | None
) -> int:
    label = f"segment '{segment.name}'" if segment else "condition"
    reason = f"matched {label}: {where}"[:REASON_LENGTH]
    return affected_add(
        incident=incident, customers=ids, reason=reason, actor=actor, segment=segment
    )


def affected_refresh(
    *, incident: Incident, segment: Segment, actor: User | None, drop_left: bool = False
) -> AffectedDiff:
    """Add who joined the segment since it was frozen; with `drop_left`, remove who left.

    Atomic. Whoever was already told stays on record in the outbox either way.
    """
    diff = affected_diff(incident, segment)
    with transaction.atomic():
        _affected_matching(incident, diff.joined, segment.where, segment, actor)
        if drop_left and diff.left:
            for chunk in itertools.batched(diff.left, AFFECTED_CHUNK):
                incident.affected.filter(segment=segment, customer_id__in=chunk).delete()
            TimelineEntry.objects.create(
                incident=incident,
                at=timezone.now(),
                kind=TimelineEntry.Kind.AFFECTED,
                actor=actor,
                body=f"{len(diff.left)} customer(s) no longer match segment "
                f"'{segment.name}' and left the affected set",
            )
    return diff
