"""Answering a customer's reply: a draft from a template, the candor check, and one send.

The answer goes out through the outbox like every other message, as topic `reply:<id>`, so a
reply is answered at most once however many agents press Send. It is threaded in the
customer's mail program (In-Reply-To and References point at their message, the subject
is theirs with one "Re:") and the stored outbox row is the record of what we said.
"""

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import formataddr
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.agreements.messages import boundary_slots
from ownup.agreements.services import Boundary, boundary_for
from ownup.comms.candor.check import CandorReport, candor_check
from ownup.comms.candor.rules import ELEMENT_NAMES
from ownup.comms.models import Channel, MessageTemplate, NoticeKind, OutboxMessage
from ownup.comms.outbox import Outgoing, outbox_insert, outbox_row, outgoing_problem
from ownup.comms.rendering import (
    SLOT_LABELS,
    SLOT_USE,
    Rendered,
    customer_context,
    render,
    text_to_html,
)
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus
from ownup.incidents.models import TimelineEntry

REPLY_KINDS = (NoticeKind.REPLY, NoticeKind.BOUNDARY)
# Where the agent still has to write: "[[What happens next]]". Sending refuses a draft that
# has one left, so a prompt never reaches a customer.
PROMPT = re.compile(r"\[\[([^\[\]\n]{1,100})\]\]")
# Mail programs trim long References too; the newest ids are the ones that thread.
REFERENCES_KEPT = 10
DEFAULT_HELP = "If anything is still unclear, reply to this email and we will answer it."
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_JINJA = re.compile(r"\{[{%#]")
# In a boundary message the customer's request is quoted back to them in the second person.
# Their words said back by us: their "my" is the customer's, their "your" is ours.
_PERSON = {
    "my": "your",
    "our": "your",
    "me": "you",
    "us": "you",
    "i": "you",
    "we": "you",
    "your": "our",
    "yours": "ours",
    "you": "us",
}
_sandbox = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
)


@dataclass(frozen=True)
class ReplyDraft:
    """Where an answer starts: the template it came from, its kind, subject and body."""

    template: MessageTemplate | None
    kind: str
    subject: str
    body: str


@dataclass(frozen=True)
class ReplyCheck:
    """The answer as the customer will read it, and what the candor check says of it."""

    rendered: Rendered
    report: CandorReport


def reply_subject(subject: str) -> str:
    """Their subject with exactly one "Re: " in front, however many their mail program added."""
    rest = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {rest}" if rest else "Re: your message"


def reply_templates() -> QuerySet[MessageTemplate]:
    """The templates an answer can start from: replies, then boundaries."""
    return MessageTemplate.objects.filter(kind__in=REPLY_KINDS).order_by("-kind", "name")


def reply_boundary(message: InboundMessage, *, on: dt.date) -> Boundary | None:
    """What the customer asks for that their agreement makes theirs; None when nothing is."""
    if message.customer is None or not message.asks_for:
        return None
    return boundary_for(message.customer, [str(a) for a in message.asks_for], on=on)


def _literal(text: str) -> str:
    """Text put into a template as it is: a plan named "{{ x }}" stays those characters."""
    if not _JINJA.search(text):
        return text
    return text.replace("{", '{{ "{" }}')


def _asked_in_their_words(message: InboundMessage) -> str:
    asks = [c for c in message.cues if str(c.get("label", "")).startswith("asks:")]
    words = str(asks[0].get("words", "")) if asks else ""
    return re.sub(
        r"\b(?:my|our|me|us|i|we|your|yours|you)\b",
        lambda m: _PERSON[m.group().lower()],
        " ".join(words.split()),
        flags=re.IGNORECASE,
    )


