from django.db.models import Max, Q, QuerySet

from ownup.customers.models import Customer, CustomerImport, ListMembership
from ownup.customers.values import typed_value

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


def customers_signature() -> tuple[object, ...]:
    """Changes whenever customer data or list membership does: for caches kept beside the DB.

    Index-only lookups (no count over a million rows); a deletion outside an import is the one
    change it misses until the next write.
    """
    customers = Customer.objects.aggregate(last_id=Max("pk"), at=Max("updated_at"))
    members = ListMembership.objects.aggregate(last_id=Max("pk"))
    last_import = CustomerImport.objects.aggregate(last_id=Max("pk"))
    return (
        customers["last_id"],
        customers["at"],
        members["last_id"],
        last_import["last_id"],
    )
