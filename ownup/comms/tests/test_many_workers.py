"""Four worker processes share one large outbox on PostgreSQL, sending to a real Postfix."""

import re

import pytest

from ownup.comms.tests.conftest import Sending, outbox_stats, start_worker
from ownup.conftest import on_postgres

WORKERS = 4
WORKER_SECONDS = 180

pytestmark = pytest.mark.skipif(
    not on_postgres(), reason="several workers need PostgreSQL; SQLite runs one at a time"
)


def test_four_workers_deliver_twenty_thousand_messages_each_exactly_once(
    many_queued: Sending,
) -> None:
    ownup = many_queued.ownup
    # Long enough that no live worker loses a lease, short enough that an idle one stops soon.
    ownup.env["OWNUP_LEASE_SECONDS"] = "15"

    logs = [ownup.cwd / f"worker-{number}.log" for number in range(WORKERS)]
    workers = [start_worker(ownup, log) for log in logs]
    for worker in workers:
        worker.wait(timeout=WORKER_SECONDS)

    outputs = [log.read_text() for log in logs]
    assert [w.returncode for w in workers] == [0] * WORKERS, outputs
    sent = [int(re.findall(r"sent (\d+), failed 0", text)[-1]) for text in outputs]
    assert sum(sent) == len(many_queued.addresses)
    assert all(sent), f"every worker took a share: {sent}"
    accepted = many_queued.postfix.accepted()
    assert set(many_queued.addresses) - set(accepted) == set()
    assert {address: times for address, times in accepted.items() if times != 1} == {}
    assert outbox_stats(ownup, many_queued.incident) == {
        "queued": 0,
        "sending": 0,
        "sent": len(many_queued.addresses),
        "retrying": 0,
        "failed": 0,
        "possible_duplicates": 0,
    }
