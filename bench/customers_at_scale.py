"""Figures: a large customer base, from an empty database to the questions asked during an outage.

`python -m bench` runs one step per process, in this order, against one database, so each
peak RSS is that step's own:

- `import`: write N generated customers to a CSV file, then import it into the empty database;
- `segments`: build the DuckDB mirror, then count a segment of three conditions, warm;
- `affected`: freeze about a tenth of the customers into an incident's affected set;
- `lookup`: find customers by email, misspelt name, phone number and key;
- `pandas`: read the same CSV with pandas and filter it the same way, without Django.
"""

import argparse
import functools
import importlib
import random
import statistics
import time
from pathlib import Path
from typing import Any

from bench import Figures, django_ready, peak_rss_mib, report, timed
from bench.csv_import import RECORD_COLUMNS, write_customers_csv

SOURCE_NAME = "customers.csv"
RUNS = 30
# server takes 8 values, plan 'pro' is 15 % of customers: about 1 in 53 matches.
SEGMENT_WHERE = "server = 'web3' AND plan = 'pro' AND monthly_fee > 10"
# 10 % of generated customers are in France.
AFFECTED_WHERE = "country = 'FR'"
LOOKUP_KINDS = ("email", "misspelt name", "phone", "key")
LOOKUP_SEED = 20261124
PANDAS_REQUIREMENT = "pandas>=2.2"


def _rss(figures: Figures) -> Figures:
    return {**figures, "peak_rss_mib": peak_rss_mib()}


def _p95(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=20)[18]


def import_step(count: int, csv_path: Path) -> Figures:
    django_ready()
    from ownup.customers.imports import customers_import

    _, write_seconds = timed(lambda: write_customers_csv(csv_path, count))
    with csv_path.open(encoding="utf-8") as header:
        columns = header.readline().strip().split(",")
    rss_before = peak_rss_mib()
    imported, seconds = timed(lambda: customers_import(path=csv_path, source_name=SOURCE_NAME))
    return _rss(
        {
            "rows": count,
            "columns": len(columns),
            "attributes": len(columns) - len(RECORD_COLUMNS),
            "csv_mib": csv_path.stat().st_size / (1024 * 1024),
            "write_seconds": write_seconds,
            "added": imported.added,
            "skipped": imported.skipped_rows,
            "seconds": seconds,
            "rss_before_mib": rss_before,
        }
    )


def segments_step() -> Figures:
    django_ready(migrate=False)
    from ownup.customers.mirror import mirror_refresh
    from ownup.customers.models import Customer
    from ownup.customers.segments import segment_count

    # The first segment asked for after an import builds the mirror; timed apart from the
    # query so the two costs can be told apart.
    _, build_seconds = timed(mirror_refresh)
    build_rss = peak_rss_mib()
    members, first_seconds = timed(lambda: segment_count(SEGMENT_WHERE))
    timings = [timed(lambda: segment_count(SEGMENT_WHERE))[1] for _ in range(RUNS)]
    return _rss(
        {
            "customers": Customer.objects.count(),
            "where": SEGMENT_WHERE,
            "members": members,
            "build_seconds": build_seconds,
            "build_peak_rss_mib": build_rss,
            "first_seconds": first_seconds,
            "runs": RUNS,
            "median_seconds": statistics.median(timings),
            "p95_seconds": _p95(timings),
        }
    )


def affected_step() -> Figures:
    django_ready(migrate=False)
    from ownup.customers.segments import segment_count
    from ownup.incidents.models import Severity
    from ownup.incidents.services import affected_from_segment, incident_open

    # Opens the mirror the segments step built, as a running server would have it open.
    matching = segment_count(AFFECTED_WHERE)
    incident = incident_open(
        title="Payments in France fail", severity=Severity.OUTAGE, opened_by=None
    )
    added, seconds = timed(
        lambda: affected_from_segment(
            incident=incident, where=AFFECTED_WHERE, segment=None, actor=None
        )
    )
    return _rss({"where": AFFECTED_WHERE, "matching": matching, "added": added, "seconds": seconds})


