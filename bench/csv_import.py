"""Figure: importing a CSV of generated customers into an empty database, then again.

The second import of the same file changes nothing, which is what a nightly sync from the
same export mostly looks like.
"""

import argparse
import csv
import tempfile
from pathlib import Path
from typing import Any

from bench import django_ready, peak_rss_mib, report, timed

RECORD_COLUMNS = ("key", "name", "email", "phone")


def write_customers_csv(path: Path, count: int) -> None:
    """Generated customers, one row each, their attributes flattened into columns."""
    from ownup.demo.scenario import generate_customers

    with path.open("w", newline="", encoding="utf-8") as out:
        writer: csv.DictWriter[str] | None = None
        for customer in generate_customers(count):
            row: dict[str, Any] = {c: customer[c] for c in RECORD_COLUMNS}
            row.update(customer["attributes"])
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.csv_import")
    parser.add_argument("--customers", type=int, default=100_000)
    count: int = parser.parse_args().customers
    django_ready()
    from ownup.customers.imports import customers_import

    with tempfile.TemporaryDirectory(prefix="ownup-bench-csv-") as folder:
        path = Path(folder) / "customers.csv"
        _, write_seconds = timed(lambda: write_customers_csv(path, count))
        rss_before = peak_rss_mib()
        first, import_seconds = timed(lambda: customers_import(path=path, source_name="bench.csv"))
        rss_import = peak_rss_mib()
        again, reimport_seconds = timed(
            lambda: customers_import(path=path, source_name="bench.csv")
        )
        report(
            {
                "rows": count,
                "csv_mib": path.stat().st_size / (1024 * 1024),
                "write_seconds": write_seconds,
                "added": first.added,
                "import_seconds": import_seconds,
                "rss_before_mib": rss_before,
                "import_peak_rss_mib": rss_import,
                "unchanged": again.unchanged,
                "reimport_seconds": reimport_seconds,
                "reimport_peak_rss_mib": peak_rss_mib(),
            }
        )


if __name__ == "__main__":
    main()
