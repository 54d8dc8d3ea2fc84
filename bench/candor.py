"""Figures: the candor check. Importing it, `ownup check` from a cold start, and one check of
a 2,000-character message (median and p99 over many runs).

Each figure is taken as wall-clock time and as CPU time: on a shared machine the wall clock
also counts the time other processes held the CPU.
"""

import argparse
import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import peak_rss_mib, report

MESSAGE_CHARS = 2000
# Good and bad sentences mixed, so most rules have something to look at.
SENTENCES = (
    "Hello Marta,",
    "Your website at lindenbakery.example was unreachable this morning from 09:12 to 10:40 UTC.",
    "A configuration change we made to our web server web3 caused it; that is our mistake.",
    "We know this meant your customers could not place pre-orders on a busy Saturday.",
    "We undid the change at 10:38 and your site has been working normally since 10:40.",
    "To be fair, this almost never happens, and it was just a small glitch.",
    "Some users may have experienced issues with the ingress returning HTTP 502s.",
    "We will send you a short written report by Monday 14:00 UTC, and fix the rest soon.",
    "We have added a month of free hosting to your account.",
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.",
)


def message() -> str:
    text = ""
    while len(text) < MESSAGE_CHARS:
        text += " ".join(SENTENCES) + "\n\n"
    return text[:MESSAGE_CHARS]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_start_seconds(text: str) -> tuple[float, float]:
    """Wall and CPU time of `ownup check FILE --json`, Python start to exit."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notice.txt"
        path.write_text(text, encoding="utf-8")
        cpu, started = _children_cpu(), time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ownup", "check", str(path), "--json"],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    runs = parser.parse_args().runs

    load = os.getloadavg()[0]
    cpu, started = time.process_time(), time.perf_counter()
    check = importlib.import_module("ownup.comms.candor.check")
    import_seconds, import_cpu = time.perf_counter() - started, time.process_time() - cpu
    text = message()
    started = time.perf_counter()
    check.candor_check(text, "notice")
    first_seconds = time.perf_counter() - started

    timings, cpu_timings = [], []
    for _ in range(runs):
        cpu, started = time.process_time(), time.perf_counter()
        report_ = check.candor_check(text, "notice")
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu)
    cli_seconds, cli_cpu = cli_start_seconds(text)

    report(
        {
            "chars": len(text),
            "runs": runs,
            "findings": len(report_.findings),
            "load": load,
            "import_ms": import_seconds * 1000,
            "import_cpu_ms": import_cpu * 1000,
            "first_ms": first_seconds * 1000,
            "median_ms": statistics.median(timings) * 1000,
            "p99_ms": _percentile(timings, 0.99) * 1000,
            "cpu_median_ms": statistics.median(cpu_timings) * 1000,
            "cpu_p99_ms": _percentile(cpu_timings, 0.99) * 1000,
            "cli_seconds": cli_seconds,
            "cli_cpu_seconds": cli_cpu,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
