"""Nobody acknowledged in time: the call passes down the list, then the asker is told."""

import datetime as dt

import pytest
from django.utils.module_loading import import_string

from ownup.accounts.models import User
from ownup.chores import chores_registered
from ownup.comms.models import OutboxMessage
from ownup.conftest import UserBuilder
from ownup.errors import UserError
from ownup.escalations.models import HelpRequest, HelpState
from ownup.escalations.services import help_acknowledge, help_answer, help_ask, help_pass_on_due
from ownup.escalations.tests.conftest import START
from ownup.incidents.models import Incident, TimelineEntry

MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def call(incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User) -> HelpRequest:
    """Alice asks at 09:00 about a severity 3 incident: Bob first, then Carol; 30 min each."""
    return help_ask(
        about=incident, question="Refund three months?", asked_by=agent_alice, now=START
    )


def _bodies(incident: Incident) -> list[str]:
    """The notes on the incident's timeline, oldest first."""
    notes = incident.timeline.filter(kind=TimelineEntry.Kind.NOTE).order_by("at", "id")
    return list(notes.values_list("body", flat=True))


def test_the_call_passes_on_only_once_the_severitys_time_is_up(
    call: HelpRequest, admin_carol: User
) -> None:
    assert help_pass_on_due(now=START + 29 * MINUTE).passed == 0

    report = help_pass_on_due(now=START + 30 * MINUTE)

    call.refresh_from_db()
    assert report.passed == 1
    assert (call.asked_of, call.step, call.due_at) == (admin_carol, 1, START + 60 * MINUTE)
    mail = OutboxMessage.objects.get(topic=f"help:{call.pk}:1", channel="email")
    assert mail.to_address == "carol@ownup.test"
    assert "Bob Lead did not acknowledge in time, so it comes to you" in mail.body_text
    assert "you are the last on the escalation list" in mail.body_text
    assert OutboxMessage.objects.filter(topic=f"help:{call.pk}:1", channel="webhook").exists()
    assert (
        f"Alice Agent's call for help ({call.reference}) passed to Carol Admin: "
        "Bob Lead did not acknowledge within 30 min" in _bodies(call.incident)
    )


def test_a_more_severe_incident_passes_on_sooner(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    incident.severity = 5
    incident.save(update_fields=["severity"])
    call = help_ask(about=incident, question="Everything is down", asked_by=agent_alice, now=START)

    assert help_pass_on_due(now=START + 5 * MINUTE).passed == 1
    call.refresh_from_db()
    assert call.asked_of == admin_carol


def test_acknowledging_stops_the_chain(call: HelpRequest, lead_bob: User) -> None:
    help_acknowledge(help_request=call, user=lead_bob, now=START + 4 * MINUTE)

    report = help_pass_on_due(now=START + 90 * MINUTE)

    call.refresh_from_db()
    assert report.passed == report.exhausted == 0
    assert (call.state, call.acknowledged_by, call.asked_of) == (
        HelpState.ACKNOWLEDGED,
        lead_bob,
        lead_bob,
    )
    assert f"Bob Lead acknowledged Alice Agent's call for help ({call.reference}) after 4 min" in (
        _bodies(call.incident)
    )
    assert not OutboxMessage.objects.filter(topic=f"help:{call.pk}:1").exists()


def test_at_the_end_of_the_list_the_call_is_exhausted_and_the_asker_told(
    call: HelpRequest,
) -> None:
    help_pass_on_due(now=START + 30 * MINUTE)
    report = help_pass_on_due(now=START + 60 * MINUTE)

    call.refresh_from_db()
    assert report.exhausted == 1
    assert call.state == HelpState.EXHAUSTED
    told = OutboxMessage.objects.get(topic=f"help:{call.pk}:exhausted", channel="email")
    assert told.to_address == "alice@ownup.test"
    assert "nobody acknowledged in time" in told.body_text
    assert "Refund three months?" in told.body_text
    assert "Nobody left to ask for Alice Agent's call for help" in _bodies(call.incident)[-1]
    # Nothing more happens on later turns of the chore.
    assert help_pass_on_due(now=START + 600 * MINUTE) == help_pass_on_due(now=START)


def test_someone_asked_earlier_can_still_answer_an_exhausted_call(
    call: HelpRequest, lead_bob: User
) -> None:
    help_pass_on_due(now=START + 30 * MINUTE)
    help_pass_on_due(now=START + 60 * MINUTE)

    help_answer(help_request=call, user=lead_bob, text="Offer one month.", now=START + 70 * MINUTE)

    call.refresh_from_db()
    assert (call.state, call.answered_by, call.acknowledged_by) == (
        HelpState.ANSWERED,
        lead_bob,
        lead_bob,
    )


def test_the_answer_reaches_the_asker_and_the_timeline(call: HelpRequest, lead_bob: User) -> None:
    help_answer(help_request=call, user=lead_bob, text="Offer one month and call her.")

    answer = OutboxMessage.objects.get(topic=f"help:{call.pk}:answered")
    assert answer.to_address == "alice@ownup.test"
    assert answer.subject == f"Bob Lead answered your call for help: {call.incident.reference}"
    assert "Offer one month and call her." in answer.body_text
    bodies = _bodies(call.incident)
    assert bodies[-2].startswith("Alice Agent asked Bob Lead for help")
    assert bodies[-1] == (
        f"Bob Lead answered Alice Agent's call for help ({call.reference}): "
        "Offer one month and call her."
    )
    with pytest.raises(UserError, match="already answered by Bob Lead"):
        help_answer(help_request=call, user=lead_bob, text="Again")


def test_only_people_asked_or_leads_may_respond_never_the_asker(
    call: HelpRequest, agent_alice: User, make_user: UserBuilder
) -> None:
    agent_eve = make_user("eve", role="agent")

    with pytest.raises(UserError, match="eve was not asked for help"):
        help_acknowledge(help_request=call, user=agent_eve)
    with pytest.raises(UserError, match="your own call for help"):
        help_answer(help_request=call, user=agent_alice, text="Solved it myself")
    call.refresh_from_db()
    assert call.state == HelpState.ASKED


def test_the_workers_chore_passes_calls_on_every_30_seconds(
    call: HelpRequest, admin_carol: User
) -> None:
    chore = next(c for c in chores_registered() if c.name == "escalations")

    import_string(chore.run)(now=START + 30 * MINUTE)

    call.refresh_from_db()
    assert chore.every == dt.timedelta(seconds=30)
    assert call.asked_of == admin_carol
