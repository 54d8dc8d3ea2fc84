import datetime as dt
from decimal import Decimal

import pytest

from ownup.accounts.models import User
from ownup.agreements.models import Agreement, Party
from ownup.agreements.services import agreement_for, agreement_set, boundary_for
from ownup.agreements.terms import AgreementTerms, CreditTier, PaidExtra
from ownup.conftest import CustomerBuilder
from ownup.errors import UserError

JAN, JUN = dt.date(2026, 1, 1), dt.date(2026, 6, 1)
RESTORE = PaidExtra(
    name="Restore from our disaster-recovery snapshot, best effort",
    price=Decimal(75),
    duty="backups",
)


def starter(lead: User, *, on: dt.date = JAN, backups_by: str = Party.CUSTOMER) -> Agreement:
    return agreement_set(
        plan="Starter",
        effective_from=on,
        terms=AgreementTerms(
            backups_by=backups_by,
            availability_percent=Decimal("99.5"),
            paid_extras=(RESTORE,),
        ),
        created_by=lead,
    )


def test_a_customer_gets_their_plans_terms(lead_bob: User, make_customer: CustomerBuilder) -> None:
    terms = starter(lead_bob)
    customer = make_customer(plan="starter")

    assert agreement_for(customer, on=JUN) == terms
    assert agreement_for(customer, on=dt.date(2025, 12, 31)) is None
    assert agreement_for(make_customer(plan="enterprise"), on=JUN) is None
    assert agreement_for(make_customer(), on=JUN) is None


def test_the_version_in_force_on_the_day_applies(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    first = starter(lead_bob)
    second = starter(lead_bob, on=JUN, backups_by=Party.US)
    customer = make_customer(plan="starter")

    assert agreement_for(customer, on=JUN - dt.timedelta(days=1)) == first
    assert agreement_for(customer, on=JUN) == second


def test_a_new_version_never_rewrites_an_old_one(lead_bob: User) -> None:
    starter(lead_bob, on=JUN)
    with pytest.raises(UserError, match="already has terms from 2026-06-01"):
        starter(lead_bob, on=JAN)
    assert Agreement.objects.count() == 1


def test_a_customers_own_agreement_overrides_the_plan(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    starter(lead_bob)
    customer = make_customer(plan="starter")
    own = agreement_set(
        customer=customer,
        effective_from=JUN,
        terms=AgreementTerms(backups_by=Party.US),
        created_by=lead_bob,
    )

    assert agreement_for(customer, on=JUN) == own
    assert agreement_for(customer, on=JAN).plan == "starter"  # type: ignore[union-attr]


def test_the_imported_backups_by_attribute_overrides_the_plan(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    starter(lead_bob)
    provider = make_customer(plan="starter", backups_by="provider")
    same = make_customer(plan="starter", backups_by="customer")

    adjusted = agreement_for(provider, on=JUN)
    assert adjusted is not None
    assert adjusted.backups_by == Party.US
    assert adjusted.terms_from_attributes == ("backups_by",)
    assert adjusted.availability_percent == Decimal("99.5")
    assert adjusted.customer == provider
    assert agreement_for(same, on=JUN) == Agreement.objects.get()


def test_asking_for_a_restore_meets_the_customers_own_duty(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    starter(lead_bob)
    customer = make_customer(plan="starter")

    boundary = boundary_for(customer, ["restore"], on=JUN)

    assert boundary is not None
    assert boundary.duty == "backups"
    assert boundary.statement == "Under your Starter plan, backups are managed by you."
    assert [str(o) for o in boundary.options] == [
        "Restore from our disaster-recovery snapshot, best effort (£75)"
    ]


def test_no_boundary_when_the_duty_is_ours_or_not_asked(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    starter(lead_bob)
    ours = make_customer(plan="starter", backups_by="provider")
    theirs = make_customer(plan="starter")

    assert boundary_for(ours, ["please restore my site"], on=JUN) is None
    assert boundary_for(theirs, ["my invoice is wrong"], on=JUN) is None
    assert boundary_for(make_customer(), ["restore"], on=JUN) is None


def test_asks_are_matched_as_words_about_a_duty(
    lead_bob: User, make_customer: CustomerBuilder
) -> None:
    agreement_set(
        plan="starter",
        effective_from=JAN,
        terms=AgreementTerms(backups_by=Party.CUSTOMER, duties={"updates": Party.CUSTOMER}),
        created_by=lead_bob,
    )
    customer = make_customer(plan="starter")

    assert boundary_for(customer, ["Any update on my ticket?"], on=JUN) is None
    plugins = boundary_for(customer, ["Can you do the plugin updates?"], on=JUN)
    assert plugins is not None
    assert plugins.statement == "Under your Starter plan, software updates are managed by you."
    lost = boundary_for(customer, ["I lost data yesterday", "can you recover it"], on=JUN)
    assert lost is not None and lost.duty == "backups"


def test_an_agent_cannot_set_terms(agent_alice: User) -> None:
    with pytest.raises(UserError, match="only a lead or an admin"):
        agreement_set(
            plan="starter",
            effective_from=JAN,
            terms=AgreementTerms(backups_by=Party.US),
            created_by=agent_alice,
        )


def test_a_credit_owed_while_the_promise_is_kept_is_refused() -> None:
    with pytest.raises(UserError, match=r"below 99\.95% would be owed even when the promised"):
        AgreementTerms(
            backups_by=Party.US,
            availability_percent=Decimal("99.9"),
            credit_tiers=(CreditTier(below=Decimal("99.95"), percent=Decimal(10)),),
        )
