"""Reads: the plans and their current terms, a customer by how an operator names them."""

import datetime as dt
from dataclasses import dataclass

from ownup.agreements.models import Agreement, Party
from ownup.agreements.terms import DUTY_NAMES, credit_tiers_from, paid_extras_from
from ownup.customers.models import Customer
from ownup.errors import UserError


@dataclass(frozen=True)
class PlanTerms:
    plan: str
    current: Agreement | None  # in force today; None if every version starts later
    upcoming: Agreement | None  # the next version, if one is scheduled
    versions: list[Agreement]  # newest first


def plans_listed(*, on: dt.date) -> list[PlanTerms]:
    """Every plan with terms, its version in force on `on`, the next one and its history."""
    by_plan: dict[str, list[Agreement]] = {}
    for agreement in Agreement.objects.filter(customer__isnull=True).order_by(
        "plan", "-effective_from"
    ):
        by_plan.setdefault(agreement.plan, []).append(agreement)
    listed = []
    for plan, versions in by_plan.items():
        current = next((v for v in versions if v.effective_from <= on), None)
        later = [v for v in versions if v.effective_from > on]
        listed.append(PlanTerms(plan, current, later[-1] if later else None, versions))
    return listed


def customers_with_own_terms() -> list[Customer]:
    return list(Customer.objects.filter(agreements__isnull=False).distinct().order_by("key"))


def customer_named(name: str) -> Customer:
    """A customer by key, else by email address; a UserError names what was not found."""
    customer = (
        Customer.objects.filter(key=name.strip()).first()
        or Customer.objects.filter(email__iexact=name.strip()).first()
    )
    if customer is None:
        raise UserError(f"customer: no customer with key or email '{name}'")
    return customer


def _party(value: str) -> str:
    return "us" if value == Party.US else "the customer"


def terms_lines(agreement: Agreement) -> list[tuple[str, str]]:
    """The terms as (label, text) pairs, in the order a person reads them."""
    availability = (
        f"{agreement.availability_percent.normalize():f}%"
        if agreement.availability_percent is not None
        else "no promise"
    )
    lines = [
        ("In force from", f"{agreement.effective_from:%Y-%m-%d}"),
        ("Backups by", _party(agreement.backups_by)),
    ]
    for duty, who in sorted((agreement.duties or {}).items()):
        lines.append((f"{DUTY_NAMES.get(duty, duty).capitalize()} by", _party(who)))
    lines.append(("Availability", availability))
    tiers = credit_tiers_from(agreement.credit_tiers)
    if tiers:
        lines.append(
            (
                "Credits",
                ", ".join(
                    f"below {t.below.normalize():f}%: {t.percent.normalize():f}%" for t in tiers
                ),
            )
        )
    if agreement.support_hours:
        lines.append(("Support hours", agreement.support_hours))
    if agreement.support_channels:
        lines.append(("Support channels", ", ".join(map(str, agreement.support_channels))))
    if agreement.included:
        lines.append(("Included", agreement.included))
    for extra in paid_extras_from(agreement.paid_extras):
        lines.append(("Extra", str(extra)))
    if agreement.terms_from_attributes:
        lines.append(
            (
                "Adjusted by",
                "the customer's imported "
                + ", ".join(agreement.terms_from_attributes)
                + f" (plan {agreement.based_on_plan})",
            )
        )
    if agreement.notes:
        lines.append(("Notes", agreement.notes))
    return lines
