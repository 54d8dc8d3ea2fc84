import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.selectors import incident_by_reference
from ownup.remedies.export import remedies_csv, remedies_since
from ownup.remedies.models import Kind, State
from ownup.remedies.selectors import (
    is_overdue,
    limit_of,
    limit_text,
    money,
    option_for,
    options_listed,
    remedies_listed,
    remedy_by_reference,
)
from ownup.remedies.services import (
    remedies_remind,
    remedy_email,
    remedy_move,
    remedy_offer,
    sla_credits_propose,
)
from ownup.remedies.sla import sla_credits_compute

MOVES = {
    "approve": State.APPROVED,
    "decline": State.DECLINED,
    "accept": State.ACCEPTED,
    "fulfil": State.FULFILLED,
    "offered": State.OFFERED,
}


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise UserError(f"--amount: '{text}' is not a number") from None


def _customer(key: str) -> Customer:
    customer = (
        Customer.objects.filter(key=key).first()
        or Customer.objects.filter(email__iexact=key).first()
    )
    if customer is None:
        raise UserError(f"no customer with key or email '{key}'")
    return customer


class Command(OwnupCommand):
    help = "Remedies: offer one within your limit or ask a lead, move it on, SLA credits, export."
    verbs: ClassVar[dict[str, str]] = {
        "options": "The catalogue of remedies and what each role may give on its own.",
        "offer": "Give an affected customer a remedy; above your limit, --request asks a lead.",
        "list": "List remedies (--incident, --state, --overdue); --json for scripts.",
        "show": "Show one remedy: what, for whom, each step, the formula.",
        "approve": "A lead approves a proposed remedy.",
        "decline": "Decline a remedy (a lead, a proposed one; or the customer said no).",
        "email": "Offer an approved remedy to its customer by email now.",
        "offered": "Record that an approved remedy was offered another way (a call).",
        "accept": "Record that the customer accepted the remedy.",
        "fulfil": "Record that the remedy was given; billing's webhook is told.",
        "sla": "The SLA credit each affected customer is owed, with the formula; --propose "
        "creates them.",
        "export": "Write remedies as CSV for billing (--state fulfilled --since DATE).",
        "remind": "Email the owner of each overdue remedy (once a day at most).",
    }

    def add_offer_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("customer", help="the customer's key (or email address)")
        parser.add_argument("--kind", required=True, choices=Kind.values)
        parser.add_argument("--amount", help="for a refund, credit or discount, e.g. 20 or 12.50")
        parser.add_argument("--note", default="", help="why, for whoever approves or reads it")
        parser.add_argument("--due", help="when it must be done by, YYYY-MM-DD")
        parser.add_argument("--owner", help="who sees it through (default: you)")
        parser.add_argument(
            "--request", action="store_true", help="above your limit: ask a lead to approve it"
        )
        parser.add_argument("--as", dest="actor", required=True)

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--incident")
        parser.add_argument("--state", choices=State.values)
        parser.add_argument("--overdue", action="store_true")
        parser.add_argument("--json", action="store_true")

    def add_show_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("remedy", help="R-7")

    def _add_move(self, parser: CommandParser) -> None:
        parser.add_argument("remedy", help="R-7")
        parser.add_argument("--note", default="")
        parser.add_argument("--as", dest="actor", required=True)

    add_approve_arguments = _add_move
    add_decline_arguments = _add_move
    add_accept_arguments = _add_move
    add_fulfil_arguments = _add_move
    add_offered_arguments = _add_move

    def add_email_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("remedy", help="R-7")
        parser.add_argument("--as", dest="actor", required=True)

    def add_sla_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--propose", action="store_true", help="create the credits")
        parser.add_argument("--as", dest="actor", help="with --propose: who proposes them")
        parser.add_argument("--json", action="store_true")

    def add_export_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--state", choices=State.values, default=State.FULFILLED)
        parser.add_argument("--since", help="fulfilled on or after, YYYY-MM-DD")
        parser.add_argument("--incident")
        parser.add_argument("--csv", required=True, help="the file to write; - for stdout")

    def handle_options(self, **options: Any) -> None:
        for option in options_listed():
            limits = ", ".join(
                f"{role} {limit_text(limit_of(role, option), option)}"
                for role in ("agent", "lead", "admin")
            )
            state = "" if option.active else " (no longer offered)"
            self.say(f"{option.kind:<13} {option.name}{state}: {limits}")

    def handle_offer(self, **options: Any) -> None:
        by = user_by_name(options["actor"])
        incident = incident_by_reference(options["incident"])
        try:
            due = dt.date.fromisoformat(options["due"]) if options["due"] else None
        except ValueError:
            raise UserError(f"--due: '{options['due']}' is not a date like 2026-12-31") from None
        remedy = remedy_offer(
            incident=incident,
            customer=_customer(options["customer"]),
            option=option_for(options["kind"]),
            amount=_amount(options["amount"]),
            by=by,
            request=options["request"],
            due_on=due,
            owner=user_by_name(options["owner"]) if options["owner"] else None,
            note=options["note"],
        )
        if remedy.state == State.PROPOSED:
            self.say(f"{remedy.reference} proposed: a lead has been asked to approve it")
        else:
            self.say(
                f"{remedy.reference} approved: offer it with the remedy notice or "
                f"`ownup remedy email {remedy.reference}`"
            )
        self.say(remedy.reference)

    def handle_list(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"]) if options["incident"] else None
        remedies = remedies_listed(
            incident=incident, state=options["state"], overdue=options["overdue"]
        ).order_by("id")
        today = timezone.localdate()
        rows = [
            {
                "reference": r.reference,
                "incident": r.incident.reference,
                "customer": r.customer.key,
                "kind": r.kind,
                "amount": None if r.amount is None else str(r.amount),
                "currency": r.currency,
                "state": r.state,
                "owner": r.owner.username if r.owner else None,
                "due_on": r.due_on.isoformat() if r.due_on else None,
                "overdue": is_overdue(r, today),
            }
            for r in remedies
        ]
        if options["json"]:
            self.say_json(rows)
            return
        if not rows:
            self.say("no remedies")
        for row, r in zip(rows, remedies, strict=True):
            late = "  OVERDUE" if row["overdue"] else ""
            self.say(
                f"{r.reference:<7} {r.incident.reference:<7} {r.customer.key:<10} "
                f"{r.get_kind_display():<28} {money(r.amount, r.currency):>10}  "
                f"{r.state:<9} due {row['due_on'] or '-'}{late}"
            )

    def handle_show(self, **options: Any) -> None:
        r = remedy_by_reference(options["remedy"])
        self.say(f"{r.reference} · {r.option.name} {money(r.amount, r.currency)}".rstrip())
        self.say(f"incident: {r.incident.reference} {r.incident.title}")
        self.say(f"customer: {r.customer.name or r.customer.key} ({r.customer.key})")
        self.say(f"state: {r.state}{'  OVERDUE' if is_overdue(r) else ''}")
        self.say(f"owner: {r.owner.username if r.owner else '-'}, due {r.due_on or '-'}")
        for step in ("approved", "offered", "accepted", "declined", "fulfilled"):
            at, who = getattr(r, f"{step}_at"), getattr(r, f"{step}_by")
            if at:
                self.say(f"{step}: {at:%Y-%m-%d %H:%M} by {who.username if who else '-'}")
        if r.formula:
            self.say(f"formula: {r.formula}")

    def _move(self, verb: str, options: dict[str, Any]) -> None:
        by = user_by_name(options["actor"])
        remedy = remedy_move(
            remedy=remedy_by_reference(options["remedy"]),
            to=MOVES[verb],
            by=by,
            note=options["note"],
        )
        self.say(f"{remedy.reference} is now {remedy.state}")

    def handle_approve(self, **options: Any) -> None:
        self._move("approve", options)

    def handle_decline(self, **options: Any) -> None:
        self._move("decline", options)

    def handle_accept(self, **options: Any) -> None:
        self._move("accept", options)

    def handle_fulfil(self, **options: Any) -> None:
        self._move("fulfil", options)

    def handle_offered(self, **options: Any) -> None:
        self._move("offered", options)

    def handle_email(self, **options: Any) -> None:
        remedy = remedy_email(
            remedy=remedy_by_reference(options["remedy"]), by=user_by_name(options["actor"])
        )
        self.say(f"{remedy.reference} offered by email to {remedy.customer.email}")

    def handle_sla(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        credits = sla_credits_compute(incident)
        if options["json"] and not options["propose"]:
            self.say_json(
                [
                    {
                        "customer": c.customer_key,
                        "name": c.customer_name,
                        "amount": str(c.amount),
                        "currency": c.currency,
                        "formula": c.formula,
                    }
                    for c in credits
                ]
            )
            return
        if not options["propose"]:
            for c in credits:
                self.say(f"{c.customer_key}  {money(c.amount, c.currency)}  {c.formula}")
            total = sum((c.amount for c in credits), Decimal(0))
            currency = credits[0].currency if credits else "GBP"
            self.say(f"{len(credits)} customer(s) owed {money(total, currency)} in all")
            return
        if not options["actor"]:
            raise UserError("--propose: say who proposes them with --as NAME")
        result = sla_credits_propose(
            incident=incident, by=user_by_name(options["actor"]), credits=credits
        )
        if options["json"]:
            self.say_json(
                {
                    "owed": result.owed,
                    "created": result.created,
                    "already_credited": result.already_credited,
                }
            )
            return
        self.say(
            f"{result.created} SLA credit(s) created for {incident.reference}; "
            f"{result.already_credited} customer(s) already had money back"
        )

    def handle_export(self, **options: Any) -> None:
        try:
            since = dt.date.fromisoformat(options["since"]) if options["since"] else None
        except ValueError:
            raise UserError(
                f"--since: '{options['since']}' is not a date like 2026-12-01"
            ) from None
        incident = incident_by_reference(options["incident"]) if options["incident"] else None
        remedies = remedies_since(
            remedies_listed(incident=incident, state=options["state"]), since
        ).order_by("id")
        if options["csv"] == "-":
            remedies_csv(remedies, self.stdout)
            return
        path = Path(options["csv"])
        if not path.parent.is_dir():
            raise UserError(f"--csv: folder '{path.parent}' does not exist")
        with path.open("w", newline="", encoding="utf-8") as out:
            count = remedies_csv(remedies, out)
        self.say(f"{count} remed{'y' if count == 1 else 'ies'} written to {path}")

    def handle_remind(self, **options: Any) -> None:
        sent = remedies_remind(timezone.now())
        self.say(f"{sent} reminder(s) queued")
