from django.db import transaction

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.statuspage.models import Component, ComponentStatus, IncidentImpact


def component_by_name(name: str) -> Component:
    try:
        return Component.objects.get(name__iexact=name.strip())
    except Component.DoesNotExist:
        known = ", ".join(Component.objects.values_list("name", flat=True))
        raise UserError(f"component: no component '{name}' (there are: {known})") from None


def incident_impact_set(
    *, incident: Incident, component: Component, status: str, actor: User | None
) -> IncidentImpact:
    """Show on the status page how the incident affects a component. Atomic, idempotent."""
    if status not in ComponentStatus.values:
        raise UserError(f"status: '{status}' is not one of {', '.join(ComponentStatus.values)}")
    with transaction.atomic():
        impact, _ = IncidentImpact.objects.update_or_create(
            incident=incident, component=component, defaults={"status": status}
        )
        audit_record(
            actor=actor,
            action="incident.impact",
            target=incident.reference,
            component=component.name,
            status=status,
        )
    return impact
