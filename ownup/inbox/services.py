"""Taking in customers' messages: store the bytes first, then read, thread and triage them.

Storing and reading are two transactions on purpose. Once `inbound_receive` has stored a
message it is never lost: if reading fails (a bug, a crash, a database hiccup) the row stays
RECEIVED with the problem noted, and the worker's chore reads it again later.
"""

import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Lower

from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.customers.models import Customer
from ownup.inbox.models import (
    InboundKind,
    InboundMessage,
    InboundStatus,
    RawMessage,
    ThreadedBy,
)
from ownup.inbox.parsing import Bounce, ParsedMessage, message_id_of, message_parse
from ownup.inbox.triage import triage
from ownup.incidents.models import AffectedCustomer, Incident, Stage

log = logging.getLogger(__name__)
# Reading a stored message is tried this often before it is shown to agents as unreadable.
MAX_ATTEMPTS = 3
# A row still RECEIVED this long after its last try is taken to be abandoned by a crash.
RETRY_AFTER = dt.timedelta(minutes=2)
# A bounce can only make these rows failed: one not sent yet has not bounced.
BOUNCEABLE = (DeliveryStatus.SENT, DeliveryStatus.RETRYING, DeliveryStatus.FAILED)


def inbound_receive(raw: bytes, *, source: str, now: dt.datetime) -> InboundMessage:
    """Store one raw RFC 822 message, then read, thread and triage it.

    Idempotent by Message-ID: the same message received twice is one row, and the second
    call returns it unchanged. The bytes are committed before anything else is tried, so a
    failure while reading leaves the row (RECEIVED, with `problem`) to be read again.
    """
    return inbound_take(raw, source=source, now=now)[0]


def inbound_take(raw: bytes, *, source: str, now: dt.datetime) -> tuple[InboundMessage, bool]:
    """`inbound_receive`, also saying whether the message was new."""
    message, created = inbound_store(raw, source=source, now=now)
    if created:
        inbound_read(message, raw=raw, now=now)
    return message, created


def inbound_take_many(
    raws: Sequence[bytes], *, source: str, now: dt.datetime
) -> list[tuple[InboundMessage, bool]]:
    """`inbound_take` for several messages, in the same order: each row, and whether it is new.

    All the new messages' bytes are committed first, in one transaction; then each is read
    in a savepoint of its own within a second one, so one message that fails to read does
    not hold back the others. If the second transaction is lost as a whole (the database
    went away), the rows stay RECEIVED and are read again later.
    """
    stored = inbound_store_many(raws, source=source, now=now)
    with transaction.atomic():
        _read_all(
            [(message, raw) for (message, new), raw in zip(stored, raws, strict=True) if new],
            now=now,
        )
    return stored


def inbound_store_many(
    raws: Sequence[bytes], *, source: str, now: dt.datetime
) -> list[tuple[InboundMessage, bool]]:
    """`inbound_store` for several messages in one transaction."""
    ids = [message_id_of(raw) for raw in raws]
    known = {m.message_id: m for m in InboundMessage.objects.filter(message_id__in=set(ids))}
    fresh: dict[str, bytes] = {}
    for message_id, raw in zip(ids, raws, strict=True):
        if message_id not in known:
            fresh.setdefault(message_id, raw)
    created: dict[str, InboundMessage] = {}
    if fresh:
        try:
            with transaction.atomic():
                blobs = RawMessage.objects.bulk_create(
                    RawMessage(sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), data=raw)
                    for raw in fresh.values()
                )
                messages = InboundMessage.objects.bulk_create(
                    _received(message_id, blob, source=source, now=now)
                    for message_id, blob in zip(fresh, blobs, strict=True)
                )
        except IntegrityError:
            # Another worker stored some of them at this very moment: one at a time, then.
            return [inbound_store(raw, source=source, now=now) for raw in raws]
        created = {m.message_id: m for m in messages}
    result = []
    for message_id in ids:
        if message_id in created:
            # The first of several copies in one batch is the new one; the others are it.
            known[message_id] = created.pop(message_id)
            result.append((known[message_id], True))
        else:
            result.append((known[message_id], False))
    return result


def _received(message_id: str, raw: RawMessage, *, source: str, now: dt.datetime) -> InboundMessage:
    return InboundMessage(
        message_id=message_id,
        raw=raw,
        source=source[:100],
        received_at=now,
        status=InboundStatus.RECEIVED,
        kind=InboundKind.UNREADABLE,
        attempts=1,
    )


def inbound_store(raw: bytes, *, source: str, now: dt.datetime) -> tuple[InboundMessage, bool]:
    """Keep the bytes, once per Message-ID; atomic. Returns the row and whether it is new."""
    message_id = message_id_of(raw)
    existing = InboundMessage.objects.filter(message_id=message_id).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            # The same bytes always have the same Message-ID, so new bytes are new here;
            # only a second worker storing the same message at the same moment collides.
            stored = RawMessage.objects.create(
                sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), data=raw
            )
            message = _received(message_id, stored, source=source, now=now)
            message.save(force_insert=True)
    except IntegrityError:
        return InboundMessage.objects.get(message_id=message_id), False
    return message, True


