import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from ownup.incidents.models import Incident, Stage, TimelineEntry
from ownup.statuspage.models import STATUS_RANK, Component, ComponentStatus, IncidentImpact

RECENT_DAYS = 14
# (indicator, description) in the Statuspage v2 vocabulary, by the worst component status.
OVERALL = {
    ComponentStatus.OPERATIONAL: ("none", "All Systems Operational"),
    ComponentStatus.UNDER_MAINTENANCE: ("maintenance", "Service Under Maintenance"),
    ComponentStatus.DEGRADED_PERFORMANCE: ("minor", "Minor Service Outage"),
    ComponentStatus.PARTIAL_OUTAGE: ("major", "Partial System Outage"),
    ComponentStatus.MAJOR_OUTAGE: ("critical", "Major System Outage"),
}


@dataclass(frozen=True)
class ComponentView:
    name: str
    description: str
    status: ComponentStatus


@dataclass(frozen=True)
class PageView:
    indicator: str
    description: str
    components: list[ComponentView]
    active: list[Incident]
    recent: list[Incident]


def _public_incidents() -> QuerySet[Incident]:
    updates = TimelineEntry.objects.filter(public=True).order_by("-at", "-id")
    return Incident.objects.prefetch_related(
        Prefetch("timeline", queryset=updates, to_attr="public_updates"),
        Prefetch("impacts", queryset=IncidentImpact.objects.select_related("component")),
    )


def components_now() -> list[ComponentView]:
    """Each component at its worst: its own status or an open incident's impact on it."""
    open_impacts = IncidentImpact.objects.exclude(incident__stage=Stage.RESOLVED)
    worst: dict[int, ComponentStatus] = {}
    for impact in open_impacts:
        status = ComponentStatus(impact.status)
        current = worst.get(impact.component_id, ComponentStatus.OPERATIONAL)
        worst[impact.component_id] = max(current, status, key=STATUS_RANK.__getitem__)
    views = []
    for component in Component.objects.all():
        own = ComponentStatus(component.status)
        status = max(own, worst.get(component.pk, own), key=STATUS_RANK.__getitem__)
        views.append(ComponentView(component.name, component.description, status))
    return views


def status_page(now: dt.datetime | None = None) -> PageView:
    now = now or timezone.now()
    components = components_now()
    worst = max(
        (c.status for c in components),
        key=STATUS_RANK.__getitem__,
        default=ComponentStatus.OPERATIONAL,
    )
    indicator, description = OVERALL[worst]
    incidents = _public_incidents()
    active = list(incidents.exclude(stage=Stage.RESOLVED))
    if active and indicator == "none":
        indicator, description = "minor", "Minor Service Outage"
    recent = list(
        incidents.filter(
            stage=Stage.RESOLVED, resolved_at__gte=now - dt.timedelta(days=RECENT_DAYS)
        )
    )
    return PageView(indicator, description, components, active, recent)


def public_incident(pk: int) -> Incident | None:
    return _public_incidents().filter(pk=pk).first()
