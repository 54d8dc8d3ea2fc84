"""The worker's side of the outbox: claim due rows, send them, record what happened.

One worker process claims rows in batches under a lease, sends them over several
connections at once (one thread each, paced together), and records the results with one
UPDATE per outcome, each only for rows it still holds the lease on.
"""

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, Min, Q, Value, When
from django.db.models.fields import DateTimeField, Field, TextField
from django.utils import timezone

from ownup.comms.channels import Channel, DeliveryError, LoginRefused, RelayUnavailable
from ownup.comms.channels import channel_for as default_channel_for
from ownup.comms.models import Channel as ChannelKind
from ownup.comms.models import DeliveryStatus as S
from ownup.comms.models import OutboxMessage
from ownup.comms.pacing import Pacer, pacer_from_settings
from ownup.errors import UserError

log = logging.getLogger(__name__)
FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 3600
LONGEST_RELAY_PAUSE_SECONDS = 60

Clock = Callable[[], dt.datetime]
ChannelFor = Callable[[str], Channel]


@dataclass
class Tally:
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def add(self, other: "Tally") -> None:
        self.sent += other.sent
        self.retrying += other.retrying
        self.failed += other.failed


@dataclass(frozen=True)
class Outcome:
    """What became of one message: sent, or why not and whether to try again."""

    sent: bool
    reply: str = ""
    error: str = ""
    permanent: bool = False


def _due(now: dt.datetime) -> Q:
    waiting = Q(status__in=[S.QUEUED, S.RETRYING], next_attempt_at__lte=now)
    abandoned = Q(status=S.SENDING, leased_until__lt=now)
    return waiting | abandoned


def _lease_end(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(seconds=settings.OWNUP_LEASE_SECONDS)


def outbox_claim(*, limit: int, now: dt.datetime) -> list[OutboxMessage]:
    """Lease up to `limit` due rows to this worker; no other worker gets them until it ends.

    PostgreSQL skips rows another worker has locked; SQLite serialises the whole claim.
    A row whose lease ran out while sending is taken again and marked a possible duplicate.
    """
    lease_end = _lease_end(now)
    with transaction.atomic():
        ids = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(_due(now))
            .order_by("next_attempt_at", "id")
            .values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        OutboxMessage.objects.filter(pk__in=ids, status=S.SENDING).update(possible_duplicate=True)
        OutboxMessage.objects.filter(pk__in=ids).update(
            status=S.SENDING, leased_until=lease_end, attempts=F("attempts") + 1
        )
    return list(OutboxMessage.objects.filter(pk__in=ids).order_by("id"))


def _retry_delay(attempts: int) -> dt.timedelta:
    base = min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), LONGEST_RETRY_SECONDS)
    return dt.timedelta(seconds=base * random.uniform(0.8, 1.2))


def _per_row(values: dict[int, object], field: "Field[Any, Any]") -> Case:
    return Case(*(When(pk=pk, then=Value(v)) for pk, v in values.items()), output_field=field)


def _held(messages: Iterable[OutboxMessage], lease: dt.datetime | None) -> Q:
    # Only the lease holder may record: a row re-claimed by another worker is theirs now.
    return Q(pk__in=[m.pk for m in messages], status=S.SENDING, leased_until=lease)


def outbox_record(
    results: dict[OutboxMessage, Outcome], *, lease: dt.datetime | None, now: dt.datetime
) -> Tally:
    """Store every result of one claimed batch: one UPDATE per kind of outcome."""
    sent = {m: o for m, o in results.items() if o.sent}
    retry_window = dt.timedelta(seconds=settings.OWNUP_RETRY_FOR_SECONDS)
    failed = {
        m: o
        for m, o in results.items()
        if not o.sent and (o.permanent or now - m.created_at > retry_window)
    }
    retrying = {m: o for m, o in results.items() if not o.sent and m not in failed}
    text = TextField()
    with transaction.atomic():
        if sent:
            OutboxMessage.objects.filter(_held(sent, lease)).update(
                status=S.SENT,
                sent_at=now,
                last_error="",
                leased_until=None,
                smtp_reply=_per_row({m.pk: o.reply for m, o in sent.items()}, text),
            )
        for group, status in ((failed, S.FAILED), (retrying, S.RETRYING)):
            if not group:
                continue
            extra = {}
            if status == S.RETRYING:
                extra["next_attempt_at"] = _per_row(
                    {m.pk: now + _retry_delay(m.attempts) for m in group}, DateTimeField()
                )
            OutboxMessage.objects.filter(_held(group, lease)).update(
                status=status,
                leased_until=None,
                last_error=_per_row({m.pk: o.error for m, o in group.items()}, text),
                smtp_reply=_per_row({m.pk: o.reply for m, o in group.items()}, text),
                **extra,
            )
    return Tally(sent=len(sent), retrying=len(retrying), failed=len(failed))


def outbox_release(
    messages: Iterable[OutboxMessage], *, lease: dt.datetime | None, reason: str
) -> None:
    """Put rows that were never tried back in the queue, as if they had not been claimed."""
    OutboxMessage.objects.filter(_held(messages, lease)).update(
        status=S.QUEUED, leased_until=None, attempts=F("attempts") - 1, last_error=reason
    )


