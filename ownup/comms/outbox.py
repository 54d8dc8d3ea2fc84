"""The way into the outbox for every message: one row per (topic, recipient, channel)."""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import make_msgid
from itertools import batched

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone

from ownup.comms.models import Batch, Channel, DeliveryStatus, Notice, OutboxMessage
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident

ROW_CHUNK = 1000
_is_url = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class Outgoing:
    """One message to send once: what it is about, to whom, how, and what it says."""

    topic: str  # what it is about, e.g. "status-update:42"; (topic, recipient, channel) is unique
    recipient: str  # who, e.g. "subscriber:7"
    channel: str  # "email" or "webhook"
    to_address: str  # an email address, or the webhook URL
    subject: str
    body_text: str
    body_html: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)  # extra email headers
    payload: Mapping[str, object] | None = None  # the JSON body for a webhook
    incident: Incident | None = None


def outgoing_problem(message: Outgoing) -> str | None:
    """Why this message cannot be queued, in words naming the field; None when it can."""
    if not message.topic or len(message.topic) > 100:
        return f"topic: '{message.topic}' must be 1 to 100 characters"
    if not message.recipient or len(message.recipient) > 100:
        return f"recipient: '{message.recipient}' must be 1 to 100 characters"
    if message.channel not in Channel.values:
        return f"channel: '{message.channel}' is not one of {', '.join(Channel.values)}"
    try:
        if message.channel == Channel.EMAIL:
            validate_email(message.to_address)
        else:
            _is_url(message.to_address)
    except ValidationError:
        kind = "an email address" if message.channel == Channel.EMAIL else "an http(s) URL"
        return f"to_address: '{message.to_address}' is not {kind}"
    for name, value in message.headers.items():
        # A line break in a header would let the text forge headers of its own.
        if "\n" in name or "\r" in name or "\n" in value or "\r" in value:
            return f"headers: '{name}' must be one line"
    return None


def outbox_row(
    message: Outgoing,
    *,
    now: dt.datetime,
    batch: Batch | None = None,
    notice: Notice | None = None,
    customer: Customer | None = None,
    status: str = DeliveryStatus.QUEUED,
) -> OutboxMessage:
    """The row for one message, with a Message-ID of its own that every re-send reuses."""
    message_id = make_msgid(domain=settings.OWNUP_MESSAGE_ID_DOMAIN)
    headers = {"Message-ID": message_id, "To": message.to_address}
    if message.channel == Channel.EMAIL:
        headers["Reply-To"] = settings.OWNUP_REPLY_TO
        if message.incident is not None:
            headers["X-Ownup-Incident"] = message.incident.reference
    return OutboxMessage(
        topic=message.topic,
        recipient=message.recipient,
        incident=message.incident,
        batch=batch,
        notice=notice,
        customer=customer,
        channel=message.channel,
        to_address=message.to_address,
        subject=message.subject,
        body_text=message.body_text,
        body_html=message.body_html,
        headers={**headers, **message.headers},
        payload=dict(message.payload) if message.payload is not None else None,
        message_id=message_id,
        status=status,
        next_attempt_at=now,
        created_at=now,
    )


def outbox_insert(rows: list[OutboxMessage]) -> int:
    """Store rows, skipping any (topic, recipient, channel) already stored; how many were new.

    Run it inside the transaction that decided the send.
    """
    OutboxMessage.objects.bulk_create(rows, batch_size=ROW_CHUNK, ignore_conflicts=True)
    # A skipped row's random Message-ID is nowhere in the table, so this counts the new ones.
    return sum(
        OutboxMessage.objects.filter(message_id__in=[r.message_id for r in chunk]).count()
        for chunk in batched(rows, ROW_CHUNK)
    )


def outbox_enqueue(messages: Iterable[Outgoing]) -> int:
    """Queue each message once; (topic, recipient, channel) already queued is skipped.

    Returns how many were new. Atomic: one bad message stores none of them, and the error
    names it. Joins the caller's transaction, so the send commits with the caller's decision.
    """
    now = timezone.now()
    rows: dict[tuple[str, str, str], OutboxMessage] = {}
    for number, message in enumerate(messages, start=1):
        problem = outgoing_problem(message)
        if problem:
            raise UserError(f"message {number} ({message.topic} to {message.recipient}): {problem}")
        key = (message.topic, message.recipient, message.channel)
        rows.setdefault(key, outbox_row(message, now=now))
    with transaction.atomic():
        return outbox_insert(list(rows.values()))
