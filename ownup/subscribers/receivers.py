from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from ownup.incidents.models import TimelineEntry
from ownup.subscribers.services import update_announce


@receiver(post_save, sender=TimelineEntry, dispatch_uid="subscribers-announce-update")
def announce_public_update(
    sender: type[TimelineEntry], instance: TimelineEntry, created: bool, raw: bool, **kwargs: Any
) -> None:
    # Incidents need not know subscribers exist; running inside the transaction that stores
    # the update means the update and the messages announcing it commit, or fail, together.
    if created and not raw and instance.public:
        update_announce(entry=instance)
