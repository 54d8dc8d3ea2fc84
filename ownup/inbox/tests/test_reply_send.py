"""Answering a reply: threaded, candid, once, recorded where the team will look."""

import datetime as dt

import pytest

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import MessageTemplate, NoticeKind, OutboxMessage
from ownup.errors import UserError
from ownup.inbox.models import InboundMessage, InboundStatus
from ownup.inbox.replying import (
    reply_answer,
    reply_close,
    reply_draft,
    reply_send,
    reply_subject,
)
from ownup.inbox.services import inbound_receive
from ownup.inbox.testing.samples import reply
from ownup.incidents.models import Incident, TimelineEntry

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
CANDID = (
    "Hello {{ customer.first_name }},\n\n"
    "Your shop was down from 09:12 to 10:40 UTC because our server web3 failed; that was our "
    "fault. It has worked normally since 10:40.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)


def received(
    sent_notices: dict[str, OutboxMessage], *, text: str = "When will the shop be back?"
) -> InboundMessage:
    notice = sent_notices["ana@almeida-bakery.example"]
    return inbound_receive(
        reply(
            subject="RE: Re: web3 is down",
            text=text,
            in_reply_to=notice.message_id,
            references=("<first@customer.example>", notice.message_id),
            message_id="<answer-me@customer.example>",
        ),
        source="test",
        now=NOW,
    )


def test_the_answer_is_threaded_in_the_customers_mail_program(
    incident: Incident, sent_notices: dict[str, OutboxMessage], agent_alice: User
) -> None:
    message = received(sent_notices)
    row = reply_send(
        message=message,
        subject=reply_subject(message.subject),
        body=CANDID,
        kind=NoticeKind.REPLY,
        sent_by=agent_alice,
    )
    notice = sent_notices["ana@almeida-bakery.example"]
    assert row.topic == f"reply:{message.pk}"
    assert row.to_address == "ana@almeida-bakery.example"
    assert row.subject == "Re: web3 is down"
    assert row.headers["In-Reply-To"] == "<answer-me@customer.example>"
    assert row.headers["References"] == (
        f"<first@customer.example> {notice.message_id} <answer-me@customer.example>"
    )
    assert row.headers["X-Ownup-Incident"] == incident.reference
    assert row.body_text.startswith("Hello Ana,\n")
    assert row.customer is not None and row.customer.key == "C1"
    assert reply_answer(message) == row


def test_answering_takes_the_reply_out_of_the_queue_and_records_it(
    incident: Incident, sent_notices: dict[str, OutboxMessage], agent_alice: User
) -> None:
    message = received(sent_notices)
    reply_send(message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=agent_alice)
    message.refresh_from_db()
    assert message.status == InboundStatus.ANSWERED
    assert message.answered_by == agent_alice and message.answered_at is not None
    note = TimelineEntry.objects.filter(incident=incident, kind=TimelineEntry.Kind.NOTE).get()
    assert f"Answered {message.reference} from Ana Almeida" in note.body
    assert AuditEvent.objects.filter(action="reply.sent", target=message.reference).exists()


def test_a_reply_is_answered_once(
    sent_notices: dict[str, OutboxMessage], agent_alice: User, lead_bob: User
) -> None:
    message = received(sent_notices)
    stale = InboundMessage.objects.get(pk=message.pk)
    reply_send(message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=agent_alice)
    with pytest.raises(UserError, match="already answered by Alice Agent at"):
        reply_send(
            message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=lead_bob
        )
    # A second agent still looking at the page from before the first send.
    with pytest.raises(UserError, match="answered a moment ago"):
        reply_send(message=stale, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=lead_bob)
    assert OutboxMessage.objects.filter(topic=f"reply:{message.pk}").count() == 1


def test_an_answer_missing_what_a_reply_needs_is_refused_unless_sent_anyway(
    sent_notices: dict[str, OutboxMessage], agent_alice: User
) -> None:
    message = received(sent_notices)
    with pytest.raises(UserError, match=r"M-\d+ reply does not say .*help_channel"):
        reply_send(
            message=message, subject="", body="Noted.", kind=NoticeKind.REPLY, sent_by=agent_alice
        )
    assert not OutboxMessage.objects.filter(topic=f"reply:{message.pk}").exists()
    reply_send(
        message=message,
        subject="",
        body="Noted.",
        kind=NoticeKind.REPLY,
        sent_by=agent_alice,
        send_anyway="they asked for a one-word confirmation",
    )
    event = AuditEvent.objects.get(action="reply.sent_anyway")
    assert event.details["reason"] == "they asked for a one-word confirmation"
    assert "help_channel" in event.details["missing"]


@pytest.mark.parametrize(
    ("body", "kind", "error"),
    [
        ("", NoticeKind.REPLY, "the answer is empty"),
        ("Hello,\n\n[[What happened]]\n", NoticeKind.REPLY, r"replace \[\[What happened\]\]"),
        (CANDID, "notice", "kind: 'notice' is not one of reply, boundary"),
        ("Hello {{ customer.shoe_size }}", NoticeKind.REPLY, "there is no field 'shoe_size'"),
    ],
)
def test_an_answer_that_cannot_go_says_why_and_changes_nothing(
    sent_notices: dict[str, OutboxMessage], agent_alice: User, body: str, kind: str, error: str
) -> None:
    message = received(sent_notices)
    with pytest.raises(UserError, match=error):
        reply_send(message=message, subject="", body=body, kind=kind, sent_by=agent_alice)
    message.refresh_from_db()
    assert message.status == InboundStatus.WAITING
    assert not OutboxMessage.objects.filter(topic=f"reply:{message.pk}").exists()


def test_a_customers_name_is_shown_never_run(
    sent_notices: dict[str, OutboxMessage], agent_alice: User
) -> None:
    message = received(sent_notices)
    assert message.customer is not None
    message.customer.name = "{{ 7*7 }} <b>"
    message.customer.save()
    row = reply_send(
        message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=agent_alice
    )
    assert row.body_text.startswith("Hello {{,\n")
    assert "&lt;b&gt;" not in row.body_text


def test_an_unknown_sender_is_answered_at_their_address(agent_alice: User) -> None:
    message = inbound_receive(
        reply(sender="someone@nowhere.example", sender_name="Sam Someone"),
        source="test",
        now=NOW,
    )
    assert message.customer is None and message.incident is None
    row = reply_send(
        message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=agent_alice
    )
    assert (row.to_address, row.recipient) == (
        "someone@nowhere.example",
        "address:someone@nowhere.example",
    )
    assert row.body_text.startswith("Hello Sam,")
    assert "X-Ownup-Incident" not in row.headers


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        ("web3 is down", "Re: web3 is down"),
        ("Re: web3 is down", "Re: web3 is down"),
        ("RE: Re: AW: web3 is down", "Re: web3 is down"),
        ("", "Re: your message"),
    ],
)
def test_the_subject_has_one_re(theirs: str, ours: str) -> None:
    assert reply_subject(theirs) == ours


