"""Reads: the catalogue and its limits, remedies by reference or filter, counts by state."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from jinja2.exceptions import UndefinedError

from ownup.accounts.models import Role, User
from ownup.comms.models import OutboxMessage
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.remedies.models import OPEN_STATES, Kind, Remedy, RemedyLimit, RemedyOption, State

REFERENCE = re.compile(r"^(?:R-?)?(\d+)$", re.IGNORECASE)
SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}
# The order in which a request climbs: an agent's request goes to a lead, then an admin.
ROLES_UP = (Role.AGENT, Role.LEAD, Role.ADMIN)
ARTICLE = {Role.AGENT: "an agent", Role.LEAD: "a lead", Role.ADMIN: "an admin"}


def money(amount: Decimal | None, currency: str) -> str:
    """£120.00, €5.50, or 'CHF 12.00' for a currency without a symbol here."""
    if amount is None:
        return ""
    value = f"{amount.quantize(Decimal('0.01')):,}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{symbol}{value}" if symbol else f"{currency.upper()} {value}"


def remedy_by_reference(reference: str) -> Remedy:
    """R-7, r-7 or 7; a one-line error for anything else or an unknown number."""
    match = REFERENCE.match(reference.strip())
    if not match:
        raise UserError(f"'{reference}' is not a remedy reference like R-7")
    try:
        return Remedy.objects.select_related("incident", "customer", "option", "owner").get(
            pk=int(match.group(1))
        )
    except Remedy.DoesNotExist:
        raise UserError(f"no remedy {reference}") from None


def option_for(kind: str) -> RemedyOption:
    """The active catalogue option of a kind, the first one when there are several."""
    if kind not in Kind.values:
        raise UserError(f"kind: '{kind}' is not one of {', '.join(Kind.values)}")
    option = RemedyOption.objects.filter(kind=kind, active=True).first()
    if option is None:
        raise UserError(f"kind: the catalogue has no active {Kind(kind).label.lower()} option")
    return option


def options_listed() -> QuerySet[RemedyOption]:
    return RemedyOption.objects.prefetch_related("limits")


def limit_of(role: str, option: RemedyOption) -> RemedyLimit | None:
    return next((lim for lim in option.limits.all() if lim.role == role), None)


def limit_text(limit: RemedyLimit | None, option: RemedyOption) -> str:
    if limit is None or not limit.allowed:
        return "no"
    if not option.has_amount:
        return "yes"
    return (
        "any amount"
        if limit.max_amount is None
        else f"up to {money(limit.max_amount, limit.currency)}"
    )


def _covers(limit: RemedyLimit | None, amount: Decimal | None) -> bool:
    if limit is None or not limit.allowed:
        return False
    return limit.max_amount is None or amount is None or amount <= limit.max_amount


@dataclass(frozen=True)
class LimitCheck:
    allowed: bool
    problem: str = ""  # why not, naming the limit and who can


def limit_check(user: User, option: RemedyOption, amount: Decimal | None) -> LimitCheck:
    """May `user` give this on their own? If not, the sentence that says whose it is."""
    limit = limit_of(user.role, option)
    if _covers(limit, amount):
        return LimitCheck(allowed=True)
    above = ROLES_UP[ROLES_UP.index(Role(user.role)) + 1 :] if user.role in ROLES_UP else ()
    who = next((r for r in above if _covers(limit_of(r, option), amount)), None)
    needs = f"needs {ARTICLE[who]}" if who else "is beyond every role's limit"
    kind = option.get_kind_display().lower()
    role = ARTICLE[Role(user.role)]
    if limit is not None and limit.allowed and limit.max_amount is not None and amount:
        return LimitCheck(
            allowed=False,
            problem=f"Your limit as {role} for a {kind} is "
            f"{money(limit.max_amount, limit.currency)}; "
            f"{money(amount, limit.currency)} {needs}",
        )
    return LimitCheck(
        allowed=False, problem=f"As {role} you cannot give a {kind} alone; it {needs}"
    )


def remedies_listed(
    *,
    incident: Incident | None = None,
    state: str | None = None,
    overdue: bool = False,
    today: dt.date | None = None,
) -> QuerySet[Remedy]:
    remedies = Remedy.objects.select_related("incident", "customer", "option", "owner")
    if incident is not None:
        remedies = remedies.filter(incident=incident)
    if state:
        if state not in State.values:
            raise UserError(f"state: '{state}' is not one of {', '.join(State.values)}")
        remedies = remedies.filter(state=state)
    if overdue:
        remedies = remedies.filter(overdue_q(today or timezone.localdate()))
    return remedies


def overdue_q(today: dt.date) -> Q:
    """Past its due date and still not fulfilled (nor declined, which ends it)."""
    return Q(due_on__lt=today, state__in=OPEN_STATES)


def is_overdue(remedy: Remedy, today: dt.date | None = None) -> bool:
    today = today or timezone.localdate()
    return remedy.due_on is not None and remedy.due_on < today and remedy.state in OPEN_STATES


def remedy_counts(incident: Incident) -> dict[str, int]:
    """How many of the incident's remedies are in each state, every state listed."""
    counted = dict(
        Remedy.objects.filter(incident=incident)
        .values_list("state")
        .annotate(n=Count("id"))
        .values_list("state", "n")
    )
    return {state: counted.get(state, 0) for state in State.values}


