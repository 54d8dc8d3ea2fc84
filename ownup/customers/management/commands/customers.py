from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.commands import OwnupCommand, parse_pairs
from ownup.customers.selectors import customers_matching
from ownup.customers.services import customers_import


class Command(OwnupCommand):
    help = "Customer data: import a CSV file, count or list customers."
    verbs: ClassVar[dict[str, str]] = {
        "import": "Upsert customers from a CSV file by key; all rows or none.",
        "list": "List customers matching NAME=VALUE filters.",
    }

    def add_import_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", help="name of this source (default: the file name)")
        parser.add_argument("--json", action="store_true")

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--match", action="append", default=[], metavar="NAME=VALUE")
        parser.add_argument("--count", action="store_true", help="print only the count")

    def handle_import(self, **options: Any) -> None:
        with self.progress() as bar:
            task = bar.add_task("importing", total=None)
            report = customers_import(
                path=options["file"],
                source=options["source"],
                on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        summary = {
            "source": report.source,
            "added": report.added,
            "changed": report.changed,
            "unchanged": report.unchanged,
            "missing_from_source": report.missing_from_source,
        }
        if options["json"]:
            self.say_json(summary)
            return
        self.say(
            f"{report.source}: {report.added} added, {report.changed} changed, "
            f"{report.unchanged} unchanged, {report.missing_from_source} no longer in the source"
        )

    def handle_list(self, **options: Any) -> None:
        customers = customers_matching(parse_pairs(options["match"], option="--match"))
        if options["count"]:
            self.say(str(customers.count()))
            return
        for c in customers.iterator():
            self.say(f"{c.key:<12} {c.name:<30} {c.email}")
