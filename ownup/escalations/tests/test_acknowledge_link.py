"""The mailed acknowledge link: works for the person it was sent to, and nobody else."""

import re

import pytest
from django.test import Client

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.escalations.models import HelpRequest, HelpState
from ownup.escalations.services import help_ask
from ownup.incidents.models import Incident


@pytest.fixture
def call(incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User) -> HelpRequest:
    return help_ask(about=incident, question="Refund three months?", asked_by=agent_alice)


def link_path(call: HelpRequest) -> str:
    """The acknowledge link from the mail to the person asked, without the host."""
    mail = OutboxMessage.objects.get(topic=f"help:{call.pk}:0", channel="email")
    found = re.search(r"https://ownup\.example(/help/ack/[^/\s]+/)", mail.body_text)
    assert found, mail.body_text
    return found.group(1)


def test_opening_the_link_asks_first_and_the_button_acknowledges(call: HelpRequest) -> None:
    client = Client()  # a phone, not signed in

    page = client.get(link_path(call)).content.decode()
    call.refresh_from_db()
    assert call.state == HelpState.ASKED  # a mail scanner opening it changes nothing
    assert "Acknowledge as Bob Lead" in page

    done = client.post(link_path(call)).content.decode()

    call.refresh_from_db()
    assert call.state == HelpState.ACKNOWLEDGED
    assert call.acknowledged_by is not None and call.acknowledged_by.username == "bob"
    assert "Acknowledged: nobody else will be asked." in done


def test_the_link_signed_in_as_someone_else_is_refused(
    call: HelpRequest, admin_carol: User
) -> None:
    client = Client()
    client.force_login(admin_carol)

    response = client.post(link_path(call))

    assert response.status_code == 403
    assert "This link is for Bob Lead, and you are signed in as Carol Admin" in (
        response.content.decode()
    )
    call.refresh_from_db()
    assert call.state == HelpState.ASKED


def test_a_tampered_link_is_refused(call: HelpRequest) -> None:
    path = link_path(call)
    forged = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]

    response = Client().post(forged)

    assert response.status_code == 400
    assert "This acknowledge link is not valid." in response.content.decode()
    call.refresh_from_db()
    assert call.state == HelpState.ASKED
