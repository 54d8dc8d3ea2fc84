"""SLA credits from the incident's impacts on the status page and each customer's agreement."""

import datetime as dt
from decimal import Decimal

import pytest

from ownup.accounts.models import User
from ownup.agreements.models import Agreement, Party
from ownup.customers.models import Customer
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy, State
from ownup.remedies.selectors import option_for
from ownup.remedies.services import sla_credits_propose
from ownup.remedies.sla import sla_credits_compute
from ownup.statuspage.models import Component, ComponentStatus, IncidentImpact

pytestmark = pytest.mark.django_db

OPENED = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
TIERS = [{"below": 99.9, "percent": 10}, {"below": 99, "percent": 25}]


@pytest.fixture
def down_two_hours(incident: Incident) -> Incident:
    """web3 was fully down 2 h 01 min in November; C1 and C2 pay £15, C3 £40 on 'pro'."""
    Incident.objects.filter(pk=incident.pk).update(
        opened_at=OPENED, resolved_at=OPENED + dt.timedelta(hours=3)
    )
    incident.refresh_from_db()
    websites = Component.objects.create(name="Websites")
    IncidentImpact.objects.create(
        incident=incident,
        component=websites,
        status=ComponentStatus.MAJOR_OUTAGE,
        started_at=OPENED,
        ended_at=OPENED + dt.timedelta(hours=2, minutes=1),
    )
    for key, fee, plan in [("C1", 15, "starter"), ("C2", 15, "starter"), ("C3", 40, "pro")]:
        customer = Customer.objects.get(key=key)
        customer.attributes = {**customer.attributes, "monthly_fee": fee, "plan": plan}
        customer.save()
    for plan in ("starter", "pro"):
        Agreement.objects.create(
            plan=plan,
            effective_from=dt.date(2026, 1, 1),
            backups_by=Party.US,
            availability_percent=Decimal("99.9"),
            credit_tiers=TIERS,
        )
    return incident


def test_each_affected_customer_is_owed_a_share_of_their_own_fee(down_two_hours: Incident) -> None:
    owed = {c.customer_key: c for c in sla_credits_compute(down_two_hours)}

    assert {k: c.amount for k, c in owed.items()} == {
        "C1": Decimal("1.50"),
        "C2": Decimal("1.50"),
        "C3": Decimal("4.00"),
    }
    assert owed["C3"].formula == (
        "Availability in November 2026: 99.72% (2 h 01 min down of 720 h); "
        "promised 99.9% → 10% of £40.00 monthly fee = £4.00"
    )


def test_a_partial_outage_counts_as_the_uptime_bars_count_it(down_two_hours: Incident) -> None:
    IncidentImpact.objects.filter(incident=down_two_hours).update(
        status=ComponentStatus.PARTIAL_OUTAGE,
        ended_at=OPENED + dt.timedelta(hours=10),
    )

    owed = sla_credits_compute(down_two_hours)

    # 30 % of 10 hours is 3 hours down.
    assert owed[0].formula.startswith("Availability in November 2026: 99.58% (3 h 00 min down")


def test_a_customers_own_agreement_wins_over_their_plan(down_two_hours: Incident) -> None:
    Agreement.objects.create(
        customer=Customer.objects.get(key="C2"),
        effective_from=dt.date(2026, 1, 1),
        backups_by=Party.US,
        availability_percent=Decimal("99.99"),
        credit_tiers=[{"below": 99.99, "percent": 50}],
    )

    owed = {c.customer_key: c.amount for c in sla_credits_compute(down_two_hours)}

    assert owed == {"C1": Decimal("1.50"), "C2": Decimal("7.50"), "C3": Decimal("4.00")}


def test_proposing_twice_creates_nothing_new_and_skips_customers_already_credited(
    down_two_hours: Incident, agent_alice: User, lead_bob: User
) -> None:
    Remedy.objects.create(
        incident=down_two_hours,
        customer=Customer.objects.get(key="C1"),
        option=option_for(Kind.REFUND),
        kind=Kind.REFUND,
        amount=Decimal(5),
        state=State.OFFERED,
        created_at=OPENED,
    )

    first = sla_credits_propose(incident=down_two_hours, by=lead_bob)
    again = sla_credits_propose(incident=down_two_hours, by=lead_bob)

    assert (first.owed, first.created, first.already_credited) == (3, 2, 1)
    assert (again.created, again.already_credited) == (0, 3)
    credits = Remedy.objects.filter(kind=Kind.CREDIT).order_by("customer__key")
    assert [(r.customer.key, r.amount, r.state) for r in credits] == [
        ("C2", Decimal("1.50"), State.APPROVED),
        ("C3", Decimal("4.00"), State.APPROVED),
    ]
    assert credits[1].formula.endswith("= £4.00")
    assert credits[1].due_on is not None and credits[1].due_on > OPENED.date()
    assert (credits[1].approved_by, credits[1].owner) == (lead_bob, lead_bob)


def test_an_incident_without_downtime_owes_nothing(incident: Incident) -> None:
    assert sla_credits_compute(incident) == []


def test_an_incident_across_midnight_at_the_end_of_the_month_owes_for_both_months(
    down_two_hours: Incident,
) -> None:
    last_evening = dt.datetime(2026, 11, 30, 22, 0, tzinfo=dt.UTC)
    IncidentImpact.objects.filter(incident=down_two_hours).update(
        started_at=last_evening, ended_at=last_evening + dt.timedelta(hours=4)
    )

    owed = {c.customer_key: c for c in sla_credits_compute(down_two_hours)}

    # 2 h in each month: 99.72 % of November and 99.73 % of December, 10 % of the fee each.
    assert owed["C3"].amount == Decimal("8.00")
    assert "November 2026: 99.72%" in owed["C3"].formula
    assert "December 2026: 99.73%" in owed["C3"].formula
