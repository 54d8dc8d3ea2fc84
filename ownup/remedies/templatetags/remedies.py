"""{% incident_remedies incident %} for the incident page, and amounts with their currency."""

from typing import Any

from django import template
from django.utils import timezone

from ownup.incidents.models import Incident
from ownup.remedies.models import Remedy, RemedyOption, State
from ownup.remedies.selectors import (
    is_overdue,
    limit_of,
    limit_text,
    money,
    remedies_listed,
    remedy_counts,
)

register = template.Library()
SHOWN_ON_INCIDENT = 10


@register.filter
def remedy_amount(remedy: Remedy) -> str:
    return money(remedy.amount, remedy.currency)


@register.filter
def limit_for(option: RemedyOption, role: str) -> str:
    """'up to £50.00', 'any amount', 'yes' or 'no': what a role may give on its own."""
    return limit_text(limit_of(role, option), option)


@register.filter
def remedy_overdue(remedy: Remedy) -> bool:
    return is_overdue(remedy)


@register.inclusion_tag("remedies/_incident_remedies.html", takes_context=True)
def incident_remedies(context: dict[str, Any], incident: Incident) -> dict[str, Any]:
    counts = remedy_counts(incident)
    return {
        "incident": incident,
        "counts": [(State(s).label, s, n) for s, n in counts.items() if n],
        "total": sum(counts.values()),
        "remedies": list(remedies_listed(incident=incident)[:SHOWN_ON_INCIDENT]),
        "today": timezone.localdate(),
        "csrf_token": context.get("csrf_token"),
    }
