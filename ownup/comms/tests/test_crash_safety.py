"""A worker killed at random moments while sending: nobody is missed, every repeat is counted."""

import random
import signal
import time

from ownup.comms.tests.conftest import (
    Sending,
    marked_possible_duplicates,
    outbox_stats,
    start_worker,
)

KILLS = 5
WORKER_SECONDS = 180


def test_a_worker_killed_five_times_misses_nobody_and_every_repeat_is_marked(
    many_queued: Sending,
) -> None:
    ownup = many_queued.ownup
    # A killed worker's messages are taken up again once its lease runs out.
    ownup.env["OWNUP_LEASE_SECONDS"] = "4"
    log = ownup.cwd / "worker.log"
    moments = random.Random()
    for _ in range(KILLS):
        worker = start_worker(ownup, log)
        time.sleep(moments.uniform(2.0, 6.0))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert worker.returncode == -signal.SIGKILL, log.read_text()
    last = start_worker(ownup, log)
    last.wait(timeout=WORKER_SECONDS)
    assert last.returncode == 0, log.read_text()

    accepted = many_queued.postfix.accepted()
    assert set(many_queued.addresses) - set(accepted) == set()
    repeated = {address for address, times in accepted.items() if times > 1}
    assert repeated <= marked_possible_duplicates(ownup)
    stats = outbox_stats(ownup, many_queued.incident)
    assert (stats["sent"], stats["queued"], stats["sending"], stats["failed"]) == (
        len(many_queued.addresses),
        0,
        0,
        0,
    )
    assert stats["possible_duplicates"] >= len(repeated)
