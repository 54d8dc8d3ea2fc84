"""Drafting notices and the decision to send them: one outbox row per recipient, atomically."""

import datetime as dt
from dataclasses import dataclass, field
from email.utils import formataddr

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.comms.candor.gate import candor_gate
from ownup.comms.models import (
    BROADCAST_KINDS,
    SINGLE_NOTICE_KINDS,
    Batch,
    Channel,
    DeliveryStatus,
    MessageTemplate,
    Notice,
    NoticeKind,
    OutboxMessage,
)
from ownup.comms.outbox import Outgoing, outbox_insert, outbox_row
from ownup.comms.rendering import SLOT_LABELS, Rendered, render, slots_used
from ownup.comms.selectors import APPROVER_ROLES, can_approve
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident, Severity, TimelineEntry
from ownup.incidents.selectors import affected_customers
from ownup.remedies.selectors import customers_offered_alone
from ownup.remedies.services import remedies_offered_with_notice

ROW_CHUNK = 1000


@dataclass
class NotifyResult:
    batch: Batch | None
    would_queue: int
    skipped: list[dict[str, str]] = field(default_factory=list)


def template_for(kind: str, name: str | None = None) -> MessageTemplate:
    templates = MessageTemplate.objects.filter(kind=kind)
    template = templates.filter(name=name).first() if name else templates.first()
    if template is None:
        wanted = f"named '{name}'" if name else f"for {kind} notices"
        raise UserError(f"template: there is no template {wanted}")
    return template


def notice_current(incident: Incident, kind: str) -> Notice | None:
    return incident.notices.filter(kind=kind).first()


def notice_draft(
    *,
    incident: Incident,
    kind: str,
    actor: User | None,
    template: MessageTemplate | None = None,
    subject: str | None = None,
    body: str | None = None,
    slots: dict[str, str] | None = None,
    new: bool = False,
) -> Notice:
    """Create or edit the incident's notice of a kind, from a template or from scratch. Atomic.

    A first notice and a resolution exist once per incident; `new=True` starts another update.
    """
    if kind not in NoticeKind.values:
        raise UserError(f"stage: '{kind}' is not one of {', '.join(NoticeKind.values)}")
    unknown = sorted(set(slots or {}) - set(SLOT_LABELS))
    if unknown:
        raise UserError(f"slot: '{unknown[0]}' is not one of {', '.join(SLOT_LABELS)}")
    with transaction.atomic():
        notice = None if new and kind not in SINGLE_NOTICE_KINDS else notice_current(incident, kind)
        # Both words given: the notice is written from scratch and needs no template.
        from_scratch = template is None and subject is not None and body is not None
        if notice is None and from_scratch:
            notice = Notice(incident=incident, kind=kind, created_by=actor)
        elif notice is None or template is not None:
            template = template or template_for(kind)
            notice = notice or Notice(incident=incident, kind=kind, created_by=actor)
            notice.template, notice.subject, notice.body = template, template.subject, template.body
        notice.subject = subject if subject is not None else notice.subject
        notice.body = body if body is not None else notice.body
        notice.slots = {**notice.slots, **{k: v.strip() for k, v in (slots or {}).items()}}
        notice.save()
        audit_record(actor=actor, action="notice.drafted", target=incident.reference, kind=kind)
    return notice


def notice_missing_slots(notice: Notice) -> list[str]:
    return [s for s in slots_used(notice.subject, notice.body) if not notice.slots.get(s)]


def notice_preview(*, notice: Notice, customer: Customer) -> Rendered:
    return render(
        subject=notice.subject,
        body=notice.body,
        slots=notice.slots,
        customer=customer,
        incident=notice.incident,
    )


def _address_problem(email: str) -> str | None:
    if not email:
        return "has no email address"
    try:
        validate_email(email)
    except ValidationError:
        return f"'{email}' is not an address"
    return None


