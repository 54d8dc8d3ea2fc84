from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand, parse_pairs
from ownup.customers.imports import ATTRIBUTE_TYPES, ColumnMapping, customers_import
from ownup.customers.selectors import customers_matching
from ownup.errors import UserError


class Command(OwnupCommand):
    help = "Customer data: import a file or a database query (all rows or none), list customers."
    verbs: ClassVar[dict[str, str]] = {
        "import": "Upsert customers by key from CSV/TSV, .xlsx, Parquet, JSON Lines or SQL.",
        "list": "List customers matching NAME=VALUE filters.",
    }

    def add_import_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, nargs="?", help=".csv .tsv .xlsx .parquet .jsonl")
        parser.add_argument(
            "--url", help="database instead of a file: postgres://, mysql://, sqlite:///"
        )
        parser.add_argument("--query", help="with --url: the SELECT that returns the customers")
        parser.add_argument("--source", help="name of this source (default: the file name)")
        for column in ("key", "email", "name", "phone"):
            parser.add_argument(f"--{column}", metavar="COLUMN", help=f"the {column} column")
        parser.add_argument(
            "--type",
            action="append",
            default=[],
            metavar="COLUMN=TYPE",
            help=f"declare an attribute's type ({', '.join(ATTRIBUTE_TYPES)}); "
            "cells that don't fit are bad rows",
        )
        parser.add_argument("--list", dest="list_name", help="record everyone in it on this list")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="delete customers no longer in the source (never anyone we wrote to "
            "or who is affected by an incident)",
        )
        parser.add_argument("--skip-bad-rows", action="store_true", help="import the good rows")
        parser.add_argument("--as", dest="actor")
        parser.add_argument("--json", action="store_true")

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--match", action="append", default=[], metavar="NAME=VALUE")
        parser.add_argument("--count", action="store_true", help="print only the count")

    def handle_import(self, **options: Any) -> None:
        if (options["file"] is None) == (options["url"] is None):
            raise UserError("give a FILE or --url URL --query SELECT, not both")
        if options["url"] and not options["query"]:
            raise UserError("--query: give the SELECT that returns the customers")
        with self.progress() as bar:
            task = bar.add_task("importing", total=None)
            report = customers_import(
                path=options["file"],
                url=options["url"],
                query=options["query"],
                source_name=options["source"],
                mapping=ColumnMapping(
                    key=options["key"],
                    email=options["email"],
                    name=options["name"],
                    phone=options["phone"],
                ),
                types=parse_pairs(options["type"], option="--type"),
                list_name=options["list_name"],
                prune=options["prune"],
                skip_bad_rows=options["skip_bad_rows"],
                imported_by=user_by_name(options["actor"]) if options["actor"] else None,
                on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        summary = {
            "source": report.source,
            "added": report.added,
            "changed": report.changed,
            "unchanged": report.unchanged,
            "missing_from_source": report.missing_from_source,
            "pruned": report.pruned,
            "skipped_rows": report.skipped_rows,
            "attribute_types": report.attribute_types,
            "problems": [str(p) for p in report.problems],
        }
        if options["json"]:
            self.say_json(summary)
            return
        for problem in report.problems:
            self.stderr.write(f"skipped: {problem}")
        self.say(
            f"{report.source}: {report.added} added, {report.changed} changed, "
            f"{report.unchanged} unchanged, {report.missing_from_source} no longer in the source"
            + (f", {report.pruned} pruned" if report.pruned else "")
            + (f", {report.skipped_rows} bad rows skipped" if report.skipped_rows else "")
        )

    def handle_list(self, **options: Any) -> None:
        customers = customers_matching(parse_pairs(options["match"], option="--match"))
        if options["count"]:
            self.say(str(customers.count()))
            return
        for c in customers.iterator():
            self.say(f"{c.key:<12} {c.name:<30} {c.email}")
