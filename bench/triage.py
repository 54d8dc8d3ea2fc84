"""Figures: triage of customers' replies. Time per message (median and p99 over the labelled
corpus, each reply run many times, plus a long reply with a quoted notice below it), and how
often it agrees with the held-out labels, per label.

Timings are wall clock and CPU time: on a shared machine the wall clock also counts the time
other processes held the CPU.
"""

import argparse
import os
import statistics
import time
from collections import Counter
from pathlib import Path

from bench import django_ready, peak_rss_mib, report

CORPUS = Path(__file__).resolve().parent.parent / "ownup" / "inbox" / "tests" / "triage_corpus"
LONG_REPLY_CHARS = 6000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def long_reply(texts: list[str]) -> str:
    """A long reply: several paragraphs of the customer's own, then the notice quoted."""
    own = "\n\n".join(texts[:12])
    quoted = "\n".join(f"> {line}" for text in texts for line in text.splitlines())
    reply = f"{own}\n\nOn Tue, 1 Dec 2026 at 10:02, Daybreak <notices@daybreak.example> wrote:\n"
    return (reply + quoted)[:LONG_REPLY_CHARS]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    django_ready(migrate=False)
    from ownup.inbox.triage import labelled_replies, own_words, triage

    train = labelled_replies(CORPUS / "train.txt")
    heldout_files = ("heldout.txt", "heldout2.txt", "heldout3.txt")
    heldout = [r for name in heldout_files for r in labelled_replies(CORPUS / name)]
    replies = train + heldout
    load = os.getloadavg()[0]

    timings, cpu_timings = [], []
    for _ in range(rounds):
        for reply in replies:
            cpu, started = time.process_time(), time.perf_counter()
            triage(reply.text, subject=reply.subject)
            timings.append(time.perf_counter() - started)
            cpu_timings.append(time.process_time() - cpu)
    long_text = long_reply([r.text for r in replies])
    long_timings, long_cpu = [], []
    for _ in range(rounds * 5):
        cpu, started = time.process_time(), time.perf_counter()
        triage(long_text)
        long_timings.append(time.perf_counter() - started)
        long_cpu.append(time.process_time() - cpu)

    per_file = {
        name: {
            field: sum(
                getattr(triage(r.text, subject=r.subject), field) == getattr(r, field)
                for r in labelled_replies(CORPUS / name)
            )
            for field in ("intent", "feeling", "asks_for")
        }
        | {"replies": len(labelled_replies(CORPUS / name))}
        for name in heldout_files
    }
    scores: dict[str, dict[str, int]] = {}
    for field in ("intent", "feeling"):
        labelled: Counter[str] = Counter()
        predicted: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for reply in heldout:
            expected = getattr(reply, field)
            got = getattr(triage(reply.text, subject=reply.subject), field)
            labelled[expected] += 1
            predicted[got] += 1
            right[expected] += expected == got
        for label in labelled:
            scores[f"{field}:{label}"] = {
                "labelled": labelled[label],
                "predicted": predicted[label],
                "right": right[label],
            }

    report(
        {
            "replies": len(replies),
            "train": len(train),
            "heldout": len(heldout),
            "runs": len(timings),
            "load": load,
            "mean_chars": statistics.mean(len(r.text) for r in replies),
            "median_ms": statistics.median(timings) * 1000,
            "p99_ms": _percentile(timings, 0.99) * 1000,
            "cpu_median_ms": statistics.median(cpu_timings) * 1000,
            "cpu_p99_ms": _percentile(cpu_timings, 0.99) * 1000,
            "long_chars": len(long_text),
            "long_median_ms": statistics.median(long_timings) * 1000,
            "long_p99_ms": _percentile(long_timings, 0.99) * 1000,
            "long_cpu_median_ms": statistics.median(long_cpu) * 1000,
            "long_own_chars": len(own_words(long_text).rstrip()),
            "heldout_scores": scores,
            "heldout_files": per_file,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
