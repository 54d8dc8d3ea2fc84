import re
from decimal import Decimal

import pytest

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy, State
from ownup.remedies.selectors import option_for
from ownup.remedies.services import remedy_move, remedy_offer

pytestmark = pytest.mark.django_db


def offer(
    incident: Incident,
    customer: Customer,
    by: User,
    kind: str,
    amount: int | None,
    **kwargs: object,
) -> Remedy:
    return remedy_offer(
        incident=incident,
        customer=customer,
        option=option_for(kind),
        amount=None if amount is None else Decimal(amount),
        by=by,
        **kwargs,  # type: ignore[arg-type]
    )


def test_within_an_agents_limit_a_credit_is_approved_at_once(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    assert credit_for_ana.state == State.APPROVED
    assert credit_for_ana.approved_by == agent_alice
    assert credit_for_ana.owner == agent_alice
    assert credit_for_ana.due_on is not None


def test_above_the_limit_the_refusal_names_the_limit_and_who_can(
    incident: Incident, ana: Customer, agent_alice: User
) -> None:
    with pytest.raises(UserError) as refused:
        offer(incident, ana, agent_alice, Kind.REFUND, 120)

    assert str(refused.value).startswith(
        "Your limit as an agent for a refund is £50.00; £120.00 needs a lead"
    )
    assert not Remedy.objects.exists()


def test_an_agent_cannot_give_a_free_month_and_a_lead_can(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User
) -> None:
    with pytest.raises(
        UserError, match="As an agent you cannot give a free month alone; it needs a lead"
    ):
        offer(incident, ana, agent_alice, Kind.FREE_MONTH, None)

    assert offer(incident, ana, lead_bob, Kind.FREE_MONTH, None).state == State.APPROVED


def test_a_request_waits_for_a_lead_who_is_told_by_email(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    remedy = offer(incident, ana, agent_alice, Kind.REFUND, 120, request=True, note="lost orders")

    assert remedy.state == State.PROPOSED
    asked = OutboxMessage.objects.get(topic=f"remedy-request:{remedy.pk}")
    # The lead is asked; the admin is not troubled when a lead can approve it.
    assert asked.to_address == "bob@ownup.test"
    assert "R-" in asked.subject and "£120.00" in asked.subject
    assert f"ownup remedy approve {remedy.reference}" in asked.body_text

    approved = remedy_move(remedy=remedy, to=State.APPROVED, by=lead_bob)
    assert (approved.state, approved.approved_by) == (State.APPROVED, lead_bob)


def test_an_agent_cannot_approve_and_a_lead_cannot_approve_beyond_their_own_limit(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User, admin_carol: User
) -> None:
    remedy = offer(incident, ana, agent_alice, Kind.REFUND, 900, request=True)
    # Above every lead's limit, the request goes to the admins.
    asked = OutboxMessage.objects.filter(topic=f"remedy-request:{remedy.pk}")
    assert list(asked.values_list("to_address", flat=True)) == ["carol@ownup.test"]

    with pytest.raises(UserError, match="alice is an agent"):
        remedy_move(remedy=remedy, to=State.APPROVED, by=agent_alice)
    with pytest.raises(
        UserError,
        match=re.escape("Your limit as a lead for a refund is £500.00; £900.00 needs an admin"),
    ):
        remedy_move(remedy=remedy, to=State.APPROVED, by=lead_bob)

    assert remedy_move(remedy=remedy, to=State.APPROVED, by=admin_carol).state == State.APPROVED


def test_a_lead_declines_a_request(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User
) -> None:
    remedy = offer(incident, ana, agent_alice, Kind.REFUND, 120, request=True)

    declined = remedy_move(remedy=remedy, to=State.DECLINED, by=lead_bob, note="credit instead")

    assert (declined.state, declined.declined_by) == (State.DECLINED, lead_bob)
    assert "credit instead" in declined.note


def test_only_affected_customers_get_a_remedy(incident: Incident, agent_alice: User) -> None:
    dmitri = Customer.objects.get(key="C4")

    with pytest.raises(UserError, match="C4 is not among the customers affected by INC-"):
        offer(incident, dmitri, agent_alice, Kind.CREDIT, 10)


@pytest.mark.parametrize(
    ("amount", "problem"),
    [
        (None, "a refund needs an amount"),
        (0, "'0' must be more than 0"),
        (-5, "must be more than 0"),
    ],
)
def test_a_refund_needs_a_positive_amount(
    incident: Incident, ana: Customer, agent_alice: User, amount: int | None, problem: str
) -> None:
    with pytest.raises(UserError, match=problem):
        offer(incident, ana, agent_alice, Kind.REFUND, amount)


def test_the_owner_is_whoever_offers_it_unless_someone_else_is_named(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User
) -> None:
    call = offer(incident, ana, lead_bob, Kind.APOLOGY_CALL, None, owner=agent_alice)

    assert (call.owner, call.created_by, call.approved_by) == (agent_alice, lead_bob, lead_bob)
