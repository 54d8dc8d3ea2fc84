"""A call for help about a customer's reply carries the reply's words and who sent it."""

import hashlib

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.customers.models import Customer
from ownup.escalations.models import HelpRequest
from ownup.escalations.selectors import help_about_by_reference
from ownup.escalations.services import help_ask
from ownup.inbox.models import InboundMessage, RawMessage
from ownup.incidents.models import Incident

REPLY = "Three days without my shop. I want a full refund for the month, or I leave."


def _reply(incident: Incident | None, customer: Customer | None) -> InboundMessage:
    data = REPLY.encode()
    raw = RawMessage.objects.create(
        sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data
    )
    return InboundMessage.objects.create(
        message_id="<r1@almeida-bakery.example>",
        raw=raw,
        sender="ana@almeida-bakery.example",
        subject="Re: web3 is down",
        text=REPLY,
        received_at=timezone.now(),
        incident=incident,
        customer=customer,
    )


def test_a_reply_is_found_by_its_reference_and_quoted_in_the_call(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    ana = Customer.objects.get(key="C1")
    ana.attributes = {**ana.attributes, "plan": "Business"}
    ana.save(update_fields=["attributes"])
    reply = _reply(incident, ana)

    call = help_ask(
        about=help_about_by_reference(reply.reference),
        question="She asks for a month back; is that ours to give?",
        asked_by=agent_alice,
    )

    stored = HelpRequest.objects.get(pk=call.pk)
    assert (stored.incident, stored.about, stored.about_label) == (incident, reply, reply.reference)
    assert stored.about_url == f"/inbox/{reply.reference}/"
    assert stored.context["customer"] == "Ana Almeida"
    assert stored.context["plan"] == "Business"
    mail = OutboxMessage.objects.get(channel="email")
    assert f"Alice Agent asks for your help with {reply.reference}" in mail.body_text
    assert f"Excerpt: {REPLY}" in mail.body_text
    assert "Customer: Ana Almeida" in mail.body_text


def test_a_reply_not_tied_to_an_incident_shows_why_instead_of_a_form(
    agent_alice: User, lead_bob: User
) -> None:
    reply = _reply(None, None)
    request = RequestFactory().get("/inbox/")
    request.user = agent_alice

    html = render_to_string(
        "escalations/_ask_for_help.html", {"about": reply, "level": 3}, request=request
    )

    assert f'<h3 id="ask-inboundmessage-{reply.pk}-heading">Ask for help</h3>' in html
    assert f"{reply.reference} does not belong to an incident: tie it to one first" in html
    assert "<form" not in html
