"""Reads for the public page: everything here is public text only."""

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from ownup.incidents.models import Incident, Stage, TimelineEntry
from ownup.statuspage.models import (
    STATUS_RANK,
    Component,
    ComponentGroup,
    ComponentStatus,
    IncidentImpact,
    Maintenance,
    MaintenanceStatus,
    MaintenanceUpdate,
)

RECENT_DAYS = 14
HISTORY_DAYS = 90
COMPLETED_SHOWN_DAYS = 7
MONTHS_PER_HISTORY_PAGE = 3
# (indicator, description) in the Statuspage v2 vocabulary, by the worst component status.
OVERALL = {
    ComponentStatus.OPERATIONAL: ("none", "All Systems Operational"),
    ComponentStatus.UNDER_MAINTENANCE: ("maintenance", "Service Under Maintenance"),
    ComponentStatus.DEGRADED_PERFORMANCE: ("minor", "Minor Service Outage"),
    ComponentStatus.PARTIAL_OUTAGE: ("major", "Partial System Outage"),
    ComponentStatus.MAJOR_OUTAGE: ("critical", "Major System Outage"),
}
# How much of an interval counts as downtime in the uptime figure: a major outage all of it,
# a partial outage 30 % (as Statuspage counts it); slow or in maintenance counts as up.
DOWNTIME_WEIGHT = {
    ComponentStatus.MAJOR_OUTAGE: 1.0,
    ComponentStatus.PARTIAL_OUTAGE: 0.3,
}
OPEN_MAINTENANCE = (MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.VERIFYING)


def worst(statuses: Iterable[ComponentStatus]) -> ComponentStatus:
    return max(statuses, key=STATUS_RANK.__getitem__, default=ComponentStatus.OPERATIONAL)


@dataclass(frozen=True)
class Day:
    date: dt.date
    uptime: float  # percent
    status: ComponentStatus  # the worst it was that day

    @property
    def uptime_text(self) -> str:
        return _percent(self.uptime)


@dataclass(frozen=True)
class ComponentView:
    component: Component
    status: ComponentStatus
    days: list[Day] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.component.name

    @property
    def description(self) -> str:
        return self.component.description

    @property
    def uptime(self) -> float:
        return sum(d.uptime for d in self.days) / len(self.days) if self.days else 100.0

    @property
    def uptime_text(self) -> str:
        return _percent(self.uptime)


@dataclass(frozen=True)
class GroupView:
    group: ComponentGroup | None
    components: list[ComponentView]

    @property
    def status(self) -> ComponentStatus:
        return worst(c.status for c in self.components)


@dataclass(frozen=True)
class PageView:
    indicator: str
    description: str
    groups: list[GroupView]
    active: list[Incident]
    recent: list[Incident]
    upcoming: list[Maintenance]
    in_progress: list[Maintenance]
    completed: list[Maintenance]
    updated_at: dt.datetime

    @property
    def components(self) -> list[ComponentView]:
        return [c for g in self.groups for c in g.components]


def _percent(value: float) -> str:
    text = f"{value:.2f}"
    return "100%" if text == "100.00" else f"{text}%"


def public_incidents() -> QuerySet[Incident]:
    updates = TimelineEntry.objects.filter(public=True).order_by("-at", "-id")
    return Incident.objects.prefetch_related(
        Prefetch("timeline", queryset=updates, to_attr="public_updates"),
        Prefetch("impacts", queryset=IncidentImpact.objects.select_related("component")),
    )


def public_maintenances() -> QuerySet[Maintenance]:
    return Maintenance.objects.prefetch_related(
        Prefetch("updates", queryset=MaintenanceUpdate.objects.order_by("-at", "-id")),
        "components",
    )


def _current_statuses() -> dict[int, ComponentStatus]:
    """Each component at its worst: its own status, open incidents, maintenance under way."""
    statuses = {c.pk: ComponentStatus(c.status) for c in Component.objects.all()}
    for impact in IncidentImpact.objects.exclude(incident__stage=Stage.RESOLVED).filter(
        ended_at__isnull=True
    ):
        current = statuses.get(impact.component_id, ComponentStatus.OPERATIONAL)
        statuses[impact.component_id] = worst([current, ComponentStatus(impact.status)])
    under_way = Maintenance.components.through.objects.filter(
        maintenance__status__in=OPEN_MAINTENANCE
    ).values_list("component_id", flat=True)
    for component_id in under_way:
        current = statuses.get(component_id, ComponentStatus.OPERATIONAL)
        statuses[component_id] = worst([current, ComponentStatus.UNDER_MAINTENANCE])
    return statuses


def component_status(component: Component) -> ComponentStatus:
    return _current_statuses()[component.pk]


def _impact_intervals(
    since: dt.datetime, now: dt.datetime
) -> dict[int, list[tuple[dt.datetime, dt.datetime, ComponentStatus]]]:
    impacts = IncidentImpact.objects.select_related("incident").exclude(
        incident__resolved_at__lt=since
    )
    intervals: dict[int, list[tuple[dt.datetime, dt.datetime, ComponentStatus]]] = defaultdict(list)
    for impact in impacts:
        start = impact.started_at or impact.incident.opened_at
        end = impact.ended_at or impact.incident.resolved_at or now
        if end > since and start < now:
            intervals[impact.component_id].append(
                (max(start, since), min(end, now), ComponentStatus(impact.status))
            )
    return intervals


