"""Figure: `ownup worker --until-idle` delivering the whole queued outbox.

Runs on a database `bench.notify` left queued, sending through OWNUP_EMAIL_URL. The worker
is the real command in a process of its own, so its time includes start-up and its peak
memory is its alone.
"""

import resource
import subprocess
import sys

from bench import django_ready, report, timed


def _worker_peak_rss_mib() -> float:
    """The largest resident set of any child process this one has waited for, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    django_ready(migrate=False)
    from django.conf import settings
    from django.db import connection

    from ownup.comms.delivery import outbox_pending
    from ownup.comms.models import DeliveryStatus, OutboxMessage

    pending = outbox_pending()
    connection.close()
    done, seconds = timed(
        lambda: subprocess.run(
            [sys.executable, "-m", "ownup", "worker", "--until-idle"],
            capture_output=True,
            text=True,
            check=False,
        )
    )
    if done.returncode != 0:
        sys.exit(f"ownup worker exited with {done.returncode}: {done.stderr.strip()}")
    states = {
        status: OutboxMessage.objects.filter(status=status).count()
        for status in (DeliveryStatus.SENT, DeliveryStatus.RETRYING, DeliveryStatus.FAILED)
    }
    report(
        {
            "pending": pending,
            "sent": states[DeliveryStatus.SENT],
            "retrying": states[DeliveryStatus.RETRYING],
            "failed": states[DeliveryStatus.FAILED],
            "seconds": seconds,
            "worker_batch": settings.OWNUP_WORKER_BATCH,
            "worker_connections": settings.OWNUP_WORKER_CONNECTIONS,
            "peak_rss_mib": _worker_peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
