"""Incident lifecycle: open, move through the public stages, record who was affected."""

import datetime as dt

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import AffectedCustomer, Incident, Severity, Stage, TimelineEntry

AFFECTED_CHUNK = 2000


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
    customers: QuerySet[Customer],
    reason: str,
    actor: User | None,
    now: dt.datetime | None = None,
) -> int:
    """Add customers to the incident's affected set; returns how many were new. Idempotent."""
    now = now or timezone.now()
    with transaction.atomic():
        before = incident.affected.count()
        ids = customers.values_list("pk", flat=True).iterator(chunk_size=AFFECTED_CHUNK)
        batch: list[AffectedCustomer] = []
        for customer_id in ids:
            batch.append(
                AffectedCustomer(
                    incident=incident, customer_id=customer_id, reason=reason, added_at=now
                )
            )
            if len(batch) == AFFECTED_CHUNK:
                AffectedCustomer.objects.bulk_create(batch, ignore_conflicts=True)
                batch = []
        AffectedCustomer.objects.bulk_create(batch, ignore_conflicts=True)
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
