"""Subscribing to status updates, confirming, leaving, and queueing updates for subscribers."""

import datetime as dt
import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone

from ownup.comms.outbox import outbox_enqueue
from ownup.errors import UserError
from ownup.incidents.models import TimelineEntry
from ownup.statuspage.models import Component, IncidentImpact, MaintenanceUpdate
from ownup.subscribers.models import Kind, SubscribeAttempt, Subscriber
from ownup.subscribers.outgoing import (
    announcement_messages,
    confirmation_email,
    incident_announcement,
    maintenance_announcement,
)
from ownup.subscribers.selectors import (
    entry_latest_public,
    subscriber_confirming,
    subscriber_leaving,
    subscribers_for_incident,
    subscribers_for_maintenance,
    subscribers_of_component,
)

RATE_WINDOW = dt.timedelta(hours=1)
_is_web_url = URLValidator(schemes=["http", "https"])


class TooManyRequests(UserError):
    """Someone asked to subscribe more often than an hour allows."""


def _attempt_key(scope: str, value: str) -> str:
    return hashlib.sha256(f"{scope}:{value}".encode()).hexdigest()


def _attempt_count(limits: list[tuple[str, int]], now: dt.datetime) -> None:
    """Count one attempt against each key, or refuse without counting if one is at its limit.

    Kept in the database so every web process shares the same count.
    """
    since = now - RATE_WINDOW
    SubscribeAttempt.objects.filter(at__lt=since).delete()
    for key, limit in limits:
        if SubscribeAttempt.objects.filter(key=key, at__gte=since).count() >= limit:
            raise TooManyRequests("too many subscribe requests: try again in an hour")
    SubscribeAttempt.objects.bulk_create(SubscribeAttempt(key=key, at=now) for key, _ in limits)


def _email_normalised(email: str) -> str:
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise UserError(f"email: '{email}' is not an address") from None
    return email


def subscription_request(
    *, email: str, components: list[Component] | None, ip: str, now: dt.datetime | None = None
) -> None:
    """Ask to follow updates (`components` None: every one); mails a link to confirm. Atomic.

    Whatever the address's state — new, waiting, confirmed, unsubscribed — the same thing
    happens: one confirmation mail, whose link sets the chosen components. So the answer
    never tells a stranger whether an address is subscribed. Refused with TooManyRequests
    beyond OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR / OWNUP_SUBSCRIBE_PER_IP_HOUR.
    """
    email = _email_normalised(email)
    now = now or timezone.now()
    with transaction.atomic():
        _attempt_count(
            [
                (_attempt_key("address", email), settings.OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR),
                (_attempt_key("ip", ip), settings.OWNUP_SUBSCRIBE_PER_IP_HOUR),
            ],
            now,
        )
        subscriber, _ = Subscriber.objects.get_or_create(
            kind=Kind.EMAIL, email=email, defaults={"created_at": now}
        )
        outbox_enqueue([confirmation_email(subscriber, components)])


def subscription_confirm(*, token: str, now: dt.datetime | None = None) -> Subscriber:
    """Follow a confirmation link: the subscriber is active with the components it names.

    Atomic; following it again changes nothing. Raises InvalidLink if forged or expired.
    """
    now = now or timezone.now()
    with transaction.atomic():
        subscriber, confirmation = subscriber_confirming(token)
        ids = confirmation.component_ids
        subscriber.all_components = ids is None
        subscriber.components.set(Component.objects.filter(pk__in=ids or []))
        subscriber.confirmed_at = subscriber.confirmed_at or now
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["all_components", "confirmed_at", "unsubscribed_at"])
    return subscriber


def subscription_end(*, token: str, now: dt.datetime | None = None) -> Subscriber:
    """Follow an unsubscribe link: nothing more is sent. Idempotent; the link never expires."""
    return subscriber_remove(subscriber=subscriber_leaving(token), now=now)


def subscriber_remove(*, subscriber: Subscriber, now: dt.datetime | None = None) -> Subscriber:
    """Stop sending to a subscriber; the row stays, so what was sent keeps its recipient."""
    if subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = now or timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return subscriber


def webhook_subscriber_add(
    *, url: str, components: list[Component] | None, now: dt.datetime | None = None
) -> Subscriber:
    """Post every matching public update to `url` as JSON. Added by staff, so active at once.

    A removed webhook with the same URL comes back with the new component choice.
    """
    url = url.strip()
    try:
        _is_web_url(url)
    except ValidationError:
        raise UserError(f"url: '{url}' is not an http(s) URL") from None
    now = now or timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            kind=Kind.WEBHOOK, url=url, defaults={"created_at": now, "confirmed_at": now}
        )
        if not created and subscriber.unsubscribed_at is None:
            raise UserError(f"url: '{url}' is already subscribed as {subscriber.reference}")
        subscriber.all_components = components is None
        subscriber.components.set(components or [])
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["all_components", "unsubscribed_at"])
    return subscriber


def update_announce(*, entry: TimelineEntry) -> int:
    """Queue a public incident update for every confirmed subscriber whose components it
    concerns. Returns how many messages were new: each subscriber gets each update once,
    however often this runs. Internal entries are never sent. Joins the caller's transaction.
    """
    if not entry.public:
        return 0
    subscribers = list(subscribers_for_incident(entry.incident))
    if not subscribers:
        return 0
    return outbox_enqueue(announcement_messages(incident_announcement(entry), subscribers))


def impact_announce(*, impact: IncidentImpact) -> int:
    """An incident newly tied to a component: its followers get its latest public update.

    So an incident opened first and tied to components a moment later still reaches them,
    and nobody who already has that update gets it again.
    """
    entry = entry_latest_public(impact.incident)
    subscribers = list(subscribers_of_component(impact.component_id))
    if entry is None or not subscribers:
        return 0
    return outbox_enqueue(announcement_messages(incident_announcement(entry), subscribers))


def maintenance_announce(*, update: MaintenanceUpdate) -> int:
    """The same for an update on planned work (all of it public), by its components."""
    subscribers = list(subscribers_for_maintenance(update.maintenance))
    if not subscribers:
        return 0
    return outbox_enqueue(announcement_messages(maintenance_announcement(update), subscribers))
