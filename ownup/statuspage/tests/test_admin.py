import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from ownup.accounts.models import User
from ownup.incidents.models import Incident
from ownup.statuspage.models import Component, ComponentGroup, Maintenance
from ownup.statuspage.tests.conftest import build_state


@pytest.mark.django_db
def test_an_admin_manages_groups_maintenance_and_public_text_in_the_admin(
    admin_carol: User,
) -> None:
    build_state("incident")
    staff = Client()
    staff.force_login(admin_carol)
    for page in ("componentgroup", "component", "maintenance", "incidentimpact"):
        assert staff.get(f"/admin/statuspage/{page}/").status_code == 200, page
        assert staff.get(f"/admin/statuspage/{page}/add/").status_code == 200, page
    incident = Incident.objects.get()
    assert b"public_title" in staff.get(f"/admin/incidents/incident/{incident.pk}/change/").content

    start = timezone.now() + dt.timedelta(days=3)
    answer = staff.post(
        "/admin/statuspage/maintenance/add/",
        {
            "title": "Backup storage move",
            "body": "Backups pause for an hour.",
            "components": [Component.objects.get(name="Email").pk],
            "scheduled_for_0": start.strftime("%Y-%m-%d"),
            "scheduled_for_1": "22:00:00",
            "scheduled_until_0": start.strftime("%Y-%m-%d"),
            "scheduled_until_1": "23:00:00",
            "status": "scheduled",
            "updates-TOTAL_FORMS": "0",
            "updates-INITIAL_FORMS": "0",
        },
    )
    assert answer.status_code == 302, answer.content.decode()[:2000]
    assert Maintenance.objects.get().title == "Backup storage move"
    assert "Backup storage move" in Client().get("/status/").content.decode()
    (announced,) = (
        Client()
        .get("/api/v2/scheduled-maintenances/upcoming.json")
        .json()["scheduled_maintenances"]
    )
    assert [u["body"] for u in announced["incident_updates"]] == ["Backups pause for an hour."]
    assert ComponentGroup.objects.filter(name="Hosting").exists()
