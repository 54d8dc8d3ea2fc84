import re
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from ownup.customers.models import Customer, Segment
from ownup.customers.segments import segment_member_ids
from ownup.errors import UserError
from ownup.incidents.models import Incident, Stage, TimelineEntry

REFERENCE = re.compile(r"^(?:INC-?)?(\d+)$", re.IGNORECASE)


def incident_by_reference(reference: str) -> Incident:
    """INC-7, inc-7 or 7; a one-line error for anything else or an unknown number."""
    match = REFERENCE.match(reference.strip())
    if not match:
        raise UserError(f"'{reference}' is not an incident reference like INC-7")
    try:
        return Incident.objects.get(pk=int(match.group(1)))
    except Incident.DoesNotExist:
        raise UserError(f"no incident {reference}") from None


def incidents_listed(*, include_resolved: bool = False) -> QuerySet[Incident]:
    incidents = Incident.objects.annotate(affected_count=Count("affected"))
    return incidents if include_resolved else incidents.exclude(stage=Stage.RESOLVED)


def affected_customers(incident: Incident) -> QuerySet[Customer]:
    return Customer.objects.filter(incidents__incident=incident).order_by("name", "key")


def incident_timeline(incident: Incident) -> QuerySet[TimelineEntry]:
    return incident.timeline.select_related("actor")


def public_updates(incident: Incident) -> QuerySet[TimelineEntry]:
    return incident.timeline.filter(public=True)


@dataclass(frozen=True)
class AffectedDiff:
    """Who a segment matches now but is not yet affected, and who it no longer matches."""

    joined: list[int]
    left: list[int]


def affected_diff(incident: Incident, segment: Segment) -> AffectedDiff:
    matching = set(segment_member_ids(segment.where))
    affected = set(incident.affected.values_list("customer_id", flat=True))
    from_segment = set(
        incident.affected.filter(segment=segment).values_list("customer_id", flat=True)
    )
    return AffectedDiff(joined=sorted(matching - affected), left=sorted(from_segment - matching))
