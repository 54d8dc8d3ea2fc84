from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.commands import OwnupCommand
from ownup.comms.selectors import outbox_stats
from ownup.incidents.selectors import incident_by_reference


class Command(OwnupCommand):
    help = "The outbox: how many of an incident's messages are queued, sent, retrying, failed."
    verbs: ClassVar[dict[str, str]] = {
        "stats": "Count an incident's messages by delivery state, and the possible duplicates.",
    }

    def add_stats_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident", help="the incident, e.g. INC-4")
        parser.add_argument("--json", action="store_true", help="one JSON object, for scripts")

    def handle_stats(self, **options: Any) -> None:
        stats = outbox_stats(incident_by_reference(options["incident"]))
        if options["json"]:
            self.say_json(stats)
            return
        for name, count in stats.items():
            self.say(f"{name.replace('_', ' '):<20} {count:>8}")
