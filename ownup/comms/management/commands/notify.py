from typing import Any

from django.core.management.base import CommandParser

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand
from ownup.comms.models import NoticeKind
from ownup.comms.services import notify
from ownup.incidents.selectors import incident_by_reference


class Command(OwnupCommand):
    help = "Queue an incident's notice for every affected customer not yet told; prints the batch."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--stage", required=True, choices=NoticeKind.values)
        parser.add_argument("--as", dest="actor", required=True, help="who decides to send")
        parser.add_argument(
            "--dry-run", action="store_true", help="say who would be told; queue nothing"
        )
        parser.add_argument(
            "--send-anyway",
            default="",
            metavar="REASON",
            help="send although the candor check finds something missing; kept in the audit log",
        )

    def run(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        result = notify(
            incident=incident,
            kind=options["stage"],
            actor=user_by_name(options["actor"]),
            dry_run=options["dry_run"],
            send_anyway=options["send_anyway"],
        )
        for skip in result.skipped:
            self.stderr.write(
                f"could not be told: {skip['customer']} {skip['name']}: {skip['reason']}"
            )
        if options["dry_run"]:
            self.say(
                f"dry run: would queue {result.would_queue} message(s); "
                f"{len(result.skipped)} customer(s) cannot be told by email"
            )
            return
        if result.batch is None:
            self.say(
                f"nothing to queue: every affected customer of {incident.reference} "
                "with an address was already told"
            )
            return
        self.say(f"queued {result.would_queue} message(s) for {incident.reference}")
        if result.batch.needs_approval:
            self.stderr.write(
                f"{result.batch.reference} waits for a lead's approval: "
                f"ownup batch approve {result.batch.reference} --as LEAD"
            )
        self.say(result.batch.reference)
