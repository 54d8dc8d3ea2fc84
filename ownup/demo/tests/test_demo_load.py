import datetime as dt

import pytest

from ownup.accounts.models import AuditEvent, User
from ownup.agreements.models import Agreement
from ownup.agreements.services import boundary_for
from ownup.comms.models import MessageTemplate
from ownup.customers.models import Customer
from ownup.customers.selectors import customers_matching
from ownup.demo.scenario import CUSTOMER_COUNT, demo_load, generate_customers
from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus
from ownup.incidents.models import Incident, Severity
from ownup.statuspage.models import Component


def test_generated_customers_are_the_same_on_every_run() -> None:
    assert list(generate_customers(50)) == list(generate_customers(50))
    assert list(generate_customers(50)) != list(generate_customers(50, seed=1))


def test_generated_customers_have_unique_keys_and_plausible_addresses() -> None:
    rows = list(generate_customers(500))

    assert len({row["key"] for row in rows}) == 500
    assert all(row["email"].isascii() and "@" in row["email"] for row in rows)
    assert {row["attributes"]["server"] for row in rows} == {f"web{n}" for n in range(1, 9)}


@pytest.mark.django_db
def test_loading_the_demo_twice_adds_nothing_the_second_time() -> None:
    first = demo_load()
    counts = (
        Customer.objects.count(),
        Incident.objects.count(),
        first.incident.affected.count(),
        AuditEvent.objects.count(),
        User.objects.count(),
        MessageTemplate.objects.count(),
        Component.objects.count(),
    )

    second = demo_load()

    assert (first.customers_added, second.customers_added) == (CUSTOMER_COUNT, 0)
    assert second.incident == first.incident
    assert second.affected == first.affected
    assert counts == (
        Customer.objects.count(),
        Incident.objects.count(),
        second.incident.affected.count(),
        AuditEvent.objects.count(),
        User.objects.count(),
        MessageTemplate.objects.count(),
        Component.objects.count(),
    )
    # web3 is down, and one resolved weeks ago for the status page's history.
    assert counts[:2] == (CUSTOMER_COUNT, 2)


@pytest.mark.django_db
def test_the_demo_incident_affects_exactly_the_customers_on_web3() -> None:
    report = demo_load()

    assert report.incident.title == "web3 is down"
    assert report.incident.severity == Severity.OUTAGE
    assert report.affected == customers_matching({"server": "web3"}).count() > 0
    assert sorted(User.objects.values_list("username", "role")) == [
        ("alice", "agent"),
        ("bob", "lead"),
        ("carol", "admin"),
    ]


@pytest.mark.django_db
def test_the_demo_inbox_has_replies_to_answer_and_the_plans_have_terms() -> None:
    demo_load()
    demo_load()

    waiting = InboundMessage.objects.filter(status=InboundStatus.WAITING)
    assert waiting.count() == 5
    assert InboundMessage.objects.filter(kind=InboundKind.AUTO_REPLY).count() == 1
    restore = waiting.get(subject="Please restore my database")
    assert "restore" in restore.asks_for
    assert restore.customer is not None
    assert boundary_for(restore.customer, restore.asks_for, on=dt.date.today()) is not None
    assert set(Agreement.objects.values_list("plan", flat=True)) >= {"starter", "business", "pro"}
