"""Which public updates reach which subscribers, what they say, and that each goes once."""

import datetime as dt

import pytest
from django.utils import timezone

from ownup.comms.models import Channel, OutboxMessage
from ownup.customers.models import Customer
from ownup.incidents.models import Incident, Severity, Stage, TimelineEntry
from ownup.incidents.services import affected_add, incident_open, incident_post_update
from ownup.statuspage.models import Component, ComponentStatus, MaintenanceStatus
from ownup.statuspage.services import (
    incident_impact_set,
    maintenance_schedule,
    maintenance_update,
)
from ownup.subscribers.services import update_announce
from ownup.subscribers.tests.conftest import SubscriberBuilder

pytestmark = pytest.mark.django_db


def recipients_of(entry: TimelineEntry) -> set[str]:
    rows = OutboxMessage.objects.filter(topic=f"status-update:{entry.pk}")
    return set(rows.values_list("to_address", flat=True))


def web_outage(websites: Component) -> Incident:
    incident = incident_open(
        title="web3 controller died",
        severity=Severity.OUTAGE,
        opened_by=None,
        public_message="Some websites are not loading.",
    )
    incident_impact_set(
        incident=incident, component=websites, status=ComponentStatus.PARTIAL_OUTAGE, actor=None
    )
    return incident


def post(incident: Incident, message: str, stage: str = Stage.IDENTIFIED) -> TimelineEntry:
    return incident_post_update(incident=incident, stage=stage, message=message, actor=None)


def test_an_update_reaches_those_who_follow_its_component_or_everything(
    make_subscriber: SubscriberBuilder, websites: Component, mailboxes: Component
) -> None:
    make_subscriber("everything@example.org")
    make_subscriber("web@example.org", websites)
    make_subscriber("mail@example.org", mailboxes)
    make_subscriber("both@example.org", websites, mailboxes)

    entry = post(web_outage(websites), "A disk controller failed.")

    assert recipients_of(entry) == {
        "everything@example.org",
        "web@example.org",
        "both@example.org",
    }


def test_a_component_follower_hears_of_an_incident_once_it_is_tied_to_their_component(
    make_subscriber: SubscriberBuilder, websites: Component, mailboxes: Component
) -> None:
    make_subscriber("everything@example.org")
    make_subscriber("web@example.org", websites)
    make_subscriber("mail@example.org", mailboxes)

    incident = web_outage(websites)  # opened first, tied to Websites a moment later

    opened = incident.timeline.get(kind=TimelineEntry.Kind.OPENED)
    assert recipients_of(opened) == {"everything@example.org", "web@example.org"}
    incident_impact_set(
        incident=incident, component=websites, status=ComponentStatus.MAJOR_OUTAGE, actor=None
    )
    assert OutboxMessage.objects.filter(to_address="web@example.org").count() == 1


