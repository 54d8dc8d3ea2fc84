from django.db.models import Count, Q, QuerySet

from ownup.comms.models import Batch, DeliveryStatus, MessageTemplate, Notice, OutboxMessage
from ownup.incidents.models import Incident

STAT_NAMES = [s.value for s in DeliveryStatus if s != DeliveryStatus.HELD]


def outbox_stats(incident: Incident) -> dict[str, int]:
    """Counts per delivery state for one incident, plus the possible duplicates."""
    counts = OutboxMessage.objects.filter(incident=incident).aggregate(
        **{name: Count("pk", filter=Q(status=name)) for name in STAT_NAMES},
        # Rows awaiting a lead's approval are queued as far as anyone counting is concerned.
        held=Count("pk", filter=Q(status=DeliveryStatus.HELD)),
        possible_duplicates=Count("pk", filter=Q(possible_duplicate=True)),
    )
    counts["queued"] += counts.pop("held")
    return {name: int(counts[name] or 0) for name in [*STAT_NAMES, "possible_duplicates"]}


def batches_for(incident: Incident) -> QuerySet[Batch]:
    return Batch.objects.filter(notice__incident=incident).select_related("notice", "created_by")


def messages_not_delivered(incident: Incident) -> QuerySet[OutboxMessage]:
    return OutboxMessage.objects.filter(
        incident=incident, status=DeliveryStatus.FAILED
    ).select_related("customer")


def templates_for(kind: str) -> QuerySet[MessageTemplate]:
    return MessageTemplate.objects.filter(kind=kind)


def delivery_progress(incident: Incident) -> dict[str, object]:
    stats = outbox_stats(incident)
    pending = stats["queued"] + stats["sending"] + stats["retrying"]
    total = pending + stats["sent"] + stats["failed"]
    return {"stats": stats, "pending": pending, "total": total, "done": total - pending}


def notice_untold_count(notice: Notice) -> int:
    """Affected customers this notice has not been queued for yet."""
    return notice.incident.affected.exclude(customer__messages__notice=notice).count()
