import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from ownup.accounts.models import User
from ownup.agreements.models import Party, ReminderCampaign, ReminderOptOut
from ownup.agreements.reminders import (
    campaign_create,
    reminders_run_due,
    reminders_send,
    unsubscribe_token,
)
from ownup.agreements.services import agreement_set
from ownup.agreements.terms import AgreementTerms
from ownup.chores import chores_registered
from ownup.comms.models import OutboxMessage
from ownup.conftest import CustomerBuilder
from ownup.customers.models import Customer
from ownup.errors import UserError

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
BODY = (
    "Hello {{ customer.first_name }},\n\nUnder your plan your {{ duty }} are yours to manage."
    "{% if last_backup %} Our records show your last backup on {{ last_backup }}.{% endif %}\n"
)


@pytest.fixture
def campaign(lead_bob: User, make_customer: CustomerBuilder) -> ReminderCampaign:
    """Starter customers manage their own backups; pro customers have them done by us."""
    for plan, party in (("starter", Party.CUSTOMER), ("pro", Party.US)):
        agreement_set(
            plan=plan,
            effective_from=dt.date(2026, 1, 1),
            terms=AgreementTerms(backups_by=party, availability_percent=Decimal("99.5")),
            created_by=lead_bob,
        )
    make_customer(key="C1", name="Ana Almeida", plan="starter", last_backup="2026-02-14")
    make_customer(key="C2", name="Ben Okafor", plan="starter")
    make_customer(key="C3", name="Cy Pro", plan="pro")
    make_customer(key="C4", name="Di Own", plan="starter", backups_by="provider")
    return campaign_create(
        name="Backups",
        duty="backups",
        subject="Your backups, {{ customer.first_name }}",
        body=BODY,
        cadence_days=30,
        starts_at=START,
        created_by=lead_bob,
    )


def reminded() -> list[str]:
    return sorted(
        OutboxMessage.objects.filter(topic__startswith="reminder:").values_list(
            "to_address", flat=True
        )
    )


def test_reminders_go_to_customers_whose_agreement_makes_backups_theirs(
    campaign: ReminderCampaign,
) -> None:
    run = reminders_send(campaign, now=START)

    assert run.queued == 2
    assert reminded() == ["c1@example.com", "c2@example.com"]
    ana = OutboxMessage.objects.get(to_address="c1@example.com")
    assert ana.subject == "Your backups, Ana"
    assert "Our records show your last backup on 14 February 2026." in ana.body_text
    assert "last backup" not in OutboxMessage.objects.get(to_address="c2@example.com").body_text
    assert ana.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert ana.headers["List-Unsubscribe"].startswith("<http")


def test_a_customer_is_reminded_once_per_period(campaign: ReminderCampaign) -> None:
    reminders_send(campaign, now=START)
    again = reminders_send(campaign, now=START + dt.timedelta(days=29))
    next_period = reminders_send(campaign, now=START + dt.timedelta(days=30))

    assert (again.queued, again.already) == (0, 2)
    assert next_period.queued == 2
    assert OutboxMessage.objects.filter(to_address="c1@example.com").count() == 2


def test_the_worker_runs_a_due_campaign_once_and_schedules_the_next_period(
    campaign: ReminderCampaign,
) -> None:
    assert reminders_run_due(START - dt.timedelta(minutes=1)) == []
    first = reminders_run_due(START + dt.timedelta(hours=1))
    second = reminders_run_due(START + dt.timedelta(hours=2))

    assert [r.queued for r in first] == [2]
    assert second == []
    assert "duty reminders" in [chore.name for chore in chores_registered()]
    campaign.refresh_from_db()
    assert campaign.next_run_at == START + dt.timedelta(days=30)


def test_a_paused_campaign_is_not_run(campaign: ReminderCampaign) -> None:
    ReminderCampaign.objects.filter(pk=campaign.pk).update(active=False)
    assert reminders_run_due(START + dt.timedelta(hours=1)) == []
    assert reminded() == []


def test_one_click_unsubscribe_skips_the_customer_from_then_on(
    campaign: ReminderCampaign, client: Client
) -> None:
    ana = Customer.objects.get(key="C1")
    url = f"/agreements/reminders/unsubscribe/{unsubscribe_token(ana)}/"

    page = client.get(url)
    done = client.post(url, {"List-Unsubscribe": "One-Click"})
    run = reminders_send(campaign, now=START)

    assert "Stop reminders" in page.content.decode()
    assert done.status_code == 200
    assert ReminderOptOut.objects.filter(customer=ana).exists()
    assert (run.queued, run.unsubscribed) == (1, 1)
    assert reminded() == ["c2@example.com"]


def test_a_forged_unsubscribe_link_is_refused(client: Client, db: None) -> None:
    response = client.post("/agreements/reminders/unsubscribe/forged/")
    assert response.status_code == 400
    assert not ReminderOptOut.objects.exists()


def test_a_dry_run_counts_and_sends_nothing(campaign: ReminderCampaign) -> None:
    ReminderOptOut.objects.create(customer=Customer.objects.get(key="C2"), at=timezone.now())

    run = reminders_send(campaign, now=START, dry_run=True)

    assert (run.responsible, run.queued, run.unsubscribed) == (2, 1, 1)
    assert reminded() == []


def test_a_template_mistake_is_named_when_the_campaign_is_created(lead_bob: User) -> None:
    with pytest.raises(UserError, match=r"body: .*'customer_name'"):
        campaign_create(
            name="Broken",
            duty="backups",
            subject="Backups",
            body="Hello {{ customer_name }}",
            cadence_days=7,
            starts_at=START,
            created_by=lead_bob,
        )
