"""Agreements: which terms apply to a customer on a day, and what is theirs to do.

A customer's terms are, in order:
1. their own agreement (a row with `customer` set) in force on that day, if any;
2. else their plan's agreement in force that day, the plan read from the customer's imported
   attribute `plan`; where the customer's imported data says otherwise for a duty, in an
   attribute named `<duty>_by` (the demo's `backups_by` = "provider" or "customer"), that
   attribute wins for that duty, and the terms are reported as adjusted for this customer.
So importing customer data with a `backups_by` column is enough to record who does their
backups; an explicit customer agreement (`ownup agreements set --customer`) overrides both.
"""

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from ownup.accounts.models import Role, User
from ownup.accounts.services import audit_record
from ownup.agreements.models import Agreement, Party
from ownup.agreements.terms import (
    DUTY_NAMES,
    AgreementTerms,
    PaidExtra,
    paid_extras_from,
    party_from_word,
)
from ownup.customers.models import Customer
from ownup.errors import UserError

CUSTOMER_CHUNK = 2000
EDITOR_ROLES = (Role.LEAD, Role.ADMIN)
# What a customer asks for, in their words, that falls under each duty.
DUTY_ASKS: dict[str, tuple[str, ...]] = {
    "backups": (
        "backup",
        "backups",
        "restore",
        "restoring",
        "restored",
        "recover",
        "recovery",
        "roll back",
        "rollback",
        "snapshot",
        "lost data",
        "lost files",
        "deleted",
    ),
    "dns": ("dns", "nameserver", "nameservers", "domain records", "mx record", "mx records"),
    # Not "update" alone: "any update on my ticket?" is not about software.
    "updates": (
        "software update",
        "software updates",
        "plugin update",
        "plugin updates",
        "upgrade",
        "patch",
        "patching",
    ),
}


@dataclass(frozen=True)
class Boundary:
    """A duty the customer asked about that their agreement places with them."""

    duty: str
    agreement: Agreement
    statement: str  # "Under your Starter plan, backups are managed by you."
    options: list[PaidExtra]  # how we can still help: paid or best-effort extras


def plan_key(plan: object) -> str:
    """Plans are matched without regard to case or surrounding spaces."""
    return str(plan or "").strip().lower()


def plan_agreement(plan: str, *, on: dt.date) -> Agreement | None:
    """The plan's version in force on that day."""
    return (
        Agreement.objects.filter(customer__isnull=True, plan=plan_key(plan), effective_from__lte=on)
        .order_by("-effective_from")
        .first()
    )


def agreement_for(customer: Customer, *, on: dt.date) -> Agreement | None:
    """The terms in force for this customer on that day; None when nothing is agreed.

    The result may be an unsaved copy of the plan's terms adjusted by the customer's
    attributes (see the module docstring); its `terms_from_attributes` names them.
    """
    own = (
        Agreement.objects.filter(customer=customer, effective_from__lte=on)
        .order_by("-effective_from")
        .first()
    )
    if own is not None:
        return own
    plan = plan_key((customer.attributes or {}).get("plan"))
    if not plan:
        return None
    terms = plan_agreement(plan, on=on)
    return None if terms is None else plan_terms_for(customer, terms)


def plan_terms_for(customer: Customer, terms: Agreement) -> Agreement:
    """The plan's terms as they apply to this customer, after their `<duty>_by` attributes.

    The plan's own row when nothing differs; otherwise an unsaved copy for this customer.
    """
    attributes = customer.attributes or {}
    honoured = []
    for duty in ("backups", *sorted(terms.duties or {})):
        party = party_from_word(attributes.get(f"{duty}_by"))
        if party is not None and party != terms.responsible_for(duty):
            honoured.append(duty)
    if not honoured:
        return terms
    adjusted = Agreement(
        **{
            f.attname: getattr(terms, f.attname)
            for f in Agreement._meta.concrete_fields
            if not f.primary_key
        }
    )
    adjusted.plan, adjusted.customer = "", customer
    adjusted.duties = dict(terms.duties or {})
    for duty in honoured:
        party = party_from_word(attributes.get(f"{duty}_by"))
        assert party is not None
        if duty == "backups":
            adjusted.backups_by = party
        else:
            adjusted.duties[duty] = party
    adjusted.based_on_plan = terms.plan
    adjusted.terms_from_attributes = tuple(f"{duty}_by" for duty in honoured)
    return adjusted


