"""The published folder matches what is served, is re-written after every change, and
every process notices a change within the recheck interval."""

import json
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from pytest_django import Settings

from ownup.conftest import OwnupCli
from ownup.incidents.models import Incident
from ownup.statuspage.models import ComponentStatus
from ownup.statuspage.publishing import publish
from ownup.statuspage.services import component_set
from ownup.statuspage.tests.conftest import Served, build_state, served_files


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["incident", "maintenance_in_progress"])
def test_the_published_folder_is_byte_identical_to_the_served_page(
    state: str, tmp_path: Path
) -> None:
    build_state(state)
    written = publish(tmp_path)
    assert {"index.html", "api/v2/summary.json", "feed.atom", "statuspage.css"} <= set(written)
    assert any(p.startswith("incidents/") for p in written) == (state == "incident")
    served = served_files()
    for path in written:
        assert (tmp_path / path).read_bytes() == served[path], path
    assert not [p for p in tmp_path.rglob(".*")], "temporary files left behind"


@pytest.mark.django_db
def test_a_deleted_incident_loses_its_published_page(tmp_path: Path) -> None:
    build_state("incident")
    incident = Incident.objects.get()
    page = tmp_path / "incidents" / incident.public_id / "index.html"
    publish(tmp_path)
    assert page.exists()
    incident.delete()
    publish(tmp_path)
    assert not page.parent.exists()


@pytest.mark.django_db
def test_the_page_does_not_reach_outside_its_folder(tmp_path: Path) -> None:
    build_state("incident")
    publish(tmp_path)
    page = (tmp_path / "index.html").read_text()
    assert 'href="/' not in page and 'src="/' not in page


@pytest.mark.django_db(transaction=True)
def test_every_change_is_published_after_it_commits(settings: Settings, tmp_path: Path) -> None:
    settings.OWNUP_STATUSPAGE_DIR = tmp_path
    build_state("operational")
    assert "All Systems Operational" in (tmp_path / "index.html").read_text()
    component_set(name="Email", status=ComponentStatus.MAJOR_OUTAGE, actor=None)
    assert "Major System Outage" in (tmp_path / "index.html").read_text()
    summary = json.loads((tmp_path / "api/v2/summary.json").read_text())
    assert summary["status"]["indicator"] == "critical"


@pytest.mark.django_db
def test_a_process_serves_from_memory_until_the_version_changes(settings: Settings) -> None:
    build_state("operational")
    first = Client().get("/status/").content
    assert b"All Systems Operational" in first
    settings.OWNUP_STATUSPAGE_RECHECK_SECONDS = 3600
    component_set(name="Email", status=ComponentStatus.MAJOR_OUTAGE, actor=None)
    assert Client().get("/status/").content == first, "served from memory within the interval"
    settings.OWNUP_STATUSPAGE_RECHECK_SECONDS = 0
    assert b"Major System Outage" in Client().get("/status/").content


def _wait_for(check: Callable[[], bool], seconds: float) -> float:
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < seconds, f"not within {seconds} s"
        time.sleep(0.05)
    return time.monotonic() - started


def test_a_change_made_elsewhere_reaches_every_web_process_within_seconds(
    ownup: OwnupCli, served: Served
) -> None:
    ownup("statuspage", "component", "set", "Email", "operational")
    base = served(workers=2)

    def page() -> str:
        with urllib.request.urlopen(f"{base}/status/") as response:
            return str(response.read().decode())

    assert "All Systems Operational" in page()
    ownup("statuspage", "component", "set", "Email", "major_outage")
    # Two processes answer in turn; both must have noticed within a couple of seconds.
    _wait_for(lambda: all("Major System Outage" in page() for _ in range(8)), 3)