def notify(
    *,
    incident: Incident,
    kind: str,
    actor: User,
    dry_run: bool = False,
    now: dt.datetime | None = None,
    send_anyway: str = "",
) -> NotifyResult:
    """Queue the incident's notice for every affected customer not yet told. Atomic.

    Rendering and storing happen in one transaction, so a template mistake stops the whole
    batch before any message can go out. Re-running adds only customers who joined the
    affected set since; the unique (topic, recipient, channel) row makes a second send
    impossible, even in a race.

    A notice missing what its kind must say is refused unless `send_anyway` gives the reason,
    which is kept in the audit log.
    """
    if kind not in BROADCAST_KINDS:
        raise UserError(
            f"{kind}: answers one customer's message (ownup inbox answer), not everyone affected"
        )
    notice = notice_current(incident, kind)
    if notice is None:
        raise UserError(
            f"{incident.reference} has no {kind} notice yet: draft one first "
            f"(ownup notice draft {incident.reference} --stage {kind})"
        )
    missing = notice_missing_slots(notice)
    if missing:
        labels = ", ".join(f"'{SLOT_LABELS[s]}' ({s})" for s in missing)
        raise UserError(f"{incident.reference} {kind} notice: fill in {labels} before sending")
    candor_gate(notice=notice, actor=actor, send_anyway=send_anyway, dry_run=dry_run)
    now = now or timezone.now()
    told = set(notice.messages.values_list("customer_id", flat=True))
    if kind == NoticeKind.REMEDY:
        # Offered their remedy by an email of its own (ownup remedy email): already told.
        told |= customers_offered_alone(incident)
    skipped: list[dict[str, str]] = []
    customers = affected_customers(incident)
    # Decided before the first row is stored, on the most there can be; settled at the end.
    held = approval_needed(incident, customers.count())
    status = DeliveryStatus.HELD if held else DeliveryStatus.QUEUED
    # Rows are stored a chunk at a time as they are rendered, so memory stays flat however
    # many are told. No worker sees any of them before the whole batch commits, and a
    # template mistake part-way rolls every one of them back.
    with transaction.atomic():
        batch = (
            None
            if dry_run
            else Batch.objects.create(notice=notice, created_by=actor, created_at=now)
        )
        would_queue = queued = 0
        rows: list[OutboxMessage] = []
        for customer in customers.iterator(chunk_size=ROW_CHUNK):
            if customer.pk in told:
                continue
            problem = _address_problem(customer.email)
            if problem:
                skipped.append({"customer": customer.key, "name": customer.name, "reason": problem})
                continue
            rendered = notice_preview(notice=notice, customer=customer)
            would_queue += 1
            if batch is not None:
                rows.append(_outbox_row(notice, customer, rendered, now, batch, status))
            if len(rows) == ROW_CHUNK:
                queued += outbox_insert(rows)
                rows = []
        # Another sender may have queued some of them a moment ago: count what this batch holds.
        queued += outbox_insert(rows) if rows else 0
        if batch is None or not queued:
            # A dry run, or nobody new to tell: a batch of zero would only clutter the timeline.
            transaction.set_rollback(True)
            return NotifyResult(batch=None, would_queue=would_queue, skipped=skipped)
        needs_approval = approval_needed(incident, queued)
        if held and not needs_approval:
            batch.messages.update(status=DeliveryStatus.QUEUED)
        batch.queued, batch.skipped, batch.needs_approval = queued, skipped, needs_approval
        batch.save(update_fields=["queued", "skipped", "needs_approval"])
        if kind == NoticeKind.REMEDY:
            # The notice carries each customer's own remedy, so theirs is now offered.
            remedies_offered_with_notice(
                incident=incident,
                customer_ids=list(batch.messages.values_list("customer_id", flat=True)),
                by=actor,
                now=now,
            )
        TimelineEntry.objects.create(
            incident=incident,
            at=now,
            kind=TimelineEntry.Kind.NOTICE,
            actor=actor,
            body=f"{notice.get_kind_display()} queued for {batch.queued} customer(s) "
            f"as {batch.reference}; {len(skipped)} could not be told by email."
            + (" It waits for a lead's approval." if needs_approval else ""),
        )
        audit_record(
            actor=actor,
            action="notice.queued",
            target=incident.reference,
            batch=batch.reference,
            queued=batch.queued,
            skipped=len(skipped),
            needs_approval=needs_approval,
        )
    return NotifyResult(batch=batch, would_queue=batch.queued, skipped=skipped)


def _outbox_row(
    notice: Notice,
    customer: Customer,
    rendered: Rendered,
    now: dt.datetime,
    batch: Batch,
    status: str,
) -> OutboxMessage:
    message = Outgoing(
        topic=f"notice:{notice.pk}",
        recipient=f"customer:{customer.pk}",
        channel=Channel.EMAIL,
        to_address=customer.email,
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        headers={"To": formataddr((customer.name, customer.email))},
        incident=notice.incident,
    )
    return outbox_row(
        message, now=now, batch=batch, notice=notice, customer=customer, status=status
    )


def approval_needed(incident: Incident, recipients: int) -> bool:
    """More recipients than OWNUP_APPROVAL_THRESHOLD, or one of the two highest severities."""
    return recipients > settings.OWNUP_APPROVAL_THRESHOLD or incident.severity >= Severity.SERIOUS


def batch_approve(*, batch: Batch, approver: User, now: dt.datetime | None = None) -> Batch:
    """A lead other than the sender releases a held batch to the worker. Atomic, audited.

    Approving twice, approving one's own send, or approving without being a lead is refused
    with the reason; nothing changes then.
    """
    now = now or timezone.now()
    with transaction.atomic():
        batch = (
            Batch.objects.select_for_update().select_related("notice__incident").get(pk=batch.pk)
        )
        if not batch.needs_approval:
            raise UserError(f"{batch.reference} does not need approval: it was sent straight away")
        if batch.approved_by is not None:
            raise UserError(f"{batch.reference} was already approved by {batch.approved_by}")
        if approver.role not in APPROVER_ROLES:
            raise UserError(
                f"{approver.username} is an {approver.get_role_display().lower()}: "
                "only a lead or an admin can approve a send"
            )
        if not can_approve(approver, batch):
            raise UserError(
                f"{approver.username} sent {batch.reference}: another lead has to approve it"
            )
        batch.approved_by, batch.approved_at = approver, now
        batch.save(update_fields=["approved_by", "approved_at"])
        released = batch.messages.filter(status=DeliveryStatus.HELD).update(
            status=DeliveryStatus.QUEUED, next_attempt_at=now
        )
        incident = batch.notice.incident
        TimelineEntry.objects.create(
            incident=incident,
            at=now,
            kind=TimelineEntry.Kind.NOTICE,
            actor=approver,
            body=f"{batch.reference} approved: {released} message(s) on their way.",
        )
        audit_record(
            actor=approver,
            action="batch.approved",
            target=incident.reference,
            batch=batch.reference,
            released=released,
        )
    return batch