def test_a_draft_greets_the_customer_and_turns_slots_into_prompts(
    sent_notices: dict[str, OutboxMessage],
) -> None:
    message = received(sent_notices)
    template = MessageTemplate.objects.get(name="Reply")
    draft = reply_draft(message=message, template=template, on=NOW.date())
    assert draft.kind == NoticeKind.REPLY
    assert draft.subject == "Re: web3 is down"
    assert draft.body.startswith("Hello Ana,\n")
    assert "[[What happened]]" in draft.body
    assert "slots." not in draft.body


def test_a_drafted_name_stays_text_when_the_answer_is_sent(
    sent_notices: dict[str, OutboxMessage], agent_alice: User
) -> None:
    message = received(sent_notices)
    assert message.customer is not None
    message.customer.name = "{{ 7*7 }} Almeida"
    message.customer.save()
    draft = reply_draft(
        message=message, template=MessageTemplate.objects.get(name="Reply"), on=NOW.date()
    )
    body = draft.body.replace("[[What happened]]", CANDID).replace("[[", "").replace("]]", "")
    row = reply_send(
        message=message, subject="", body=body, kind=NoticeKind.REPLY, sent_by=agent_alice
    )
    assert row.body_text.startswith("Hello {{,\n")
    assert "49" not in row.body_text


def test_a_reply_needing_no_answer_is_closed_once_and_audited(
    sent_notices: dict[str, OutboxMessage], agent_alice: User, lead_bob: User
) -> None:
    message = received(sent_notices, text="Thanks, all fine here.")
    reply_close(message=message, closed_by=agent_alice, reason="only thanks")
    assert message.status == InboundStatus.CLOSED
    event = AuditEvent.objects.get(action="reply.closed", target=message.reference)
    assert (event.actor, event.details["reason"]) == (agent_alice, "only thanks")
    with pytest.raises(UserError, match="was closed without an answer"):
        reply_send(
            message=message, subject="", body=CANDID, kind=NoticeKind.REPLY, sent_by=lead_bob
        )
    with pytest.raises(UserError, match="was closed without an answer"):
        reply_close(message=message, closed_by=lead_bob)
    assert not OutboxMessage.objects.filter(topic=f"reply:{message.pk}").exists()
