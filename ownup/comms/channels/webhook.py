"""A JSON POST to a URL, e.g. a chat room's incoming webhook for staff and escalation."""

import json
import urllib.error
import urllib.request

from ownup.comms.channels.base import Channel, DeliveryError
from ownup.comms.models import OutboxMessage

TIMEOUT_SECONDS = 10
TOO_MANY_REQUESTS = 429


def webhook_body(message: OutboxMessage) -> bytes:
    """The stored payload, or the text as chat services' incoming webhooks expect it."""
    payload = message.payload
    if payload is None:
        text = f"{message.subject}\n{message.body_text}" if message.subject else message.body_text
        payload = {"text": text.strip()}
    # Sorted keys: a payload signed when it was queued is sent as the same bytes, whatever
    # order the database kept its keys in.
    return json.dumps(payload, sort_keys=True).encode()


# Stored on every outbox row for email's sake; they mean nothing to a webhook receiver.
EMAIL_ONLY_HEADERS = {"to", "reply-to", "x-ownup-incident"}


def webhook_headers(message: OutboxMessage) -> dict[str, str]:
    """The message's own headers (a signature, its Message-ID), then the JSON ones."""
    own = {k: v for k, v in message.headers.items() if k.lower() not in EMAIL_ONLY_HEADERS}
    return {**own, "Content-Type": "application/json", "User-Agent": "ownup"}


class WebhookChannel(Channel):
    """2xx is delivered; 5xx, 429 and timeouts are tried again later; other 4xx fail."""

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def send(self, message: OutboxMessage) -> str:
        request = urllib.request.Request(
            message.to_address,
            data=webhook_body(message),
            method="POST",
            headers=webhook_headers(message),
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return f"{response.status} {response.reason}"
        except urllib.error.HTTPError as exc:
            permanent = exc.code < 500 and exc.code != TOO_MANY_REQUESTS
            raise DeliveryError(f"{exc.code} {exc.reason}", permanent=permanent) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise DeliveryError(f"no answer: {reason}", permanent=False) from exc
