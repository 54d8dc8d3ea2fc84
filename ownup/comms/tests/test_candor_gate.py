"""The candor gate on every outgoing notice: refused when something is missing, or a reason."""

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notice_draft, notify
from ownup.errors import UserError

pytestmark = pytest.mark.django_db

VAGUE_SLOTS = {
    "what_happened": "There was an issue with our servers.",
    "impact": "Some users may have experienced issues.",
    "next_steps": "We will fix it soon.",
}
REASON = "The customer asked for a one-line heads-up; the full notice follows at 11:00."


@pytest.fixture
def vague_notice(drafted_notice: Notice, agent_alice: User) -> Notice:
    return notice_draft(
        incident=drafted_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        slots=VAGUE_SLOTS,
    )


def sent_anyway() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="notice.sent_anyway"))


def test_a_notice_missing_what_its_kind_needs_is_refused_naming_what_is_missing(
    vague_notice: Notice, lead_bob: User
) -> None:
    with pytest.raises(UserError) as refused:
        notify(incident=vague_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    message = str(refused.value)
    assert message.startswith(f"{vague_notice.incident.reference} initial notice does not say ")
    for name in ("acknowledges", "responsibility", "impact", "fix_done", "help_channel"):
        assert f"({name})" in message
    assert "--send-anyway REASON" in message
    assert OutboxMessage.objects.count() == 0
    assert sent_anyway() == []


def test_a_good_notice_goes_out_without_a_reason(drafted_notice: Notice, lead_bob: User) -> None:
    result = notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert result.would_queue == 3
    assert sent_anyway() == []


def test_send_anyway_queues_it_and_keeps_the_reason_and_what_was_missing_in_the_audit_log(
    vague_notice: Notice, lead_bob: User
) -> None:
    result = notify(
        incident=vague_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=lead_bob,
        send_anyway=REASON,
    )

    assert result.would_queue == 3
    [event] = sent_anyway()
    assert (event.actor, event.target) == (lead_bob, vague_notice.incident.reference)
    assert event.details["reason"] == REASON
    assert event.details["kind"] == NoticeKind.INITIAL
    assert "responsibility" in event.details["missing"]


def test_a_blank_reason_is_no_reason(vague_notice: Notice, lead_bob: User) -> None:
    with pytest.raises(UserError, match="does not say"):
        notify(
            incident=vague_notice.incident,
            kind=NoticeKind.INITIAL,
            actor=lead_bob,
            send_anyway="   ",
        )
    assert OutboxMessage.objects.count() == 0


def test_a_dry_run_with_a_reason_records_nothing(vague_notice: Notice, lead_bob: User) -> None:
    notify(
        incident=vague_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=lead_bob,
        dry_run=True,
        send_anyway=REASON,
    )
    assert sent_anyway() == []
    assert OutboxMessage.objects.count() == 0


def test_notify_command_refuses_then_sends_with_send_anyway(
    vague_notice: Notice, lead_bob: User
) -> None:
    reference = vague_notice.incident.reference
    with pytest.raises(CommandError, match="does not say"):
        call_command("notify", reference, "--stage", "initial", "--as", "bob")

    call_command("notify", reference, "--stage", "initial", "--as", "bob", "--send-anyway", REASON)

    assert OutboxMessage.objects.count() == 3
    assert [e.details["reason"] for e in sent_anyway()] == [REASON]


def test_the_send_form_asks_for_a_reason_and_sends_with_one(
    vague_notice: Notice, agent_alice: User
) -> None:
    client = Client()
    client.force_login(agent_alice)
    incident = vague_notice.incident
    fields = {
        "subject": vague_notice.subject,
        "body": vague_notice.body,
        **{f"slot_{name}": text for name, text in VAGUE_SLOTS.items()},
    }
    compose = f"/incidents/{incident.reference}/notices/initial/"

    page = client.get(compose).content.decode()
    assert 'name="send_anyway"' in page
    assert "Send anyway, because" in page

    refused = client.post(compose + "send/", fields, follow=True).content.decode()
    assert "does not say" in refused
    assert OutboxMessage.objects.count() == 0

    client.post(compose + "send/", {**fields, "send_anyway": REASON})
    assert OutboxMessage.objects.count() == 3
    [event] = sent_anyway()
    assert (event.actor, event.details["reason"]) == (agent_alice, REASON)


def test_the_reason_field_is_not_shown_for_a_notice_that_passes(
    drafted_notice: Notice, agent_alice: User
) -> None:
    client = Client()
    client.force_login(agent_alice)
    page = client.get(f"/incidents/{drafted_notice.incident.reference}/notices/initial/")
    assert 'name="send_anyway"' not in page.content.decode()
