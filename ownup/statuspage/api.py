"""The Statuspage public API v2, field for field, so existing readers work unchanged.

Ids of components and updates are derived from the page's secret key (stable, opaque);
incidents and maintenances keep their own stored public ids.
"""

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings

from ownup.incidents.models import Incident, Stage, TimelineEntry
from ownup.statuspage.models import (
    ID_ALPHABET,
    ID_LENGTH,
    Component,
    ComponentGroup,
    ComponentStatus,
    Maintenance,
    MaintenanceStatus,
    MaintenanceUpdate,
    PageState,
)
from ownup.statuspage.selectors import OPEN_MAINTENANCE, PageView, worst

Json = dict[str, Any]
# An incident's impact, as Statuspage names it, from the worst it does to a component.
IMPACT = {
    ComponentStatus.OPERATIONAL: "none",
    ComponentStatus.UNDER_MAINTENANCE: "none",
    ComponentStatus.DEGRADED_PERFORMANCE: "minor",
    ComponentStatus.PARTIAL_OUTAGE: "major",
    ComponentStatus.MAJOR_OUTAGE: "critical",
}


def timestamp(moment: dt.datetime | None) -> str | None:
    """UTC with milliseconds and a Z, as Statuspage writes them."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class V2:
    """Builds every v2 document for one state of the page."""

    def __init__(self, state: PageState, view: PageView, incidents: list[Incident]) -> None:
        self.state = state
        self.view = view
        self.incidents = incidents
        self.statuses = {c.component.pk: c.status for c in view.components}
        self.base_url = settings.OWNUP_STATUSPAGE_URL.rstrip("/")

    def derived_id(self, kind: str, pk: int) -> str:
        digest = hashlib.blake2b(
            f"{kind}:{pk}".encode(), key=self.state.key.encode(), digest_size=16
        ).digest()
        return "".join(ID_ALPHABET[b % len(ID_ALPHABET)] for b in digest[:ID_LENGTH])

    def page(self) -> Json:
        return {
            "id": self.state.public_id,
            "name": settings.OWNUP_STATUSPAGE_NAME,
            "url": self.base_url,
            "time_zone": "Etc/UTC",
            "updated_at": timestamp(self.view.updated_at),
        }

    def status(self) -> Json:
        return {"indicator": self.view.indicator, "description": self.view.description}

    def component(self, component: Component) -> Json:
        group_id = self.derived_id("group", component.group_id) if component.group_id else None
        return {
            "id": self.derived_id("component", component.pk),
            "name": component.name,
            "status": self.statuses.get(component.pk, component.status),
            "created_at": timestamp(component.created_at),
            "updated_at": timestamp(component.updated_at),
            "position": component.position,
            "description": component.description or None,
            "showcase": True,
            "start_date": None,
            "group_id": group_id,
            "page_id": self.state.public_id,
            "group": False,
            "only_show_if_degraded": False,
        }

    def group(self, group: ComponentGroup, members: list[Component]) -> Json:
        return {
            "id": self.derived_id("group", group.pk),
            "name": group.name,
            "status": worst(self.statuses[c.pk] for c in members),
            "created_at": timestamp(group.created_at),
            "updated_at": timestamp(group.updated_at),
            "position": group.position,
            "description": group.description or None,
            "showcase": False,
            "start_date": None,
            "group_id": None,
            "page_id": self.state.public_id,
            "group": True,
            "only_show_if_degraded": False,
            "components": [self.derived_id("component", c.pk) for c in members],
        }

    def components(self) -> list[Json]:
        documents = []
        for view in self.view.groups:
            members = [c.component for c in view.components]
            if view.group is not None:
                documents.append(self.group(view.group, members))
            documents.extend(self.component(c) for c in members)
        return documents

    def _update(self, *, id: str, status: str, body: str, event_id: str, at: dt.datetime) -> Json:
        return {
            "id": id,
            "status": status,
            "body": body,
            "incident_id": event_id,
            "created_at": timestamp(at),
            "updated_at": timestamp(at),
            "display_at": timestamp(at),
            "affected_components": None,
            "deliver_notifications": True,
            "custom_tweet": None,
            "tweet_id": None,
        }

    def incident(self, incident: Incident) -> Json:
        updates: list[TimelineEntry] = incident.public_updates  # type: ignore[attr-defined]
        impacts = list(incident.impacts.all())
        monitoring = [u.at for u in updates if u.stage == Stage.MONITORING]
        return {
            "id": incident.public_id,
            "name": incident.public_name,
            "status": incident.stage,
            "created_at": timestamp(incident.opened_at),
            "updated_at": timestamp(max([u.at for u in updates], default=incident.opened_at)),
            "monitoring_at": timestamp(max(monitoring)) if monitoring else None,
            "resolved_at": timestamp(incident.resolved_at),
            "impact": IMPACT[worst(ComponentStatus(i.status) for i in impacts)],
            "shortlink": f"{self.base_url}/incidents/{incident.public_id}/",
            "started_at": timestamp(incident.opened_at),
            "page_id": self.state.public_id,
            "incident_updates": [
                self._update(
                    id=self.derived_id("incident_update", u.pk),
                    status=u.stage or Stage.INVESTIGATING,
                    body=u.body,
                    event_id=incident.public_id,
                    at=u.at,
                )
                for u in updates
            ],
            "components": [self.component(i.component) for i in impacts],
            "reminder_intervals": None,
        }

    def maintenance(self, maintenance: Maintenance) -> Json:
        updates: list[MaintenanceUpdate] = list(maintenance.updates.all())
        return {
            "id": maintenance.public_id,
            "name": maintenance.title,
            "status": maintenance.status,
            "created_at": timestamp(maintenance.created_at),
            "updated_at": timestamp(maintenance.updated_at),
            "monitoring_at": None,
            "resolved_at": timestamp(maintenance.completed_at),
            "impact": "maintenance",
            "shortlink": f"{self.base_url}/maintenance/{maintenance.public_id}/",
            "started_at": timestamp(maintenance.started_at or maintenance.scheduled_for),
            "page_id": self.state.public_id,
            "incident_updates": [
                self._update(
                    id=u.public_id,
                    status=u.status,
                    body=u.body,
                    event_id=maintenance.public_id,
                    at=u.at,
                )
                for u in updates
            ]
            # Readers expect at least one update; planned work added without one (in the
            # admin, say) is announced by its own text.
            or [
                self._update(
                    id=self.derived_id("maintenance", maintenance.pk),
                    status=MaintenanceStatus.SCHEDULED,
                    body=maintenance.body,
                    event_id=maintenance.public_id,
                    at=maintenance.created_at,
                )
            ],
            "components": [self.component(c) for c in maintenance.components.all()],
            "scheduled_for": timestamp(maintenance.scheduled_for),
            "scheduled_until": timestamp(maintenance.scheduled_until),
        }

    def documents(self, maintenances: list[Maintenance]) -> dict[str, Json]:
        """Every endpoint, by its path under api/v2/."""
        unresolved = [self.incident(i) for i in self.incidents if i.stage != Stage.RESOLVED]
        upcoming = [
            self.maintenance(m) for m in maintenances if m.status == MaintenanceStatus.SCHEDULED
        ]
        active = [self.maintenance(m) for m in maintenances if m.status in OPEN_MAINTENANCE]
        page = self.page()
        return {
            "summary.json": {
                "page": page,
                "components": self.components(),
                "incidents": unresolved,
                "scheduled_maintenances": active + upcoming,
                "status": self.status(),
            },
            "status.json": {"page": page, "status": self.status()},
            "components.json": {"page": page, "components": self.components()},
            "incidents.json": {
                "page": page,
                "incidents": [self.incident(i) for i in self.incidents],
            },
            "incidents/unresolved.json": {"page": page, "incidents": unresolved},
            "scheduled-maintenances.json": {
                "page": page,
                "scheduled_maintenances": [self.maintenance(m) for m in maintenances],
            },
            "scheduled-maintenances/upcoming.json": {
                "page": page,
                "scheduled_maintenances": upcoming,
            },
            "scheduled-maintenances/active.json": {
                "page": page,
                "scheduled_maintenances": active,
            },
        }
