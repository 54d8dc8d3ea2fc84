"""Public news reaches subscribers from the moment it is stored.

Incidents and the status page need not know subscribers exist; running inside the
transaction that stores an update means the update and the messages announcing it commit,
or fail, together.
"""

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from ownup.incidents.models import TimelineEntry
from ownup.statuspage.models import IncidentImpact, MaintenanceUpdate
from ownup.subscribers.services import impact_announce, maintenance_announce, update_announce


@receiver(post_save, sender=TimelineEntry, dispatch_uid="subscribers-announce-update")
def announce_public_update(
    sender: type[TimelineEntry], instance: TimelineEntry, created: bool, raw: bool, **kwargs: Any
) -> None:
    if created and not raw and instance.public:
        update_announce(entry=instance)


@receiver(post_save, sender=MaintenanceUpdate, dispatch_uid="subscribers-announce-maintenance")
def announce_maintenance_update(
    sender: type[MaintenanceUpdate],
    instance: MaintenanceUpdate,
    created: bool,
    raw: bool,
    **kwargs: Any,
) -> None:
    if created and not raw:
        maintenance_announce(update=instance)


@receiver(post_save, sender=IncidentImpact, dispatch_uid="subscribers-announce-impact")
def announce_impact(
    sender: type[IncidentImpact], instance: IncidentImpact, created: bool, raw: bool, **kwargs: Any
) -> None:
    if created and not raw:
        impact_announce(impact=instance)