def inbound_read(message: InboundMessage, *, raw: bytes, now: dt.datetime) -> None:
    """Read a stored message and file it: the queue, or out of it.

    Atomic: either everything read is saved (and a bounced notice marked failed), or the row
    stays RECEIVED with the problem, until MAX_ATTEMPTS, when it is shown as unreadable.
    `message` ends up as stored. Raises only when the database itself fails.
    """
    _read_all([(message, raw)], now=now)


def _read_all(messages: list[tuple[InboundMessage, bytes]], *, now: dt.datetime) -> None:
    """`inbound_read` for several messages, with one set of lookups for all of them."""
    readable: list[tuple[InboundMessage, ParsedMessage]] = []
    for message, raw in messages:
        try:
            readable.append((message, message_parse(raw)))
        except Exception as exc:  # the parser's own bugs make a message unreadable
            log.warning("%s could not be parsed", message.message_id, exc_info=True)
            _unreadable(message, problem=f"the message could not be parsed: {exc}")
    threads = _Threads.look_up([parsed for _, parsed in readable])
    for message, parsed in readable:
        try:
            with transaction.atomic():
                _file(message, parsed, threads=threads)
        except Exception as exc:
            log.exception("%s could not be processed", message.message_id)
            problem = f"processing failed on try {message.attempts}: {type(exc).__name__}: {exc}"
            message.refresh_from_db()  # forget whatever was filled in before the failure
            if message.attempts >= MAX_ATTEMPTS:
                _unreadable(message, problem=problem)
            else:
                message.problem = problem
                message.save(update_fields=["problem"])


def _unreadable(message: InboundMessage, *, problem: str) -> None:
    message.kind = InboundKind.UNREADABLE
    message.status = InboundStatus.WAITING
    message.problem = problem
    message.save(update_fields=["kind", "status", "problem"])


def _file(message: InboundMessage, parsed: ParsedMessage, *, threads: "_Threads") -> None:
    message.sender = parsed.sender
    message.sender_name = parsed.sender_name
    message.subject = parsed.subject
    message.text = parsed.text
    message.sent_at = parsed.sent_at
    message.in_reply_to = parsed.in_reply_to
    message.references = list(parsed.references)
    message.attachments = [
        {"filename": a.filename, "content_type": a.content_type, "size": a.size}
        for a in parsed.attachments
    ]
    message.problem = "; ".join(parsed.problems)
    if parsed.bounce is not None:
        message.kind = InboundKind.BOUNCE
        message.status = InboundStatus.FILED
        _bounce_record(message, parsed.bounce)
    elif not parsed.sender and not (parsed.has_headers and (parsed.text or parsed.attachments)):
        message.kind = InboundKind.UNREADABLE
        message.status = InboundStatus.WAITING
        message.problem = "; ".join(
            [*parsed.problems, "this is not an email: it has no sender and nothing to read"]
        )
    else:
        message.kind = InboundKind.AUTO_REPLY if parsed.auto_reply else InboundKind.REPLY
        message.status = InboundStatus.FILED if parsed.auto_reply else InboundStatus.WAITING
        threads.thread(message, parsed)
        if message.kind == InboundKind.REPLY:
            _triage(message)
    message.save()


# (outbox row or None, incident, customer) of a message a reply may answer.
Answered = tuple[int | None, int | None, int | None]


