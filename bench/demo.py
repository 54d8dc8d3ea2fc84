"""Figure: loading the Daybreak Hosting demo (`ownup demo`) into an empty database."""

from bench import django_ready, peak_rss_mib, report, timed


def main() -> None:
    django_ready()
    from ownup.demo.scenario import STAFF, demo_load

    loaded, seconds = timed(demo_load)
    report(
        {
            "customers": loaded.customers_added,
            "staff": len(STAFF),
            "affected": loaded.affected,
            "seconds": seconds,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
