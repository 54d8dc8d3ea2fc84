from django.db.models import Q, QuerySet

from ownup.errors import UserError
from ownup.incidents.models import Incident, TimelineEntry
from ownup.statuspage.models import Maintenance
from ownup.subscribers.models import Kind, Subscriber
from ownup.subscribers.tokens import (
    Confirmation,
    InvalidLink,
    confirm_token_read,
    stamp_matches,
    unsubscribe_token_read,
)


def subscribers_active() -> QuerySet[Subscriber]:
    return Subscriber.objects.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


def subscribers_following(component_ids: list[int]) -> QuerySet[Subscriber]:
    """Confirmed subscribers who follow every component, or any of these.

    News tied to no component reaches only those who follow everything; the others hear of
    an incident once it is tied to a component of theirs (see impact_announce).
    """
    active = subscribers_active()
    matching = Q(all_components=True) | Q(components__in=component_ids)
    return active.filter(pk__in=active.filter(matching).values("pk"))


def subscribers_for_incident(incident: Incident) -> QuerySet[Subscriber]:
    return subscribers_following(list(incident.impacts.values_list("component_id", flat=True)))


def subscribers_for_maintenance(maintenance: Maintenance) -> QuerySet[Subscriber]:
    return subscribers_following(list(maintenance.components.values_list("pk", flat=True)))


def subscribers_of_component(component_id: int) -> QuerySet[Subscriber]:
    """Confirmed subscribers who chose this component by name."""
    return subscribers_active().filter(all_components=False, components=component_id)


def entry_latest_public(incident: Incident) -> TimelineEntry | None:
    return incident.timeline.filter(public=True).order_by("-at", "-id").first()


def subscribers_listed(*, include_removed: bool = False) -> QuerySet[Subscriber]:
    listed = Subscriber.objects.prefetch_related("components")
    return listed if include_removed else listed.filter(unsubscribed_at__isnull=True)


def subscriber_by_reference(reference: str) -> Subscriber:
    """A subscriber by S-7, 7, its email address or its webhook URL."""
    text = reference.strip()
    number = text.upper().removeprefix("S-")
    if number.isdigit():
        found = Subscriber.objects.filter(pk=int(number)).first()
    else:
        found = Subscriber.objects.filter(Q(email=text.lower()) | Q(url=text)).first()
    if found is None:
        raise UserError(f"subscriber: no subscriber '{reference}'")
    return found


def _linked(subscriber_id: int, stamp: int, problem: str) -> Subscriber:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or not stamp_matches(subscriber.created_at, stamp):
        raise InvalidLink(problem)
    return subscriber


def subscriber_confirming(token: str) -> tuple[Subscriber, Confirmation]:
    """Whom a confirmation link is for and what it sets; InvalidLink if forged or expired."""
    confirmation = confirm_token_read(token)
    subscriber = _linked(
        confirmation.subscriber_id, confirmation.created, "this confirmation link is not valid"
    )
    if subscriber.kind != Kind.EMAIL:
        raise InvalidLink("this confirmation link is not valid")
    return subscriber, confirmation


def subscriber_leaving(token: str) -> Subscriber:
    """Whom an unsubscribe link is for; InvalidLink if it was forged or mangled."""
    subscriber_id, stamp = unsubscribe_token_read(token)
    return _linked(subscriber_id, stamp, "this unsubscribe link is not valid")