@dataclass(frozen=True)
class _Threads:
    """Everything threading needs for a batch of messages, found with one query each."""

    sent: dict[str, Answered]
    earlier: dict[str, Answered]
    customers: dict[str, int]  # lower-case address → the first customer with it
    incidents: frozenset[int]
    open_incident: dict[int, int]  # customer → the newest open incident they are affected by

    @classmethod
    def look_up(cls, batch: list[ParsedMessage]) -> "_Threads":
        ids = {i for p in batch for i in (p.in_reply_to, *p.references) if i}
        sent: dict[str, Answered] = {}
        earlier: dict[str, Answered] = {}
        if ids:
            # Ids only: the rows themselves are not needed, and building them costs more.
            for message_id, pk, incident, customer in OutboxMessage.objects.filter(
                message_id__in=ids
            ).values_list("message_id", "pk", "incident_id", "customer_id"):
                sent[message_id] = (pk, incident, customer)
            # A customer answering their own earlier message, or our answer to it.
            for message_id, incident, customer in InboundMessage.objects.filter(
                message_id__in=ids - set(sent), incident__isnull=False
            ).values_list("message_id", "incident_id", "customer_id"):
                earlier[message_id] = (None, incident, customer)
        addresses = {p.sender.lower() for p in batch if p.sender}
        customers: dict[str, int] = {}
        if addresses:
            for address, pk in (
                Customer.objects.annotate(address=Lower("email"))
                .filter(address__in=addresses)
                .order_by("id")
                .values_list("address", "pk")
            ):
                customers.setdefault(address, pk)
        numbers = {
            int(p.incident_reference.removeprefix("INC-")) for p in batch if p.incident_reference
        }
        incidents = frozenset(
            Incident.objects.filter(pk__in=numbers).values_list("pk", flat=True) if numbers else ()
        )
        open_incident: dict[int, int] = {}
        if customers:
            # Oldest first, so the newest incident is the one left for each customer.
            for customer, incident in (
                AffectedCustomer.objects.filter(customer_id__in=set(customers.values()))
                .exclude(incident__stage=Stage.RESOLVED)
                .order_by("incident__opened_at", "incident_id")
                .values_list("customer_id", "incident_id")
            ):
                open_incident[customer] = incident
        return cls(sent, earlier, customers, incidents, open_incident)

    def thread(self, message: InboundMessage, parsed: ParsedMessage) -> None:
        """Which incident and customer this message belongs to, in order of certainty."""
        candidates = [(parsed.in_reply_to, ThreadedBy.IN_REPLY_TO)] if parsed.in_reply_to else []
        # The last reference is the message answered; earlier ones are older in the thread.
        candidates += [(ref, ThreadedBy.REFERENCES) for ref in reversed(parsed.references)]
        for message_id, how in candidates:
            found = self.sent.get(message_id) or self.earlier.get(message_id)
            if found is not None:
                message.replied_to_id, message.incident_id, message.customer_id = found
                message.threaded_by = how
                break
        if message.customer_id is None:
            message.customer_id = self.customers.get(parsed.sender.lower())
        if message.incident_id is not None:
            return
        if parsed.incident_reference:
            number = int(parsed.incident_reference.removeprefix("INC-"))
            if number in self.incidents:
                message.incident_id = number
                message.threaded_by = (
                    ThreadedBy.INCIDENT_HEADER if parsed.incident_in_header else ThreadedBy.SUBJECT
                )
                return
        if message.customer_id is not None and message.customer_id in self.open_incident:
            message.incident_id = self.open_incident[message.customer_id]
            message.threaded_by = ThreadedBy.SENDER
            return
        message.threaded_by = ThreadedBy.NONE


def _triage(message: InboundMessage) -> None:
    result = triage(message.text, subject=message.subject)
    message.intent = result.intent
    message.feeling = result.feeling
    message.cues = [
        {"label": c.label, "start": c.start, "end": c.end, "words": c.words} for c in result.cues
    ]
    message.asks_for = list(result.asks_for)


def _bounce_record(message: InboundMessage, bounce: Bounce) -> None:
    """Mark the notice that bounced as failed, so it shows among those not delivered."""
    candidates = OutboxMessage.objects.select_related("incident", "customer")
    original = None
    if bounce.original_message_id:
        original = candidates.filter(message_id=bounce.original_message_id).first()
    if original is None and bounce.recipient:
        to_recipient = candidates.filter(to_address__iexact=bounce.recipient)
        if bounce.incident_reference:
            number = int(bounce.incident_reference.removeprefix("INC-"))
            to_recipient = to_recipient.filter(incident_id=number)
        original = to_recipient.filter(status__in=BOUNCEABLE).order_by("-created_at", "-id").first()
    if original is None:
        message.problem = "; ".join(
            p for p in [message.problem, "the bounced message is not one of ours"] if p
        )
        message.threaded_by = ThreadedBy.NONE
        return
    diagnostic = bounce.diagnostic or "the receiving server returned the message"
    OutboxMessage.objects.filter(pk=original.pk, status__in=BOUNCEABLE).update(
        status=DeliveryStatus.FAILED,
        leased_until=None,
        last_error=f"bounced: {diagnostic}"[:2000],
        smtp_reply=diagnostic[:500],
    )
    message.replied_to = original
    message.incident = original.incident
    message.customer = original.customer
    message.threaded_by = ThreadedBy.RETURNED


def inbound_retry(*, now: dt.datetime) -> int:
    """Read again the messages left RECEIVED by a failure or a crash; how many were tried.

    Safe with several workers: each row is claimed by a conditional UPDATE of its attempts.
    """
    stale = InboundMessage.objects.filter(
        status=InboundStatus.RECEIVED, received_at__lt=now - RETRY_AFTER
    ).values_list("pk", "attempts")[:100]
    tried = 0
    for pk, attempts in stale:
        claimed = InboundMessage.objects.filter(
            Q(pk=pk, attempts=attempts, status=InboundStatus.RECEIVED)
        ).update(attempts=F("attempts") + 1)
        if not claimed:
            continue
        message = InboundMessage.objects.select_related("raw").get(pk=pk)
        tried += 1
        if message.attempts > MAX_ATTEMPTS:
            _unreadable(message, problem=message.problem or "reading it never finished")
            continue
        inbound_read(message, raw=bytes(message.raw.data), now=now)
    return tried
