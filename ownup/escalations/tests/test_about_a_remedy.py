"""A call for help about a remedy: found as R-N, with its option, amount and customer."""

from decimal import Decimal

from django.utils import timezone

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.customers.models import Customer
from ownup.escalations.selectors import help_about_by_reference
from ownup.escalations.services import help_ask
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy, RemedyOption


def test_a_remedy_is_asked_about_by_its_reference(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    credit, _ = RemedyOption.objects.get_or_create(
        name="Service credit", defaults={"kind": Kind.CREDIT}
    )
    remedy = Remedy.objects.create(
        incident=incident,
        customer=Customer.objects.get(key="C2"),
        option=credit,
        kind=Kind.CREDIT,
        amount=Decimal("120.00"),
        currency="GBP",
        note="Ben lost a weekend of orders.",
        created_by=agent_alice,
        created_at=timezone.now(),
    )

    call = help_ask(
        about=help_about_by_reference(remedy.reference),
        question="120 is above my limit; will you approve it?",
        asked_by=agent_alice,
    )

    assert (call.incident, call.about, call.about_label) == (incident, remedy, remedy.reference)
    assert call.about_url == f"/remedies/{remedy.reference}/"
    mail = OutboxMessage.objects.get(channel="email").body_text
    for line in (
        "Customer: Ben Brennan",
        "Remedy: Service credit",
        "Amount: 120.00 GBP",
        "Note: Ben lost a weekend of orders.",
    ):
        assert line in mail
