"""Figure: calls for help, asked one by one, and the worker's chore passing them on.

N calls about one severity 3 incident, each mailed to the first lead and posted to a chat
webhook. Times each ask, the chore's turn when nothing is due yet (what it costs every 30 s
with N calls open), and the turn when all N are due and pass to the next person at once.
"""

import argparse
import datetime as dt
import os
import statistics
from functools import partial

from bench import django_ready, peak_rss_mib, report, timed

IDLE_TURNS = 20


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.escalations")
    parser.add_argument("--calls", type=int, default=1_000)
    count: int = parser.parse_args().calls
    os.environ["OWNUP_ESCALATION_WEBHOOK_URL"] = "https://chat.example/hooks/bench"
    django_ready()
    from django.utils import timezone

    from ownup.accounts.models import Role
    from ownup.accounts.services import user_add
    from ownup.comms.models import OutboxMessage
    from ownup.escalations.services import help_ask, help_pass_on_due
    from ownup.incidents.models import Severity
    from ownup.incidents.services import incident_open

    people = {
        name: user_add(
            username=name,
            role=role,
            email=f"{name}@daybreak.example",
            password="bench-escalation-password-2026",
        )
        for name, role in (("alice", Role.AGENT), ("bob", Role.LEAD), ("carol", Role.ADMIN))
    }
    incident = incident_open(
        title="web3 is down", severity=Severity.OUTAGE, opened_by=people["alice"]
    )
    start = timezone.now()
    ask_seconds = []
    for number in range(count):
        ask = partial(
            help_ask,
            about=incident,
            question=f"Customer {number} asks for a month back; may I offer it?",
            asked_by=people["alice"],
            now=start,
        )
        ask_seconds.append(timed(ask)[1])
    idle = [
        timed(lambda: help_pass_on_due(now=start + dt.timedelta(minutes=29)))[1]
        for _ in range(IDLE_TURNS)
    ]
    passed, pass_seconds = timed(lambda: help_pass_on_due(now=start + dt.timedelta(minutes=30)))
    report(
        {
            "calls": count,
            "ask_median_ms": statistics.median(ask_seconds) * 1000,
            "ask_p95_ms": statistics.quantiles(ask_seconds, n=20)[-1] * 1000,
            "idle_median_ms": statistics.median(idle) * 1000,
            "passed": passed.passed,
            "pass_seconds": pass_seconds,
            "messages": OutboxMessage.objects.count(),
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
