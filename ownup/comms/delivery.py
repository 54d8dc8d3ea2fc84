"""The worker's side of the outbox: claim due rows, send them, record what happened.

One worker process claims rows in batches under a lease, sends them over several
connections at once (one thread each, paced together), and records the results with one
UPDATE per outcome, each only for rows it still holds the lease on.
"""

import contextlib
import datetime as dt
import itertools
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, wait
from dataclasses import dataclass
from itertools import batched
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Min, Q
from django.utils import timezone

from ownup.chores import chores_run_due
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
# Rows per UPDATE, within SQLite's limit on parameters in one statement.
RECORD_CHUNK = 2000

Clock = Callable[[], dt.datetime]
ChannelFor = Callable[[str], Channel]
Send = tuple["OutboxMessage", "Future[Outcome | None]"]


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


def _lease_end(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(seconds=settings.OWNUP_LEASE_SECONDS)


def outbox_claim(*, limit: int, now: dt.datetime) -> list[OutboxMessage]:
    """Lease up to `limit` due rows to this worker; no other worker gets them until it ends.

    PostgreSQL skips rows another worker has locked; SQLite serialises the whole claim.
    A row whose lease ran out while sending is taken again and marked a possible duplicate.
    """
    lease_end = _lease_end(now)
    rows = OutboxMessage.objects.select_for_update(skip_locked=True)
    with transaction.atomic():
        _on_postgresql(
            # Right after a large notify the planner's statistics still say "a few due rows"
            # and it would gather and sort all of them; walking the index stops at `limit`.
            "SET LOCAL enable_bitmapscan = off"
        )
        # Two queries, each walking its own partial index in order and stopping at `limit`.
        abandoned = list(
            rows.filter(status=S.SENDING, leased_until__lt=now)
            .order_by("leased_until")
            .values_list("pk", flat=True)[:limit]
        )
        waiting = list(
            rows.filter(status__in=[S.QUEUED, S.RETRYING], next_attempt_at__lte=now)
            .order_by("next_attempt_at", "id")
            .values_list("pk", flat=True)[: limit - len(abandoned)]
        )
        ids = abandoned + waiting
        if not ids:
            return []
        if abandoned:
            OutboxMessage.objects.filter(pk__in=abandoned).update(possible_duplicate=True)
        OutboxMessage.objects.filter(pk__in=ids).update(
            status=S.SENDING, leased_until=lease_end, attempts=F("attempts") + 1
        )
    return list(OutboxMessage.objects.filter(pk__in=ids).order_by("id"))


def _retry_delay(attempts: int) -> dt.timedelta:
    base = min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), LONGEST_RETRY_SECONDS)
    return dt.timedelta(seconds=base * random.uniform(0.8, 1.2))


