from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand, parse_pairs
from ownup.comms.models import NoticeKind
from ownup.comms.rendering import SLOT_LABELS, slots_used
from ownup.comms.services import (
    notice_current,
    notice_draft,
    notice_missing_slots,
    notice_preview,
    template_for,
)
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.selectors import affected_customers, incident_by_reference


class Command(OwnupCommand):
    help = "Notices: draft one from a template, fill its slots, preview it for a customer."
    verbs: ClassVar[dict[str, str]] = {
        "draft": "Create or edit an incident's notice for a stage from a template.",
        "preview": "Show the notice exactly as one customer will receive it.",
        "slots": "List the slots a notice asks for and what is filled in.",
    }

    def _common(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--stage", default=NoticeKind.INITIAL, choices=NoticeKind.values)

    def add_draft_arguments(self, parser: CommandParser) -> None:
        self._common(parser)
        parser.add_argument("--template", help="template name (default: the first for the stage)")
        parser.add_argument(
            "--slot",
            action="append",
            default=[],
            metavar="NAME=TEXT",
            help=f"fill a slot: {', '.join(SLOT_LABELS)}",
        )
        parser.add_argument("--subject")
        parser.add_argument("--body-file", type=Path, help="replace the body with this file")
        parser.add_argument("--new", action="store_true", help="start another update notice")
        parser.add_argument("--as", dest="actor", required=True)

    def add_preview_arguments(self, parser: CommandParser) -> None:
        self._common(parser)
        parser.add_argument(
            "--customer", help="customer key or email (default: the first affected)"
        )

    def add_slots_arguments(self, parser: CommandParser) -> None:
        self._common(parser)

    def handle_draft(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        body_file: Path | None = options["body_file"]
        try:
            body = body_file.read_text(encoding="utf-8") if body_file else None
        except OSError as exc:
            raise UserError(f"--body-file: {exc.strerror}: {body_file}") from None
        notice = notice_draft(
            incident=incident,
            kind=options["stage"],
            actor=user_by_name(options["actor"]),
            template=template_for(options["stage"], options["template"])
            if options["template"]
            else None,
            subject=options["subject"],
            body=body,
            slots=parse_pairs(options["slot"], option="--slot"),
            new=options["new"],
        )
        missing = notice_missing_slots(notice)
        self.say(f"{incident.reference} {notice.get_kind_display().lower()} drafted")
        if missing:
            self.say("still to fill: " + ", ".join(missing))

    def handle_preview(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        notice = notice_current(incident, options["stage"])
        if notice is None:
            raise UserError(f"{incident.reference} has no {options['stage']} notice yet")
        wanted = options["customer"]
        customers = affected_customers(incident)
        customer = (
            Customer.objects.filter(key=wanted).first()
            or Customer.objects.filter(email__iexact=wanted).first()
            if wanted
            else customers.first()
        )
        if customer is None:
            raise UserError(
                f"--customer: no customer '{wanted}'"
                if wanted
                else f"{incident.reference} has no affected customers to preview for"
            )
        rendered = notice_preview(notice=notice, customer=customer)
        self.say(f"To: {customer.name} <{customer.email}>")
        self.say(f"Subject: {rendered.subject}")
        self.say()
        self.say(rendered.text)

    def handle_slots(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        notice = notice_current(incident, options["stage"])
        if notice is None:
            raise UserError(f"{incident.reference} has no {options['stage']} notice yet")
        for slot in slots_used(notice.subject, notice.body):
            text = notice.slots.get(slot) or "(empty)"
            self.say(f"{slot:<14} {SLOT_LABELS.get(slot, slot)}: {text}")
