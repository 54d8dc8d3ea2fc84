"""Figure: the public status page selector, called repeatedly after the demo is loaded."""

import argparse
import statistics
import time

from bench import django_ready, peak_rss_mib, report


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.statuspage")
    parser.add_argument("--calls", type=int, default=50)
    calls: int = parser.parse_args().calls
    django_ready()
    from ownup.demo.scenario import demo_load
    from ownup.statuspage.selectors import status_page

    demo_load()
    timings: list[float] = []
    for _ in range(calls):
        started = time.perf_counter()
        page = status_page()
        timings.append(time.perf_counter() - started)
    report(
        {
            "calls": calls,
            "components": len(page.components),
            "incidents": len(page.active) + len(page.recent),
            "first_ms": timings[0] * 1000,
            "median_ms": statistics.median(timings) * 1000,
            "p95_ms": statistics.quantiles(timings, n=20)[18] * 1000,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
