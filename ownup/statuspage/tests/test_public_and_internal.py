"""Nothing internal reaches the public: not on the page, incident pages, feeds, the v2 API
or the published folder."""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from ownup.customers.models import Customer
from ownup.incidents.models import Incident, Severity, Stage, TimelineEntry
from ownup.incidents.services import affected_add, incident_open, incident_post_update
from ownup.statuspage.publishing import publish
from ownup.statuspage.services import incident_impact_set, incident_public_title_set
from ownup.statuspage.tests.conftest import build_state, components, served_files

AFFECTED = 1379
INTERNAL = (
    "Raid controller on db7",  # the internal title
    "Rosa deleted the wrong volume",  # the internal summary
    "Escalated to the vendor, ticket 55-A",  # an internal note
    "hosted on the secret shelf",  # why they are affected
    "Quintessa Marlowe",  # a customer's name
    "quintessa@marlowe-hats.example",  # a customer's address
    str(AFFECTED),  # how many are affected
    "1,379",
)


def incident_full_of_internal_text() -> Incident:
    now = timezone.now()
    websites = components()["Websites"]
    incident = incident_open(
        title="Raid controller on db7",
        severity=Severity.SERIOUS,
        opened_by=None,
        summary="Rosa deleted the wrong volume",
        public_message="Some websites are not loading. We are investigating.",
        now=now - dt.timedelta(hours=1),
    )
    incident_public_title_set(incident=incident, public_title="Websites not loading", actor=None)
    incident_impact_set(incident=incident, component=websites, status="partial_outage", actor=None)
    TimelineEntry.objects.create(
        incident=incident,
        at=now,
        kind=TimelineEntry.Kind.NOTE,
        body="Escalated to the vendor, ticket 55-A",
    )
    Customer.objects.bulk_create(
        [Customer(key="Q1", name="Quintessa Marlowe", email="quintessa@marlowe-hats.example")]
        + [Customer(key=f"K{n}", name=f"Customer {n}") for n in range(AFFECTED - 1)]
    )
    affected_add(
        incident=incident,
        customers=Customer.objects.all(),
        reason="hosted on the secret shelf",
        actor=None,
    )
    incident_post_update(
        incident=incident,
        stage=Stage.IDENTIFIED,
        message="We found the cause and are restoring the sites.",
        actor=None,
    )
    return incident


@pytest.mark.django_db
def test_no_public_surface_shows_internal_text_customers_or_counts(tmp_path: Path) -> None:
    build_state("upcoming")
    incident = incident_full_of_internal_text()
    served = served_files()
    assert f"incidents/{incident.public_id}/index.html" in served
    published = {path: (tmp_path / path).read_bytes() for path in publish(tmp_path)}
    assert published.keys() == served.keys()
    for path, body in {**served, **{f"published {k}": v for k, v in published.items()}}.items():
        text = body.decode()
        leaks = [secret for secret in INTERNAL if secret in text]
        assert leaks == [], f"{path} shows {leaks}"
    assert "Websites not loading" in served["index.html"].decode()
    assert b"We found the cause" in served["api/v2/incidents.json"]
