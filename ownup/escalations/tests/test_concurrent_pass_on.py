"""Two workers run the pass-on chore at the same moment: each call passes on once."""

import threading

import pytest
from django.db import connection, connections

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import OutboxMessage
from ownup.escalations.models import HelpRequest
from ownup.escalations.services import PassOnReport, help_ask, help_pass_on_due
from ownup.escalations.tests.conftest import START
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db(transaction=True)
CALLS = 12
WORKERS = 2


def test_two_workers_pass_each_call_on_once(
    incident: Incident, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time; the race needs PostgreSQL")
    calls = [
        help_ask(about=incident, question=f"Question {n}", asked_by=agent_alice, now=START)
        for n in range(CALLS)
    ]
    start = threading.Barrier(WORKERS)
    reports: list[PassOnReport] = []

    def worker() -> None:
        try:
            start.wait()
            reports.append(help_pass_on_due(now=START.replace(hour=10)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sum(r.passed for r in reports) == CALLS
    assert set(HelpRequest.objects.values_list("step", "asked_of")) == {(1, admin_carol.pk)}
    assert AuditEvent.objects.filter(action="help.passed").count() == CALLS
    passed_notes = incident.timeline.filter(body__contains="passed to Carol Admin")
    assert passed_notes.count() == CALLS
    assert (
        OutboxMessage.objects.filter(
            topic__in=[f"help:{c.pk}:1" for c in calls], channel="email"
        ).count()
        == CALLS
    )
