from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.commands import OwnupCommand
from ownup.statuspage.services import component_by_name
from ownup.subscribers.models import Subscriber
from ownup.subscribers.selectors import subscriber_by_reference, subscribers_listed
from ownup.subscribers.services import subscriber_remove, webhook_subscriber_add


def _state(subscriber: Subscriber) -> str:
    if subscriber.unsubscribed_at:
        return "unsubscribed"
    return "confirmed" if subscriber.confirmed_at else "waiting"


def _components(subscriber: Subscriber) -> list[str]:
    return [] if subscriber.all_components else [c.name for c in subscriber.components.all()]


class Command(OwnupCommand):
    help = "Status page subscribers: list them, add a webhook, remove one."
    verbs: ClassVar[dict[str, str]] = {
        "list": "List subscribers (--all for unsubscribed ones too).",
        "add-webhook": "Post public updates as JSON to a URL; prints its reference (S-7).",
        "remove": "Stop sending to a subscriber (S-7, an email address or a webhook URL).",
    }

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="include unsubscribed ones")
        parser.add_argument("--json", action="store_true")

    def add_add_webhook_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument(
            "--component",
            action="append",
            default=[],
            metavar="NAME",
            help="only updates about this component (repeat for more; none: every one)",
        )

    def add_remove_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("subscriber", help="S-7, an email address or a webhook URL")

    def handle_list(self, **options: Any) -> None:
        rows = [
            {
                "reference": s.reference,
                "kind": s.kind,
                "address": s.address,
                "state": _state(s),
                "components": _components(s),
                "created_at": s.created_at.isoformat(),
            }
            for s in subscribers_listed(include_removed=options["all"])
        ]
        if options["json"]:
            self.say_json(rows)
            return
        if not rows:
            self.say("no subscribers")
        for r in rows:
            which = ", ".join(r["components"]) or "every component"
            self.say(
                f"{r['reference']:<7} {r['kind']:<8} {r['state']:<13} {r['address']}  ({which})"
            )

    def handle_add_webhook(self, **options: Any) -> None:
        components = [component_by_name(name) for name in options["component"]] or None
        subscriber = webhook_subscriber_add(url=options["url"], components=components)
        which = ", ".join(c.name for c in components) if components else "every component"
        self.say(f"added webhook {subscriber.url} ({which})")
        self.say(subscriber.reference)

    def handle_remove(self, **options: Any) -> None:
        subscriber = subscriber_by_reference(options["subscriber"])
        subscriber_remove(subscriber=subscriber, now=timezone.now())
        self.say(f"{subscriber.reference} {subscriber.address} will receive nothing more")
