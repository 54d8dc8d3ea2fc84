import datetime as dt

from django.test import Client
from django.utils import timezone

from ownup.incidents.models import Incident, Stage
from ownup.incidents.services import incident_post_update
from ownup.statuspage.models import Component, ComponentStatus
from ownup.statuspage.services import incident_impact_set


def test_everything_operational_says_so(db: None) -> None:
    Component.objects.create(name="Websites")
    page = Client().get("/status/").content.decode()
    assert "All Systems Operational" in page
    assert "Operational" in page


def test_an_open_incident_shows_its_public_updates_newest_first_without_sign_in(
    incident: Incident,
) -> None:
    incident_post_update(
        incident=incident,
        stage=Stage.IDENTIFIED,
        message="A disk controller failed.",
        actor=None,
        now=timezone.now() + dt.timedelta(minutes=5),
    )
    page = Client().get("/status/").content.decode()
    assert "web3 is down" in page
    assert page.index("A disk controller failed.") < page.index("We are investigating")


def test_internal_notes_and_customers_never_reach_the_public_page(incident: Incident) -> None:
    incident.summary = "Internal: Ana's account was the first to fail"
    incident.save()
    page = Client().get("/status/").content.decode()
    assert "Internal:" not in page
    assert "Ana Almeida" not in page and "ana@almeida-bakery.example" not in page
    assert "affected set" not in page


def test_an_incident_impact_sets_the_component_and_the_banner_until_resolved(
    incident: Incident,
) -> None:
    websites = Component.objects.create(name="Websites")
    incident_impact_set(
        incident=incident, component=websites, status=ComponentStatus.MAJOR_OUTAGE, actor=None
    )
    assert "Major System Outage" in Client().get("/status/").content.decode()
    incident_post_update(incident=incident, stage=Stage.RESOLVED, message="Back.", actor=None)
    page = Client().get("/status/").content.decode()
    assert "All Systems Operational" in page
    assert "Resolved recently" in page and "web3 is down" in page
