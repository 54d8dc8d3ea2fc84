"""Four eyes: a large or severe send waits, recorded but held, until a second lead approves."""

import json
from pathlib import Path

import pytest
from django.test import Client
from pytest_django import Settings

from ownup.accounts.models import AuditEvent, Role, User
from ownup.comms.delivery import worker_run
from ownup.comms.models import Batch, DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.selectors import outbox_stats
from ownup.comms.services import batch_approve, notify
from ownup.conftest import OwnupCli, UserBuilder
from ownup.errors import UserError
from ownup.incidents.models import Severity
from ownup.tests.test_cli_loop import queue_first_notice

pytestmark = pytest.mark.django_db
PASSWORD = "a long and unguessable passphrase"


@pytest.fixture
def lead_lena(make_user: UserBuilder) -> User:
    return make_user("lena", role=Role.LEAD, full_name="Lena Lead")


@pytest.fixture
def held(drafted_notice: Notice, lead_bob: User, settings: Settings) -> Batch:
    """The first notice to three customers, sent by Bob when two is the most without approval."""
    settings.OWNUP_APPROVAL_THRESHOLD = 2
    batch = notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob).batch
    assert batch is not None
    return batch


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_send_over_the_threshold_is_recorded_at_once_but_not_sent(held: Batch) -> None:
    assert held.waiting_for_approval
    statuses = OutboxMessage.objects.values_list("status", flat=True)
    assert list(statuses) == [DeliveryStatus.HELD] * 3
    assert outbox_stats(held.notice.incident)["queued"] == 3

    assert worker_run(until_idle=True).sent == 0
    assert list(statuses) == [DeliveryStatus.HELD] * 3


def test_a_severe_incident_needs_approval_even_for_a_few(
    drafted_notice: Notice, lead_bob: User
) -> None:
    incident = drafted_notice.incident
    incident.severity = Severity.SERIOUS
    incident.save(update_fields=["severity"])

    batch = notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob).batch

    assert batch is not None and batch.waiting_for_approval


def test_a_small_send_for_a_lesser_incident_goes_straight_away(
    drafted_notice: Notice, lead_bob: User
) -> None:
    batch = notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob).batch

    assert batch is not None and not batch.needs_approval
    assert worker_run(until_idle=True).sent == 3


def test_another_lead_approves_and_who_and_when_is_recorded_and_audited(
    held: Batch, lead_lena: User
) -> None:
    batch_approve(batch=held, approver=lead_lena)

    held.refresh_from_db()
    assert held.approved_by == lead_lena and held.approved_at is not None
    assert not held.waiting_for_approval
    event = AuditEvent.objects.get(action="batch.approved")
    assert (event.actor, event.details["batch"], event.details["released"]) == (
        lead_lena,
        held.reference,
        3,
    )
    assert worker_run(until_idle=True).sent == 3


@pytest.mark.parametrize(
    ("who", "reason"),
    [
        ("bob", "bob sent B-{n}: another lead has to approve it"),
        ("alice", "alice is an agent: only a lead or an admin can approve a send"),
    ],
)
def test_the_sender_or_an_agent_cannot_approve(
    held: Batch, agent_alice: User, who: str, reason: str
) -> None:
    with pytest.raises(UserError, match=reason.format(n=held.pk)):
        batch_approve(batch=held, approver=User.objects.get(username=who))

    assert outbox_stats(held.notice.incident)["queued"] == 3
    assert worker_run(until_idle=True).sent == 0


def test_approving_twice_names_who_approved_first(
    held: Batch, lead_lena: User, admin_carol: User
) -> None:
    batch_approve(batch=held, approver=lead_lena)

    with pytest.raises(UserError, match=f"{held.reference} was already approved by"):
        batch_approve(batch=held, approver=admin_carol)


def test_leads_see_an_approve_button_on_the_incident_page_and_it_releases_the_batch(
    held: Batch, lead_lena: User, agent_alice: User, lead_bob: User
) -> None:
    page = f"/incidents/{held.notice.incident.reference}/"
    button = f"Approve {held.reference}"
    assert button not in signed_in(agent_alice).get(page).content.decode()
    assert button not in signed_in(lead_bob).get(page).content.decode()  # he sent it
    lena = signed_in(lead_lena)
    assert button in lena.get(page).content.decode()

    response = lena.post(f"/incidents/batches/{held.reference}/approve/", follow=True)

    text = response.content.decode()
    assert f"{held.reference} approved" in text
    assert button not in text
    assert "approved by Lena Lead" in text
    assert (
        list(OutboxMessage.objects.values_list("status", flat=True)) == [DeliveryStatus.QUEUED] * 3
    )


def test_approving_from_the_command_line_then_counting_as_json(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    ownup.env["OWNUP_APPROVAL_THRESHOLD"] = "2"
    reference = queue_first_notice(ownup, tmp_path)
    ownup("user", "add", "lena", "--role", "lead", "--email", "lena@example.com",
          "--password", PASSWORD)  # fmt: skip

    assert "B-1" in ownup("batch", "list", "--waiting").stdout
    refused = ownup("batch", "approve", "B-1", "--as", "dave", ok=False)
    assert refused.returncode != 0
    assert refused.stderr.strip() == (
        "Error: dave is an agent: only a lead or an admin can approve a send"
    )
    missing = ownup("batch", "approve", "B-9", "--as", "lena", ok=False)
    assert missing.stderr.strip() == "Error: batch: there is no batch 'B-9' (they look like B-12)"

    assert ownup("batch", "approve", "B-1", "--as", "lena").stdout.strip() == (
        "B-1 approved by lena: 3 to send"
    )
    ownup("worker", "--until-idle")

    stats = json.loads(ownup("outbox", "stats", reference, "--json").stdout)
    assert stats == {
        "queued": 0,
        "sending": 0,
        "sent": 3,
        "retrying": 0,
        "failed": 0,
        "possible_duplicates": 0,
    }
    assert all(type(v) is int for v in stats.values())
    assert ownup("batch", "list", "--waiting").stdout.strip() == ""
