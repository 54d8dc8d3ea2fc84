"""Asking from the incident page, with and without htmx; answering on /help/."""

import re

from django.test import Client

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.escalations.models import HelpRequest, HelpState
from ownup.escalations.services import help_ask
from ownup.incidents.models import Incident


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _ask_fields(page: str) -> dict[str, str]:
    """The hidden fields the incident page's ask-for-help form carries."""
    return dict(
        re.findall(r'<input type="hidden" name="(about_type|about_id|next)" value="([^"]*)"', page)
    )


def test_the_incident_page_offers_to_ask_the_first_on_the_list(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    page = signed_in(agent_alice).get(f"/incidents/{incident.reference}/").content.decode()

    assert '<h2 id="ask-incident-' in page
    assert "What do you need help with?" in page
    assert "Bob Lead (first on the list)" in page
    assert _ask_fields(page)["next"] == f"/incidents/{incident.reference}/"


def test_asking_without_javascript_comes_back_to_the_incident(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    client = signed_in(agent_alice)
    page = client.get(f"/incidents/{incident.reference}/").content.decode()

    response = client.post(
        "/help/ask/",
        {**_ask_fields(page), "question": "Can we credit the bakery?", "to": str(admin_carol.pk)},
        follow=True,
    )

    call = HelpRequest.objects.get()
    assert (call.incident, call.asked_of, call.question) == (
        incident,
        admin_carol,
        "Can we credit the bakery?",
    )
    assert response.redirect_chain == [(f"/incidents/{incident.reference}/", 302)]
    body = response.content.decode()
    assert f"Carol Admin was asked for help ({call.reference})." in body
    assert "Alice Agent asked Carol Admin for help" in body  # on the timeline


def test_asking_with_htmx_swaps_in_the_form_with_the_outcome(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    client = signed_in(agent_alice)
    fields = _ask_fields(client.get(f"/incidents/{incident.reference}/").content.decode())

    done = client.post(
        "/help/ask/", {**fields, "question": "Refund?"}, headers={"HX-Request": "true"}
    ).content.decode()
    empty = client.post(
        "/help/ask/", {**fields, "question": ""}, headers={"HX-Request": "true"}
    ).content.decode()

    assert done.lstrip().startswith('<section class="ask-for-help"')
    assert "Bob Lead was asked for help" in done
    assert "Question: say what you need help with" in empty
    assert HelpRequest.objects.count() == 1


def test_the_help_page_lets_the_person_asked_answer(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    call = help_ask(about=incident, question="Refund three months?", asked_by=agent_alice)
    bob = signed_in(lead_bob)

    page = bob.get("/help/").content.decode()
    assert "Refund three months?" in page
    assert f"Acknowledge {call.reference}" in page

    bob.post(f"/help/{call.reference}/answer/", {"text": "One month.", "next": "/help/"})

    call.refresh_from_db()
    assert (call.state, call.answer) == (HelpState.ANSWERED, "One month.")
    alice_page = signed_in(agent_alice).get("/help/").content.decode()
    assert "Bob Lead answered:</strong> One month." in alice_page
    assert OutboxMessage.objects.filter(topic=f"help:{call.pk}:answered").exists()


def test_the_help_page_refuses_the_asker_acknowledging_their_own_call(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice)

    response = signed_in(agent_alice).post(
        f"/help/{call.reference}/acknowledge/", {"next": "/help/"}, follow=True
    )

    assert f"{call.reference} is your own call for help" in response.content.decode()
    call.refresh_from_db()
    assert call.state == HelpState.ASKED


def test_the_call_page_shows_who_was_asked_and_who_is_next(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice)

    page = signed_in(lead_bob).get(f"/help/{call.reference}/").content.decode()

    assert '<li>Bob Lead <span class="muted">(asked now)</span></li>' in page
    assert '<li>Carol Admin <span class="muted">(next)</span></li>' in page
    assert "Each has 30\xa0minutes to acknowledge" in page
    assert "<dt>Customers affected</dt><dd>3</dd>" in page


def test_a_lead_not_asked_sees_every_open_call_and_may_step_in(
    incident: Incident, agent_alice: User, lead_bob: User, lead_dana: User
) -> None:
    call = help_ask(about=incident, question="Refund?", asked_by=agent_alice, to=lead_bob)
    dana = signed_in(lead_dana)

    page = dana.get("/help/").content.decode()
    dana.post(f"/help/{call.reference}/acknowledge/", {"next": "/help/"})

    assert "Other open calls" in page and f"Acknowledge {call.reference}" in page
    assert "Other open calls" not in signed_in(agent_alice).get("/help/").content.decode()
    call.refresh_from_db()
    assert (call.state, call.acknowledged_by) == (HelpState.ACKNOWLEDGED, lead_dana)
