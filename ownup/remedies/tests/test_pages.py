"""The remedy pages as staff use them: the incident's section, the list, one remedy, offering."""

import csv
import datetime as dt
import io

import pytest
from django.test import Client
from django.utils import timezone

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.incidents.models import Incident
from ownup.remedies.models import Remedy, RemedyOption, State

pytestmark = pytest.mark.django_db


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_incident_page_counts_remedies_by_state(
    credit_for_ana: Remedy, incident: Incident, agent_alice: User
) -> None:
    page = signed_in(agent_alice).get(f"/incidents/{incident.reference}/").content.decode()

    assert 'id="remedies-heading"' in page
    assert "1 approved, not yet offered" in page
    assert f'href="/remedies/{credit_for_ana.reference}/"' in page
    assert "Propose SLA credits" in page


def test_offering_above_ones_limit_on_the_page_can_become_a_request(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    client = signed_in(agent_alice)
    refund = RemedyOption.objects.get(kind="refund")
    form = {"customer": "C2", "option": str(refund.pk), "amount": "120", "note": "lost orders"}

    refused = client.post(f"/remedies/incident/{incident.reference}/new/", form)

    text = refused.content.decode()
    assert "Your limit as an agent for a refund is £50.00; £120.00 needs a lead." in text
    assert "Ask a lead to approve it" in text
    assert not Remedy.objects.exists()

    asked = client.post(
        f"/remedies/incident/{incident.reference}/new/", {**form, "request": "1"}, follow=True
    )

    remedy = Remedy.objects.get()
    assert remedy.state == State.PROPOSED
    assert "The leads have been asked." in asked.content.decode()
    assert OutboxMessage.objects.filter(topic=f"remedy-request:{remedy.pk}").exists()

    approved = signed_in(lead_bob).post(
        f"/remedies/{remedy.reference}/move/", {"to": "approved"}, follow=True
    )
    assert f"{remedy.reference} is now approved, not yet offered." in approved.content.decode()


def test_the_remedy_page_offers_the_next_steps_and_refuses_a_wrong_one(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    client = signed_in(agent_alice)
    page = client.get(f"/remedies/{credit_for_ana.reference}/").content.decode()
    assert "Offer it by email" in page
    assert "Decline" in page
    assert "Mark fulfilled" not in page

    wrong = client.post(
        f"/remedies/{credit_for_ana.reference}/move/", {"to": "fulfilled"}, follow=True
    )
    assert "is approved; it can become offered or declined" in wrong.content.decode()

    client.post(f"/remedies/{credit_for_ana.reference}/email/")
    assert Remedy.objects.get(pk=credit_for_ana.pk).state == State.OFFERED


def test_an_agent_sees_their_request_wait_for_a_lead_without_buttons_that_refuse(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    client = signed_in(agent_alice)
    refund = RemedyOption.objects.get(kind="refund")
    form = {"customer": "C2", "option": str(refund.pk), "amount": "120", "request": "1"}
    client.post(f"/remedies/incident/{incident.reference}/new/", form)
    remedy = Remedy.objects.get()

    page = client.get(f"/remedies/{remedy.reference}/").content.decode()
    assert "Waiting for a lead to approve or decline it" in page
    assert ">Approve<" not in page and "Settled" not in page
    lead_page = signed_in(lead_bob).get(f"/remedies/{remedy.reference}/").content.decode()
    assert ">Approve<" in lead_page


def test_the_list_filters_by_state_and_overdue_and_downloads_as_csv(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    client = signed_in(agent_alice)
    ref = f'href="/remedies/{credit_for_ana.reference}/"'
    assert ref in client.get("/remedies/?state=approved").content.decode()
    assert ref not in client.get("/remedies/?state=offered").content.decode()
    assert ref not in client.get("/remedies/?overdue=1").content.decode()
    Remedy.objects.update(due_on=timezone.localdate() - dt.timedelta(days=1))
    overdue = client.get("/remedies/?overdue=1").content.decode()
    assert ref in overdue and "overdue" in overdue

    download = client.get("/remedies/export.csv?state=approved")

    assert download["Content-Type"].startswith("text/csv")
    [row] = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert (row["remedy"], row["amount"]) == (credit_for_ana.reference, "20.00")


def test_the_catalogue_page_shows_each_roles_limit(agent_alice: User) -> None:
    page = signed_in(agent_alice).get("/remedies/options/").content.decode()

    assert "up to £50.00" in page and "up to £500.00" in page and "any amount" in page


def test_proposing_sla_credits_from_the_incident_says_what_it_did(
    incident: Incident, lead_bob: User
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(lead_bob)
    page = client.get(f"/incidents/{incident.reference}/").content.decode()
    form = page.split(f'action="/remedies/incident/{incident.reference}/sla/"')[1]
    token = form.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]

    done = client.post(
        f"/remedies/incident/{incident.reference}/sla/",
        {"csrfmiddlewaretoken": token},
        follow=True,
    )

    assert "SLA credits: 0 customer(s) owed one, 0 created" in done.content.decode()


def test_a_bad_since_date_for_the_download_is_named_plainly(agent_alice: User) -> None:
    page = signed_in(agent_alice).get("/remedies/export.csv?since=yesterday", follow=True)
    assert "since: &#x27;yesterday&#x27; is not a date like 2026-12-01" in page.content.decode()
