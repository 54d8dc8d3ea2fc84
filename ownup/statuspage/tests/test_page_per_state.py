import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from ownup.incidents.models import Incident, Severity, Stage
from ownup.incidents.services import incident_open, incident_post_update
from ownup.statuspage.models import Component, ComponentStatus
from ownup.statuspage.selectors import component_history
from ownup.statuspage.services import component_set, incident_impact_set
from ownup.statuspage.tests.conftest import build_state, components, open_incident


def page() -> str:
    return Client().get("/status/").content.decode()


@pytest.mark.django_db
def test_all_operational_shows_a_green_banner_and_components_in_their_groups() -> None:
    build_state("operational")
    text = page()
    assert 'class="banner none">All Systems Operational' in text
    assert text.index("Hosting") < text.index("Websites") < text.index("Email")
    assert "Current incidents" not in text and "Scheduled maintenance" not in text
    assert "100% uptime" in text


@pytest.mark.django_db
def test_an_active_incident_shows_its_updates_newest_first_and_the_worst_banner() -> None:
    build_state("incident")
    text = page()
    assert 'class="banner critical">Major System Outage' in text
    assert "Current incidents" in text
    assert text.index("A disk controller failed") < text.index("Some websites are not loading")
    assert re.search(r"Websites</span>\s*<strong class=\"st-major_outage\">Major outage", text)


@pytest.mark.django_db
def test_maintenance_in_progress_puts_its_components_under_maintenance() -> None:
    build_state("maintenance_in_progress")
    text = page()
    assert 'class="banner maintenance">Service Under Maintenance' in text
    assert "Maintenance in progress" in text and "The upgrade has started." in text
    assert re.search(r"Email</span>\s*<strong class=\"st-under_maintenance\">", text)


@pytest.mark.django_db
def test_upcoming_maintenance_is_announced_without_changing_the_status() -> None:
    build_state("upcoming")
    text = page()
    assert "All Systems Operational" in text
    assert "Scheduled maintenance" in text and "Mail server upgrade" in text


@pytest.mark.django_db
def test_a_resolved_incident_moves_to_resolved_recently_and_the_banner_turns_green() -> None:
    build_state("resolved")
    text = page()
    assert "All Systems Operational" in text and "Current incidents" not in text
    recent = text[text.index("Resolved recently") :]
    assert "web3 is down" in recent and "Every site loads again." in recent


@pytest.mark.django_db
def test_a_component_set_by_hand_shows_until_set_back() -> None:
    components()
    component_set(name="Email", status=ComponentStatus.DEGRADED_PERFORMANCE, actor=None)
    assert "Minor Service Outage" in page()
    component_set(name="Email", status=ComponentStatus.OPERATIONAL, actor=None)
    assert "All Systems Operational" in page()


@pytest.mark.django_db
def test_each_incident_has_a_page_at_its_stable_public_address() -> None:
    build_state("incident")
    incident = Incident.objects.get()
    assert re.fullmatch(r"[a-z0-9]{12}", incident.public_id)
    address = f"/status/incidents/{incident.public_id}/"
    assert f'href="incidents/{incident.public_id}/"' in page()
    text = Client().get(address).content.decode()
    assert "<h1>web3 is down</h1>" in text and "A disk controller failed" in text
    incident_post_update(incident=incident, stage=Stage.RESOLVED, message="Fixed.", actor=None)
    assert "Fixed." in Client().get(address).content.decode()
    assert Client().get(f"/status/incidents/{incident.pk}/").status_code == 404


@pytest.mark.django_db
def test_uptime_counts_a_major_outage_fully_and_a_partial_one_at_thirty_percent() -> None:
    parts = components()
    midnight = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    day = midnight - dt.timedelta(days=3)
    for status, start_hour in (("major_outage", 2), ("partial_outage", 12)):
        incident = incident_open(
            title=status,
            severity=Severity.BUMP,
            opened_by=None,
            now=day + dt.timedelta(hours=start_hour),
        )
        incident_impact_set(
            incident=incident,
            component=parts["Websites"],
            status=status,
            actor=None,
            now=day + dt.timedelta(hours=start_hour),
        )
        incident_post_update(
            incident=incident,
            stage=Stage.RESOLVED,
            message="Back.",
            actor=None,
            now=day + dt.timedelta(hours=start_hour + 6),
        )
    history = component_history(timezone.now())[parts["Websites"].pk]
    assert len(history) == 90
    (that_day,) = [d for d in history if d.date == day.date()]
    # 6 h down in full plus 6 h at 30 %: 7.8 of 24 hours.
    assert that_day.uptime == pytest.approx(100 * (1 - 7.8 / 24))
    assert that_day.status == ComponentStatus.MAJOR_OUTAGE
    assert all(d.uptime == 100 for d in history if d.date != day.date())
    assert f"{that_day.uptime_text}" in page()


@pytest.mark.django_db
def test_overlapping_impacts_count_once_at_the_worst_weight() -> None:
    parts = components()
    now = timezone.now()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
    for status in ("major_outage", "partial_outage"):
        incident = incident_open(title=status, severity=Severity.BUMP, opened_by=None, now=start)
        incident_impact_set(
            incident=incident, component=parts["Email"], status=status, actor=None, now=start
        )
        incident_post_update(
            incident=incident,
            stage=Stage.RESOLVED,
            message="Back.",
            actor=None,
            now=start + dt.timedelta(hours=12),
        )
    (day,) = [d for d in component_history(now)[parts["Email"].pk] if d.date == start.date()]
    assert day.uptime == pytest.approx(50)


@pytest.mark.django_db
def test_history_lists_incidents_by_month_a_few_months_a_page() -> None:
    websites = components()["Websites"]
    now = timezone.now()
    four_months_ago = now.replace(day=1)
    for _ in range(4):
        four_months_ago = (four_months_ago.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    for months_ago, when in ((0, now), (4, four_months_ago)):
        incident = open_incident(websites, when)
        incident.public_title = f"Outage {months_ago} months ago"
        incident.save()
    first = Client().get("/status/history/").content.decode()
    assert "Outage 0 months ago" in first and "Outage 4 months ago" not in first
    assert now.strftime("%B %Y") in first
    assert 'href="../history/2/"' in first
    second = Client().get("/status/history/2/").content.decode()
    assert "Outage 4 months ago" in second
    assert Client().get("/status/history/9/").status_code == 404


@pytest.mark.django_db
def test_the_public_page_needs_no_script_and_carries_nothing_per_request() -> None:
    build_state("incident")
    component = Component.objects.get(name="Websites")
    assert component.group is not None
    first, second = Client().get("/status/"), Client().get("/status/")
    assert first.content == second.content
    text = first.content.decode()
    assert "<script" not in text and "style=" not in text and "nonce" not in text
    assert "csrf" not in text.lower()
