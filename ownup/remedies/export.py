"""Fulfilled remedies as CSV, for a billing system to apply."""

import csv
import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from django.db.models import QuerySet

from ownup.remedies.models import Remedy

COLUMNS = [
    "remedy",
    "incident",
    "customer",
    "customer_name",
    "customer_email",
    "kind",
    "option",
    "amount",
    "currency",
    "state",
    "fulfilled_at",
    "formula",
]


def remedies_since(remedies: QuerySet[Remedy], since: dt.date | None) -> QuerySet[Remedy]:
    """Those fulfilled (or, not yet fulfilled, created) on or after `since`."""
    if since is None:
        return remedies
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    return remedies.filter(fulfilled_at__gte=start) | remedies.filter(
        fulfilled_at__isnull=True, created_at__gte=start
    )


class Writable(Protocol):
    def write(self, text: Any, /) -> object: ...


def remedies_csv(remedies: Iterable[Remedy], out: Writable) -> int:
    """Write one row per remedy under a header; how many rows."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for r in remedies:
        writer.writerow(
            [
                r.reference,
                r.incident.reference,
                r.customer.key,
                r.customer.name,
                r.customer.email,
                r.kind,
                r.option.name,
                "" if r.amount is None else str(r.amount),
                r.currency,
                r.state,
                r.fulfilled_at.isoformat() if r.fulfilled_at else "",
                r.formula,
            ]
        )
        count += 1
    return count