def test_an_incident_tied_to_no_component_reaches_those_who_follow_everything(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    make_subscriber("everything@example.org")
    make_subscriber("web@example.org", websites)

    incident = incident_open(title="Billing is slow", severity=Severity.BUMP, opened_by=None)

    opened = incident.timeline.get(kind=TimelineEntry.Kind.OPENED)
    assert recipients_of(opened) == {"everything@example.org"}


def test_tied_to_a_component_mid_incident_its_followers_get_the_latest_update(
    make_subscriber: SubscriberBuilder, websites: Component, mailboxes: Component
) -> None:
    make_subscriber("mail@example.org", mailboxes)
    incident = web_outage(websites)
    latest = post(incident, "Mail relays on web3 are affected too.")

    incident_impact_set(
        incident=incident, component=mailboxes, status=ComponentStatus.PARTIAL_OUTAGE, actor=None
    )

    assert recipients_of(latest) == {"mail@example.org"}
    assert OutboxMessage.objects.filter(to_address="mail@example.org").count() == 1


def test_those_waiting_for_confirmation_or_unsubscribed_hear_nothing(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    make_subscriber("waiting@example.org", confirmed=False)
    gone = make_subscriber("gone@example.org")
    gone.unsubscribed_at = timezone.now()
    gone.save()

    entry = post(web_outage(websites), "A disk controller failed.")

    assert recipients_of(entry) == set()


def test_announcing_the_same_update_twice_queues_it_once(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    make_subscriber("reader@example.org")
    entry = post(web_outage(websites), "A disk controller failed.")

    assert update_announce(entry=entry) == 0
    assert update_announce(entry=entry) == 0
    assert OutboxMessage.objects.filter(topic=f"status-update:{entry.pk}").count() == 1


def test_open_update_and_resolve_each_reach_a_subscriber_once(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    make_subscriber("reader@example.org")
    incident = web_outage(websites)
    post(incident, "A disk controller failed.")
    post(incident, "All sites load again.", Stage.RESOLVED)

    subjects = OutboxMessage.objects.filter(to_address="reader@example.org").values_list(
        "subject", flat=True
    )
    assert sorted(subjects) == [
        "web3 controller died: Identified",
        "web3 controller died: Investigating",
        "web3 controller died: Resolved",
    ]


def test_internal_notes_summaries_and_customers_never_reach_subscribers(
    make_subscriber: SubscriberBuilder,
    websites: Component,
    webhook_receiver: object,
) -> None:
    make_subscriber("reader@example.org")
    customer = Customer.objects.create(
        key="C1", email="ana@almeida.example", name="Ana Almeida", source="test"
    )
    incident = incident_open(
        title="Controller on web3 (Dell R640 #7) died",
        severity=Severity.OUTAGE,
        opened_by=None,
        summary="SECRET-SUMMARY: the RAID card was never replaced",
        public_message="Some websites are not loading.",
    )
    incident.public_title = "Some websites are unavailable"
    incident.save(update_fields=["public_title"])
    affected_add(incident=incident, customers=[customer.pk], reason="on web3", actor=None)
    TimelineEntry.objects.create(
        incident=incident,
        at=timezone.now(),
        kind=TimelineEntry.Kind.NOTE,
        body="SECRET-NOTE: blame the vendor",
    )
    update = post(incident, "A disk controller failed.")

    rows = OutboxMessage.objects.filter(to_address="reader@example.org")
    assert rows.count() == 2  # the opening and the update; the note is not sent
    everything = " ".join(
        f"{r.subject} {r.body_text} {r.body_html} {r.payload} {r.headers}" for r in rows
    )
    for secret in ("SECRET-SUMMARY", "SECRET-NOTE", "Ana Almeida", "affected", "INC-"):
        assert secret not in everything
    # Once a public title is set, it replaces the staff's own title in what goes out.
    sent = rows.get(topic=f"status-update:{update.pk}")
    assert sent.subject == "Some websites are unavailable: Identified"
    assert "Dell R640" not in f"{sent.body_text} {sent.body_html}"


def test_each_subscriber_mail_carries_its_own_one_click_unsubscribe(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    make_subscriber("one@example.org")
    make_subscriber("two@example.org")
    entry = post(web_outage(websites), "A disk controller failed.")

    rows = list(OutboxMessage.objects.filter(topic=f"status-update:{entry.pk}"))
    links = {r.headers["List-Unsubscribe"] for r in rows}
    assert len(links) == 2
    for row in rows:
        assert row.channel == Channel.EMAIL
        assert row.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert row.headers["List-Unsubscribe"].strip("<>") in row.body_text


def test_planned_maintenance_reaches_those_who_follow_its_components_at_each_step(
    make_subscriber: SubscriberBuilder, websites: Component, mailboxes: Component
) -> None:
    make_subscriber("web@example.org", websites)
    make_subscriber("mail@example.org", mailboxes)
    start = timezone.now() + dt.timedelta(days=1)

    maintenance = maintenance_schedule(
        title="Mail server upgrade",
        body="Mail may be slow for ten minutes.",
        scheduled_for=start,
        scheduled_until=start + dt.timedelta(hours=2),
        components=[mailboxes],
        actor=None,
    )
    maintenance_update(
        maintenance=maintenance,
        status=MaintenanceStatus.IN_PROGRESS,
        message="Upgrading now.",
        actor=None,
    )

    rows = OutboxMessage.objects.filter(topic__startswith="maintenance-update:")
    assert set(rows.values_list("to_address", flat=True)) == {"mail@example.org"}
    assert sorted(rows.values_list("subject", flat=True)) == [
        "Mail server upgrade: Maintenance in progress",
        "Mail server upgrade: Maintenance scheduled",
    ]
    assert "Planned from" in rows.first().body_text  # type: ignore[union-attr]
