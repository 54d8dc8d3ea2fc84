import datetime as dt

from django.test import Client
from django.utils import timezone

from ownup.accounts.models import User
from ownup.agreements.demo import demo_agreements
from ownup.agreements.models import Agreement, Party, ReminderCampaign
from ownup.agreements.services import agreement_for
from ownup.conftest import CustomerBuilder


def signed_in(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


def test_the_agreements_page_lists_plans_with_their_current_terms(
    client: Client, agent_alice: User
) -> None:
    demo_agreements()

    page = signed_in(client, agent_alice).get("/agreements/").content.decode()

    assert "Starter" in page and "Business" in page and "Pro" in page
    assert "99.95%" in page
    assert "Restore from our disaster-recovery snapshot, best effort (£75)" in page
    assert "new version" not in page  # an agent reads, a lead edits


def test_a_lead_adds_a_new_version_from_a_date_and_the_old_one_stays(
    client: Client, lead_bob: User
) -> None:
    demo_agreements()
    later = timezone.localdate() + dt.timedelta(days=30)

    response = signed_in(client, lead_bob).post(
        "/agreements/plan/starter/new-version/",
        {
            "effective_from": later.isoformat(),
            "backups_by": Party.US,
            "availability_percent": "99.7",
        },
    )
    history = client.get("/agreements/plan/starter/").content.decode()

    assert response.status_code == 302
    assert [a.backups_by for a in Agreement.objects.filter(plan="starter")] == [
        Party.US,
        Party.CUSTOMER,
    ]
    assert "upcoming" in history and "in force" in history


def test_a_bad_value_in_the_form_is_named_and_nothing_is_saved(
    client: Client, lead_bob: User
) -> None:
    demo_agreements()
    later = timezone.localdate() + dt.timedelta(days=30)

    response = signed_in(client, lead_bob).post(
        "/agreements/plan/starter/new-version/",
        {"effective_from": later.isoformat(), "backups_by": "us", "credit_tiers": "99.9"},
    )

    assert "Credits (below:percent of the monthly fee): &#x27;99.9&#x27; is not below:percent" in (
        response.content.decode()
    )
    assert Agreement.objects.filter(plan="starter").count() == 1


def test_an_agent_cannot_change_terms(client: Client, agent_alice: User) -> None:
    demo_agreements()
    response = signed_in(client, agent_alice).post(
        "/agreements/plan/starter/new-version/",
        {"effective_from": "2099-01-01", "backups_by": "us"},
    )
    assert response.status_code == 403


def test_the_customer_page_shows_their_agreement(
    client: Client, agent_alice: User, make_customer: CustomerBuilder
) -> None:
    demo_agreements()
    make_customer(key="C7", name="Ana Almeida", plan="business", backups_by="provider")

    page = signed_in(client, agent_alice).get("/customers/lookup/?q=C7&key=C7").content.decode()

    assert "Business plan" in page
    assert "adjusted by their imported backups_by" in page
    assert "Backups by</dt><dd>us" in page


def test_the_demo_agreements_load_once_and_honour_the_customers_backups_attribute(
    make_customer: CustomerBuilder,
) -> None:
    assert demo_agreements() == 4
    assert demo_agreements() == 0
    today = timezone.localdate()
    own = make_customer(plan="business", backups_by="customer")
    bought = make_customer(plan="business", backups_by="provider")
    pro = make_customer(plan="pro", backups_by="provider")

    assert agreement_for(own, on=today).backups_by == Party.CUSTOMER  # type: ignore[union-attr]
    assert agreement_for(bought, on=today).backups_by == Party.US  # type: ignore[union-attr]
    assert agreement_for(pro, on=today).backups_by == Party.US  # type: ignore[union-attr]
    assert ReminderCampaign.objects.get().active


def test_a_lead_creates_a_reminder_campaign_on_the_page(client: Client, lead_bob: User) -> None:
    response = signed_in(client, lead_bob).post(
        "/agreements/reminders/",
        {
            "action": "create",
            "name": "Quarterly",
            "duty": "backups",
            "subject": "Your backups",
            "body": "Hello {{ customer.first_name }}, last backup: {{ last_backup }}.",
            "cadence_days": "90",
            "starts_at": "2026-04-01T09:00",
        },
    )
    page = client.get("/agreements/reminders/").content.decode()

    assert response.status_code == 302
    assert "Quarterly" in page and "90 days" in page
