from django.db.models import Count, Q, QuerySet

from ownup.accounts.models import Role, User
from ownup.comms.models import Batch, DeliveryStatus, MessageTemplate, Notice, OutboxMessage
from ownup.errors import UserError
from ownup.incidents.models import Incident

UNDELIVERED_SHOWN = 50
# Who may approve a send that waits: a second pair of eyes with authority.
APPROVER_ROLES = (Role.LEAD, Role.ADMIN)
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
    return Batch.objects.filter(notice__incident=incident).select_related(
        "notice", "created_by", "approved_by"
    )


def messages_not_delivered(incident: Incident) -> QuerySet[OutboxMessage]:
    return OutboxMessage.objects.filter(
        incident=incident, status=DeliveryStatus.FAILED
    ).select_related("customer")


def templates_for(kind: str) -> QuerySet[MessageTemplate]:
    return MessageTemplate.objects.filter(kind=kind)


def delivery_progress(incident: Incident, *, viewer: User | None = None) -> dict[str, object]:
    """Counts for the incident's delivery panel, the messages that failed for good, and the
    batches that wait for approval, each saying whether `viewer` may approve it."""
    stats = outbox_stats(incident)
    pending = stats["queued"] + stats["sending"] + stats["retrying"]
    total = pending + stats["sent"] + stats["failed"]
    waiting = batches_for(incident).filter(needs_approval=True, approved_at__isnull=True)
    return {
        "stats": stats,
        "pending": pending,
        "total": total,
        "done": total - pending,
        "undelivered": messages_not_delivered(incident)[:UNDELIVERED_SHOWN],
        "waiting": [(b, viewer is not None and can_approve(viewer, b)) for b in waiting],
    }


def can_approve(user: User, batch: Batch) -> bool:
    return user.role in APPROVER_ROLES and user.pk != batch.created_by_id


def notice_untold_count(notice: Notice) -> int:
    """Affected customers this notice has not been queued for yet."""
    return notice.incident.affected.exclude(customer__messages__notice=notice).count()


def batch_by_reference(reference: str) -> Batch:
    """`B-12` (or `12`) as the batch; a UserError names a reference that does not exist."""
    number = reference.strip().upper().removeprefix("B-")
    batch = (
        Batch.objects.select_related("notice__incident", "created_by", "approved_by")
        .filter(pk=int(number))
        .first()
        if number.isdigit()
        else None
    )
    if batch is None:
        raise UserError(f"batch: there is no batch '{reference}' (they look like B-12)")
    return batch


def batches_listed(*, waiting_only: bool = False) -> QuerySet[Batch]:
    batches = Batch.objects.select_related("notice__incident", "created_by", "approved_by")
    if waiting_only:
        batches = batches.filter(needs_approval=True, approved_at__isnull=True)
    return batches
