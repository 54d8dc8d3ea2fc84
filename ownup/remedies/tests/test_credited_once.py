"""A customer is never credited twice for one incident, not even by two people at once."""

import threading
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection

from ownup.accounts.models import User
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy, State
from ownup.remedies.selectors import option_for
from ownup.remedies.services import remedy_move, remedy_offer


def give(incident: Incident, customer: Customer, by: User, kind: str, amount: int | None) -> Remedy:
    return remedy_offer(
        incident=incident,
        customer=customer,
        option=option_for(kind),
        amount=None if amount is None else Decimal(amount),
        by=by,
    )


@pytest.mark.django_db
def test_a_second_money_remedy_for_the_same_incident_is_refused(
    credit_for_ana: Remedy, incident: Incident, ana: Customer, lead_bob: User
) -> None:
    with pytest.raises(UserError) as refused:
        give(incident, ana, lead_bob, Kind.REFUND, 30)

    assert str(refused.value).startswith(
        f"C1 already has {credit_for_ana.reference} (service credit £20.00 for Ana Almeida (C1), "
        f"approved) for {incident.reference}: money back is given once per incident"
    )
    assert Remedy.objects.count() == 1


@pytest.mark.django_db
def test_a_call_or_an_upgrade_can_come_with_the_credit(
    credit_for_ana: Remedy, incident: Incident, ana: Customer, lead_bob: User
) -> None:
    give(incident, ana, lead_bob, Kind.APOLOGY_CALL, None)
    give(incident, ana, lead_bob, Kind.UPGRADE, None)

    assert Remedy.objects.filter(customer=ana).count() == 3


@pytest.mark.django_db
def test_once_declined_another_money_remedy_may_be_given(
    credit_for_ana: Remedy, incident: Incident, ana: Customer, agent_alice: User
) -> None:
    remedy_move(remedy=credit_for_ana, to=State.OFFERED, by=agent_alice)
    remedy_move(remedy=credit_for_ana, to=State.DECLINED, by=agent_alice)

    refund = give(incident, ana, agent_alice, Kind.REFUND, 40)

    assert refund.state == State.APPROVED
    # And still only one that is not declined.
    with pytest.raises(UserError, match="already has"):
        give(incident, ana, agent_alice, Kind.DISCOUNT, 10)


@pytest.mark.django_db
def test_the_database_itself_refuses_a_second_credit(credit_for_ana: Remedy) -> None:
    twin = Remedy.objects.get(pk=credit_for_ana.pk)
    twin.pk = None
    twin.kind = Kind.FREE_MONTH
    with pytest.raises(IntegrityError):
        twin.save()


@pytest.mark.django_db(transaction=True)
def test_two_people_crediting_the_same_customer_at_once_give_one_credit(
    incident: Incident, ana: Customer, agent_alice: User, lead_bob: User
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL; SQLite lets one writer in at a time")
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def credit(by: User, kind: str) -> None:
        from django.db import connection as own

        try:
            start.wait()
            give(incident, ana, by, kind, 20)
            outcomes.append("given")
        except UserError as exc:
            outcomes.append(str(exc))
        finally:
            own.close()

    threads = [
        threading.Thread(target=credit, args=(agent_alice, Kind.CREDIT)),
        threading.Thread(target=credit, args=(lead_bob, Kind.REFUND)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sorted(o if o == "given" else "refused" for o in outcomes) == ["given", "refused"]
    assert next(o for o in outcomes if o != "given").startswith("C1 already has R-")
    assert Remedy.objects.filter(customer=ana).count() == 1
