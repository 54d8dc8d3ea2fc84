"""Writes to the public page. Each is atomic; the page is re-rendered and re-published
after it commits (see publishing.page_changed, called on every save)."""

import datetime as dt
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.statuspage.models import (
    Component,
    ComponentGroup,
    ComponentStatus,
    IncidentImpact,
    Maintenance,
    MaintenanceStatus,
    MaintenanceUpdate,
)


def component_by_name(name: str) -> Component:
    try:
        return Component.objects.get(name__iexact=name.strip())
    except Component.DoesNotExist:
        known = ", ".join(Component.objects.values_list("name", flat=True))
        raise UserError(f"component: no component '{name}' (there are: {known})") from None


def maintenance_by_id(public_id: str) -> Maintenance:
    try:
        return Maintenance.objects.get(public_id=public_id.strip().lower())
    except Maintenance.DoesNotExist:
        raise UserError(f"maintenance: no scheduled maintenance '{public_id}'") from None


def _check_status(status: str) -> ComponentStatus:
    if status not in ComponentStatus.values:
        raise UserError(f"status: '{status}' is not one of {', '.join(ComponentStatus.values)}")
    return ComponentStatus(status)


def incident_impact_set(
    *,
    incident: Incident,
    component: Component,
    status: str,
    actor: User | None,
    now: dt.datetime | None = None,
) -> IncidentImpact:
    """Show on the status page how the incident affects a component. Atomic, idempotent.

    `operational` lifts the impact before the incident is resolved; the uptime history
    counts it from when it was first set until it was lifted or the incident resolved.
    """
    _check_status(status)
    now = now or timezone.now()
    with transaction.atomic():
        impact = IncidentImpact.objects.filter(incident=incident, component=component).first()
        if impact is None:
            impact = IncidentImpact(incident=incident, component=component, started_at=now)
        impact.status = status
        impact.ended_at = now if status == ComponentStatus.OPERATIONAL else None
        impact.save()
        audit_record(
            actor=actor,
            action="incident.impact",
            target=incident.reference,
            component=component.name,
            status=status,
        )
    return impact


def incident_public_title_set(*, incident: Incident, public_title: str, actor: User | None) -> None:
    """Name the incident on the status page differently from inside (blank: the title). Atomic."""
    with transaction.atomic():
        incident.public_title = public_title.strip()
        incident.save(update_fields=["public_title"])
        audit_record(actor=actor, action="incident.public_title", target=incident.reference)


def component_group_add(*, name: str, position: int = 0, description: str = "") -> ComponentGroup:
    """Add a group of components, or move an existing one. Idempotent."""
    name = name.strip()
    if not name:
        raise UserError("name: a group needs a name")
    group, _ = ComponentGroup.objects.update_or_create(
        name=name, defaults={"position": position, "description": description}
    )
    return group


def component_set(
    *,
    name: str,
    status: str | None = None,
    group: str | None = None,
    description: str | None = None,
    actor: User | None,
) -> Component:
    """Set a component's own status, group (blank: none) or description; adds it if new.

    Atomic. Open incidents and maintenance under way can still show it worse than this.
    """
    name = name.strip()
    if not name:
        raise UserError("name: a component needs a name")
    with transaction.atomic():
        component = Component.objects.filter(name__iexact=name).first()
        if component is None:
            last = Component.objects.aggregate(last=Max("position"))["last"]
            component = Component(name=name, position=0 if last is None else last + 1)
        if status is not None:
            component.status = _check_status(status)
        if group is not None:
            component.group = (
                ComponentGroup.objects.get_or_create(name=group.strip())[0]
                if group.strip()
                else None
            )
        if description is not None:
            component.description = description.strip()
        component.save()
        audit_record(
            actor=actor, action="component.set", target=component.name, status=component.status
        )
    return component


def maintenance_schedule(
    *,
    title: str,
    body: str,
    scheduled_for: dt.datetime,
    scheduled_until: dt.datetime,
    components: Sequence[Component] = (),
    actor: User | None,
    now: dt.datetime | None = None,
) -> Maintenance:
    """Announce planned work; its body is the first public update. Atomic."""
    if not title.strip():
        raise UserError("title: maintenance needs a title")
    if not body.strip():
        raise UserError("body: say in public what will happen and what customers will notice")
    if scheduled_until <= scheduled_for:
        raise UserError(
            f"until: {scheduled_until:%Y-%m-%d %H:%M} is not after the start "
            f"{scheduled_for:%Y-%m-%d %H:%M}"
        )
    now = now or timezone.now()
    with transaction.atomic():
        maintenance = Maintenance.objects.create(
            title=title.strip(),
            body=body.strip(),
            scheduled_for=scheduled_for,
            scheduled_until=scheduled_until,
            created_at=now,
        )
        maintenance.components.set(components)
        MaintenanceUpdate.objects.create(
            maintenance=maintenance, at=now, status=MaintenanceStatus.SCHEDULED, body=body.strip()
        )
        audit_record(actor=actor, action="maintenance.scheduled", target=maintenance.public_id)
    return maintenance


def maintenance_update(
    *,
    maintenance: Maintenance,
    status: str,
    message: str,
    actor: User | None,
    now: dt.datetime | None = None,
) -> MaintenanceUpdate:
    """Move maintenance on (scheduled, in progress, verifying, completed) with a public
    update. Atomic. While in progress or verifying, its components show under maintenance."""
    if status not in MaintenanceStatus.values:
        raise UserError(f"status: '{status}' is not one of {', '.join(MaintenanceStatus.values)}")
    if not message.strip():
        raise UserError("message: a public update needs a message")
    now = now or timezone.now()
    with transaction.atomic():
        maintenance.status = status
        if status != MaintenanceStatus.SCHEDULED and maintenance.started_at is None:
            maintenance.started_at = now
        maintenance.completed_at = now if status == MaintenanceStatus.COMPLETED else None
        maintenance.save()
        update = MaintenanceUpdate.objects.create(
            maintenance=maintenance, at=now, status=status, body=message.strip()
        )
        audit_record(
            actor=actor, action="maintenance.update", target=maintenance.public_id, status=status
        )
    return update
