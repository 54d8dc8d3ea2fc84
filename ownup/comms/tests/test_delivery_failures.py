"""Failure modes a real mail server will not produce on demand, through a scripted channel."""

import datetime as dt
import threading

import pytest
from django.utils import timezone
from pytest_django import Settings

from ownup.accounts.models import User
from ownup.comms.channels import Channel, DeliveryError, RelayUnavailable
from ownup.comms.delivery import outbox_claim, outbox_pending, worker_run
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.selectors import messages_not_delivered, outbox_stats
from ownup.comms.services import notify
from ownup.errors import UserError
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db

ANA = "ana@almeida-bakery.example"
BEN = "ben@brennan-books.example"
CHLOE = "chloe@dubois.example"


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class ScriptedChannel(Channel):
    """Delivers to everyone except the addresses given a failure; remembers what it sent."""

    def __init__(self, failures: dict[str, Exception] | None = None) -> None:
        self.failures = failures or {}
        self.delivered: list[str] = []

    def open(self) -> None:
        pass

    def send(self, message: OutboxMessage) -> str:
        failure = self.failures.get(message.to_address)
        if failure is not None:
            raise failure
        self.delivered.append(message.to_address)
        return "250 2.0.0 Ok"

    def close(self) -> None:
        pass


def state(address: str) -> tuple[str, int, str]:
    message = OutboxMessage.objects.get(to_address=address)
    return message.status, message.attempts, message.last_error


@pytest.fixture
def queued_notice(drafted_notice: Notice, lead_bob: User) -> Incident:
    """The incident with its first notice queued for Ana, Ben and Chloé."""
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    return drafted_notice.incident


def test_a_permanent_failure_marks_the_message_failed_and_the_others_still_go(
    queued_notice: Incident,
) -> None:
    channel = ScriptedChannel({BEN: DeliveryError("550 5.1.1 no such mailbox", permanent=True)})

    tally = worker_run(until_idle=True, channel_for=lambda kind: channel)

    assert (tally.sent, tally.retrying, tally.failed) == (2, 0, 1)
    assert sorted(channel.delivered) == [ANA, CHLOE]
    assert state(BEN) == (DeliveryStatus.FAILED, 1, "550 5.1.1 no such mailbox")
    assert [m.customer.name for m in messages_not_delivered(queued_notice)] == ["Ben Brennan"]
    assert outbox_pending() == 0


def test_a_temporary_failure_is_retried_later_and_then_delivered(
    queued_notice: Incident,
) -> None:
    clock = Clock(timezone.now())
    stop = threading.Event()
    channel = ScriptedChannel({BEN: DeliveryError("451 4.3.0 try again later", permanent=False)})

    worker_run(
        until_idle=True,
        channel_for=lambda kind: channel,
        clock=clock,
        stop=stop,
        on_tally=lambda _: stop.set(),  # one round: the retry is not due for a while
    )

    ben = OutboxMessage.objects.get(to_address=BEN)
    assert state(BEN) == (DeliveryStatus.RETRYING, 1, "451 4.3.0 try again later")
    assert clock.now + dt.timedelta(seconds=20) < ben.next_attempt_at
    assert ben.next_attempt_at < clock.now + dt.timedelta(minutes=1)

    clock.now = ben.next_attempt_at
    channel.failures.clear()
    tally = worker_run(until_idle=True, channel_for=lambda kind: channel, clock=clock)

    assert (tally.sent, tally.failed) == (1, 0)
    assert state(BEN) == (DeliveryStatus.SENT, 2, "")
    assert sorted(channel.delivered) == [ANA, BEN, CHLOE]


def test_a_temporary_failure_past_the_retry_window_gives_up(
    queued_notice: Incident, settings: Settings
) -> None:
    created = OutboxMessage.objects.get(to_address=BEN).created_at
    clock = Clock(created + dt.timedelta(seconds=settings.OWNUP_RETRY_FOR_SECONDS + 1))
    channel = ScriptedChannel({BEN: DeliveryError("451 4.3.0 try again later", permanent=False)})

    tally = worker_run(until_idle=True, channel_for=lambda kind: channel, clock=clock)

    assert (tally.sent, tally.failed) == (2, 1)
    assert state(BEN) == (DeliveryStatus.FAILED, 1, "451 4.3.0 try again later")


def test_a_message_left_sending_by_a_worker_that_died_is_sent_again_as_a_possible_duplicate(
    queued_notice: Incident, settings: Settings
) -> None:
    died_at = timezone.now()
    assert len(outbox_claim(limit=10, now=died_at)) == 3  # …and then the worker was killed
    lease = dt.timedelta(seconds=settings.OWNUP_LEASE_SECONDS)
    assert outbox_claim(limit=10, now=died_at + lease / 2) == []
    channel = ScriptedChannel()

    tally = worker_run(
        until_idle=True,
        channel_for=lambda kind: channel,
        clock=Clock(died_at + lease + dt.timedelta(seconds=1)),
    )

    assert tally.sent == 3
    assert sorted(channel.delivered) == [ANA, BEN, CHLOE]
    assert (
        list(OutboxMessage.objects.values_list("status", "attempts", "possible_duplicate"))
        == [(DeliveryStatus.SENT, 2, True)] * 3
    )
    assert outbox_stats(queued_notice)["possible_duplicates"] == 3


def test_a_mail_server_lost_mid_run_leaves_the_rest_queued(queued_notice: Incident) -> None:
    channel = ScriptedChannel({BEN: RelayUnavailable("mail server went away")})

    with pytest.raises(UserError, match="mail server went away"):
        worker_run(until_idle=True, channel_for=lambda kind: channel, connections=1)

    assert channel.delivered == [ANA]
    assert state(ANA)[0] == DeliveryStatus.SENT
    assert state(BEN) == (DeliveryStatus.QUEUED, 0, "mail server went away")
    assert state(CHLOE) == (DeliveryStatus.QUEUED, 0, "mail server went away")


def test_outbox_stats_count_every_delivery_state(queued_notice: Incident) -> None:
    assert outbox_stats(queued_notice) == {
        "queued": 3,
        "sending": 0,
        "sent": 0,
        "retrying": 0,
        "failed": 0,
        "possible_duplicates": 0,
    }
    stop = threading.Event()
    channel = ScriptedChannel(
        {
            BEN: DeliveryError("550 no such mailbox", permanent=True),
            CHLOE: DeliveryError("421 busy", permanent=False),
        }
    )

    worker_run(
        until_idle=True,
        channel_for=lambda kind: channel,
        stop=stop,
        on_tally=lambda _: stop.set(),
    )

    assert outbox_stats(queued_notice) == {
        "queued": 0,
        "sending": 0,
        "sent": 1,
        "retrying": 1,
        "failed": 1,
        "possible_duplicates": 0,
    }
