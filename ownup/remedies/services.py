"""Writes: offering a remedy within one's limit or asking a lead, every change of state,
reminders, SLA credits in bulk, and what billing is told. Each is atomic and audited."""

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass
from decimal import Decimal
from email.utils import formataddr
from itertools import batched
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from ownup.accounts.models import Role, User
from ownup.accounts.services import audit_record
from ownup.comms.models import Channel, Notice, NoticeKind, OutboxMessage
from ownup.comms.outbox import (
    Outgoing,
    outbox_enqueue,
    outbox_insert,
    outbox_row,
    outgoing_problem,
)
from ownup.comms.rendering import render, slots_used, text_to_html
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import AffectedCustomer, Incident, TimelineEntry
from ownup.remedies.models import (
    AMOUNT_KINDS,
    MONEY_KINDS,
    TRANSITIONS,
    Kind,
    Remedy,
    RemedyOption,
    State,
)
from ownup.remedies.selectors import (
    limit_check,
    money,
    option_for,
    overdue_q,
    remedies_in_messages,
)
from ownup.remedies.sla import CreditOwed, sla_credits_compute

BULK_CHUNK = 2000
SIGNATURE_HEADER = "X-Ownup-Signature"
# Who does a step, by the state it leads to: the step's own `<state>_by` and `<state>_at`.
STEP_FIELDS = {
    State.APPROVED: ("approved_by", "approved_at"),
    State.OFFERED: ("offered_by", "offered_at"),
    State.ACCEPTED: ("accepted_by", "accepted_at"),
    State.DECLINED: ("declined_by", "declined_at"),
    State.FULFILLED: ("fulfilled_by", "fulfilled_at"),
}
VERB = {
    State.APPROVED: "approved",
    State.OFFERED: "offered",
    State.ACCEPTED: "accepted",
    State.DECLINED: "declined",
    State.FULFILLED: "fulfilled",
}


def public_url(name: str, *args: str) -> str:
    return settings.OWNUP_PUBLIC_URL + reverse(name, args=args)


def describe(remedy: Remedy) -> str:
    """'service credit £20.00 for Ana Almeida (C1)'."""
    amount = f" {money(remedy.amount, remedy.currency)}" if remedy.amount is not None else ""
    who = remedy.customer.name or remedy.customer.email or remedy.customer.key
    return f"{remedy.get_kind_display().lower()}{amount} for {who} ({remedy.customer.key})"


def _timeline(remedy: Remedy, *, by: User | None, at: dt.datetime, text: str) -> None:
    TimelineEntry.objects.create(
        incident=remedy.incident, at=at, kind=TimelineEntry.Kind.NOTE, actor=by, body=text
    )


def _clean_amount(option: RemedyOption, amount: Decimal | None) -> Decimal | None:
    if option.kind in AMOUNT_KINDS:
        if amount is None:
            raise UserError(f"amount: a {option.get_kind_display().lower()} needs an amount")
        if amount <= 0:
            raise UserError(f"amount: '{amount}' must be more than 0")
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            raise UserError(f"amount: '{amount}' has more than two decimal places")
        return amount
    if amount is not None and amount <= 0:
        raise UserError(f"amount: '{amount}' must be more than 0")
    return amount


def _already(incident: Incident, customer: Customer) -> Remedy | None:
    return (
        Remedy.objects.filter(incident=incident, customer=customer, kind__in=MONEY_KINDS)
        .exclude(state=State.DECLINED)
        .first()
    )


