from typing import Any

from django import template
from django.utils import timezone

from ownup.agreements.selectors import terms_lines
from ownup.agreements.services import agreement_for
from ownup.customers.models import Customer

register = template.Library()


@register.inclusion_tag("agreements/customer_agreement.html")
def customer_agreement(customer: Customer) -> dict[str, Any]:
    """The terms that apply to this customer today, for the customer lookup page."""
    agreement = agreement_for(customer, on=timezone.localdate())
    return {
        "agreement": agreement,
        "lines": terms_lines(agreement) if agreement else [],
        "plan": (customer.attributes or {}).get("plan", ""),
    }
