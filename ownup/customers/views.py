from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers

from ownup.customers.lookup import LookupMatch, customer_lookup, customer_story
from ownup.customers.models import Customer

QUERY_MAX_LENGTH = 200


def _chosen(key: str, matches: list[LookupMatch]) -> Customer | None:
    """The customer picked from the matches, else the best match."""
    if key:
        picked = next((m.customer for m in matches if m.customer.key == key), None)
        return picked or Customer.objects.filter(key=key).first()
    return matches[0].customer if matches else None


@login_required
@vary_on_headers("HX-Request")
def customer_lookup_page(request: HttpRequest) -> HttpResponse:
    """`?q=` finds customers by email, name, phone or key; `&key=` picks one of them."""
    query = request.GET.get("q", "").strip()[:QUERY_MAX_LENGTH]
    matches = customer_lookup(query) if query else []
    chosen = _chosen(request.GET.get("key", ""), matches)
    context = {
        "query": query,
        "matches": matches,
        "chosen": chosen,
        "story": customer_story(chosen) if chosen else None,
    }
    if request.headers.get("HX-Request"):
        return render(request, "customers/lookup.html#results", context)
    return render(request, "customers/lookup.html", context)
