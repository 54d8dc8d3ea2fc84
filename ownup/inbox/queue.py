"""What the reply desk shows: the queue of replies waiting for an answer, and the other tabs.

Reads only. The waiting queue puts the angriest first and, within a feeling, whoever has
waited longest; the index on (status, feeling, received_at) serves it.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When

from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus
from ownup.inbox.triage import FEELING_RANK, Feeling
from ownup.incidents.models import Incident


@dataclass(frozen=True)
class Tab:
    slug: str
    label: str
    kind: str


TABS = (
    Tab("waiting", "Waiting for an answer", InboundKind.REPLY),
    Tab("auto-replies", "Automatic replies", InboundKind.AUTO_REPLY),
    Tab("bounces", "Bounces", InboundKind.BOUNCE),
    Tab("unreadable", "Unreadable", InboundKind.UNREADABLE),
)
TAB_BY_SLUG = {tab.slug: tab for tab in TABS}

_FEELING_ORDER = Case(
    *(When(feeling=feeling, then=Value(rank)) for feeling, rank in FEELING_RANK.items()),
    default=Value(FEELING_RANK[Feeling.CALM]),
    output_field=IntegerField(),
)


def queue_waiting(
    *, incident: Incident | None = None, intent: str = ""
) -> QuerySet[InboundMessage]:
    """Replies waiting for an answer: angry, then upset, then calm; oldest first in each."""
    waiting = InboundMessage.objects.filter(
        kind=InboundKind.REPLY, status=InboundStatus.WAITING
    ).select_related("incident", "customer")
    if incident is not None:
        waiting = waiting.filter(incident=incident)
    if intent:
        waiting = waiting.filter(intent=intent)
    return waiting.order_by(_FEELING_ORDER, "received_at", "id")


def queue_filed(kind: str) -> QuerySet[InboundMessage]:
    """Automatic replies, bounces or unreadable messages, newest first."""
    return (
        InboundMessage.objects.filter(kind=kind)
        .select_related("incident", "customer")
        .order_by("-received_at", "-id")
    )


def queue_counts() -> dict[str, int]:
    """How many messages each tab holds, by tab slug."""
    counted = InboundMessage.objects.aggregate(
        **{
            tab.slug.replace("-", "_"): Count(
                "id",
                filter=Q(kind=tab.kind)
                & (Q(status=InboundStatus.WAITING) if tab.slug == "waiting" else Q()),
            )
            for tab in TABS
        }
    )
    return {tab.slug: counted[tab.slug.replace("-", "_")] or 0 for tab in TABS}


def queue_incidents() -> QuerySet[Incident]:
    """Incidents with replies waiting, for the queue's filter."""
    return (
        Incident.objects.filter(
            replies__kind=InboundKind.REPLY, replies__status=InboundStatus.WAITING
        )
        .distinct()
        .order_by("-id")
    )
