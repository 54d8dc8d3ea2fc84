"""What subscribers receive: the confirmation mail, and each public update by mail or webhook.

Only public text goes in: the incident's title, its public updates and component statuses.
"""

import uuid
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from ownup.comms.models import Channel
from ownup.comms.outbox import Outgoing
from ownup.incidents.models import Incident, TimelineEntry
from ownup.statuspage.api import V2
from ownup.statuspage.models import Component
from ownup.statuspage.publishing import page_state
from ownup.statuspage.selectors import public_incident, status_page
from ownup.subscribers.models import Kind, Subscriber
from ownup.subscribers.tokens import confirm_token, unsubscribe_token


def public_url(name: str, *args: str) -> str:
    return settings.OWNUP_PUBLIC_URL + reverse(name, args=args)


def unsubscribe_url(subscriber: Subscriber) -> str:
    token = unsubscribe_token(subscriber_id=subscriber.pk, created_at=subscriber.created_at)
    return public_url("subscribers:unsubscribe", token)


def _list_headers(subscriber: Subscriber) -> dict[str, str]:
    # RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL.
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(subscriber)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _email(
    subscriber: Subscriber,
    *,
    topic: str,
    template: str,
    context: dict[str, Any],
    incident: Incident | None = None,
) -> Outgoing:
    context = {
        **context,
        "page_url": public_url("statuspage:page"),
        "unsubscribe_url": unsubscribe_url(subscriber),
    }
    return Outgoing(
        topic=topic,
        recipient=subscriber.recipient,
        channel=Channel.EMAIL,
        to_address=subscriber.email,
        subject=render_to_string(f"subscribers/email/{template}_subject.txt", context).strip(),
        body_text=render_to_string(f"subscribers/email/{template}.txt", context),
        body_html=render_to_string(f"subscribers/email/{template}.html", context),
        headers=_list_headers(subscriber),
        incident=incident,
    )


def confirmation_email(subscriber: Subscriber, components: list[Component] | None) -> Outgoing:
    """The double opt-in mail; each request gets its own, so a re-send is not swallowed."""
    token = confirm_token(
        subscriber_id=subscriber.pk,
        created_at=subscriber.created_at,
        components=None if components is None else [c.pk for c in components],
    )
    return _email(
        subscriber,
        topic=f"subscription-confirm:{uuid.uuid4().hex}",
        template="confirm",
        context={
            "confirm_url": public_url("subscribers:confirm", token),
            "components": components,
            "days": settings.OWNUP_SUBSCRIBE_TOKEN_DAYS,
        },
    )


def update_topic(entry: TimelineEntry) -> str:
    return f"status-update:{entry.pk}"


def update_documents(entry: TimelineEntry) -> tuple[dict[str, Any], dict[str, Any]]:
    """The page and the incident as the Statuspage v2 API shows them right now."""
    state = page_state()
    view = status_page()
    incident = public_incident(entry.incident.public_id) or entry.incident
    v2 = V2(state, view, [incident])
    page = {
        "id": state.public_id,
        "status_indicator": view.indicator,
        "status_description": view.description,
    }
    return page, v2.incident(incident)


def update_messages(entry: TimelineEntry, subscribers: list[Subscriber]) -> list[Outgoing]:
    """One message per subscriber for a public update, in the shape Statuspage webhooks use."""
    incident = entry.incident
    page, incident_json = update_documents(entry)
    stage = entry.get_stage_display()
    context = {
        "name": incident.public_name,
        "entry": entry,
        "stage": stage,
        "incident_url": incident_json["shortlink"],
    }
    messages = []
    for subscriber in subscribers:
        if subscriber.kind == Kind.EMAIL:
            messages.append(
                _email(
                    subscriber,
                    topic=update_topic(entry),
                    template="update",
                    context=context,
                    incident=incident,
                )
            )
            continue
        messages.append(
            Outgoing(
                topic=update_topic(entry),
                recipient=subscriber.recipient,
                channel=Channel.WEBHOOK,
                to_address=subscriber.url,
                subject=f"{incident.public_name}: {stage}",
                body_text=entry.body,
                payload={
                    "meta": {"unsubscribe": unsubscribe_url(subscriber)},
                    "page": page,
                    "incident": incident_json,
                },
                incident=incident,
            )
        )
    return messages
