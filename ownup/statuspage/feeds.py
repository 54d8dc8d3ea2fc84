"""Atom and RSS feeds of incidents and maintenance, through Django's syndication framework."""

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed

from ownup.incidents.models import Incident, TimelineEntry
from ownup.statuspage.models import Maintenance
from ownup.statuspage.selectors import public_incidents, public_maintenances

FEED_ITEMS = 50


@dataclass(frozen=True)
class Entry:
    title: str
    body: str
    link: str
    published: dt.datetime
    updated: dt.datetime


class PublicReader(HttpRequest):
    """The request a feed is rendered for: any reader of the public address.

    Feeds are rendered once per change and served to everyone, so nothing in them may come
    from the request that happened to ask first.
    """

    def __init__(self) -> None:
        super().__init__()
        url = urlsplit(settings.OWNUP_STATUSPAGE_URL)
        self.host = url.netloc
        self.secure = url.scheme == "https"
        self.path = url.path

    def get_host(self) -> str:
        return self.host

    def is_secure(self) -> bool:
        return self.secure


def _incident_entry(incident: Incident, base: str) -> Entry:
    updates: list[TimelineEntry] = incident.public_updates  # type: ignore[attr-defined]
    body = "\n\n".join(
        f"{u.get_stage_display()} ({u.at:%Y-%m-%d %H:%M} UTC): {u.body}" for u in updates
    )
    return Entry(
        title=incident.public_name,
        body=body,
        link=f"{base}/incidents/{incident.public_id}/",
        published=incident.opened_at,
        updated=max([u.at for u in updates], default=incident.opened_at),
    )


def _maintenance_entry(maintenance: Maintenance, base: str) -> Entry:
    when = (
        f"Scheduled {maintenance.scheduled_for:%Y-%m-%d %H:%M} "
        f"to {maintenance.scheduled_until:%Y-%m-%d %H:%M} UTC."
    )
    updates = "\n\n".join(
        f"{u.get_status_display()} ({u.at:%Y-%m-%d %H:%M} UTC): {u.body}"
        for u in maintenance.updates.all()
    )
    return Entry(
        title=f"Maintenance: {maintenance.title}",
        body=f"{when}\n\n{maintenance.body}\n\n{updates}".strip(),
        link=f"{base}/maintenance/{maintenance.public_id}/",
        published=maintenance.created_at,
        updated=maintenance.updated_at,
    )


class AtomFeed(Feed):  # type: ignore[type-arg]
    feed_type: type[SyndicationFeed] = Atom1Feed
    description = "Incidents and maintenance"

    def title(self) -> str:
        return f"{settings.OWNUP_STATUSPAGE_NAME}: incidents and maintenance"

    def link(self) -> str:
        return f"{settings.OWNUP_STATUSPAGE_URL.rstrip('/')}/"

    def feed_url(self) -> str:
        suffix = "feed.atom" if self.feed_type is Atom1Feed else "feed.rss"
        return f"{settings.OWNUP_STATUSPAGE_URL.rstrip('/')}/{suffix}"

    def items(self) -> list[Entry]:
        base = settings.OWNUP_STATUSPAGE_URL.rstrip("/")
        entries = [_incident_entry(i, base) for i in public_incidents()[:FEED_ITEMS]]
        entries += [_maintenance_entry(m, base) for m in public_maintenances()[:FEED_ITEMS]]
        return sorted(entries, key=lambda e: e.updated, reverse=True)[:FEED_ITEMS]

    def item_title(self, item: Entry) -> str:
        return item.title

    def item_description(self, item: Entry) -> str:
        return item.body

    def item_link(self, item: Entry) -> str:
        return item.link

    def item_guid(self, item: Entry) -> str:
        return item.link

    def item_pubdate(self, item: Entry) -> dt.datetime:
        return item.published

    def item_updateddate(self, item: Entry) -> dt.datetime:
        return item.updated


class RssFeed(AtomFeed):
    feed_type = Rss201rev2Feed


def feed_bytes(feed: Feed) -> bytes:  # type: ignore[type-arg]
    generator = feed.get_feed(None, PublicReader())
    return generator.writeString("utf-8").encode()
