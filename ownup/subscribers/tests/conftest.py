"""Subscribers' fixtures: components to follow, subscribers in each state, a webhook receiver."""

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

import pytest
from django.utils import timezone

from ownup.statuspage.models import Component
from ownup.subscribers.models import Kind, Subscriber


@pytest.fixture
def websites(db: None) -> Component:
    return Component.objects.create(name="Websites", position=0)


@pytest.fixture
def mailboxes(db: None) -> Component:
    return Component.objects.create(name="Mailboxes", position=1)


class SubscriberBuilder(Protocol):
    def __call__(
        self, email: str, *components: Component, confirmed: bool = True
    ) -> Subscriber: ...


@pytest.fixture
def make_subscriber(db: None) -> SubscriberBuilder:
    """An email subscriber straight into the database, confirmed unless told otherwise."""

    def build(email: str, *components: Component, confirmed: bool = True) -> Subscriber:
        now = timezone.now()
        subscriber = Subscriber.objects.create(
            kind=Kind.EMAIL,
            email=email,
            all_components=not components,
            created_at=now,
            confirmed_at=now if confirmed else None,
        )
        subscriber.components.set(components)
        return subscriber

    return build


@dataclass
class WebhookReceiver:
    url: str
    posts: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    """A small HTTP server on loopback that answers 204 and keeps every JSON body posted."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(
                {
                    "path": self.path,
                    "content_type": self.headers["Content-Type"],
                    "json": json.loads(self.rfile.read(length)),
                }
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep the test output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield WebhookReceiver(url=f"http://127.0.0.1:{server.server_port}/hook", posts=received)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
