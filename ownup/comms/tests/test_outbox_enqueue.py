"""Messages that are not notices (status page updates, escalations) queue through one door."""

from collections.abc import Callable

import pytest

from ownup.comms.delivery import worker_run
from ownup.comms.models import Channel, DeliveryStatus, OutboxMessage
from ownup.comms.outbox import Outgoing, outbox_enqueue
from ownup.comms.selectors import outbox_stats
from ownup.conftest import SmtpServer
from ownup.errors import UserError
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db


def status_update(subscriber: int, **overrides: object) -> Outgoing:
    fields: dict[str, object] = {
        "topic": "status-update:42",
        "recipient": f"subscriber:{subscriber}",
        "channel": "email",
        "to_address": f"reader{subscriber}@example.org",
        "subject": "Status: web3 is back",
        "body_text": "Everything works again.\n",
        **overrides,
    }
    return Outgoing(**fields)  # type: ignore[arg-type]


def test_enqueue_counts_new_messages_and_skips_those_already_queued() -> None:
    assert outbox_enqueue([status_update(1), status_update(2)]) == 2
    assert outbox_enqueue([status_update(2), status_update(3), status_update(3)]) == 1
    assert sorted(OutboxMessage.objects.values_list("recipient", flat=True)) == [
        "subscriber:1",
        "subscriber:2",
        "subscriber:3",
    ]
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {DeliveryStatus.QUEUED}


def test_the_same_recipient_on_another_topic_or_channel_is_a_new_message() -> None:
    outbox_enqueue([status_update(1)])
    hook = status_update(
        1, channel="webhook", to_address="https://hooks.example.org/T1", payload={"text": "up"}
    )
    assert outbox_enqueue([status_update(1, topic="status-update:43"), hook]) == 2
    assert OutboxMessage.objects.get(channel=Channel.WEBHOOK).payload == {"text": "up"}


def test_a_bad_message_is_named_and_nothing_is_queued() -> None:
    with pytest.raises(
        UserError,
        match=r"message 2 \(status-update:42 to subscriber:2\): "
        r"to_address: 'nobody@' is not an email address",
    ):
        outbox_enqueue([status_update(1), status_update(2, to_address="nobody@")])
    with pytest.raises(UserError, match="to_address: 'ftp://x' is not an http"):
        outbox_enqueue([status_update(1, channel="webhook", to_address="ftp://x")])
    with pytest.raises(UserError, match="channel: 'sms' is not one of email, webhook"):
        outbox_enqueue([status_update(1, channel="sms")])
    with pytest.raises(UserError, match="headers: 'X-Evil' must be one line"):
        outbox_enqueue([status_update(1, headers={"X-Evil": "a\r\nBcc: all@example.org"})])
    assert OutboxMessage.objects.count() == 0


def test_an_enqueued_email_arrives_with_its_extra_headers_and_counts_on_its_incident(
    incident: Incident, send_mail_to: Callable[[str], None], smtp_server: SmtpServer
) -> None:
    send_mail_to(smtp_server.url)
    unsubscribe = "<https://status.example.org/unsubscribe/abc>"
    outbox_enqueue(
        [
            status_update(
                7,
                body_html="<p>Everything works again.</p>",
                headers={"List-Unsubscribe": unsubscribe},
                incident=incident,
            )
        ]
    )

    worker_run(until_idle=True)

    (received,) = smtp_server.messages()
    assert received["X-RcptTo"] == "reader7@example.org"
    assert received["List-Unsubscribe"] == unsubscribe
    assert received["X-Ownup-Incident"] == incident.reference
    assert received["Message-ID"] == OutboxMessage.objects.get().message_id
    assert outbox_stats(incident)["sent"] == 1