# Which of a customer's remedies a notice tells them of: the largest amount, then the newest.
MESSAGE_ORDER = (F("amount").desc(nulls_last=True), F("id").desc())


def remedy_for_message(*, customer_id: int, incident_id: int) -> Remedy | None:
    """The remedy a notice to this customer about this incident offers, if any: their money
    remedy first, else their most recent one that is not declined."""
    remedies = Remedy.objects.filter(incident_id=incident_id, customer_id=customer_id).exclude(
        state=State.DECLINED
    )
    return remedies.order_by(*MESSAGE_ORDER).first()


def customers_offered_alone(incident: Incident) -> set[int]:
    """Customers whose remedy a notice would offer (as `remedy_for_message` picks it) was
    already offered in a message of its own: the remedy notice would tell them a second time."""
    offers = OutboxMessage.objects.filter(
        incident=incident, topic__startswith="remedy-offer:", customer__isnull=False
    ).values_list("customer_id", "topic")
    told: set[int] = set()
    for customer_id, topic in offers:
        picked = remedy_for_message(customer_id=customer_id, incident_id=incident.pk)
        if picked is not None and topic == f"remedy-offer:{picked.pk}":
            told.add(customer_id)
    return told


def remedies_in_messages(*, incident_id: int, customer_ids: list[int]) -> list[int]:
    """The remedy each of these customers' notices offered (as `remedy_for_message` picks
    it), where it is approved and so now becomes offered."""
    picked: dict[int, tuple[int, str]] = {}
    for start in range(0, len(customer_ids), 2000):
        rows = (
            Remedy.objects.filter(
                incident_id=incident_id, customer_id__in=customer_ids[start : start + 2000]
            )
            .exclude(state=State.DECLINED)
            .order_by("customer_id", *MESSAGE_ORDER)
            .values_list("customer_id", "id", "state")
        )
        for customer_id, remedy_id, state in rows:
            picked.setdefault(customer_id, (remedy_id, state))
    return [remedy_id for remedy_id, state in picked.values() if state == State.APPROVED]


class NoRemedy:
    """Stands in for a customer without a remedy: false in `{% if remedy %}`, and reading
    from it says which customer has none rather than 'there is no field amount'."""

    def __init__(self, customer_id: int, incident_id: int) -> None:
        self.customer_id, self.incident_id = customer_id, incident_id

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return ""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        key = Customer.objects.filter(pk=self.customer_id).values_list("key", flat=True).first()
        raise UndefinedError(
            f"{key} has no remedy for INC-{self.incident_id}; "
            "put what you say about it inside {% if remedy %} … {% endif %}"
        )


def remedy_context(*, customer_id: int, incident_id: int) -> dict[str, object] | NoRemedy:
    """What a notice may say about the customer's own remedy: `{{ remedy.amount }}` reads
    '£20.00'. False when they have none, so `{% if remedy %}` works in a template."""
    remedy = remedy_for_message(customer_id=customer_id, incident_id=incident_id)
    if remedy is None:
        return NoRemedy(customer_id, incident_id)
    return {
        "reference": remedy.reference,
        "kind": remedy.get_kind_display(),
        "name": remedy.option.name,
        "description": remedy.option.description,
        "amount": money(remedy.amount, remedy.currency),
        "value": "" if remedy.amount is None else str(remedy.amount),
        "currency": remedy.currency,
        "formula": remedy.formula,
    }
