from collections import Counter
from collections.abc import Callable
from email.message import EmailMessage

import pytest
from pytest_django import Settings

from ownup.accounts.models import User
from ownup.comms.delivery import worker_run
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notify
from ownup.conftest import SmtpServer
from ownup.errors import UserError

pytestmark = pytest.mark.django_db

AFFECTED = {
    "ana@almeida-bakery.example": "Ana Almeida",
    "ben@brennan-books.example": "Ben Brennan",
    "chloe@dubois.example": "Chloé Dubois",
}


def text_of(message: EmailMessage, kind: str) -> str:
    part = message.get_body(preferencelist=(kind,))
    assert part is not None, f"no {kind} part"
    content: str = part.get_content()
    return content


def test_each_affected_customer_receives_exactly_one_message_addressed_to_them_by_name(
    drafted_notice: Notice,
    lead_bob: User,
    settings: Settings,
    send_mail_to: Callable[[str], None],
    smtp_server: SmtpServer,
) -> None:
    send_mail_to(smtp_server.url)
    incident = drafted_notice.incident
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    tally = worker_run(until_idle=True)

    received = smtp_server.messages()
    assert (tally.sent, tally.failed) == (3, 0)
    assert Counter(m["X-RcptTo"] for m in received) == Counter(list(AFFECTED))
    for message in received:
        (to,) = message["To"].addresses
        name = AFFECTED[to.addr_spec]
        assert to.display_name == name
        assert message["Subject"] == "web3 is down: what it means for you"
        assert message["X-Ownup-Incident"] == incident.reference
        assert message["Reply-To"] == settings.OWNUP_REPLY_TO
        assert text_of(message, "plain").startswith(f"Hello {name},\n")
        assert f"<p>Hello {name},</p>" in text_of(message, "html")
        assert "Server web3 stopped answering at 09:12 UTC." in text_of(message, "plain")


def test_a_message_arrives_with_the_message_id_recorded_for_it(
    drafted_notice: Notice,
    lead_bob: User,
    send_mail_to: Callable[[str], None],
    smtp_server: SmtpServer,
) -> None:
    send_mail_to(smtp_server.url)
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    worker_run(until_idle=True)

    recorded = dict(OutboxMessage.objects.values_list("to_address", "message_id"))
    assert {m["X-RcptTo"]: m["Message-ID"] for m in smtp_server.messages()} == recorded
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}
    assert OutboxMessage.objects.filter(sent_at=None).count() == 0


def test_notifying_and_delivering_twice_never_sends_anyone_a_second_message(
    drafted_notice: Notice,
    lead_bob: User,
    send_mail_to: Callable[[str], None],
    smtp_server: SmtpServer,
) -> None:
    send_mail_to(smtp_server.url)
    for _ in range(2):
        notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
        worker_run(until_idle=True)

    assert Counter(m["X-RcptTo"] for m in smtp_server.messages()) == Counter(list(AFFECTED))


def test_an_unreachable_mail_server_stops_the_run_and_leaves_every_message_queued(
    drafted_notice: Notice,
    lead_bob: User,
    send_mail_to: Callable[[str], None],
    closed_smtp_url: str,
) -> None:
    send_mail_to(closed_smtp_url)
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    where = closed_smtp_url.removeprefix("smtp://")

    with pytest.raises(UserError, match=f"cannot reach mail server {where}"):
        worker_run(until_idle=True)

    assert (
        list(OutboxMessage.objects.values_list("status", "attempts", "leased_until"))
        == [(DeliveryStatus.QUEUED, 0, None)] * 3
    )
