from django.test import Client

from ownup.accounts.models import User
from ownup.incidents.models import Incident, Stage, TimelineEntry
from ownup.statuspage.models import Component


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_pages_for_staff_send_strangers_to_sign_in(incident: Incident) -> None:
    response = Client().get(f"/incidents/{incident.reference}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_incident_list_shows_open_incidents_with_their_affected_count(
    incident: Incident, agent_alice: User
) -> None:
    page = signed_in(agent_alice).get("/").content.decode()
    assert incident.reference in page
    assert "web3 is down" in page
    assert '<td class="num">3</td>' in page


def test_incident_page_shows_guidance_and_who_is_affected(
    incident: Incident, agent_alice: User
) -> None:
    page = signed_in(agent_alice).get(f"/incidents/{incident.reference}/").content.decode()
    assert incident.guidance in page
    assert 'data-testid="affected-count">3<' in page
    assert "Ana Almeida" in page and "Dmitri Novak" not in page


def test_unknown_incident_is_not_found(agent_alice: User) -> None:
    assert signed_in(agent_alice).get("/incidents/INC-999/").status_code == 404
    assert signed_in(agent_alice).get("/incidents/nonsense/").status_code == 404


def test_affected_customers_page_through_without_reloading(
    incident: Incident, agent_alice: User
) -> None:
    response = signed_in(agent_alice).get(
        f"/incidents/{incident.reference}/affected/?page=1", headers={"HX-Request": "true"}
    )
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div id="affected-table">')
    assert "Chloé Dubois" in fragment


def test_opening_an_incident_from_the_form_marks_the_component(agent_alice: User) -> None:
    websites = Component.objects.create(name="Websites")
    response = signed_in(agent_alice).post(
        "/incidents/new/",
        {
            "title": "Mail queue stuck",
            "severity": "2",
            "summary": "",
            "public_message": "Outgoing mail is delayed; we are on it.",
            "component": websites.pk,
            "component_status": "degraded_performance",
        },
    )
    incident = Incident.objects.get(title="Mail queue stuck")
    assert response["Location"] == f"/incidents/{incident.reference}/"
    assert incident.impacts.get().status == "degraded_performance"
    assert incident.opened_by == agent_alice


def test_a_public_update_moves_the_stage_and_lands_on_the_timeline(
    incident: Incident, agent_alice: User
) -> None:
    signed_in(agent_alice).post(
        f"/incidents/{incident.reference}/update/",
        {"stage": "identified", "message": "A failed disk controller; replacing it now."},
    )
    incident.refresh_from_db()
    assert incident.stage == Stage.IDENTIFIED
    entry = incident.timeline.filter(kind=TimelineEntry.Kind.STAGE).get()
    assert entry.public and entry.actor == agent_alice


def test_a_lead_marks_a_major_outage_from_the_incident_page(
    incident: Incident, lead_bob: User
) -> None:
    websites = Component.objects.create(name="Websites")
    client = signed_in(lead_bob)

    done = client.post(
        f"/incidents/{incident.reference}/impact/",
        {"component": websites.pk, "status": "major_outage"},
        follow=True,
    ).content.decode()

    assert "Websites: major outage." in done
    assert 'data-testid="impacts"><li>Websites: Major outage' in done
    assert incident.impacts.get().status == "major_outage"