def downtime_seconds(
    intervals: list[tuple[dt.datetime, dt.datetime, ComponentStatus]],
    start: dt.datetime,
    end: dt.datetime,
) -> float:
    """Seconds of [start, end) that count as down: overlapping impacts count once, at the
    weight of the worst of them. SLA credits use it too, so both say the same downtime."""
    clipped = [(max(s, start), min(e, end), st) for s, e, st in intervals if s < end and e > start]
    edges = sorted({t for s, e, _ in clipped for t in (s, e)})
    down = 0.0
    for left, right in itertools.pairwise(edges):
        weights = [DOWNTIME_WEIGHT.get(st, 0.0) for s, e, st in clipped if s <= left and e >= right]
        down += max(weights, default=0.0) * (right - left).total_seconds()
    return down


def _day_of(
    date: dt.date,
    intervals: list[tuple[dt.datetime, dt.datetime, ComponentStatus]],
    now: dt.datetime,
) -> Day:
    """Uptime of one UTC day: the part of it not down, where overlapping impacts count once,
    at the weight of the worst of them."""
    day_start = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC)
    day_end = min(day_start + dt.timedelta(days=1), now)
    clipped = [
        (max(s, day_start), min(e, day_end), status)
        for s, e, status in intervals
        if s < day_end and e > day_start
    ]
    if not clipped or day_end <= day_start:
        return Day(date, 100.0, ComponentStatus.OPERATIONAL)
    down = downtime_seconds(clipped, day_start, day_end)
    observed = (day_end - day_start).total_seconds()
    return Day(date, 100.0 * (1 - down / observed), worst(st for _, _, st in clipped))


def component_history(now: dt.datetime, days: int = HISTORY_DAYS) -> dict[int, list[Day]]:
    """The last `days` UTC days of each component, oldest first."""
    today = now.astimezone(dt.UTC).date()
    first = today - dt.timedelta(days=days - 1)
    since = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    intervals = _impact_intervals(since, now)
    dates = [first + dt.timedelta(days=n) for n in range(days)]
    return {
        component.pk: [_day_of(d, intervals.get(component.pk, []), now) for d in dates]
        for component in Component.objects.all()
    }


def _groups(statuses: dict[int, ComponentStatus], history: dict[int, list[Day]]) -> list[GroupView]:
    by_group: dict[int | None, list[ComponentView]] = defaultdict(list)
    for component in Component.objects.all():
        by_group[component.group_id].append(
            ComponentView(component, statuses[component.pk], history.get(component.pk, []))
        )
    groups = [GroupView(None, by_group[None])] if by_group[None] else []
    for group in ComponentGroup.objects.all():
        if by_group[group.pk]:
            groups.append(GroupView(group, by_group[group.pk]))
    return groups


def status_page(
    now: dt.datetime | None = None, *, updated_at: dt.datetime | None = None
) -> PageView:
    now = now or timezone.now()
    statuses = _current_statuses()
    overall = worst(statuses.values())
    indicator, description = OVERALL[overall]
    incidents = public_incidents()
    active = list(incidents.exclude(stage=Stage.RESOLVED))
    if active and indicator in ("none", "maintenance"):
        indicator, description = "minor", "Minor Service Outage"
    recent = list(
        incidents.filter(
            stage=Stage.RESOLVED, resolved_at__gte=now - dt.timedelta(days=RECENT_DAYS)
        )
    )
    maintenances = public_maintenances()
    return PageView(
        indicator=indicator,
        description=description,
        groups=_groups(statuses, component_history(now)),
        active=active,
        recent=recent,
        upcoming=list(
            maintenances.filter(status=MaintenanceStatus.SCHEDULED).order_by("scheduled_for")
        ),
        in_progress=list(maintenances.filter(status__in=OPEN_MAINTENANCE)),
        completed=list(
            maintenances.filter(
                status=MaintenanceStatus.COMPLETED,
                completed_at__gte=now - dt.timedelta(days=COMPLETED_SHOWN_DAYS),
            )
        ),
        updated_at=updated_at or now,
    )


def public_incident(public_id: str) -> Incident | None:
    return public_incidents().filter(public_id=public_id).first()


def public_maintenance(public_id: str) -> Maintenance | None:
    return public_maintenances().filter(public_id=public_id).first()


@dataclass(frozen=True)
class Month:
    start: dt.date
    incidents: list[Incident]
    maintenances: list[Maintenance]


def history_page(number: int, now: dt.datetime | None = None) -> tuple[list[Month], Page[int]]:
    """Incidents and completed maintenance by month, newest first, a few months a page."""
    now = now or timezone.now()
    first = Incident.objects.order_by("opened_at").values_list("opened_at", flat=True).first()
    oldest = (first or now).astimezone(dt.UTC).date().replace(day=1)
    current = now.astimezone(dt.UTC).date().replace(day=1)
    months: list[dt.date] = []
    while current >= oldest:
        months.append(current)
        current = (current - dt.timedelta(days=1)).replace(day=1)
    page = Paginator(range(len(months)), MONTHS_PER_HISTORY_PAGE).get_page(number)
    shown = [months[i] for i in page.object_list]
    if not shown:
        return [], page
    start = dt.datetime.combine(shown[-1], dt.time(), tzinfo=dt.UTC)
    incidents = list(public_incidents().filter(opened_at__gte=start))
    maintenances = list(
        public_maintenances().filter(status=MaintenanceStatus.COMPLETED, scheduled_for__gte=start)
    )

    def month_of(moment: dt.datetime) -> dt.date:
        return moment.astimezone(dt.UTC).date().replace(day=1)

    return [
        Month(
            m,
            [i for i in incidents if month_of(i.opened_at) == m],
            [x for x in maintenances if month_of(x.scheduled_for) == m],
        )
        for m in shown
    ], page
