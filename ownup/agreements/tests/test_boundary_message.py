import datetime as dt
from decimal import Decimal

import pytest

from ownup.accounts.models import User
from ownup.agreements.messages import boundary_slots
from ownup.agreements.models import Party
from ownup.agreements.services import agreement_set, boundary_for
from ownup.agreements.terms import AgreementTerms, PaidExtra
from ownup.comms.candor.check import candor_check
from ownup.comms.models import MessageTemplate
from ownup.comms.rendering import render
from ownup.conftest import CustomerBuilder
from ownup.incidents.models import Incident

ON = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    "extras",
    [
        (
            PaidExtra(
                name="Restore from our disaster-recovery snapshot, best effort",
                price=Decimal(75),
                duty="backups",
            ),
        ),
        (),
    ],
    ids=["with a paid option", "with no option on the agreement"],
)
def test_the_boundary_message_passes_the_candor_check_as_a_boundary(
    extras: tuple[PaidExtra, ...],
    lead_bob: User,
    make_customer: CustomerBuilder,
    incident: Incident,
) -> None:
    agreement_set(
        plan="starter",
        effective_from=ON,
        terms=AgreementTerms(
            backups_by=Party.CUSTOMER,
            support_hours="Mon-Fri 09:00-17:30 Europe/London",
            support_channels=("email", "phone"),
            paid_extras=extras,
        ),
        created_by=lead_bob,
    )
    customer = make_customer(name="Sam Okafor", plan="starter")
    boundary = boundary_for(customer, ["restore"], on=ON)
    assert boundary is not None
    starter = MessageTemplate.objects.get(name="Boundary")

    message = render(
        subject=starter.subject,
        body=starter.body,
        slots=boundary_slots(boundary, request="restore the files deleted from your site"),
        customer=customer,
        incident=incident,
    )

    report = candor_check(message.text, "boundary")
    assert report.missing == [], message.text
    assert [f.rule for f in report.findings] == [], message.text
    assert "Under your Starter plan, backups are managed by you." in message.text
    if extras:
        assert "- Restore from our disaster-recovery snapshot, best effort: £75" in message.text
