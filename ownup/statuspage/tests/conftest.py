"""Status pages in each state a reader can meet, and every public file of one."""

import datetime as dt
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from ownup.conftest import OwnupCli, unused_port
from ownup.incidents.models import Incident, Severity, Stage
from ownup.incidents.services import incident_open, incident_post_update
from ownup.statuspage.models import Component, ComponentStatus, MaintenanceStatus
from ownup.statuspage.publishing import all_paths
from ownup.statuspage.services import (
    component_set,
    incident_impact_set,
    maintenance_schedule,
    maintenance_update,
)

STATES = ("operational", "incident", "maintenance_in_progress", "upcoming", "resolved")


@pytest.fixture(autouse=True)
def page_rechecked_on_every_request(settings: Settings) -> None:
    # Each test starts from its own database; no process may answer from the last one's page.
    settings.OWNUP_STATUSPAGE_RECHECK_SECONDS = 0
    settings.OWNUP_STATUSPAGE_URL = "https://status.daybreak.example/"


def components() -> dict[str, Component]:
    """Websites and Email in a Hosting group, Control panel on its own."""
    return {
        "Websites": component_set(name="Websites", group="Hosting", actor=None),
        "Email": component_set(name="Email", group="Hosting", actor=None),
        "Control panel": component_set(name="Control panel", actor=None),
    }


def open_incident(websites: Component, now: dt.datetime) -> Incident:
    incident = incident_open(
        title="web3 is down",
        severity=Severity.OUTAGE,
        opened_by=None,
        public_message="Some websites are not loading. We are investigating.",
        now=now - dt.timedelta(hours=2),
    )
    incident_impact_set(
        incident=incident,
        component=websites,
        status=ComponentStatus.MAJOR_OUTAGE,
        actor=None,
        now=now - dt.timedelta(hours=2),
    )
    incident_post_update(
        incident=incident,
        stage=Stage.IDENTIFIED,
        message="A disk controller failed; we are moving the disks.",
        actor=None,
        now=now - dt.timedelta(hours=1),
    )
    return incident


def build_state(state: str) -> None:
    """One of STATES, as of now."""
    now = timezone.now()
    parts = components()
    if state in ("incident", "resolved"):
        incident = open_incident(parts["Websites"], now)
        if state == "resolved":
            incident_post_update(
                incident=incident,
                stage=Stage.RESOLVED,
                message="Every site loads again.",
                actor=None,
                now=now - dt.timedelta(minutes=30),
            )
    if state in ("maintenance_in_progress", "upcoming"):
        start = now + dt.timedelta(days=2) if state == "upcoming" else now - dt.timedelta(minutes=5)
        maintenance = maintenance_schedule(
            title="Mail server upgrade",
            body="Sending and receiving may pause for up to ten minutes.",
            scheduled_for=start,
            scheduled_until=start + dt.timedelta(hours=1),
            components=[parts["Email"]],
            actor=None,
            now=now - dt.timedelta(days=1),
        )
        if state == "maintenance_in_progress":
            maintenance_update(
                maintenance=maintenance,
                status=MaintenanceStatus.IN_PROGRESS,
                message="The upgrade has started.",
                actor=None,
                now=now - dt.timedelta(minutes=5),
            )


class Served(Protocol):
    def __call__(self, *, workers: int = 1) -> str: ...


@pytest.fixture
def served(ownup: OwnupCli, tmp_path: Path) -> Iterator[Served]:
    """`ownup serve` (granian, web only) on the `ownup` fixture's database; its base URL."""
    servers: list[subprocess.Popen[bytes]] = []

    def start(*, workers: int = 1) -> str:
        port = unused_port()
        log = tmp_path / f"serve-{port}.log"
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ownup",
                "serve",
                "--port",
                str(port),
                "--no-worker",
                "--workers",
                str(workers),
            ],
            env=ownup.env,
            cwd=ownup.cwd,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        servers.append(server)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return f"http://127.0.0.1:{port}"
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=30)


def url_of(path: str) -> str:
    """Where the web app serves a file of the published folder."""
    if path.endswith("index.html"):
        return "/status/" + path.removesuffix("index.html")
    return f"/status/{path}"


def served_files() -> dict[str, bytes]:
    """Every public file, as the web app serves it to someone not signed in."""
    client = Client()
    files = {}
    for path in all_paths():
        response = client.get(url_of(path))
        assert response.status_code == 200, path
        files[path] = response.content
    return files
