"""Figure: rendering and queueing a first notice for every affected customer.

Sets up N customers, an incident affecting all of them and a first notice from the stage's
template with every slot filled, through the same services the CLI uses. Times a dry run
(render only), then the real notify (render and queue) and a second lead's approval, which a
send this large needs. Leaves the queued outbox behind for `bench.deliver`.
"""

import argparse

from bench import django_ready, peak_rss_mib, report, timed

OPERATOR_PASSWORD = "bench-lead-password-2026"
SLOTS = {
    "what_happened": "At 09:12 UTC the disk controller of our server web3 failed, and every "
    "site on it, including {{ customer.domain }}, stopped answering. That is our mistake.",
    "impact": "You could not use your site: visitors to {{ customer.domain }} saw an error "
    "page, and mail sent to your mailboxes is waiting on our relay; none of it is lost.",
    "what_we_did": "We moved {{ customer.domain }} to a spare server and restored last "
    "night's backup; we are checking every site one by one.",
    "next_steps": "We are bringing the sites back one by one.",
    "time": "We will write again by 14:00 UTC, or as soon as your site is back.",
    "remedy": "We will credit one month of your {{ customer.plan }} plan on your next invoice.",
    "help": "Reply to this email or call +44 20 7946 0000; quote {{ incident.reference }}.",
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.notify")
    parser.add_argument("--messages", type=int, default=20_000)
    count: int = parser.parse_args().messages
    django_ready()
    from django.utils import timezone

    from ownup.accounts.models import Role, User
    from ownup.accounts.services import user_add
    from ownup.comms.models import NoticeKind
    from ownup.comms.services import batch_approve, notice_draft, notify
    from ownup.customers.models import Customer
    from ownup.demo.scenario import generate_customers
    from ownup.incidents.models import Incident, Severity
    from ownup.incidents.services import affected_add, incident_open

    def setup() -> tuple[Incident, User, User]:
        now = timezone.now()
        Customer.objects.bulk_create(
            [Customer(**row, source="bench", imported_at=now) for row in generate_customers(count)],
            batch_size=1000,
        )
        lead = user_add(
            username="bob",
            role=Role.LEAD,
            email="bob@daybreak.example",
            password=OPERATOR_PASSWORD,
            full_name="Bob Lead",
        )
        approver = user_add(
            username="lena",
            role=Role.LEAD,
            email="lena@daybreak.example",
            password=OPERATOR_PASSWORD,
            full_name="Lena Lead",
        )
        incident = incident_open(title="web3 is down", severity=Severity.OUTAGE, opened_by=lead)
        affected_add(
            incident=incident,
            customers=Customer.objects.all(),
            reason="hosted on server web3",
            actor=lead,
        )
        # No template named: the first one for the stage, as `ownup notice draft` picks it.
        notice_draft(incident=incident, kind=NoticeKind.INITIAL, actor=lead, slots=SLOTS)
        return incident, lead, approver

    (incident, lead, approver), setup_seconds = timed(setup)
    rss_before = peak_rss_mib()
    dry, dry_seconds = timed(
        lambda: notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead, dry_run=True)
    )
    rss_dry = peak_rss_mib()
    queued, seconds = timed(lambda: notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead))
    if queued.batch is not None and queued.batch.waiting_for_approval:
        batch_approve(batch=queued.batch, approver=approver)
    report(
        {
            "customers": count,
            "setup_seconds": setup_seconds,
            "rss_before_mib": rss_before,
            "dry_run_messages": dry.would_queue,
            "dry_run_seconds": dry_seconds,
            "dry_run_peak_rss_mib": rss_dry,
            "messages": queued.would_queue,
            "skipped": len(queued.skipped),
            "seconds": seconds,
            "peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
