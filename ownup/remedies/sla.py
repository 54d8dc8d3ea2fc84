"""SLA credits, computed not guessed: what each affected customer is owed, and why.

The downtime is the incident's own impacts on the status page components, counted the way the
uptime bars count it (a major outage fully, a partial outage at 30 %, overlaps once), in each
UTC calendar month it touched. The promise and the credit tiers come from the customer's
agreement in force when it began; the credit is a share of their monthly fee for each month
that fell below the promise.
"""

import calendar
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.db.models.fields.json import KT
from django.utils import timezone

from ownup.agreements.models import Agreement
from ownup.agreements.services import agreement_for
from ownup.customers.models import Customer
from ownup.incidents.models import Incident
from ownup.remedies.selectors import money
from ownup.statuspage.models import ComponentStatus, IncidentImpact
from ownup.statuspage.selectors import downtime_seconds

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Terms:
    """The part of an agreement a credit depends on."""

    availability_percent: Decimal | None
    # [{"below": 99.9, "percent": 10}, …]: that share of the monthly fee when the month's
    # availability is below `below`.
    credit_tiers: Sequence[Mapping[str, object]]
    currency: str = "GBP"


@dataclass(frozen=True)
class CreditOwed:
    customer_id: int
    customer_key: str
    customer_name: str
    amount: Decimal
    currency: str
    percent: Decimal
    availability: Decimal
    formula: str


def duration_text(seconds: float) -> str:
    """'2 h 01 min', '45 min', '0 min'."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def percent_text(value: Decimal) -> str:
    """99.72%, 99.9%, 100%: two places at most, no trailing zeros."""
    text = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def credit_percent(availability: Decimal, terms: Terms) -> Decimal:
    """The share of the fee owed: the largest tier whose threshold the month fell below."""
    promised = terms.availability_percent
    if promised is None or availability >= promised:
        return Decimal(0)
    owed = [
        _decimal(tier.get("percent")) or Decimal(0)
        for tier in terms.credit_tiers
        if (below := _decimal(tier.get("below"))) is not None and availability < below
    ]
    return max(owed, default=Decimal(0))


@dataclass(frozen=True)
class Month:
    start: dt.datetime
    end: dt.datetime

    @classmethod
    def of(cls, moment: dt.datetime) -> "Month":
        utc = moment.astimezone(dt.UTC)
        days = calendar.monthrange(utc.year, utc.month)[1]
        start = dt.datetime(utc.year, utc.month, 1, tzinfo=dt.UTC)
        return cls(start, start + dt.timedelta(days=days))

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()

    @property
    def name(self) -> str:
        return f"{self.start:%B %Y}"


def availability_of(down: float, month: Month) -> Decimal:
    return HUNDRED * (1 - Decimal(str(down)) / Decimal(str(month.seconds)))


def availability_text(down: float, month: Month) -> str:
    """'Availability in November 2026: 99.72% (2 h 01 min down of 720 h)'."""
    hours = round(month.seconds / 3600)
    return (
        f"Availability in {month.name}: {percent_text(availability_of(down, month))} "
        f"({duration_text(down)} down of {hours} h)"
    )


def credit_owed(
    *,
    down: float,
    month: Month,
    terms: Terms,
    monthly_fee: Decimal,
    customer_id: int = 0,
    customer_key: str = "",
    customer_name: str = "",
) -> CreditOwed | None:
    """The credit one customer is owed with its formula; None when nothing is owed. Pure."""
    availability = availability_of(down, month)
    percent = credit_percent(availability, terms)
    if not percent or monthly_fee <= 0 or terms.availability_percent is None:
        return None
    amount = (monthly_fee * percent / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)
    if amount <= 0:
        return None
    formula = (
        f"{availability_text(down, month)}; promised {percent_text(terms.availability_percent)}"
        f" → {percent_text(percent)} of {money(monthly_fee, terms.currency)} monthly fee"
        f" = {money(amount, terms.currency)}"
    )
    return CreditOwed(
        customer_id=customer_id,
        customer_key=customer_key,
        customer_name=customer_name,
        amount=amount,
        currency=terms.currency,
        percent=percent,
        availability=availability,
        formula=formula,
    )


Interval = tuple[dt.datetime, dt.datetime, ComponentStatus]


def incident_intervals(incident: Incident, now: dt.datetime) -> list[Interval]:
    """Each impact of the incident, from its start until it was lifted or the incident ended."""
    intervals = []
    for impact in IncidentImpact.objects.filter(incident=incident):
        start = impact.started_at or incident.opened_at
        end = impact.ended_at or incident.resolved_at or now
        if end > start:
            intervals.append((start, end, ComponentStatus(impact.status)))
    return intervals


def incident_downtime(
    incident: Incident, now: dt.datetime | None = None
) -> list[tuple[Month, float]]:
    """Seconds the incident's components were down in each calendar month it touched.

    Every affected customer shares the incident's components, so one figure a month serves
    them all; two components down at once count once. Months without downtime are left out.
    """
    intervals = incident_intervals(incident, now or timezone.now())
    if not intervals:
        return []
    month = Month.of(min(start for start, _, _ in intervals))
    last = max(end for _, end, _ in intervals)
    months = []
    while month.start < last:
        down = downtime_seconds(intervals, month.start, month.end)
        if down > 0:
            months.append((month, down))
        month = Month.of(month.end)
    return months


def credit_over_months(
    months: Sequence[tuple[Month, float]], *, terms: Terms, monthly_fee: Decimal
) -> CreditOwed | None:
    """The credit for each month the incident touched, added up; None when nothing is owed.

    An outage across midnight at the end of a month counts against each month's own
    availability, as an SLA measures it; the formula shows every month that owes something.
    """
    owed = [
        c
        for month, down in months
        if (c := credit_owed(down=down, month=month, terms=terms, monthly_fee=monthly_fee))
    ]
    if not owed:
        return None
    if len(owed) == 1:
        return owed[0]
    total = sum((c.amount for c in owed), Decimal(0))
    return replace(
        owed[0],
        amount=total,
        percent=max(c.percent for c in owed),
        availability=min(c.availability for c in owed),
        formula="; ".join(c.formula for c in owed) + f"; in all {money(total, terms.currency)}",
    )


TermsFor = Callable[[Customer, dt.date], Terms | None]


def agreement_terms(customer: Customer, on: dt.date) -> Terms | None:
    """The availability promise and credit tiers of the customer's agreement on that day."""
    agreement = agreement_for(customer, on=on)
    if agreement is None:
        return None
    return Terms(
        availability_percent=_decimal(agreement.availability_percent),
        credit_tiers=list(agreement.credit_tiers or []),
        currency=settings.OWNUP_REMEDY_CURRENCY,
    )


