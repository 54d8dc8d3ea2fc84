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
    # One aggregate a query: SQLite reads a lone MAX() off the index, two at once scan the table.
    return (
        Customer.objects.aggregate(v=Max("pk"))["v"],
        Customer.objects.aggregate(v=Max("updated_at"))["v"],
        ListMembership.objects.aggregate(v=Max("pk"))["v"],
        CustomerImport.objects.aggregate(v=Max("pk"))["v"],
    )