def _lease_extend(
    messages: Iterable[OutboxMessage], *, lease: dt.datetime | None, now: dt.datetime
) -> dt.datetime:
    renewed = _lease_end(now)
    OutboxMessage.objects.filter(_held(messages, lease)).update(leased_until=renewed)
    return renewed


class Senders:
    """Several connections sending at once, one thread each, sharing one pace.

    Connections stay open from one batch to the next. When a server cannot be reached or
    refuses the login, the remaining messages of the batch are not tried.
    """

    def __init__(self, *, connections: int, channel_for: ChannelFor, pacer: Pacer) -> None:
        self.pool = ThreadPoolExecutor(connections, thread_name_prefix="ownup-send")
        self.channel_for, self.pacer = channel_for, pacer
        self.local = threading.local()
        self.opened: list[Channel] = []
        self.lock = threading.Lock()
        self.halted: RelayUnavailable | None = None
        # Bumped when connections are dropped, so each thread opens new ones.
        self.generation = 0

    def _channel(self, kind: str) -> Channel:
        if getattr(self.local, "generation", None) != self.generation:
            self.local.generation, self.local.channels = self.generation, {}
        channels: dict[str, Channel] = self.local.channels
        if kind not in channels:
            channel = self.channel_for(kind)
            channel.open()  # raises RelayUnavailable before the channel is kept
            channels[kind] = channel
            with self.lock:
                self.opened.append(channel)
        return channels[kind]

    def _send(self, message: OutboxMessage) -> Outcome | None:
        if self.halted:
            return None
        if message.channel == ChannelKind.EMAIL:
            self.pacer.wait(message.to_address)
        try:
            reply = self._channel(message.channel).send(message)
        except DeliveryError as exc:
            reply = str(exc) if str(exc)[:3].isdigit() else ""
            return Outcome(sent=False, error=str(exc), reply=reply, permanent=exc.permanent)
        except RelayUnavailable as exc:
            self.halted = self.halted or exc
            return None
        return Outcome(sent=True, reply=reply)

    def submit(self, message: OutboxMessage) -> "Future[Outcome | None]":
        return self.pool.submit(self._send, message)

    def resume(self) -> None:
        """After a halt, between batches: the next message opens a new connection."""
        self.halted = None
        self._close_all()

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True)
        self._close_all()

    def _close_all(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
            self.generation += 1
        for channel in opened:
            channel.close()


def outbox_deliver(messages: list[OutboxMessage], *, senders: Senders, clock: Clock) -> Tally:
    """Send claimed rows over every connection at once and record the results in bulk.

    Keeps the lease alive while the batch is out. Raises RelayUnavailable after putting
    every row that was not tried back in the queue untouched.
    """
    lease = messages[0].leased_until if messages else None
    futures = {senders.submit(m): m for m in messages}
    renew_every = settings.OWNUP_LEASE_SECONDS / 3
    pending: set[Future[Outcome | None]] = set(futures)
    while pending:
        _, pending = wait(pending, timeout=renew_every, return_when=FIRST_EXCEPTION)
        if pending:
            lease = _lease_extend([futures[f] for f in pending], lease=lease, now=clock())
    results = {futures[f]: f.result() for f in futures}
    tried = {m: o for m, o in results.items() if o is not None}
    tally = outbox_record(tried, lease=lease, now=clock())
    halted = senders.halted
    if halted:
        untried = [m for m, o in results.items() if o is None]
        outbox_release(untried, lease=lease, reason=str(halted))
        raise halted
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
    channel_for: ChannelFor = default_channel_for,
    clock: Clock = timezone.now,
    stop: threading.Event | None = None,
    on_tally: Callable[[Tally], None] | None = None,
    connections: int | None = None,
) -> Tally:
    """Deliver due messages until stopped, or with `until_idle` until nothing is left to do.

    A refused login ends the run with a UserError and leaves the rows queued. So does a
    relay that cannot be reached with `until_idle`; a long-running worker waits and tries
    again instead.
    """
    stop = stop or threading.Event()
    total = Tally()
    relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
    senders = Senders(
        connections=connections or settings.OWNUP_WORKER_CONNECTIONS,
        channel_for=channel_for,
        pacer=pacer_from_settings(settings.OWNUP_RATE_PER_SECOND, settings.OWNUP_RATE_PER_DOMAIN),
    )
    try:
        while not stop.is_set():
            claimed = outbox_claim(limit=settings.OWNUP_WORKER_BATCH, now=clock())
            if claimed:
                try:
                    tally = outbox_deliver(claimed, senders=senders, clock=clock)
                except RelayUnavailable as exc:
                    senders.resume()
                    if until_idle or isinstance(exc, LoginRefused):
                        raise UserError(str(exc)) from None
                    log.warning("%s; trying again in %.0f s", exc, relay_pause)
                    stop.wait(relay_pause)
                    relay_pause = min(relay_pause * 2, LONGEST_RELAY_PAUSE_SECONDS)
                    continue
                relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
                total.add(tally)
                if on_tally:
                    on_tally(tally)
                continue
            wait_for = _next_due_in(clock())
            if wait_for is None and until_idle:
                break
            poll = settings.OWNUP_WORKER_POLL_SECONDS
            # A long-running worker looks again soon, for rows queued in the meantime.
            stop.wait(
                wait_for if until_idle and wait_for is not None else min(wait_for or poll, poll)
            )
    finally:
        senders.shutdown()
    return total