def sla_credits_compute(
    incident: Incident, *, now: dt.datetime | None = None, terms_for: TermsFor = agreement_terms
) -> list[CreditOwed]:
    """What each affected customer is owed for this incident, with the formula. Writes nothing.

    One query reads every affected customer's fee and plan; the agreement is looked up once
    per plan, and one by one for customers with terms of their own or no plan.
    """
    months = incident_downtime(incident, now)
    if not months:
        return []
    on = months[0][0].start.date()
    rows = (
        Customer.objects.filter(incidents__incident=incident)
        .annotate(fee=KT("attributes__monthly_fee"), plan=KT("attributes__plan"))
        .order_by("key")
        .values_list("id", "key", "name", "fee", "plan")
    )
    # A customer's own agreement overrides their plan's, so they are looked up one by one.
    own_terms = set(
        Agreement.objects.filter(customer__isnull=False).values_list("customer_id", flat=True)
    )
    by_plan: dict[str, Terms | None] = {}
    worked_out: dict[tuple[int, Decimal], CreditOwed | None] = {}
    owed = []
    for customer_id, key, name, fee, plan in rows.iterator(chunk_size=5000):
        monthly_fee = _decimal(fee)
        if monthly_fee is None:
            continue
        shared = bool(plan) and customer_id not in own_terms
        if shared and plan in by_plan:
            terms = by_plan[plan]
        else:
            terms = terms_for(Customer.objects.get(pk=customer_id), on)
            if shared:
                by_plan[plan] = terms
        if terms is None:
            continue
        # Customers on the same terms and fee owe the same: work it out once for them all.
        same = (id(terms), monthly_fee)
        if same not in worked_out:
            worked_out[same] = credit_over_months(months, terms=terms, monthly_fee=monthly_fee)
        credit = worked_out[same]
        if credit is not None:
            owed.append(
                replace(credit, customer_id=customer_id, customer_key=key, customer_name=name)
            )
    return owed
