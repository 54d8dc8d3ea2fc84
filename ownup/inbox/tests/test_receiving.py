"""A received message is stored whole, threaded to its incident and customer, and filed."""

import datetime as dt

import pytest
from django.utils import timezone

from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.comms.selectors import messages_not_delivered
from ownup.customers.models import Customer
from ownup.inbox import services
from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus, RawMessage
from ownup.inbox.services import inbound_receive, inbound_retry
from ownup.inbox.testing.samples import delivery_report, reply
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)


def receive(raw: bytes) -> InboundMessage:
    return inbound_receive(raw, source="test", now=NOW)


def test_a_reply_to_a_notice_is_threaded_by_in_reply_to(
    incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["ben@brennan-books.example"]
    message = receive(reply(sender="ben@brennan-books.example", in_reply_to=notice.message_id))
    assert (message.kind, message.status) == (InboundKind.REPLY, InboundStatus.WAITING)
    assert (message.incident, message.threaded_by) == (incident, "in-reply-to")
    assert message.customer is not None and message.customer.key == "C2"
    assert message.replied_to == notice
    assert message.text == "Thanks for telling us. When will the shop be back?"
    assert bytes(message.raw.data).startswith(b"From: Ana Almeida")


def test_references_thread_when_in_reply_to_is_unknown(
    incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["ana@almeida-bakery.example"]
    message = receive(
        reply(in_reply_to="<lost@elsewhere.example>", references=(notice.message_id,))
    )
    assert (message.incident, message.threaded_by) == (incident, "references")


def test_the_incident_header_or_subject_threads_without_a_known_message(
    incident: Incident,
) -> None:
    tagged = receive(
        reply(sender="x@nowhere.example", headers={"X-Ownup-Incident": incident.reference})
    )
    assert (tagged.incident, tagged.threaded_by) == (incident, "incident header")
    subject = receive(reply(sender="x@nowhere.example", subject=f"About {incident.reference}"))
    assert (subject.incident, subject.threaded_by) == (incident, "subject")
    assert subject.customer is None


def test_a_known_sender_is_threaded_to_their_open_incident(incident: Incident) -> None:
    message = receive(reply(sender="CHLOE@Dubois.example", subject="site down?"))
    assert (message.incident, message.threaded_by) == (incident, "sender")
    assert message.customer == Customer.objects.get(key="C3")


def test_a_stranger_is_kept_in_the_queue_unthreaded(incident: Incident) -> None:
    message = receive(reply(sender="dmitri@novak.example", subject="hello"))
    assert message.customer is not None and message.incident is None
    assert (message.threaded_by, message.status) == ("", InboundStatus.WAITING)


def test_the_same_message_twice_is_one_row(incident: Incident) -> None:
    raw = reply(message_id="<once@customer.example>")
    first = receive(raw)
    again = inbound_receive(raw, source="other", now=NOW + dt.timedelta(hours=1))
    assert again.pk == first.pk
    assert InboundMessage.objects.count() == RawMessage.objects.count() == 1


def test_a_message_without_message_id_is_still_taken_once(db: None) -> None:
    raw = b"From: a@b.example\r\nSubject: no id\r\n\r\nhello\r\n"
    assert receive(raw).pk == receive(raw).pk
    assert InboundMessage.objects.get().message_id.endswith("@inbound.ownup.invalid>")


def test_an_auto_reply_is_kept_out_of_the_queue(
    incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["ana@almeida-bakery.example"]
    message = receive(
        reply(
            subject="Out of office",
            in_reply_to=notice.message_id,
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    assert (message.kind, message.status) == (InboundKind.AUTO_REPLY, InboundStatus.FILED)
    assert message.incident == incident
    assert (message.intent, message.feeling) == ("", "")


def test_a_bounce_marks_the_notice_failed_where_the_incident_lists_them(
    incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["chloe@dubois.example"]
    message = receive(
        delivery_report(original_message_id=notice.message_id, recipient="chloe@dubois.example")
    )
    assert (message.kind, message.status) == (InboundKind.BOUNCE, InboundStatus.FILED)
    assert (message.incident, message.replied_to) == (incident, notice)
    notice.refresh_from_db()
    assert notice.status == DeliveryStatus.FAILED
    assert notice.smtp_reply.startswith("550 5.1.1 <chloe@dubois.example>")
    assert list(messages_not_delivered(incident)) == [notice]


def test_a_plain_bounce_finds_the_notice_by_recipient_and_incident(
    incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.brennan-books.example\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n\r\n"
        b"<ben@brennan-books.example>: host mx said: 550 5.1.1 User unknown\r\n\r\n"
        + f"X-Ownup-Incident: {incident.reference}\r\n".encode()
    )
    receive(raw)
    notice = sent_notices["ben@brennan-books.example"]
    notice.refresh_from_db()
    assert (notice.status, notice.last_error) == (
        DeliveryStatus.FAILED,
        "bounced: 550 5.1.1 User unknown",
    )


def test_a_bounce_of_a_message_we_never_sent_is_filed_with_the_reason(db: None) -> None:
    message = receive(
        delivery_report(original_message_id="<not-ours@x.example>", recipient="z@z.example")
    )
    assert message.kind == InboundKind.BOUNCE
    assert "not one of ours" in message.problem


def test_processing_that_fails_halfway_keeps_the_row_and_is_retried(
    incident: Incident, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("triage fell over")

    monkeypatch.setattr(services, "triage", broken)
    raw = reply(sender="ana@almeida-bakery.example")
    message = receive(raw)
    assert message.status == InboundStatus.RECEIVED
    assert "RuntimeError: triage fell over" in message.problem
    assert message.incident is None  # nothing half-saved
    assert bytes(message.raw.data) == raw

    monkeypatch.undo()
    assert inbound_retry(now=NOW + dt.timedelta(minutes=5)) == 1
    message.refresh_from_db()
    assert (message.status, message.incident) == (InboundStatus.WAITING, incident)


def test_a_message_that_never_processes_is_shown_as_unreadable(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("still broken")

    monkeypatch.setattr(services, "triage", broken)
    message = receive(reply(sender="x@y.example"))
    later = NOW
    for _ in range(services.MAX_ATTEMPTS):
        later += dt.timedelta(minutes=5)
        inbound_retry(now=later)
    message.refresh_from_db()
    assert (message.kind, message.status) == (InboundKind.UNREADABLE, InboundStatus.WAITING)
    assert "still broken" in message.problem


def test_garbage_is_kept_raw_and_shown_as_unreadable(db: None) -> None:
    message = receive(b"\x00\x01\x02 not a message at all")
    assert (message.kind, message.status) == (InboundKind.UNREADABLE, InboundStatus.WAITING)
    assert message.problem
    assert bytes(message.raw.data) == b"\x00\x01\x02 not a message at all"


def test_triage_fills_the_queue_fields_of_a_reply(incident: Incident) -> None:
    message = receive(reply(text="This is the third outage this month. I want a refund, now!"))
    assert message.intent and message.feeling
    assert all({"label", "start", "end", "words"} <= set(c) for c in message.cues)
    assert timezone.is_aware(message.received_at)


def test_one_message_failing_in_a_batch_does_not_hold_back_the_others(
    incident: Incident, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_triage = services.triage

    def picky(text: str, *, subject: str = "") -> object:
        if "poison" in text:
            raise RuntimeError("cannot triage this one")
        return real_triage(text, subject=subject)

    monkeypatch.setattr(services, "triage", picky)
    raws = [reply(text="first"), reply(text="poison"), reply(text="third")]
    taken = services.inbound_take_many([*raws, raws[0]], source="test", now=NOW)
    assert [new for _, new in taken] == [True, True, True, False]
    statuses = [m.status for m, _ in taken]
    assert statuses == ["waiting", "received", "waiting", "waiting"]
    stored = InboundMessage.objects.order_by("id")
    assert [m.status for m in stored] == ["waiting", "received", "waiting"]
    assert stored[1].incident is None and "cannot triage" in stored[1].problem


def test_nul_characters_and_odd_ids_are_stored(db: None) -> None:
    raw = (
        b"From: =?utf-8?q?A=00na?= <ana@almeida-bakery.example>\r\n"
        b"Subject: =?utf-8?q?nul=00here?=\r\nMessage-ID: <caf\xc3\xa9@x>\r\n"
        b"In-Reply-To: <" + b"x" * 600 + b"@y>\r\n\r\nbody\x00text\r\n"
    )
    message = receive(raw)
    assert (message.sender_name, message.subject, message.text) == ("Ana", "nulhere", "bodytext")
    assert message.status == InboundStatus.WAITING
