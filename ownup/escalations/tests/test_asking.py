"""Asking for help: who is asked, what they receive, what the incident's timeline says."""

import pytest

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import OutboxMessage
from ownup.errors import UserError
from ownup.escalations.models import HelpState
from ownup.escalations.services import escalation_list_set, help_ask, help_webhook_set
from ownup.escalations.tests.conftest import CHAT_URL, START
from ownup.incidents.models import Incident, TimelineEntry
from ownup.statuspage.publishing import page_state


def test_asking_mails_the_first_lead_with_the_context_and_posts_to_chat(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    call = help_ask(
        about=incident,
        question="Ana wants three months refunded; may I offer that?",
        asked_by=agent_alice,
        now=START,
    )

    assert call.asked_of == lead_bob
    assert call.route == [lead_bob.pk, admin_carol.pk]
    mail = OutboxMessage.objects.get(channel="email")
    assert (mail.topic, mail.recipient, mail.to_address) == (
        f"help:{call.pk}:0",
        f"user:{lead_bob.pk}",
        "bob@ownup.test",
    )
    assert mail.subject == f"Alice Agent asks for your help: {incident.reference} web3 is down"
    for line in (
        "Ana wants three months refunded; may I offer that?",
        "Severity: 3 · Real trouble",
        "Stage: Investigating",
        "Customers affected: 3",
        "Acknowledge within 30 minutes, or it goes to Carol Admin:",
        "https://ownup.example/help/ack/",
        f"https://ownup.example/help/{call.reference}/",
    ):
        assert line in mail.body_text
    assert 'href="https://ownup.example/help/ack/' in mail.body_html
    chat = OutboxMessage.objects.get(channel="webhook")
    assert chat.to_address == CHAT_URL
    assert chat.payload is not None
    assert chat.payload["text"].startswith(
        f"Alice Agent asks Bob Lead for help with {incident.reference}"
    )
    # The room sees a link to the call, never one that acknowledges in Bob's name.
    assert "/help/ack/" not in chat.payload["text"]


def test_a_named_colleague_is_asked_first_then_the_list(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User, lead_dana: User
) -> None:
    call = help_ask(about=incident, question="Is web4 safe?", asked_by=agent_alice, to=admin_carol)

    assert call.asked_of == admin_carol
    assert call.route == [admin_carol.pk, lead_bob.pk, lead_dana.pk]


def test_a_severitys_own_list_comes_before_the_default(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User, lead_dana: User
) -> None:
    escalation_list_set(severity=None, people=[lead_bob, admin_carol], actor=admin_carol)
    escalation_list_set(severity=incident.severity, people=[lead_dana, lead_bob], actor=admin_carol)

    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice)

    assert call.route == [lead_dana.pk, lead_bob.pk]


def test_the_asker_is_never_on_their_own_route(
    incident: Incident, lead_bob: User, admin_carol: User
) -> None:
    call = help_ask(about=incident, question="Should we page the vendor?", asked_by=lead_bob)

    assert call.route == [admin_carol.pk]


def test_asking_with_nobody_to_ask_or_no_question_stores_nothing(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    with pytest.raises(UserError, match="question: say what you need help with"):
        help_ask(about=incident, question="  ", asked_by=agent_alice)
    with pytest.raises(UserError, match="nobody to ask"):
        help_ask(about=incident, question="Anyone?", asked_by=lead_bob)
    with pytest.raises(UserError, match="cannot ask yourself"):
        help_ask(about=incident, question="Me?", asked_by=agent_alice, to=agent_alice)

    assert not OutboxMessage.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="help.").exists()


def test_the_timeline_says_who_asked_whom_inside_only(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice, now=START)

    entry = incident.timeline.get(at=START)
    assert entry.body == (
        f"Alice Agent asked Bob Lead for help ({call.reference}, about {incident.reference}): "
        "Refund?"
    )
    assert entry.kind == TimelineEntry.Kind.NOTE
    assert not entry.public
    assert call.state == HelpState.ASKED
    assert AuditEvent.objects.filter(action="help.asked", target=call.reference).exists()


def test_asking_leaves_the_public_status_page_as_it_was(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    before = page_state().version

    help_ask(about=incident, question="Refund?", asked_by=agent_alice)

    assert page_state().version == before


def test_a_person_with_their_own_webhook_is_paged_there_too(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    help_webhook_set(user=lead_bob, url="https://pager.example/bob", actor=admin_carol)
    with pytest.raises(UserError, match="url: 'pager' is not an http"):
        help_webhook_set(user=admin_carol, url="pager", actor=admin_carol)

    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice)

    posts = dict(
        OutboxMessage.objects.filter(channel="webhook").values_list("recipient", "to_address")
    )
    assert posts == {
        "escalation-webhook": CHAT_URL,
        f"user-webhook:{lead_bob.pk}": "https://pager.example/bob",
    }
    page = OutboxMessage.objects.get(recipient=f"user-webhook:{lead_bob.pk}")
    assert page.topic == f"help:{call.pk}:0"
    assert page.payload == {"text": page.body_text}