def _misspelt(name: str) -> str:
    """The name with one letter of its longest word wrong, as a caller might spell it."""
    longest = max(name.split(), key=len)
    at = len(longest) // 2
    wrong = longest[at].lower()
    typo = chr((ord(wrong) - ord("a") + 1) % 26 + ord("a")) if "a" <= wrong <= "z" else "x"
    return name.replace(longest, longest[:at] + typo + longest[at + 1 :], 1)


def lookup_step() -> Figures:
    django_ready(migrate=False)
    from django.db.models import Max, Min

    from ownup.customers.lookup import customer_lookup
    from ownup.customers.models import Customer

    bounds = Customer.objects.aggregate(low=Min("pk"), high=Max("pk"))
    rng = random.Random(LOOKUP_SEED)
    picked = rng.sample(range(bounds["low"], bounds["high"] + 1), 200)
    # A misspelt word needs a few letters left to be recognised by.
    people = [
        c
        for c in Customer.objects.in_bulk(picked).values()
        if len(max(c.name.split(), key=len)) >= 5
    ]
    asked: list[tuple[str, str, Customer]] = []
    for number, customer in enumerate(people[: RUNS + 1]):
        kind = LOOKUP_KINDS[number % len(LOOKUP_KINDS)]
        query = {
            "email": customer.email,
            "misspelt name": _misspelt(customer.name),
            # As a caller reads it out: a trunk 0 for the country code.
            "phone": customer.phone.replace("+44 ", "0", 1),
            "key": customer.key,
        }[kind]
        asked.append((kind, query, customer))

    def found(kind: str, query: str, customer: Customer) -> bool:
        matches = customer_lookup(query)
        if kind == "misspelt name":
            # Hundreds share a generated name: any of them is the right answer.
            return any(m.customer.name == customer.name for m in matches)
        return any(m.customer.pk == customer.pk for m in matches)

    first_found, first_seconds = timed(functools.partial(found, *asked[0]))
    first_rss = peak_rss_mib()
    timings: dict[str, list[float]] = {kind: [] for kind in LOOKUP_KINDS}
    hits = 0
    for kind, query, customer in asked[1:]:
        hit, seconds = timed(functools.partial(found, kind, query, customer))
        timings[kind].append(seconds)
        hits += hit
    every = [t for kind_timings in timings.values() for t in kind_timings]
    return _rss(
        {
            "customers": Customer.objects.count(),
            "first_kind": asked[0][0],
            "first_found": first_found,
            "first_seconds": first_seconds,
            "first_peak_rss_mib": first_rss,
            "calls": len(every),
            "found": hits,
            "median_seconds": statistics.median(every),
            "p95_seconds": _p95(every),
            "median_by_kind": {k: statistics.median(t) for k, t in timings.items() if t},
        }
    )


def pandas_step(csv_path: Path) -> Figures:
    """Without Django: only what someone with the CSV and a notebook would run."""
    try:
        pandas: Any = importlib.import_module("pandas")
    except ModuleNotFoundError:
        return {"installed": False, "requirement": PANDAS_REQUIREMENT}
    started = time.perf_counter()
    frame = pandas.read_csv(csv_path)
    read_seconds = time.perf_counter() - started
    read_rss = peak_rss_mib()
    started = time.perf_counter()
    members = frame[
        (frame["server"] == "web3") & (frame["plan"] == "pro") & (frame["monthly_fee"] > 10)
    ]
    filter_seconds = time.perf_counter() - started
    return _rss(
        {
            "installed": True,
            "version": pandas.__version__,
            "rows": len(frame),
            "csv_mib": csv_path.stat().st_size / (1024 * 1024),
            "read_seconds": read_seconds,
            "read_peak_rss_mib": read_rss,
            "members": len(members),
            "filter_seconds": filter_seconds,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.customers_at_scale")
    parser.add_argument("step", choices=("import", "segments", "affected", "lookup", "pandas"))
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="the CSV file the import writes, pandas reads")
    options = parser.parse_args()
    if options.step in ("import", "pandas") and options.csv is None:
        parser.error(f"{options.step} needs --csv")
    if options.step == "import":
        report(import_step(options.customers, options.csv))
    elif options.step == "segments":
        report(segments_step())
    elif options.step == "affected":
        report(affected_step())
    elif options.step == "lookup":
        report(lookup_step())
    else:
        report(pandas_step(options.csv))


if __name__ == "__main__":
    main()
