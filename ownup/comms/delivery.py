"""The worker's side of the outbox: claim due rows, send them, record what happened."""

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Min, Q
from django.utils import timezone

from ownup.comms.channels import Channel, DeliveryError, RelayUnavailable
from ownup.comms.channels.email import EmailChannel
from ownup.comms.models import DeliveryStatus as S
from ownup.comms.models import OutboxMessage
from ownup.errors import UserError

log = logging.getLogger(__name__)
FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 3600
LONGEST_RELAY_PAUSE_SECONDS = 60

Clock = Callable[[], dt.datetime]


@dataclass
class Tally:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def _due(now: dt.datetime) -> Q:
    waiting = Q(status__in=[S.QUEUED, S.RETRYING], next_attempt_at__lte=now)
    abandoned = Q(status=S.SENDING, leased_until__lt=now)
    return waiting | abandoned


def outbox_claim(*, limit: int, now: dt.datetime) -> list[OutboxMessage]:
    """Lease up to `limit` due rows to this worker; no other worker gets them until it ends.

    PostgreSQL skips rows another worker has locked; SQLite serialises the whole claim.
    A row whose lease ran out while sending is taken again and marked a possible duplicate.
    """
    lease_end = now + dt.timedelta(seconds=settings.OWNUP_LEASE_SECONDS)
    with transaction.atomic():
        ids = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(_due(now))
            .order_by("next_attempt_at", "id")
            .values_list("pk", flat=True)[:limit]
        )
        OutboxMessage.objects.filter(pk__in=ids, status=S.SENDING).update(possible_duplicate=True)
        OutboxMessage.objects.filter(pk__in=ids).update(
            status=S.SENDING, leased_until=lease_end, attempts=F("attempts") + 1
        )
    return list(OutboxMessage.objects.filter(pk__in=ids).order_by("id"))


def _retry_delay(attempts: int) -> dt.timedelta:
    base = min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), LONGEST_RETRY_SECONDS)
    return dt.timedelta(seconds=base * random.uniform(0.8, 1.2))


def _record(message: OutboxMessage, **fields: object) -> None:
    # Only the lease holder may record: a row re-claimed by another worker is theirs now.
    OutboxMessage.objects.filter(pk=message.pk, status=S.SENDING).update(
        leased_until=None, **fields
    )


def _release(messages: list[OutboxMessage], reason: str) -> None:
    OutboxMessage.objects.filter(pk__in=[m.pk for m in messages], status=S.SENDING).update(
        status=S.QUEUED, leased_until=None, attempts=F("attempts") - 1, last_error=reason
    )


def outbox_deliver(messages: list[OutboxMessage], *, channel: Channel, clock: Clock) -> Tally:
    """Send claimed rows one by one and record each result as it happens.

    Raises RelayUnavailable after putting every unsent row back in the queue untouched.
    """
    tally = Tally()
    try:
        channel.open()
    except RelayUnavailable as exc:
        _release(messages, str(exc))
        raise
    try:
        for index, message in enumerate(messages):
            try:
                channel.send(message)
            except DeliveryError as exc:
                now = clock()
                expired = now - message.created_at > dt.timedelta(
                    seconds=settings.OWNUP_RETRY_FOR_SECONDS
                )
                if exc.permanent or expired:
                    _record(message, status=S.FAILED, last_error=str(exc))
                    tally.failed += 1
                else:
                    _record(
                        message,
                        status=S.RETRYING,
                        last_error=str(exc),
                        next_attempt_at=now + _retry_delay(message.attempts),
                    )
                    tally.retrying += 1
            except RelayUnavailable as exc:
                _release(messages[index:], str(exc))
                raise
            else:
                now = clock()
                _record(message, status=S.SENT, sent_at=now, last_error="")
                tally.sent += 1
    finally:
        channel.close()
    return tally


def outbox_pending() -> int:
    """Rows a worker still has to deal with: queued, retrying, or sending."""
    return OutboxMessage.objects.filter(status__in=[S.QUEUED, S.RETRYING, S.SENDING]).count()


def _next_due_in(now: dt.datetime) -> float | None:
    earliest = OutboxMessage.objects.filter(status__in=[S.QUEUED, S.RETRYING]).aggregate(
        at=Min("next_attempt_at")
    )["at"]
    leases = OutboxMessage.objects.filter(status=S.SENDING).aggregate(at=Min("leased_until"))["at"]
    moments = [m for m in (earliest, leases) if m is not None]
    return max((min(moments) - now).total_seconds(), 0.0) if moments else None


def worker_run(
    *,
    until_idle: bool = False,
    channel_factory: Callable[[], Channel] = EmailChannel,
    clock: Clock = timezone.now,
    stop: threading.Event | None = None,
    on_tally: Callable[[Tally], None] | None = None,
) -> Tally:
    """Deliver due messages until stopped, or with `until_idle` until nothing is left to do.

    With `until_idle` a relay that cannot be reached ends the run with a UserError and leaves
    the rows queued; a long-running worker waits and tries again instead.
    """
    stop = stop or threading.Event()
    total = Tally()
    relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
    while not stop.is_set():
        claimed = outbox_claim(limit=settings.OWNUP_WORKER_BATCH, now=clock())
        if claimed:
            try:
                tally = outbox_deliver(claimed, channel=channel_factory(), clock=clock)
            except RelayUnavailable as exc:
                if until_idle:
                    raise UserError(str(exc)) from None
                log.warning("%s; trying again in %.0f s", exc, relay_pause)
                stop.wait(relay_pause)
                relay_pause = min(relay_pause * 2, LONGEST_RELAY_PAUSE_SECONDS)
                continue
            relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
            total.sent += tally.sent
            total.retrying += tally.retrying
            total.failed += tally.failed
            if on_tally:
                on_tally(tally)
            continue
        wait = _next_due_in(clock())
        if wait is None and until_idle:
            break
        poll = settings.OWNUP_WORKER_POLL_SECONDS
        # A long-running worker looks again soon, for rows queued in the meantime.
        stop.wait(wait if until_idle and wait is not None else min(wait or poll, poll))
    return total
