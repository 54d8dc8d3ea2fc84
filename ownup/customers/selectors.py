from django.db.models import Q, QuerySet

from ownup.customers.models import Customer
from ownup.customers.services import typed_value

RECORD_FIELDS = ("key", "name", "email", "phone")


def customers_matching(filters: dict[str, str]) -> QuerySet[Customer]:
    """Customers whose fields or attributes equal every given value (server=web3, plan=pro)."""
    condition = Q()
    for name, text in filters.items():
        if name in RECORD_FIELDS:
            condition &= Q(**{name: text})
        else:
            condition &= Q(**{f"attributes__{name}": typed_value(text)})
    return Customer.objects.filter(condition)
