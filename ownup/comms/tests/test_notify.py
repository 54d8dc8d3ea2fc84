import pytest

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import Batch, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notice_draft, notify
from ownup.conftest import CustomerBuilder
from ownup.customers.models import Customer
from ownup.customers.selectors import customers_matching
from ownup.errors import UserError
from ownup.incidents.models import Incident, TimelineEntry
from ownup.incidents.services import affected_add

pytestmark = pytest.mark.django_db


def queued() -> list[tuple[str, str]]:
    return sorted(OutboxMessage.objects.values_list("to_address", "status"))


def add_to_incident(incident: Incident, customer: Customer, actor: User) -> None:
    affected_add(
        incident=incident,
        customers=Customer.objects.filter(pk=customer.pk),
        reason="called in",
        actor=actor,
    )


def test_notify_queues_one_message_per_affected_customer(
    drafted_notice: Notice, lead_bob: User
) -> None:
    result = notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert queued() == [
        ("ana@almeida-bakery.example", "queued"),
        ("ben@brennan-books.example", "queued"),
        ("chloe@dubois.example", "queued"),
    ]
    assert result.batch is not None
    assert (result.batch.queued, result.batch.created_by, result.skipped) == (3, lead_bob, [])
    assert result.batch.reference == f"B-{result.batch.pk}"


def test_each_queued_message_is_personal_and_says_which_incident_it_is_about(
    drafted_notice: Notice, lead_bob: User
) -> None:
    incident = drafted_notice.incident
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    message = OutboxMessage.objects.get(to_address="chloe@dubois.example")
    assert message.subject == "web3 is down: what it means for you"
    assert message.body_text.startswith("Hello Chloé Dubois,\n\nServer web3 stopped answering")
    assert "<p>Hello Chloé Dubois,</p>" in message.body_html
    assert message.headers["X-Ownup-Incident"] == incident.reference
    assert message.headers["Message-ID"] == message.message_id


def test_notify_refuses_while_a_slot_is_empty_and_names_it(
    incident: Incident, message_template: object, agent_alice: User, lead_bob: User
) -> None:
    notice_draft(
        incident=incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        slots={"what_happened": "web3 stopped.", "next_steps": "We write again at 11:00."},
    )

    with pytest.raises(UserError) as refused:
        notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert "fill in 'What it means for them' (impact) before sending" in str(refused.value)
    assert OutboxMessage.objects.count() == 0


def test_notify_without_a_drafted_notice_says_how_to_draft_one(
    incident: Incident, lead_bob: User
) -> None:
    with pytest.raises(UserError, match=f"ownup notice draft {incident.reference} --stage initial"):
        notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)


def test_customers_without_a_usable_address_are_skipped_with_a_reason(
    drafted_notice: Notice, lead_bob: User, make_customer: CustomerBuilder
) -> None:
    incident = drafted_notice.incident
    for customer in (
        make_customer(key="C8", email="", name="Hana Haddad"),
        make_customer(key="C9", email="ivo@", name="Ivo Ito"),
    ):
        add_to_incident(incident, customer, lead_bob)

    result = notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert len(queued()) == 3
    assert result.skipped == [
        {"customer": "C8", "name": "Hana Haddad", "reason": "has no email address"},
        {"customer": "C9", "name": "Ivo Ito", "reason": "'ivo@' is not an address"},
    ]
    assert Batch.objects.get().skipped == result.skipped
    entry = incident.timeline.filter(kind=TimelineEntry.Kind.NOTICE).get()
    assert entry.body.endswith("2 could not be told by email.")


def test_notifying_again_tells_only_customers_added_since_and_nobody_twice(
    drafted_notice: Notice, lead_bob: User, make_customer: CustomerBuilder
) -> None:
    incident = drafted_notice.incident
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    latecomer = make_customer(key="C7", email="greta@garcia.example", name="Greta Garcia")
    add_to_incident(incident, latecomer, lead_bob)

    second = notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    third = notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert second.batch is not None
    assert list(second.batch.messages.values_list("to_address", flat=True)) == [
        "greta@garcia.example"
    ]
    assert (third.batch, third.would_queue) == (None, 0)
    assert len(queued()) == 4
    assert len({address for address, _ in queued()}) == 4
    assert Batch.objects.count() == 2


def test_a_dry_run_counts_who_would_be_told_and_stores_nothing(
    drafted_notice: Notice, lead_bob: User
) -> None:
    audit = AuditEvent.objects.count()

    result = notify(
        incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob, dry_run=True
    )

    assert (result.batch, result.would_queue) == (None, 3)
    assert OutboxMessage.objects.count() == 0
    assert Batch.objects.count() == 0
    assert AuditEvent.objects.count() == audit


def test_a_template_mistake_stops_the_whole_batch_before_anything_is_stored(
    drafted_notice: Notice, agent_alice: User, lead_bob: User
) -> None:
    incident = drafted_notice.incident
    notice_draft(
        incident=incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        body=drafted_notice.body + "Your plan: {{ customer.no_such_field }}\n",
    )

    with pytest.raises(UserError) as refused:
        notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert "no_such_field" in str(refused.value)
    assert "rendering for customer C1" in str(refused.value)
    assert OutboxMessage.objects.count() == 0
    assert Batch.objects.count() == 0


def test_sending_is_recorded_on_the_timeline_and_in_the_audit_log(
    drafted_notice: Notice, lead_bob: User
) -> None:
    incident = drafted_notice.incident

    result = notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    assert result.batch is not None
    entry = incident.timeline.filter(kind=TimelineEntry.Kind.NOTICE).get()
    assert entry.body == (
        f"First notice queued for 3 customer(s) as {result.batch.reference}; "
        "0 could not be told by email."
    )
    event = AuditEvent.objects.filter(action="notice.queued").get()
    assert (event.actor, event.target, event.details) == (
        lead_bob,
        incident.reference,
        {"batch": result.batch.reference, "queued": 3, "skipped": 0, "needs_approval": False},
    )


def test_customers_not_affected_are_never_told(drafted_notice: Notice, lead_bob: User) -> None:
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    on_web4 = customers_matching({"server": "web4"}).get()
    assert not OutboxMessage.objects.filter(customer=on_web4).exists()


def test_a_boundary_is_never_sent_to_everyone_affected(
    incident: Incident, agent_alice: User
) -> None:
    notice_draft(
        incident=incident,
        kind=NoticeKind.BOUNDARY,
        actor=agent_alice,
        subject="Your backups",
        body="Under your plan, backups are yours.",
    )
    with pytest.raises(UserError, match="answers one customer's message"):
        notify(incident=incident, kind=NoticeKind.BOUNDARY, actor=agent_alice, send_anyway="x")
    assert not OutboxMessage.objects.exists()
