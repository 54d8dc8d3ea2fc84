"""Figure: SLA credits for every affected customer, computed and then created as remedies.

Sets up N customers on the demo's three plans, each plan with an agreement promising 99.9 %
with credit tiers, and an incident affecting all of them whose component was fully down for
2 h 01 min. Times the computation alone (what `ownup remedy sla INC-N` shows), creating the
remedies (`--propose`), and proposing again, which must create nothing.
"""

import argparse
import datetime as dt
from decimal import Decimal

from bench import django_ready, peak_rss_mib, report, timed

TIERS = [{"below": 99.9, "percent": 10}, {"below": 99, "percent": 25}, {"below": 95, "percent": 50}]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sla_credits")
    parser.add_argument("--customers", type=int, default=100_000)
    count: int = parser.parse_args().customers
    django_ready()
    from django.utils import timezone

    from ownup.accounts.models import Role
    from ownup.accounts.services import user_add
    from ownup.agreements.models import Agreement, Party
    from ownup.customers.models import Customer
    from ownup.demo.scenario import generate_customers
    from ownup.incidents.models import Incident, Severity
    from ownup.incidents.services import affected_add, incident_open
    from ownup.remedies.models import Remedy
    from ownup.remedies.services import sla_credits_propose
    from ownup.remedies.sla import sla_credits_compute
    from ownup.statuspage.models import Component, ComponentStatus, IncidentImpact

    def setup() -> tuple[Incident, object]:
        now = timezone.now()
        Customer.objects.bulk_create(
            [Customer(**row, source="bench", imported_at=now) for row in generate_customers(count)],
            batch_size=2000,
        )
        lead = user_add(
            username="bob",
            role=Role.LEAD,
            email="bob@daybreak.example",
            password="bench-lead-password-2026",
        )
        for plan in ("starter", "business", "pro"):
            Agreement.objects.create(
                plan=plan,
                effective_from=dt.date(2020, 1, 1),
                backups_by=Party.US,
                availability_percent=Decimal("99.9"),
                credit_tiers=TIERS,
            )
        incident = incident_open(title="web3 is down", severity=Severity.OUTAGE, opened_by=lead)
        affected_add(incident=incident, customers=Customer.objects.all(), reason="all", actor=lead)
        start = incident.opened_at
        IncidentImpact.objects.create(
            incident=incident,
            component=Component.objects.create(name="Websites"),
            status=ComponentStatus.MAJOR_OUTAGE,
            started_at=start,
            ended_at=start + dt.timedelta(hours=2, minutes=1),
        )
        return incident, lead

    (incident, lead), setup_seconds = timed(setup)
    credits, compute_seconds = timed(lambda: sla_credits_compute(incident))
    compute_rss = peak_rss_mib()
    first, propose_seconds = timed(
        lambda: sla_credits_propose(incident=incident, by=lead)  # type: ignore[arg-type]
    )
    again, again_seconds = timed(
        lambda: sla_credits_propose(incident=incident, by=lead)  # type: ignore[arg-type]
    )
    report(
        {
            "customers": count,
            "setup_seconds": setup_seconds,
            "owed": len(credits),
            "compute_seconds": compute_seconds,
            "compute_peak_rss_mib": compute_rss,
            "created": first.created,
            "propose_seconds": propose_seconds,
            "again_created": again.created,
            "again_seconds": again_seconds,
            "remedies": Remedy.objects.count(),
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