def reply_draft(
    *, message: InboundMessage, template: MessageTemplate | None, on: dt.date
) -> ReplyDraft:
    """The starting text of an answer to `message` from `template` (or a blank one).

    The subject is theirs with "Re:"; the body is the template rendered for this customer
    (their name in the greeting) with each slot turned into a [[prompt]] for the agent, or,
    for a boundary the customer's agreement sets, filled with what the agreement says. The
    customer's own data in it is kept as text: rendering the answer again at send time shows
    a name like "{{ x }}" as those characters. Reads only.
    """
    subject = reply_subject(message.subject)
    if template is None:
        return ReplyDraft(template=None, kind=NoticeKind.REPLY, subject=subject, body="")
    filled: dict[str, str] = {"help": DEFAULT_HELP}
    if template.kind == NoticeKind.BOUNDARY:
        boundary = reply_boundary(message, on=on)
        if boundary is not None:
            filled.update(boundary_slots(boundary, request=_asked_in_their_words(message)))

    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in filled:
            return _literal(filled[name])
        return f"[[{SLOT_LABELS.get(name, name.replace('_', ' ').capitalize())}]]"

    source = re.sub(r"\{\{\s*slots\.(\w+)\s*\}\}", slot, template.body)
    # A slot used some other way (in a condition) has nothing to fill it: say so plainly.
    source = SLOT_USE.sub(lambda m: f"[[{m.group(1)}]]", source) if "slots." in source else source
    try:
        body = _literal(reply_render(message=message, subject=subject, body=source).text)
    except UserError:
        # A template that needs what this reply lacks (an incident) is left for the agent.
        body = source
    return ReplyDraft(template=template, kind=template.kind, subject=subject, body=body)


def _recipient(message: InboundMessage) -> Customer:
    """The customer to render for: theirs, or one made up of the sender's name and address."""
    if message.customer is not None:
        return message.customer
    return Customer(key="", name=message.sender_name, email=message.sender)


def reply_render(*, message: InboundMessage, subject: str, body: str) -> Rendered:
    """The answer for this customer, rendered in the sandbox: their data is shown, never run."""
    customer = _recipient(message)
    if message.incident is not None:
        return render(
            subject=subject, body=body, slots={}, customer=customer, incident=message.incident
        )
    context: dict[str, Any] = {"customer": customer_context(customer)}
    try:
        text = _sandbox.from_string(body).render(context)
        rendered_subject = " ".join(_sandbox.from_string(subject).render(context).split())
    except TemplateError as exc:
        raise UserError(f"template: {exc.message or exc}") from None
    return Rendered(subject=rendered_subject, text=text, html=text_to_html(text))


def reply_check(*, message: InboundMessage, subject: str, body: str, kind: str) -> ReplyCheck:
    """Render the answer and run the candor check for its kind on what the customer reads."""
    if kind not in REPLY_KINDS:
        raise UserError(f"kind: '{kind}' is not one of {', '.join(REPLY_KINDS)}")
    rendered = reply_render(message=message, subject=subject, body=body)
    return ReplyCheck(rendered=rendered, report=candor_check(rendered.text, kind))


def _answerable(message: InboundMessage) -> None:
    reference = message.reference
    if message.kind != InboundKind.REPLY:
        raise UserError(
            f"{reference} is {message.get_kind_display().lower()}, not a customer's reply: "
            "there is nobody to answer"
        )
    if message.status == InboundStatus.ANSWERED:
        by = f" by {message.answered_by}" if message.answered_by else ""
        at = f" at {message.answered_at:%Y-%m-%d %H:%M} UTC" if message.answered_at else ""
        raise UserError(f"{reference} was already answered{by}{at}")
    if message.status == InboundStatus.CLOSED:
        raise UserError(f"{reference} was closed without an answer")
    if message.status != InboundStatus.WAITING:
        raise UserError(
            f"{reference} is '{message.get_status_display()}': only a waiting reply is answered"
        )


def _outgoing(message: InboundMessage, rendered: Rendered) -> Outgoing:
    customer = message.customer
    recipient = f"customer:{customer.pk}" if customer else f"address:{message.sender.lower()}"
    references = [str(r) for r in message.references if r != message.message_id]
    thread = [*references[-(REFERENCES_KEPT - 1) :], message.message_id]
    return Outgoing(
        topic=f"reply:{message.pk}",
        recipient=recipient[:100],
        channel=Channel.EMAIL,
        to_address=message.sender,
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        headers={
            "To": formataddr((message.sender_name, message.sender)),
            "In-Reply-To": message.message_id,
            "References": " ".join(thread),
        },
        incident=message.incident,
    )


