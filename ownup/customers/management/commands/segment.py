import csv
import json
from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand
from ownup.customers.models import Segment
from ownup.customers.segments import segment_by_name, segment_count, segment_page, segment_rows
from ownup.customers.services import segment_save
from ownup.errors import UserError

LIST_SIZE = 50


class Command(OwnupCommand):
    help = "Segments: count, list or export customers matching a SQL condition; save it by name."
    verbs: ClassVar[dict[str, str]] = {
        "save": "Save a condition as a named segment.",
        "list": "List saved segments with their current counts.",
    }
    verb_required = False

    def add_default_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group()
        which.add_argument(
            "--where",
            help="SQL condition over the customer columns, "
            "e.g. \"plan = 'pro' AND monthly_fee > 10 AND list_contains(lists, 'newsletter')\"",
        )
        which.add_argument("--segment", help="a saved segment's name")
        out = parser.add_mutually_exclusive_group()
        out.add_argument("--count", action="store_true", help="print only the count")
        out.add_argument("--csv", type=Path, metavar="FILE", help="write every member to FILE")

    def add_save_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--where", required=True)
        parser.add_argument("--as", dest="actor")

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def run(self, **options: Any) -> None:
        if options["segment"]:
            where = segment_by_name(options["segment"]).where
        elif options["where"]:
            where = options["where"]
        else:
            raise UserError("give --where CONDITION or --segment NAME")
        if options["count"]:
            self.say(str(segment_count(where)))
            return
        if options["csv"]:
            self.say(
                f"{self._export(where, options['csv'])} customer(s) written to {options['csv']}"
            )
            return
        page = segment_page(where, page=1, size=LIST_SIZE)
        for c in page.customers:
            self.say(f"{c.key:<12} {c.name:<30} {c.email}")
        more = page.count - len(page.customers)
        if more > 0:
            self.say(f"… and {more} more (--csv FILE for all of them)")
        self.say(str(page.count))

    def _export(self, where: str, target: Path) -> int:
        header, rows = segment_rows(where)
        written = 0
        try:
            with target.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(header)
                for row in rows:
                    writer.writerow(["; ".join(v) if isinstance(v, list) else v for v in row])
                    written += 1
        except OSError as exc:
            raise UserError(f"--csv: {exc.strerror}: {target}") from None
        return written

    def handle_save(self, **options: Any) -> None:
        actor = user_by_name(options["actor"]) if options["actor"] else None
        segment = segment_save(name=options["name"], where=options["where"], actor=actor)
        self.say(f"saved segment '{segment.name}': {segment_count(segment.where)} customer(s) now")

    def handle_list(self, **options: Any) -> None:
        rows = [
            {"name": s.name, "where": s.where, "count": segment_count(s.where)}
            for s in Segment.objects.all()
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows, indent=2))
            return
        for row in rows:
            self.say(f"{row['name']:<24} {row['count']:>8}  {row['where']}")
