from textwrap import shorten
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand
from ownup.errors import UserError
from ownup.escalations.models import HelpRequest
from ownup.escalations.selectors import (
    escalation_list,
    escalation_steps,
    help_about_by_reference,
    help_asked_by,
    help_by_reference,
    help_listed,
    help_waiting_for,
)
from ownup.escalations.services import (
    escalation_list_set,
    help_acknowledge,
    help_answer,
    help_ask,
    help_pass_on_due,
    help_webhook_set,
)

QUESTION_SHOWN = 60


def _row(call: HelpRequest) -> dict[str, Any]:
    return {
        "reference": call.reference,
        "about": call.about_label,
        "incident": call.incident.reference,
        "state": call.state,
        "asked_by": call.asked_by.username,
        "asked_of": call.asked_of.username,
        "due_at": call.due_at.isoformat(),
        "acknowledged_by": call.acknowledged_by.username if call.acknowledged_by else None,
        "answered_by": call.answered_by.username if call.answered_by else None,
        "question": call.question,
        "answer": call.answer,
    }


def _line(call: HelpRequest) -> str:
    if call.state == "asked":
        where = f"waiting for {call.asked_of.username} until {call.due_at:%H:%M} UTC"
    elif call.state == "exhausted":
        where = "nobody left on the list"
    else:
        who = call.answered_by or call.acknowledged_by
        where = f"{call.state} by {who.username if who else '?'}"
    asked = f"{call.asked_by.username}: {shorten(call.question, QUESTION_SHOWN, placeholder='…')}"
    return f"{call.reference:<6} {call.about_label:<8} {asked}  ({where})"


class Command(OwnupCommand):
    help = "Ask a lead or a colleague for help; it passes on down the list until someone answers."
    verbs: ClassVar[dict[str, str]] = {
        "ask": "Ask for help about INC-7, a remedy R-3 or a customer's message M-12; prints H-N.",
        "list": "Open calls for help (--mine: asked of or by --as USER).",
        "ack": "Acknowledge a call (H-N): it stops passing on.",
        "answer": "Answer a call (H-N); the asker gets the answer by mail.",
        "escalate": "Pass on every call nobody acknowledged in time (the worker does this too).",
        "people": "Show or --set the escalation list, for one --severity or the default.",
        "webhook": "Also post to a person's own webhook (a chat DM, a pager) when they are asked.",
    }

    def add_ask_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("about", help="INC-7, R-3 or M-12")
        parser.add_argument("--question", required=True, help="what you need help with")
        parser.add_argument("--to", metavar="USER", help="ask this colleague first")
        parser.add_argument("--as", dest="as_user", required=True, metavar="USER")

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--mine", action="store_true", help="asked of me or by me")
        parser.add_argument("--all", action="store_true", help="answered ones too")
        parser.add_argument("--as", dest="as_user", metavar="USER")
        parser.add_argument("--json", action="store_true")

    def add_ack_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("call", help="H-7")
        parser.add_argument("--as", dest="as_user", required=True, metavar="USER")

    def add_answer_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("call", help="H-7")
        parser.add_argument("--text", required=True)
        parser.add_argument("--as", dest="as_user", required=True, metavar="USER")

    def add_people_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--severity", type=int, help="1 to 5; without it, the default list")
        parser.add_argument(
            "--set",
            nargs="*",
            metavar="USER",
            help="replace the list with these people, in order (none: remove it)",
        )
        parser.add_argument("--as", dest="as_user", metavar="USER")

    def add_webhook_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("user", help="whose webhook")
        parser.add_argument("url", nargs="?", help="http(s) URL; leave out with --remove")
        parser.add_argument("--remove", action="store_true", help="stop posting to it")
        parser.add_argument("--as", dest="as_user", metavar="USER")

    def handle_ask(self, **options: Any) -> None:
        about = help_about_by_reference(options["about"])
        asked_by = user_by_name(options["as_user"])
        to = user_by_name(options["to"]) if options["to"] else None
        call = help_ask(about=about, question=options["question"], asked_by=asked_by, to=to)
        self.say(f"asked {call.asked_of.username} for help with {call.about_label}")
        self.say(call.reference)

    def handle_list(self, **options: Any) -> None:
        if options["mine"]:
            if not options["as_user"]:
                raise UserError("--mine needs --as USER")
            user = user_by_name(options["as_user"])
            calls = list(help_waiting_for(user)) + list(
                help_asked_by(user, include_answered=options["all"])
            )
        else:
            calls = list(help_listed(include_answered=options["all"]))
        calls = list({c.pk: c for c in calls}.values())
        if options["json"]:
            self.say_json([_row(c) for c in calls])
            return
        if not calls:
            self.say("no open calls for help")
        for call in calls:
            self.say(_line(call))

    def handle_ack(self, **options: Any) -> None:
        call = help_acknowledge(
            help_request=help_by_reference(options["call"]), user=user_by_name(options["as_user"])
        )
        who = call.acknowledged_by.username if call.acknowledged_by else "?"
        self.say(f"{call.reference} acknowledged by {who}")

    def handle_answer(self, **options: Any) -> None:
        call = help_answer(
            help_request=help_by_reference(options["call"]),
            user=user_by_name(options["as_user"]),
            text=options["text"],
        )
        self.say(f"{call.reference} answered; {call.asked_by.username} will get it by mail")

    def handle_escalate(self, **options: Any) -> None:
        report = help_pass_on_due()
        self.say(f"passed on {report.passed}, nobody left for {report.exhausted}")

    def handle_webhook(self, **options: Any) -> None:
        user = user_by_name(options["user"])
        if bool(options["url"]) == options["remove"]:
            raise UserError("webhook: give a URL, or --remove")
        actor = user_by_name(options["as_user"]) if options["as_user"] else None
        webhook = help_webhook_set(user=user, url=options["url"], actor=actor)
        if webhook is None:
            self.say(f"{user.username}: no webhook of their own")
        else:
            self.say(f"{user.username}: calls for help are also posted to {webhook.url}")

    def handle_people(self, **options: Any) -> None:
        severity = options["severity"]
        if options["set"] is not None:
            actor = user_by_name(options["as_user"]) if options["as_user"] else None
            people = [user_by_name(name) for name in options["set"]]
            escalation_list_set(severity=severity, people=people, actor=actor)
        which = f"severity {severity}" if severity else "default"
        if escalation_steps(severity):
            self.say(f"{which} list:")
        else:
            self.say(f"{which} list not set; asking, in order:")
        for number, person in enumerate(escalation_list(severity), start=1):
            self.say(f"{number}. {person.username} ({person.role})")
