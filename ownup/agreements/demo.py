"""Daybreak Hosting's agreements and a monthly backup reminder, for the demo scenario.

starter:  backups by the customer, 99.5%; a best-effort restore from our snapshot for £75
business: backups by the customer (unless their imported backups_by says provider), 99.9%
pro:      backups by us, 99.95%
Loading twice changes nothing: a plan that already has terms, or the campaign, is left as is.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from ownup.agreements.models import Agreement, Party, ReminderCampaign
from ownup.agreements.reminders import campaign_create
from ownup.agreements.services import agreement_set
from ownup.agreements.terms import AgreementTerms, CreditTier, PaidExtra

RESTORE = PaidExtra(
    name="Restore from our disaster-recovery snapshot, best effort",
    price=Decimal(75),
    duty="backups",
)
CAMPAIGN = "Monthly backup check"
REMINDER_SUBJECT = "Your backups: a monthly check"
REMINDER_BODY = """\
Hello{% if customer.first_name %} {{ customer.first_name }}{% endif %},

Under your {{ plan|title }} plan, backups of your site are managed by you, so this is our \
monthly nudge to check that your latest one is safe and that you can restore from it.
{% if last_backup %}
Our records show your last backup was taken on {{ last_backup }}.
{% endif %}
If you would rather we looked after your backups, reply and we will tell you what that \
costs on your plan. And if the worst happens before then, we can try a best-effort restore \
from our own disaster-recovery snapshot for £75.

Reply to this email with any question.

The Daybreak Hosting team
"""


def _tiers(*pairs: tuple[str, int]) -> tuple[CreditTier, ...]:
    return tuple(CreditTier(below=Decimal(b), percent=Decimal(p)) for b, p in pairs)


def demo_terms() -> dict[str, AgreementTerms]:
    return {
        "starter": AgreementTerms(
            backups_by=Party.CUSTOMER,
            availability_percent=Decimal("99.5"),
            credit_tiers=_tiers(("99.5", 10), ("99", 25), ("95", 50)),
            support_hours="Mon-Fri 09:00-17:30 Europe/London",
            support_channels=("email",),
            included="Hosting for one site, SSL certificate, daily malware scan.",
            paid_extras=(RESTORE,),
        ),
        "business": AgreementTerms(
            backups_by=Party.CUSTOMER,
            availability_percent=Decimal("99.9"),
            credit_tiers=_tiers(("99.9", 10), ("99", 25), ("95", 50)),
            support_hours="Mon-Fri 08:00-20:00 Europe/London",
            support_channels=("email", "phone"),
            included="Hosting for five sites, SSL certificates, staging site, malware scan.",
            paid_extras=(
                RESTORE,
                PaidExtra(name="Managed backups add-on, per month", price=Decimal(10)),
            ),
            notes="Customers whose data says backups_by = provider bought the backups add-on.",
        ),
        "pro": AgreementTerms(
            backups_by=Party.US,
            availability_percent=Decimal("99.95"),
            credit_tiers=_tiers(("99.95", 10), ("99.5", 25), ("99", 50)),
            support_hours="24/7",
            support_channels=("email", "phone", "chat"),
            included="Hosting, SSL, daily backups kept 30 days, restores on request.",
        ),
    }


def demo_agreements(now: dt.datetime | None = None) -> int:
    """Add the demo plans' terms and the backup reminder; how many things were added."""
    now = now or timezone.now()
    added = 0
    with transaction.atomic():
        for plan, terms in demo_terms().items():
            if Agreement.objects.filter(plan=plan, customer__isnull=True).exists():
                continue
            agreement_set(
                plan=plan,
                effective_from=dt.date(now.year, 1, 1),
                terms=terms,
                created_by=None,
            )
            added += 1
        if not ReminderCampaign.objects.filter(name=CAMPAIGN).exists():
            # The first run a week ahead: the demo shows the campaign without sending yet.
            campaign_create(
                name=CAMPAIGN,
                duty="backups",
                subject=REMINDER_SUBJECT,
                body=REMINDER_BODY,
                cadence_days=30,
                starts_at=(now + dt.timedelta(days=7)).replace(
                    hour=9, minute=0, second=0, microsecond=0
                ),
                created_by=None,
            )
            added += 1
    return added
