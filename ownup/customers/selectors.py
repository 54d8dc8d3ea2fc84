import datetime as dt

from django.db.models import Count, Max, Q, QuerySet

from ownup.customers.models import Customer, ListMembership
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


def customers_signature() -> tuple[int, dt.datetime | None, int, dt.datetime | None]:
    """Changes whenever customer data or list membership does: for caches kept beside the DB."""
    customers = Customer.objects.aggregate(n=Count("pk"), at=Max("updated_at"))
    members = ListMembership.objects.aggregate(n=Count("pk"), at=Max("added_at"))
    return customers["n"], customers["at"], members["n"], members["at"]
