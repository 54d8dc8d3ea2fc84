import pytest
from django.db import IntegrityError

from ownup.accounts.models import AuditEvent, User
from ownup.errors import UserError
from ownup.incidents.models import TimelineEntry
from ownup.remedies.models import Remedy, State
from ownup.remedies.services import remedy_move

pytestmark = pytest.mark.django_db


def test_a_remedy_goes_from_approved_to_fulfilled_each_step_recorded(
    credit_for_ana: Remedy, agent_alice: User, lead_bob: User
) -> None:
    for to, by in [
        (State.OFFERED, agent_alice),
        (State.ACCEPTED, agent_alice),
        (State.FULFILLED, lead_bob),
    ]:
        remedy_move(remedy=credit_for_ana, to=to, by=by)

    remedy = Remedy.objects.get(pk=credit_for_ana.pk)
    assert remedy.state == State.FULFILLED
    assert (remedy.offered_by, remedy.accepted_by, remedy.fulfilled_by) == (
        agent_alice,
        agent_alice,
        lead_bob,
    )
    assert remedy.offered_at and remedy.accepted_at and remedy.fulfilled_at
    actions = list(
        AuditEvent.objects.filter(target=remedy.reference)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["remedy.approved", "remedy.offered", "remedy.accepted", "remedy.fulfilled"]
    timeline = TimelineEntry.objects.filter(
        incident=remedy.incident, body__startswith=remedy.reference
    )
    assert timeline.count() == 4
    assert timeline.filter(body__contains="fulfilled").get().actor == lead_bob


@pytest.mark.parametrize(
    ("steps", "to", "problem"),
    [
        ([], State.FULFILLED, "is approved; it can become offered or declined"),
        ([State.OFFERED], State.FULFILLED, "is offered; it can become accepted or declined"),
        ([State.OFFERED, State.DECLINED], State.ACCEPTED, "is declined: it is settled"),
        (
            [State.OFFERED, State.ACCEPTED, State.FULFILLED],
            State.DECLINED,
            "is fulfilled: it is settled",
        ),
    ],
)
def test_only_the_next_steps_of_the_state_machine_are_allowed(
    credit_for_ana: Remedy, agent_alice: User, steps: list[str], to: str, problem: str
) -> None:
    for step in steps:
        remedy_move(remedy=credit_for_ana, to=step, by=agent_alice)

    with pytest.raises(UserError, match=problem):
        remedy_move(remedy=credit_for_ana, to=to, by=agent_alice)


def test_the_database_refuses_a_state_it_does_not_know(credit_for_ana: Remedy) -> None:
    with pytest.raises(IntegrityError):
        Remedy.objects.filter(pk=credit_for_ana.pk).update(state="paid")
