import datetime as dt

import pytest
from django.utils import timezone

from ownup.accounts.models import AuditEvent, User
from ownup.conftest import CustomerBuilder
from ownup.customers.selectors import customers_matching
from ownup.errors import UserError
from ownup.incidents.models import Incident, Severity, Stage, TimelineEntry
from ownup.incidents.selectors import (
    affected_customers,
    incident_by_reference,
    incident_timeline,
    incidents_listed,
    public_updates,
)
from ownup.incidents.services import affected_add, incident_open, incident_post_update

pytestmark = pytest.mark.django_db


def test_opening_an_incident_starts_it_investigating_with_a_public_first_update(
    agent_alice: User,
) -> None:
    opened = incident_open(
        title="  web3 is down  ",
        severity=Severity.OUTAGE,
        opened_by=agent_alice,
        public_message="Sites on web3 are not loading.",
    )

    assert (opened.title, opened.stage, opened.resolved_at) == (
        "web3 is down",
        Stage.INVESTIGATING,
        None,
    )
    assert [(e.kind, e.public, e.body) for e in public_updates(opened)] == [
        (TimelineEntry.Kind.OPENED, True, "Sites on web3 are not loading.")
    ]
    assert AuditEvent.objects.filter(action="incident.opened", target=opened.reference).exists()


@pytest.mark.parametrize("title", ["", "   "])
def test_an_incident_without_a_title_is_refused(agent_alice: User, title: str) -> None:
    with pytest.raises(UserError, match="title"):
        incident_open(title=title, severity=Severity.OUTAGE, opened_by=agent_alice)
    assert Incident.objects.count() == 0


@pytest.mark.parametrize("severity", [0, 6, -1])
def test_a_severity_outside_one_to_five_is_refused(agent_alice: User, severity: int) -> None:
    with pytest.raises(UserError, match=f"severity: {severity} is not 1"):
        incident_open(title="web3 is down", severity=severity, opened_by=agent_alice)
    assert Incident.objects.count() == 0


@pytest.mark.parametrize("spelling", ["INC-{pk}", "inc-{pk}", "{pk}", " INC{pk} "])
def test_an_incident_is_found_by_any_usual_spelling_of_its_reference(
    incident: Incident, spelling: str
) -> None:
    assert incident_by_reference(spelling.format(pk=incident.pk)) == incident


@pytest.mark.usefixtures("incident")
def test_an_unknown_incident_number_is_named_in_the_error() -> None:
    with pytest.raises(UserError, match="no incident INC-999"):
        incident_by_reference("INC-999")


@pytest.mark.usefixtures("incident")
def test_something_that_is_not_a_reference_says_what_a_reference_looks_like() -> None:
    with pytest.raises(UserError, match="'web3' is not an incident reference like INC-7"):
        incident_by_reference("web3")


def test_posting_updates_moves_the_stage_and_resolving_records_when(
    incident: Incident, lead_bob: User
) -> None:
    resolved_at = timezone.now() + dt.timedelta(hours=2)

    incident_post_update(
        incident=incident, stage=Stage.IDENTIFIED, message="A disk failed.", actor=lead_bob
    )
    assert (incident.stage, incident.resolved_at) == (Stage.IDENTIFIED, None)

    incident_post_update(
        incident=incident,
        stage=Stage.RESOLVED,
        message="web3 is back.",
        actor=lead_bob,
        now=resolved_at,
    )
    incident.refresh_from_db()
    assert (incident.stage, incident.resolved_at) == (Stage.RESOLVED, resolved_at)
    assert not incident.is_open
    assert incident not in incidents_listed()
    assert incident in incidents_listed(include_resolved=True)
    assert [e.body for e in public_updates(incident)][:2] == ["web3 is back.", "A disk failed."]


def test_reopening_a_resolved_incident_clears_its_resolution_time(
    incident: Incident, lead_bob: User
) -> None:
    incident_post_update(incident=incident, stage=Stage.RESOLVED, message="Fixed.", actor=lead_bob)
    incident_post_update(
        incident=incident, stage=Stage.MONITORING, message="Watching it again.", actor=lead_bob
    )

    incident.refresh_from_db()
    assert (incident.stage, incident.resolved_at) == (Stage.MONITORING, None)


def test_an_update_at_an_unknown_stage_or_without_a_message_is_refused(
    incident: Incident, lead_bob: User
) -> None:
    with pytest.raises(UserError, match="stage: 'fixed' is not one of investigating"):
        incident_post_update(incident=incident, stage="fixed", message="Done.", actor=lead_bob)
    with pytest.raises(UserError, match="needs a message"):
        incident_post_update(incident=incident, stage=Stage.IDENTIFIED, message=" ", actor=lead_bob)

    incident.refresh_from_db()
    assert incident.stage == Stage.INVESTIGATING
    assert public_updates(incident).count() == 1


def test_the_incident_fixture_affects_only_the_customers_on_web3(incident: Incident) -> None:
    assert [c.name for c in affected_customers(incident)] == [
        "Ana Almeida",
        "Ben Brennan",
        "Chloé Dubois",
    ]


def test_adding_the_same_customers_again_adds_nobody_and_records_nothing(
    incident: Incident, agent_alice: User
) -> None:
    entries = incident_timeline(incident).filter(kind=TimelineEntry.Kind.AFFECTED).count()
    audit = AuditEvent.objects.count()

    added = affected_add(
        incident=incident,
        customers=customers_matching({"server": "web3"}),
        reason="hosted on web3",
        actor=agent_alice,
    )

    assert added == 0
    assert incident.affected.count() == 3
    assert incident_timeline(incident).filter(kind=TimelineEntry.Kind.AFFECTED).count() == entries
    assert AuditEvent.objects.count() == audit


def test_adding_a_wider_set_adds_only_the_new_customers_and_says_so_on_the_timeline(
    incident: Incident, agent_alice: User, make_customer: CustomerBuilder
) -> None:
    make_customer(key="C5", name="Efua Eriksen", server="web3", plan="pro")

    added = affected_add(
        incident=incident,
        customers=customers_matching({"server": "web3"}) | customers_matching({"key": "C4"}),
        reason="web3, and C4 who called in",
        actor=agent_alice,
    )

    assert added == 2
    assert incident.affected.count() == 5
    latest = incident_timeline(incident).filter(kind=TimelineEntry.Kind.AFFECTED).first()
    assert latest is not None
    assert latest.body == "2 customer(s) added to the affected set: web3, and C4 who called in"
    assert not latest.public
    assert latest.actor == agent_alice
