"""The remedy notice tells each customer their own remedy, and offers it by being sent."""

from decimal import Decimal

import pytest

from ownup.accounts.models import User
from ownup.comms.models import NoticeKind, OutboxMessage
from ownup.comms.services import notice_draft, notice_preview, notify
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy, State
from ownup.remedies.selectors import option_for
from ownup.remedies.services import remedy_email, remedy_offer

pytestmark = pytest.mark.django_db

BODY = (
    "Hello {{ customer.name }},\n\n"
    "{% if remedy %}We owe you {{ remedy.name|lower }} of {{ remedy.amount }}."
    "{% if remedy.formula %} {{ remedy.formula }}{% endif %}"
    "{% else %}Call us and we will make it right.{% endif %}\n"
)


def test_each_customer_reads_their_own_remedy_and_it_is_then_offered(
    credit_for_ana: Remedy, incident: Incident, lead_bob: User
) -> None:
    ben = Customer.objects.get(key="C2")
    refund = remedy_offer(
        incident=incident,
        customer=ben,
        option=option_for(Kind.REFUND),
        amount=Decimal(45),
        by=lead_bob,
    )
    # Ana also gets a call; her notice tells her of the credit, so only the credit is offered.
    call = remedy_offer(
        incident=incident,
        customer=credit_for_ana.customer,
        option=option_for(Kind.APOLOGY_CALL),
        by=lead_bob,
    )
    notice_draft(
        incident=incident,
        kind=NoticeKind.REMEDY,
        actor=lead_bob,
        subject="What we owe you",
        body=BODY,
    )

    notify(incident=incident, kind=NoticeKind.REMEDY, actor=lead_bob, send_anyway="test")

    bodies = {
        m.customer.key: m.body_text
        for m in OutboxMessage.objects.filter(topic__startswith="notice:")
        if m.customer is not None
    }
    assert "We owe you service credit of £20.00." in bodies["C1"]
    assert "We owe you refund of £45.00." in bodies["C2"]
    assert "Call us and we will make it right." in bodies["C3"]
    offered = Remedy.objects.filter(pk__in=[credit_for_ana.pk, refund.pk])
    assert set(offered.values_list("state", flat=True)) == {State.OFFERED}
    assert set(offered.values_list("offered_by", flat=True)) == {lead_bob.pk}
    assert Remedy.objects.get(pk=call.pk).state == State.APPROVED


def test_one_remedy_offered_by_email_goes_through_the_outbox_once(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    remedy_email(remedy=credit_for_ana, by=agent_alice)

    message = OutboxMessage.objects.get(topic=f"remedy-offer:{credit_for_ana.pk}")
    assert message.to_address == "ana@almeida-bakery.example"
    assert message.subject == "web3 is down: what we offer to make it right"
    assert "Service credit: £20.00" in message.body_text
    assert Remedy.objects.get(pk=credit_for_ana.pk).state == State.OFFERED


def test_a_remedy_offered_by_email_speaks_to_the_customer_not_about_them(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    remedy_email(remedy=credit_for_ana, by=agent_alice)

    body = OutboxMessage.objects.get(topic=f"remedy-offer:{credit_for_ana.pk}").body_text
    # The catalogue's description is written for staff ("what they owe us").
    assert credit_for_ana.option.description not in body
    assert 'You were affected by "web3 is down", and you should not have been.' in body


def test_a_remedy_offered_alone_before_the_notice_is_not_told_again_by_it(
    credit_for_ana: Remedy, incident: Incident, lead_bob: User
) -> None:
    remedy_email(remedy=credit_for_ana, by=lead_bob)
    notice_draft(
        incident=incident,
        kind=NoticeKind.REMEDY,
        actor=lead_bob,
        subject="What we owe you",
        body=BODY,
    )

    notify(incident=incident, kind=NoticeKind.REMEDY, actor=lead_bob, send_anyway="test")

    assert OutboxMessage.objects.filter(customer__key="C1").count() == 1
    assert OutboxMessage.objects.filter(topic__startswith="notice:").count() == 2


def test_one_by_one_uses_the_remedy_notice_and_the_bulk_send_then_skips_them(
    credit_for_ana: Remedy, incident: Incident, lead_bob: User
) -> None:
    notice = notice_draft(
        incident=incident,
        kind=NoticeKind.REMEDY,
        actor=lead_bob,
        subject="What we owe you",
        body=BODY,
    )

    remedy_email(remedy=credit_for_ana, by=lead_bob)
    notify(incident=incident, kind=NoticeKind.REMEDY, actor=lead_bob, send_anyway="test")

    to_ana = OutboxMessage.objects.filter(customer__key="C1")
    assert to_ana.count() == 1
    [message] = to_ana
    assert (message.topic, message.notice) == (f"notice:{notice.pk}", notice)
    assert "We owe you service credit of £20.00." in message.body_text
    assert OutboxMessage.objects.filter(notice=notice).count() == 3


def test_a_notice_reading_a_remedy_the_customer_does_not_have_names_them(
    credit_for_ana: Remedy, incident: Incident, lead_bob: User
) -> None:
    notice = notice_draft(
        incident=incident,
        kind=NoticeKind.REMEDY,
        actor=lead_bob,
        subject="What we owe you",
        body="We owe you {{ remedy.amount }}.",
    )
    ana, ben = Customer.objects.get(key="C1"), Customer.objects.get(key="C2")

    assert notice_preview(notice=notice, customer=ana).text == "We owe you £20.00."
    with pytest.raises(UserError) as refused:
        notice_preview(notice=notice, customer=ben)
    assert str(refused.value) == (
        f"template: C2 has no remedy for {incident.reference}; put what you say about it inside "
        "{% if remedy %} … {% endif %} (rendering for customer C2)"
    )