def remedy_offer(
    *,
    incident: Incident,
    customer: Customer,
    option: RemedyOption,
    by: User,
    amount: Decimal | None = None,
    request: bool = False,
    due_on: dt.date | None = None,
    owner: User | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> Remedy:
    """Give an affected customer a remedy from the catalogue. Atomic, audited, on the timeline.

    Within `by`'s limit it is approved at once. Above it, it is refused with the limit named,
    unless `request` is set: then it waits as proposed and every lead (or admin) who could
    approve it is emailed through the outbox. Money back is given once per customer and
    incident: a second one is refused, even when two people try at the same moment. Its
    owner (who is reminded when it is overdue) is `by` unless another is named.
    """
    now = now or timezone.now()
    if not option.active:
        raise UserError(f"'{option.name}' is no longer offered")
    amount = _clean_amount(option, amount)
    if not AffectedCustomer.objects.filter(incident=incident, customer=customer).exists():
        raise UserError(
            f"{customer.key} is not among the customers affected by {incident.reference}"
        )
    check = limit_check(by, option, amount)
    if not check.allowed and not request:
        raise UserError(f"{check.problem}. Ask with --request, and a lead is told")
    remedy = Remedy(
        incident=incident,
        customer=customer,
        option=option,
        kind=option.kind,
        amount=amount,
        currency=settings.OWNUP_REMEDY_CURRENCY,
        state=State.APPROVED if check.allowed else State.PROPOSED,
        note=note,
        owner=owner or by,
        due_on=due_on or (now + dt.timedelta(days=settings.OWNUP_REMEDY_DUE_DAYS)).date(),
        created_by=by,
        created_at=now,
        approved_by=by if check.allowed else None,
        approved_at=now if check.allowed else None,
    )
    with transaction.atomic():
        _save_once(remedy)
        text = f"{remedy.reference}: {describe(remedy)} "
        text += "approved" if check.allowed else f"proposed; waits for approval ({check.problem})"
        _timeline(remedy, by=by, at=now, text=text + ".")
        audit_record(
            actor=by,
            action="remedy.approved" if check.allowed else "remedy.proposed",
            target=remedy.reference,
            incident=incident.reference,
            customer=customer.key,
            kind=remedy.kind,
            amount=str(amount) if amount is not None else None,
        )
        if not check.allowed:
            _ask_approvers(remedy, by=by, reason=check.problem)
    return remedy


def _save_once(remedy: Remedy) -> None:
    try:
        with transaction.atomic():
            remedy.save()
    except IntegrityError:
        earlier = _already(remedy.incident, remedy.customer)
        if earlier is None:
            raise
        raise UserError(
            f"{remedy.customer.key} already has {earlier.reference} ({describe(earlier)}, "
            f"{earlier.state}) for {remedy.incident.reference}: money back is given once per "
            "incident; decline it first to give something else"
        ) from None


def _approvers(remedy: Remedy) -> list[User]:
    users = User.objects.filter(role__in=[Role.LEAD, Role.ADMIN], is_active=True).exclude(email="")
    able = [u for u in users if limit_check(u, remedy.option, remedy.amount).allowed]
    leads = [u for u in able if u.role == Role.LEAD]
    return leads or able


def _ask_approvers(remedy: Remedy, *, by: User, reason: str) -> None:
    context = {
        "remedy": remedy,
        "what": describe(remedy),
        "by": by,
        "reason": reason,
        "url": public_url("remedies:detail", remedy.reference),
    }
    subject = f"{remedy.reference} needs your approval: {describe(remedy)}"
    text = render_to_string("remedies/email/request.txt", context)
    outbox_enqueue(
        Outgoing(
            topic=f"remedy-request:{remedy.pk}",
            recipient=f"user:{user.pk}",
            channel=Channel.EMAIL,
            to_address=user.email,
            subject=subject,
            body_text=text,
            incident=remedy.incident,
        )
        for user in _approvers(remedy)
    )


def remedy_move(
    *, remedy: Remedy, to: str, by: User, note: str = "", now: dt.datetime | None = None
) -> Remedy:
    """Move a remedy one step: approve, offer, accept, decline or fulfil. Atomic, audited.

    Only the steps of the state machine are allowed; approving takes a lead whose own limit
    covers it. Fulfilling one tells billing's webhook, when one is set, in the same
    transaction.
    """
    now = now or timezone.now()
    with transaction.atomic():
        remedy = Remedy.objects.select_for_update().get(pk=remedy.pk)
        if to not in TRANSITIONS.get(remedy.state, ()):
            nexts = " or ".join(TRANSITIONS[remedy.state])
            if not nexts:
                raise UserError(f"{remedy.reference} is {remedy.state}: it is settled")
            raise UserError(f"{remedy.reference} is {remedy.state}; it can become {nexts}")
        if to == State.APPROVED or (to == State.DECLINED and remedy.state == State.PROPOSED):
            verb = "approves" if to == State.APPROVED else "declines"
            if by.role == Role.AGENT:
                raise UserError(
                    f"{by.username} is an agent: a lead {verb} {remedy.reference}, not its asker"
                )
            check = limit_check(by, remedy.option, remedy.amount)
            if not check.allowed:
                raise UserError(f"{by.username} cannot approve {remedy.reference}: {check.problem}")
        who, when = STEP_FIELDS[State(to)]
        remedy.state = to
        setattr(remedy, who, by)
        setattr(remedy, when, now)
        if note:
            remedy.note = f"{remedy.note}\n{note}".strip()
        remedy.save(update_fields=["state", who, when, "note"])
        _timeline(
            remedy,
            by=by,
            at=now,
            text=f"{remedy.reference}: {describe(remedy)} {VERB[State(to)]}"
            + (f" ({note})" if note else "")
            + ".",
        )
        audit_record(
            actor=by,
            action=f"remedy.{VERB[State(to)]}",
            target=remedy.reference,
            incident=remedy.incident.reference,
        )
        if to == State.FULFILLED and settings.OWNUP_REMEDY_WEBHOOK_URL:
            outbox_enqueue([fulfilment_webhook(remedy)])
    return remedy


def fulfilment_payload(remedy: Remedy) -> dict[str, object]:
    """What billing needs to apply it; amounts as strings, so no cent is lost to a float."""
    return {
        "event": "remedy.fulfilled",
        "remedy": remedy.reference,
        "incident": remedy.incident.reference,
        "customer": remedy.customer.key,
        "customer_name": remedy.customer.name,
        "kind": remedy.kind,
        "option": remedy.option.name,
        "amount": str(remedy.amount) if remedy.amount is not None else None,
        "currency": remedy.currency,
        "formula": remedy.formula,
        "fulfilled_at": remedy.fulfilled_at.isoformat() if remedy.fulfilled_at else None,
    }


def webhook_signature(body: bytes, secret: str) -> str:
    """'sha256=<hex HMAC-SHA256 of the body>'; the receiver recomputes it with the secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def fulfilment_webhook(remedy: Remedy) -> Outgoing:
    """The signed POST for one fulfilment. The webhook channel sends the payload with sorted
    keys, so the signature is computed over exactly those bytes."""
    payload = fulfilment_payload(remedy)
    body = json.dumps(payload, sort_keys=True).encode()
    headers = {}
    if settings.OWNUP_REMEDY_WEBHOOK_SECRET:
        headers[SIGNATURE_HEADER] = webhook_signature(body, settings.OWNUP_REMEDY_WEBHOOK_SECRET)
    return Outgoing(
        topic=f"remedy-fulfilled:{remedy.pk}",
        recipient="billing",
        channel=Channel.WEBHOOK,
        to_address=settings.OWNUP_REMEDY_WEBHOOK_URL,
        subject=f"{remedy.reference} fulfilled",
        body_text=describe(remedy),
        headers=headers,
        payload=payload,
        incident=remedy.incident,
    )


def _offer_message(remedy: Remedy, now: dt.datetime) -> OutboxMessage:
    """The incident's remedy notice as this customer reads it, when one is drafted with
    every slot filled: the same words everyone else gets, and the same topic, so a later
    bulk send skips them. Otherwise a short offer of its own."""
    customer = remedy.customer
    notice = Notice.objects.filter(incident=remedy.incident, kind=NoticeKind.REMEDY).first()
    # Complete, and not yet sent to them: a remedy approved after the notice went out gets
    # an offer of its own.
    complete = (
        notice is not None
        and all(notice.slots.get(slot) for slot in slots_used(notice.subject, notice.body))
        and not notice.messages.filter(customer=customer).exists()
    )
    if notice is not None and complete:
        rendered = render(
            subject=notice.subject,
            body=notice.body,
            slots=notice.slots,
            customer=customer,
            incident=remedy.incident,
        )
        topic, subject, text, html = (
            f"notice:{notice.pk}",
            rendered.subject,
            rendered.text,
            rendered.html,
        )
    else:
        context = {"remedy": remedy, "customer": customer, "incident": remedy.incident}
        topic = f"remedy-offer:{remedy.pk}"
        subject = render_to_string("remedies/email/offer_subject.txt", context).strip()
        text = render_to_string("remedies/email/offer.txt", context)
        html = text_to_html(text)
    message = Outgoing(
        topic=topic,
        recipient=f"customer:{customer.pk}",
        channel=Channel.EMAIL,
        to_address=customer.email,
        subject=subject,
        body_text=text,
        body_html=html,
        headers={"To": formataddr((customer.name, customer.email))},
        incident=remedy.incident,
    )
    problem = outgoing_problem(message)
    if problem:
        raise UserError(f"{remedy.reference}: {problem}")
    return outbox_row(message, now=now, notice=notice if complete else None, customer=customer)


def remedy_email(*, remedy: Remedy, by: User, now: dt.datetime | None = None) -> Remedy:
    """Offer one approved remedy to its customer by email now, and mark it offered. Atomic."""
    now = now or timezone.now()
    if remedy.state != State.APPROVED:
        raise UserError(f"{remedy.reference} is {remedy.state}: only an approved remedy is offered")
    customer = remedy.customer
    if not customer.email:
        raise UserError(f"{customer.key} has no email address: call them, then mark it offered")
    with transaction.atomic():
        outbox_insert([_offer_message(remedy, now)])
        return remedy_move(remedy=remedy, to=State.OFFERED, by=by, note="by email", now=now)


def remedies_offered_with_notice(
    *, incident: Incident, customer_ids: list[int], by: User | None, now: dt.datetime | None = None
) -> int:
    """The remedy each customer's remedy notice told them of is offered, if it was approved.

    Called inside the transaction that queued the notice; returns how many moved.
    """
    now = now or timezone.now()
    told = remedies_in_messages(incident_id=incident.pk, customer_ids=customer_ids)
    moved = 0
    for start in range(0, len(told), BULK_CHUNK):
        moved += Remedy.objects.filter(
            pk__in=told[start : start + BULK_CHUNK], state=State.APPROVED
        ).update(state=State.OFFERED, offered_by=by, offered_at=now)
    if moved:
        TimelineEntry.objects.create(
            incident=incident,
            at=now,
            kind=TimelineEntry.Kind.NOTE,
            actor=by,
            body=f"{moved} remed{'y' if moved == 1 else 'ies'} offered with the remedy notice.",
        )
        audit_record(actor=by, action="remedy.offered", target=incident.reference, by_notice=moved)
    return moved


def remedies_remind(now: dt.datetime) -> int:
    """Email the owner of every overdue remedy, at most once a day per remedy; how many new.

    Safe with several workers: the day is in the message's topic, and the outbox stores one
    message per topic and recipient.
    """
    today = now.astimezone(dt.UTC).date()
    overdue = (
        Remedy.objects.filter(overdue_q(today), owner__isnull=False)
        .exclude(owner__email="")
        .select_related("owner", "customer", "incident", "option")
    )
    messages = []
    for remedy in overdue.iterator(chunk_size=BULK_CHUNK):
        assert remedy.owner is not None
        context = {
            "remedy": remedy,
            "what": describe(remedy),
            "url": public_url("remedies:detail", remedy.reference),
            "today": today,
        }
        messages.append(
            Outgoing(
                topic=f"remedy-overdue:{remedy.pk}:{today.isoformat()}",
                recipient=f"user:{remedy.owner.pk}",
                channel=Channel.EMAIL,
                to_address=remedy.owner.email,
                subject=f"{remedy.reference} is overdue: {describe(remedy)}",
                body_text=render_to_string("remedies/email/overdue.txt", context),
                incident=remedy.incident,
            )
        )
    with transaction.atomic():
        return outbox_enqueue(messages) if messages else 0


@dataclass(frozen=True)
class ProposeResult:
    created: int
    already_credited: int
    owed: int


def sla_credits_propose(
    *,
    incident: Incident,
    by: User,
    credits: list[CreditOwed] | None = None,
    now: dt.datetime | None = None,
) -> ProposeResult:
    """Create a service credit for every affected customer the SLA says is owed one. Atomic.

    Idempotent: customers who already have money back for this incident are skipped, so a
    second run creates nothing. The credits are owed by contract, with the formula kept on
    each, so they are approved as they are created; offering them is the next step.
    """
    now = now or timezone.now()
    credits = sla_credits_compute(incident, now=now) if credits is None else credits
    option = option_for(Kind.CREDIT)
    due_on = (now + dt.timedelta(days=settings.OWNUP_REMEDY_DUE_DAYS)).date()
    with transaction.atomic():
        credited = set(
            Remedy.objects.filter(incident=incident, kind__in=MONEY_KINDS)
            .exclude(state=State.DECLINED)
            .values_list("customer_id", flat=True)
        )
        new = [c for c in credits if c.customer_id not in credited]
        _insert_approved_credits(
            new, incident=incident, option=option, by=by, now=now, due_on=due_on
        )
        created = Remedy.objects.filter(incident=incident, created_at=now, formula__gt="").count()
        if created:
            total = sum((c.amount for c in new), Decimal(0))
            TimelineEntry.objects.create(
                incident=incident,
                at=now,
                kind=TimelineEntry.Kind.NOTE,
                actor=by,
                body=f"SLA credits for {created} customer(s), "
                f"{money(total, credits[0].currency)} in all, approved as the agreements say.",
            )
            audit_record(
                actor=by, action="remedy.sla_proposed", target=incident.reference, created=created
            )
    return ProposeResult(
        created=created, already_credited=len(credits) - len(new), owed=len(credits)
    )


ROWS_PER_INSERT = 10_000
CREDIT_COLUMNS = (
    "incident_id",
    "customer_id",
    "option_id",
    "kind",
    "amount",
    "currency",
    "state",
    "formula",
    "note",
    "owner_id",
    "due_on",
    "created_by_id",
    "created_at",
    "approved_by_id",
    "approved_at",
)
# The rows that differ arrive as one JSON document, read as a table by the database itself.
JSON_ROWS = {
    "postgresql": "json_to_recordset(%s::json) "
    "AS u(customer bigint, amount numeric, currency text, formula text)",
    "sqlite": "(SELECT json_extract(value, '$.customer') AS customer, "
    "json_extract(value, '$.amount') AS amount, json_extract(value, '$.currency') AS currency, "
    "json_extract(value, '$.formula') AS formula FROM json_each(%s)) AS u",
}


def _insert_approved_credits(
    credits: list[CreditOwed],
    *,
    incident: Incident,
    option: RemedyOption,
    by: User,
    now: dt.datetime,
    due_on: dt.date,
) -> None:
    """Many rows in one INSERT … SELECT from a JSON document: bulk_create spends most of its
    time building SQL for 100,000 rows, and a statement with thousands of placeholders is
    slow to prepare in the driver. A row the one-money-remedy index refuses (someone
    credited that customer a moment ago) is skipped, on SQLite and PostgreSQL alike."""
    ops = connection.ops
    at = ops.adapt_datetimefield_value(now)
    due = ops.adapt_datefield_value(due_on)
    quote = ops.quote_name
    statement = (
        f"INSERT INTO {quote(Remedy._meta.db_table)} "
        f"({', '.join(quote(c) for c in CREDIT_COLUMNS)}) "
        "SELECT %s, u.customer, %s, %s, u.amount, u.currency, %s, u.formula, '', "
        f"%s, %s, %s, %s, %s, %s FROM {JSON_ROWS[connection.vendor]} "
        # The WHERE keeps SQLite from reading ON CONFLICT as part of a join.
        "WHERE true ON CONFLICT DO NOTHING"
    )
    # incident, option, kind, state, owner, due date, created by/at, approved by/at.
    same: list[Any] = [incident.pk, option.pk, Kind.CREDIT.value, State.APPROVED.value, by.pk]
    same += [due]
    same += [by.pk, at, by.pk, at]
    with connection.cursor() as cursor:
        for chunk in batched(credits, ROWS_PER_INSERT):
            rows = json.dumps(
                [
                    {
                        "customer": c.customer_id,
                        "amount": str(c.amount),
                        "currency": c.currency,
                        "formula": c.formula,
                    }
                    for c in chunk
                ]
            )
            cursor.execute(statement, [*same, rows])
