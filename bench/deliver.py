"""Figure: one worker delivering the whole queued outbox, through OWNUP_EMAIL_URL.

Runs in a process of its own on a database `bench.notify` left queued, so the peak
memory is the worker's alone.
"""

from bench import django_ready, peak_rss_mib, report, timed


def main() -> None:
    django_ready(migrate=False)
    from django.conf import settings

    from ownup.comms.delivery import outbox_pending, worker_run

    pending = outbox_pending()
    rss_before = peak_rss_mib()
    tally, seconds = timed(lambda: worker_run(until_idle=True))
    report(
        {
            "pending": pending,
            "sent": tally.sent,
            "retrying": tally.retrying,
            "failed": tally.failed,
            "seconds": seconds,
            "worker_batch": settings.OWNUP_WORKER_BATCH,
            "rss_before_mib": rss_before,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
