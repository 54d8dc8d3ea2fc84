"""What a mail server answers, message by message, decides what becomes of each one."""

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from django.utils import timezone
from pytest_django import Settings

from ownup.accounts.models import User
from ownup.comms.delivery import worker_run
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.selectors import messages_not_delivered, outbox_stats
from ownup.comms.services import notify
from ownup.comms.tests.scripted_smtp import (
    DROP,
    PASSWORD,
    USERNAME,
    Script,
    StartRelay,
    start_relay,
)
from ownup.errors import UserError
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db
__all__ = ["start_relay"]  # the fixture, used by name

ANA = "ana@almeida-bakery.example"
BEN = "ben@brennan-books.example"
CHLOE = "chloe@dubois.example"


@pytest.fixture
def queued(drafted_notice: Notice, lead_bob: User) -> Incident:
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    return drafted_notice.incident


@pytest.fixture
def relay(start_relay: StartRelay, send_mail_to: Callable[[str], None], queued: Incident) -> Script:
    handler, port = start_relay()
    send_mail_to(f"smtp://127.0.0.1:{port}")
    return handler


def row(address: str) -> OutboxMessage:
    return OutboxMessage.objects.get(to_address=address)


def one_round() -> None:
    """Deliver what is due once, leaving retries for later."""
    stop = threading.Event()
    worker_run(until_idle=True, stop=stop, on_tally=lambda _: stop.set())


def test_each_sent_message_keeps_the_servers_own_reply(relay: Script) -> None:
    worker_run(until_idle=True)

    replies = list(OutboxMessage.objects.values_list("smtp_reply", flat=True))
    assert all(r.startswith("250 2.0.0 Ok: queued as Q") for r in replies)
    assert len(set(replies)) == 3
    assert sorted(relay.addresses()) == [ANA, BEN, CHLOE]


def test_a_550_fails_for_good_and_is_shown_with_its_reply(relay: Script, queued: Incident) -> None:
    relay.rcpt[BEN] = ["550 5.1.1 <ben@brennan-books.example>: mailbox unknown"]

    tally = worker_run(until_idle=True)

    assert (tally.sent, tally.failed) == (2, 1)
    ben = row(BEN)
    assert ben.status == DeliveryStatus.FAILED
    assert ben.smtp_reply == "550 5.1.1 <ben@brennan-books.example>: mailbox unknown"
    assert [m.to_address for m in messages_not_delivered(queued)] == [BEN]
    assert outbox_stats(queued)["failed"] == 1


@pytest.mark.parametrize(
    ("table", "reply"),
    [
        ("rcpt", "451 4.7.1 greylisted, try again later"),
        ("rcpt", "421 4.3.2 too busy, closing"),
        ("data", "452 4.3.1 insufficient storage"),
        ("data", DROP),
    ],
)
def test_a_temporary_refusal_or_a_dropped_connection_is_retried_with_the_same_message_id(
    relay: Script, queued: Incident, table: str, reply: str
) -> None:
    getattr(relay, table)[BEN] = [reply]

    one_round()

    ben = row(BEN)
    assert ben.status == DeliveryStatus.RETRYING
    assert ben.attempts == 1
    now = timezone.now()
    assert now + dt.timedelta(seconds=20) < ben.next_attempt_at < now + dt.timedelta(seconds=40)
    if reply != DROP:
        assert ben.smtp_reply == reply
    assert outbox_stats(queued)["retrying"] == 1

    OutboxMessage.objects.filter(pk=ben.pk).update(next_attempt_at=now)
    worker_run(until_idle=True)

    assert row(BEN).status == DeliveryStatus.SENT
    assert sorted(relay.addresses()) == [ANA, BEN, CHLOE]
    (arrived,) = [m for m in relay.received if BEN in m["To"]]
    assert arrived["Message-ID"] == ben.message_id


def test_the_same_temporary_refusal_past_the_retry_window_fails(
    relay: Script, settings: object
) -> None:
    relay.rcpt[BEN] = ["451 4.7.1 try again later"]
    OutboxMessage.objects.update(created_at=timezone.now() - dt.timedelta(days=2))

    tally = worker_run(until_idle=True)

    assert tally.failed == 1
    assert row(BEN).status == DeliveryStatus.FAILED


def test_a_refused_login_stops_the_worker_and_leaves_every_message_queued(
    start_relay: StartRelay, send_mail_to: Callable[[str], None], queued: Incident
) -> None:
    handler, port = start_relay()
    send_mail_to(f"smtp://{USERNAME}:wrong@127.0.0.1:{port}")

    with pytest.raises(UserError, match=f"127.0.0.1:{port} refused the login for 'ownup': 535"):
        worker_run()  # even a long-running worker: retrying cannot fix a password

    assert (
        list(OutboxMessage.objects.values_list("status", "attempts", "leased_until"))
        == [(DeliveryStatus.QUEUED, 0, None)] * 3
    )
    assert handler.received == []


@pytest.mark.parametrize(
    ("tls", "url"),
    [
        ("", "smtp://{login}@127.0.0.1:{port}"),
        ("starttls", "smtp+starttls://{login}@127.0.0.1:{port}"),
        ("ssl", "smtps://{login}@127.0.0.1:{port}"),
    ],
)
def test_with_the_right_login_everything_goes_plain_or_encrypted(
    start_relay: StartRelay,
    send_mail_to: Callable[[str], None],
    queued: Incident,
    tls: str,
    url: str,
) -> None:
    handler, port = start_relay(tls=tls)
    send_mail_to(url.format(login=f"{USERNAME}:{PASSWORD.replace(' ', '%20')}", port=port))

    tally = worker_run(until_idle=True)

    assert tally.sent == 3
    assert sorted(handler.addresses()) == [ANA, BEN, CHLOE]


def test_a_batch_that_outlasts_its_lease_renews_it_and_records_every_result(
    relay: Script, settings: Settings
) -> None:
    settings.OWNUP_LEASE_SECONDS = 1
    settings.OWNUP_RATE_PER_SECOND = "2"  # three messages take longer than the lease

    assert worker_run(until_idle=True).sent == 3

    assert (
        list(OutboxMessage.objects.values_list("status", "attempts", "possible_duplicate"))
        == [(DeliveryStatus.SENT, 1, False)] * 3
    )
    assert sorted(relay.addresses()) == [ANA, BEN, CHLOE]
