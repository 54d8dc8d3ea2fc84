"""What subscribers receive: the confirmation mail, and each public update by mail or webhook.

Only public text goes in: the name an incident or maintenance has in public, its public
updates, and component statuses, as the status page and its v2 API show them.
"""

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from ownup.comms.models import Channel
from ownup.comms.outbox import Outgoing
from ownup.incidents.models import Incident, TimelineEntry
from ownup.statuspage.api import V2
from ownup.statuspage.models import Component, MaintenanceUpdate
from ownup.statuspage.publishing import page_state
from ownup.statuspage.selectors import public_incident, public_maintenance, status_page
from ownup.subscribers.models import Kind, Subscriber
from ownup.subscribers.tokens import confirm_token, unsubscribe_token


def public_url(name: str, *args: str) -> str:
    return settings.OWNUP_PUBLIC_URL + reverse(name, args=args)


def unsubscribe_url(subscriber: Subscriber) -> str:
    token = unsubscribe_token(subscriber_id=subscriber.pk, created_at=subscriber.created_at)
    return public_url("subscribers:unsubscribe", token)


# Stands in for each subscriber's own unsubscribe link, so a mail is rendered once per update
# rather than once per subscriber; no template or public text writes it.
LINK_MARK = "%%ownup-unsubscribe-link%%"


@dataclass(frozen=True)
class Letter:
    """A mail rendered once; each subscriber's copy differs only in its unsubscribe link."""

    subject: str
    text: str
    html: str

    def to(self, subscriber: Subscriber, *, topic: str, incident: Incident | None) -> Outgoing:
        link = unsubscribe_url(subscriber)
        return Outgoing(
            topic=topic,
            recipient=subscriber.recipient,
            channel=Channel.EMAIL,
            to_address=subscriber.email,
            subject=self.subject,
            body_text=self.text.replace(LINK_MARK, link),
            body_html=self.html.replace(LINK_MARK, escape(link)),
            # RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL.
            headers={
                "List-Unsubscribe": f"<{link}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                # The public id, not the staff's INC-7: a running number says how many we had.
                **({"X-Ownup-Incident": incident.public_id} if incident else {}),
            },
            incident=incident,
        )


def _letter(template: str, context: dict[str, Any]) -> Letter:
    context = {**context, "page_url": public_url("statuspage:page"), "unsubscribe_url": LINK_MARK}
    return Letter(
        subject=render_to_string(f"subscribers/email/{template}_subject.txt", context).strip(),
        text=render_to_string(f"subscribers/email/{template}.txt", context),
        html=render_to_string(f"subscribers/email/{template}.html", context),
    )


def confirmation_email(subscriber: Subscriber, components: list[Component] | None) -> Outgoing:
    """The double opt-in mail; each request gets its own, so a re-send is not swallowed."""
    token = confirm_token(
        subscriber_id=subscriber.pk,
        created_at=subscriber.created_at,
        components=None if components is None else [c.pk for c in components],
    )
    letter = _letter(
        "confirm",
        {
            "confirm_url": public_url("subscribers:confirm", token),
            "components": components,
            "days": settings.OWNUP_SUBSCRIBE_TOKEN_DAYS,
        },
    )
    return letter.to(subscriber, topic=f"subscription-confirm:{uuid.uuid4().hex}", incident=None)


@dataclass(frozen=True)
class Announcement:
    """A public update ready to send: the same words and document for every subscriber."""

    topic: str
    name: str  # the incident's or maintenance's public name
    stage: str
    at: dt.datetime
    body: str
    url: str  # its page on the status page
    page: dict[str, Any]
    document: dict[str, Any]  # as the v2 API shows it; maintenance is an incident there too
    window: tuple[dt.datetime, dt.datetime] | None = None  # planned work: from, until
    incident: Incident | None = None


def _v2() -> tuple[V2, dict[str, Any]]:
    """The v2 document builder for the page as it is now, and the page in webhook shape."""
    state = page_state()
    view = status_page()
    page = {
        "id": state.public_id,
        "status_indicator": view.indicator,
        "status_description": view.description,
    }
    return V2(state, view, []), page


def incident_announcement(entry: TimelineEntry) -> Announcement:
    v2, page = _v2()
    incident = public_incident(entry.incident.public_id) or entry.incident
    document = v2.incident(incident)
    return Announcement(
        topic=f"status-update:{entry.pk}",
        name=incident.public_name,
        stage=entry.get_stage_display(),
        at=entry.at,
        body=entry.body,
        url=document["shortlink"],
        page=page,
        document=document,
        incident=incident,
    )


def maintenance_announcement(update: MaintenanceUpdate) -> Announcement:
    v2, page = _v2()
    maintenance = public_maintenance(update.maintenance.public_id) or update.maintenance
    document = v2.maintenance(maintenance)
    return Announcement(
        topic=f"maintenance-update:{update.pk}",
        name=maintenance.title,
        stage=f"Maintenance {update.get_status_display().lower()}",
        at=update.at,
        body=update.body,
        url=document["shortlink"],
        page=page,
        document=document,
        window=(maintenance.scheduled_for, maintenance.scheduled_until),
    )


def announcement_messages(
    announcement: Announcement, subscribers: list[Subscriber]
) -> list[Outgoing]:
    """One message per subscriber: a mail, or the JSON body Statuspage webhooks carry."""
    subject = f"{announcement.name}: {announcement.stage}"
    letter = _letter("update", {"update": announcement, "subject": subject})
    messages = []
    for subscriber in subscribers:
        if subscriber.kind == Kind.EMAIL:
            messages.append(
                letter.to(subscriber, topic=announcement.topic, incident=announcement.incident)
            )
            continue
        messages.append(
            Outgoing(
                topic=announcement.topic,
                recipient=subscriber.recipient,
                channel=Channel.WEBHOOK,
                to_address=subscriber.url,
                subject=subject,
                body_text=announcement.body,
                payload={
                    "meta": {"unsubscribe": unsubscribe_url(subscriber)},
                    "page": announcement.page,
                    "incident": announcement.document,
                },
                incident=announcement.incident,
            )
        )
    return messages