def _on_postgresql(statement: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(statement)


def _held(messages: Iterable[OutboxMessage], lease: dt.datetime | None) -> Q:
    # Only the lease holder may record: a row re-claimed by another worker is theirs now.
    return Q(pk__in=[m.pk for m in messages], status=S.SENDING, leased_until=lease)


def _record_each(
    rows: dict[int, tuple[object, ...]],
    *,
    columns: tuple[str, ...],
    status: str,
    lease: dt.datetime | None,
    sent_at: dt.datetime | None = None,
) -> None:
    """One UPDATE giving each row its own values of `columns`, for rows this worker holds.

    Written as SQL because the ORM can only say "a different value per row" as a CASE with
    a branch per row, which costs more to build than the whole send.
    """
    adapt = connection.ops.adapt_datetimefield_value
    table = connection.ops.quote_name(OutboxMessage._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    placeholders = ", ".join(["%s"] * (len(columns) + 1))
    values = ", ".join([f"({placeholders})"] * len(rows))
    assignments = ", ".join(f"{c} = v.{c}" for c in (connection.ops.quote_name(c) for c in columns))
    params: list[Any] = [
        adapt(v) if isinstance(v, dt.datetime) else v
        for pk, row in rows.items()
        for v in (pk, *row)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH v(id, {names}) AS (VALUES {values}) "
            f"UPDATE {table} SET status = %s, leased_until = NULL, sent_at = %s, {assignments} "
            f"FROM v WHERE {table}.id = v.id AND {table}.status = %s "
            f"AND {table}.leased_until = %s",
            [*params, status, adapt(sent_at), S.SENDING, adapt(lease)],
        )


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
    with transaction.atomic():
        _on_postgresql(
            # A result lost in a database crash leaves its row "sending" under a lease that
            # runs out, so it is sent again marked as a possible duplicate: nothing is hidden,
            # and the worker need not wait for the disk after every batch.
            "SET LOCAL synchronous_commit = off"
        )
        for chunk in batched(sent.items(), RECORD_CHUNK):
            _record_each(
                {m.pk: (o.reply, "") for m, o in chunk},
                columns=("smtp_reply", "last_error"),
                status=S.SENT,
                lease=lease,
                sent_at=now,
            )
        for chunk in batched(failed.items(), RECORD_CHUNK):
            _record_each(
                {m.pk: (o.reply, o.error) for m, o in chunk},
                columns=("smtp_reply", "last_error"),
                status=S.FAILED,
                lease=lease,
            )
        for chunk in batched(retrying.items(), RECORD_CHUNK):
            _record_each(
                {m.pk: (o.reply, o.error, now + _retry_delay(m.attempts)) for m, o in chunk},
                columns=("smtp_reply", "last_error", "next_attempt_at"),
                status=S.RETRYING,
                lease=lease,
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


@dataclass
class Flight:
    """One claimed batch handed to the connections: each row and what will become of it."""

    sends: dict[OutboxMessage, "Future[Outcome | None]"]
    lease: dt.datetime | None

    def renew_lease(self, now: dt.datetime) -> None:
        # Every row, sent or not: results are recorded under the lease the flight holds then.
        self.lease = _lease_extend(self.sends, lease=self.lease, now=now)


class Senders:
    """Several connections sending at once, one thread each, sharing one pace.

    Connections stay open from one batch to the next. When a server cannot be reached or
    refuses the login, the messages not yet tried are not tried.
    """

    def __init__(self, *, connections: int, channel_for: ChannelFor, pacer: Pacer) -> None:
        # Earliest slot first, across batches: a batch claimed later may hold messages for a
        # domain that is free now, while the one before waits on a slow domain.
        self.queue: queue.PriorityQueue[tuple[float, int, Send | None]] = queue.PriorityQueue()
        self.order = itertools.count()
        self.threads = [
            threading.Thread(target=self._work, name=f"ownup-send-{n}", daemon=True)
            for n in range(connections)
        ]
        for thread in self.threads:
            thread.start()
        self.channel_for, self.pacer = channel_for, pacer
        self.local = threading.local()
        self.opened: list[Channel] = []
        self.lock = threading.Lock()
        self.halted: RelayUnavailable | None = None
        self.halting = threading.Event()
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

    def _work(self) -> None:
        while True:
            not_before, _, send = self.queue.get()
            if send is None:
                return
            message, future = send
            # A halt cuts the wait short: the message will not be tried, so nothing to wait for.
            self.halting.wait(max(not_before - time.monotonic(), 0))
            try:
                future.set_result(self._send(message))
            except Exception as exc:  # the batch must hear of it, or it waits forever
                future.set_exception(exc)

    def _send(self, message: OutboxMessage) -> Outcome | None:
        if self.halted:
            return None
        if message.channel == ChannelKind.EMAIL:
            self.pacer.relay_wait()
        try:
            reply = self._channel(message.channel).send(message)
        except DeliveryError as exc:
            reply = str(exc) if str(exc)[:3].isdigit() else ""
            return Outcome(sent=False, error=str(exc), reply=reply, permanent=exc.permanent)
        except RelayUnavailable as exc:
            self.halt(exc)
            return None
        return Outcome(sent=True, reply=reply)

    def halt(self, reason: RelayUnavailable) -> None:
        self.halted = self.halted or reason
        self.halting.set()

    def launch(self, messages: list[OutboxMessage]) -> Flight:
        """Queue a claimed batch on the connections, in the order their domains allow."""
        slots = [
            (self.pacer.domain_slot(m.to_address) if m.channel == ChannelKind.EMAIL else 0.0, m)
            for m in messages
        ]
        sends: dict[OutboxMessage, Future[Outcome | None]] = {}
        for at, message in slots:
            sends[message] = Future()
            self.queue.put((at, next(self.order), (message, sends[message])))
        return Flight(sends=sends, lease=messages[0].leased_until if messages else None)

    def resume(self) -> None:
        """After a halt, between batches: the next message opens a new connection."""
        self.halted = None
        self.halting.clear()
        self._close_all()

    def shutdown(self) -> None:
        self.halt(RelayUnavailable("the worker is stopping"))
        for _ in self.threads:
            self.queue.put((float("inf"), next(self.order), None))
        for thread in self.threads:
            thread.join()
        self._close_all()

    def _close_all(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
            self.generation += 1
        for channel in opened:
            channel.close()


def outbox_land(flight: Flight, *, behind: Flight | None, senders: Senders, clock: Clock) -> Tally:
    """Wait for a flight's sends and record them in bulk; keep both flights' leases alive.

    Raises RelayUnavailable after putting every row that was not tried back in the queue.
    """
    renew_every = settings.OWNUP_LEASE_SECONDS / 3
    pending: set[Future[Outcome | None]] = set(flight.sends.values())
    while pending:
        _, pending = wait(pending, timeout=renew_every, return_when=FIRST_EXCEPTION)
        if pending:
            for held in (flight, behind):
                if held is not None:
                    held.renew_lease(clock())
    results = {m: f.result() for m, f in flight.sends.items()}
    tally = outbox_record(
        {m: o for m, o in results.items() if o is not None}, lease=flight.lease, now=clock()
    )
    halted = senders.halted
    if halted:
        untried = [m for m, o in results.items() if o is None]
        outbox_release(untried, lease=flight.lease, reason=str(halted))
        raise halted
    return tally


def outbox_deliver(messages: list[OutboxMessage], *, senders: Senders, clock: Clock) -> Tally:
    """Send claimed rows over every connection at once and record the results in bulk."""
    return outbox_land(senders.launch(messages), behind=None, senders=senders, clock=clock)


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
    again instead. A long-running worker also does the registered chores (ownup.chores).
    """
    stop = stop or threading.Event()
    total = Tally()
    relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
    senders = Senders(
        connections=connections or settings.OWNUP_WORKER_CONNECTIONS,
        channel_for=channel_for,
        pacer=pacer_from_settings(settings.OWNUP_RATE_PER_SECOND, settings.OWNUP_RATE_PER_DOMAIN),
    )
    # While one batch is out, the next is claimed and queued behind it, so the connections
    # never wait for the database.
    flight: Flight | None = None
    try:
        while not stop.is_set():
            if not until_idle:
                chores_run_due(clock())
            if flight is None:
                claimed = outbox_claim(limit=settings.OWNUP_WORKER_BATCH, now=clock())
                flight = senders.launch(claimed) if claimed else None
            if flight is None:
                wait_for = _next_due_in(clock())
                if wait_for is None and until_idle:
                    break
                poll = settings.OWNUP_WORKER_POLL_SECONDS
                # A long-running worker looks again soon, for rows queued in the meantime.
                stop.wait(
                    wait_for if until_idle and wait_for is not None else min(wait_for or poll, poll)
                )
                continue
            claimed = outbox_claim(limit=settings.OWNUP_WORKER_BATCH, now=clock())
            behind = senders.launch(claimed) if claimed else None
            try:
                tally = outbox_land(flight, behind=behind, senders=senders, clock=clock)
            except RelayUnavailable as exc:
                if behind is not None:
                    with contextlib.suppress(RelayUnavailable):
                        outbox_land(behind, behind=None, senders=senders, clock=clock)
                flight = None
                senders.resume()
                if until_idle or isinstance(exc, LoginRefused):
                    raise UserError(str(exc)) from None
                log.warning("%s; trying again in %.0f s", exc, relay_pause)
                stop.wait(relay_pause)
                relay_pause = min(relay_pause * 2, LONGEST_RELAY_PAUSE_SECONDS)
                continue
            flight = behind
            relay_pause = settings.OWNUP_WORKER_POLL_SECONDS
            total.add(tally)
            if on_tally:
                on_tally(tally)
    finally:
        senders.shutdown()
        if flight is not None:
            # Stopped between batches: what was queued behind goes back untried.
            with contextlib.suppress(RelayUnavailable):
                outbox_land(flight, behind=None, senders=senders, clock=clock)
    return total