def customers_responsible_for(duty: str, *, on: dt.date) -> Iterator[Customer]:
    """Every customer whose terms on that day make `duty` theirs, by key.

    The same answer as `agreement_for` per customer, with a fixed number of queries: the
    plans' versions and the customers' own versions are read once, the customers in chunks.
    """
    plans: dict[str, Agreement] = {}
    for terms in Agreement.objects.filter(customer__isnull=True, effective_from__lte=on).order_by(
        "plan", "effective_from"
    ):
        plans[terms.plan] = terms  # the latest in force wins
    own: dict[int, Agreement] = {}
    for terms in Agreement.objects.filter(customer__isnull=False, effective_from__lte=on).order_by(
        "customer_id", "effective_from"
    ):
        assert terms.customer_id is not None
        own[terms.customer_id] = terms
    for customer in Customer.objects.order_by("key").iterator(chunk_size=CUSTOMER_CHUNK):
        found = own.get(customer.pk)
        if found is None:
            plan = plans.get(plan_key((customer.attributes or {}).get("plan")))
            found = None if plan is None else plan_terms_for(customer, plan)
        if found is not None and found.responsible_for(duty) == Party.CUSTOMER:
            yield customer


def duties_asked(asks_for: Iterable[str]) -> list[str]:
    """The duties a request touches, in the order DUTY_ASKS lists them."""
    text = " ".join(a.lower() for a in asks_for if a)
    return [
        duty
        for duty, phrases in DUTY_ASKS.items()
        if any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases)
    ]


def boundary_for(customer: Customer, asks_for: Iterable[str], *, on: dt.date) -> Boundary | None:
    """When the customer asks for something their agreement makes theirs, say so calmly.

    Returns the first such duty with a one-sentence statement and the extras that help with
    it (those tied to that duty, and those tied to none); None when nothing asked is theirs.
    Reads only.
    """
    asked = duties_asked(asks_for)
    if not asked:
        return None
    agreement = agreement_for(customer, on=on)
    if agreement is None:
        return None
    for duty in asked:
        if agreement.responsible_for(duty) != Party.CUSTOMER:
            continue
        name = DUTY_NAMES.get(duty, duty)
        statement = f"Under your {agreement.label}, {name} are managed by you."
        if agreement.terms_from_attributes:
            statement = (
                f"Under your {agreement.label}, as set up for your account, "
                f"{name} are managed by you."
            )
        options = [e for e in paid_extras_from(agreement.paid_extras) if e.duty in ("", duty)]
        return Boundary(duty=duty, agreement=agreement, statement=statement, options=options)
    return None


def agreement_versions(*, plan: str = "", customer: Customer | None = None) -> list[Agreement]:
    """Every version for a plan or a customer, newest first."""
    if customer is not None:
        return list(Agreement.objects.filter(customer=customer).order_by("-effective_from"))
    return list(
        Agreement.objects.filter(customer__isnull=True, plan=plan_key(plan)).order_by(
            "-effective_from"
        )
    )


def agreement_set(
    *,
    plan: str = "",
    customer: Customer | None = None,
    effective_from: dt.date,
    terms: AgreementTerms,
    created_by: User | None,
) -> Agreement:
    """Add a new version of a plan's (or one customer's) terms from `effective_from`.

    Never edits a version: the new one must start after every existing one, so what applied
    on any earlier day stays as it was (a back-dated start records terms agreed earlier).
    Atomic and audited. Raises UserError naming the problem.
    """
    plan = plan_key(plan)
    if created_by is not None and created_by.role not in EDITOR_ROLES:
        raise UserError(f"{created_by.username}: only a lead or an admin can change agreements")
    if bool(plan) == (customer is not None):
        raise UserError("agreement: give either a plan or a customer, not both")
    who = f"customer {customer.key}" if customer is not None else f"plan '{plan}'"
    with transaction.atomic():
        versions = (
            Agreement.objects.select_for_update().filter(customer=customer)
            if customer is not None
            else Agreement.objects.select_for_update().filter(customer__isnull=True, plan=plan)
        )
        latest = versions.order_by("-effective_from").first()
        if latest is not None and latest.effective_from >= effective_from:
            raise UserError(
                f"from: {who} already has terms from {latest.effective_from:%Y-%m-%d}; "
                f"a new version must start after that"
            )
        try:
            # A savepoint: a version added at the same moment elsewhere must not end the
            # caller's transaction, only this write.
            with transaction.atomic():
                agreement = Agreement.objects.create(
                    plan=plan,
                    customer=customer,
                    effective_from=effective_from,
                    created_by=created_by,
                    **terms.as_fields(),
                )
        except IntegrityError:
            raise UserError(
                f"from: {who} already has terms from {effective_from:%Y-%m-%d}"
            ) from None
        audit_record(
            actor=created_by,
            action="agreement.set",
            target=who,
            effective_from=effective_from.isoformat(),
            **{"terms": terms.as_json()},
        )
    return agreement