def reply_send(
    *,
    message: InboundMessage,
    subject: str,
    body: str,
    kind: str,
    sent_by: User,
    send_anyway: str | None = None,
    now: dt.datetime | None = None,
) -> OutboxMessage:
    """Answer one waiting reply by email, once. Atomic; the message goes through the outbox.

    Refuses, with a one-line reason: a message that is not a waiting reply, an empty body or
    one with a [[prompt]] left, a template mistake, and an answer missing what the candor
    check expects of its kind unless `send_anyway` gives a reason (kept in the audit log).
    In one transaction: the reply is claimed (a conditional UPDATE, so two agents cannot
    both answer it), marked answered with who and when, the answer is queued as topic
    `reply:<id>`, the incident's timeline notes it, and the audit log records it.
    """
    _answerable(message)
    reference = message.reference
    if not body.strip():
        raise UserError(f"{reference}: body: the answer is empty")
    left = PROMPT.search(body)
    if left:
        raise UserError(f"{reference}: body: replace [[{left.group(1)}]] with your own words")
    if not subject.strip():
        subject = reply_subject(message.subject)
    checked = reply_check(message=message, subject=subject, body=body, kind=kind)
    missing = checked.report.missing
    reason = (send_anyway or "").strip()
    if missing and not reason:
        names = ", ".join(f"{ELEMENT_NAMES[name]} ({name})" for name in missing)
        raise UserError(
            f"{reference} {kind} does not say {names}: "
            "reword it, or send anyway with a reason (--send-anyway REASON)"
        )
    outgoing = _outgoing(message, checked.rendered)
    problem = outgoing_problem(outgoing)
    if problem:
        raise UserError(f"{reference}: {problem}")
    now = now or timezone.now()
    with transaction.atomic():
        claimed = InboundMessage.objects.filter(
            pk=message.pk, kind=InboundKind.REPLY, status=InboundStatus.WAITING
        ).update(status=InboundStatus.ANSWERED, answered_at=now, answered_by=sent_by)
        row = outbox_row(outgoing, now=now, customer=message.customer)
        if not claimed or not outbox_insert([row]):
            # Someone answered it a moment ago; raising rolls back the claim, if any.
            raise UserError(f"{reference} was answered a moment ago by someone else")
        # Stored with the conflict-skipping insert, which leaves the instance without its id.
        row = OutboxMessage.objects.get(message_id=row.message_id)
        who = message.customer.name if message.customer else message.sender
        if message.incident is not None:
            TimelineEntry.objects.create(
                incident=message.incident,
                at=now,
                kind=TimelineEntry.Kind.NOTE,
                actor=sent_by,
                body=f"Answered {reference} from {who} ({NoticeKind(kind).label.lower()}): "
                f"{checked.rendered.subject}",
            )
        if missing:
            audit_record(
                actor=sent_by,
                action="reply.sent_anyway",
                target=reference,
                kind=kind,
                missing=missing,
                reason=reason,
            )
        audit_record(
            actor=sent_by,
            action="reply.sent",
            target=reference,
            kind=kind,
            incident=message.incident.reference if message.incident else "",
            message_id=row.message_id,
        )
    message.refresh_from_db()
    return row


def reply_answer(message: InboundMessage) -> OutboxMessage | None:
    """The answer we sent to `message`, if any."""
    return OutboxMessage.objects.filter(topic=f"reply:{message.pk}").first()


def reply_close(*, message: InboundMessage, closed_by: User, reason: str = "") -> None:
    """Take a waiting reply out of the queue without answering it ("thanks", "noted").

    Atomic and audited with who closed it and why; sends nothing. A conditional UPDATE, so a
    reply being answered at the same moment is either answered or closed, never both.
    """
    _answerable(message)
    with transaction.atomic():
        closed = InboundMessage.objects.filter(
            pk=message.pk, kind=InboundKind.REPLY, status=InboundStatus.WAITING
        ).update(status=InboundStatus.CLOSED)
        if not closed:
            raise UserError(f"{message.reference} was answered or closed a moment ago")
        audit_record(
            actor=closed_by,
            action="reply.closed",
            target=message.reference,
            reason=reason.strip(),
        )
    message.refresh_from_db()
