import datetime as dt

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string

from ownup.accounts.models import User
from ownup.chores import chores_registered
from ownup.comms.models import OutboxMessage
from ownup.remedies.models import Remedy, State
from ownup.remedies.selectors import remedies_listed
from ownup.remedies.services import remedies_remind, remedy_move

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue(credit_for_ana: Remedy) -> Remedy:
    Remedy.objects.filter(pk=credit_for_ana.pk).update(
        due_on=timezone.localdate() - dt.timedelta(days=2)
    )
    credit_for_ana.refresh_from_db()
    return credit_for_ana


def reminders() -> list[OutboxMessage]:
    return list(OutboxMessage.objects.filter(topic__startswith="remedy-overdue:"))


def test_an_overdue_remedy_reminds_its_owner_once_a_day(overdue: Remedy) -> None:
    # Morning, so that an hour later is still the same day.
    now = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0)

    assert remedies_remind(now) == 1
    assert remedies_remind(now + dt.timedelta(hours=1)) == 0
    assert remedies_remind(now + dt.timedelta(days=1)) == 1

    sent = reminders()
    assert [m.to_address for m in sent] == ["alice@ownup.test"] * 2
    assert sent[0].subject == (
        f"{overdue.reference} is overdue: service credit £20.00 for Ana Almeida (C1)"
    )
    assert "still approved, not yet offered" in sent[0].body_text
    assert f"/remedies/{overdue.reference}/" in sent[0].body_text


def test_a_fulfilled_or_not_yet_due_remedy_reminds_nobody(
    overdue: Remedy, credit_for_ana: Remedy, agent_alice: User
) -> None:
    for step in (State.OFFERED, State.ACCEPTED, State.FULFILLED):
        remedy_move(remedy=overdue, to=step, by=agent_alice)
    Remedy.objects.filter(pk=overdue.pk).update(due_on=timezone.localdate())

    assert remedies_remind(timezone.now()) == 0
    assert reminders() == []


def test_the_list_shows_only_overdue_ones_when_asked(overdue: Remedy) -> None:
    assert list(remedies_listed(overdue=True)) == [overdue]
    assert list(remedies_listed(overdue=True, today=overdue.due_on)) == []


def test_the_worker_reminds_as_one_of_its_chores() -> None:
    chore = next(c for c in chores_registered() if c.name == "remedies-overdue")

    assert import_string(chore.run) is remedies_remind
    assert chore.every == dt.timedelta(hours=1)
