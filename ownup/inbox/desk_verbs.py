"""The reply desk's verbs of `ownup inbox`: triage a text, answer a reply.

Kept apart from the command that reads the mailbox so each side can change on its own;
`ownup/inbox/management/commands/inbox.py` mixes these in.
"""

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser

from ownup.accounts.models import User
from ownup.commands import OwnupCommand
from ownup.comms.models import NoticeKind
from ownup.errors import UserError
from ownup.inbox.replying import REPLY_KINDS, reply_close, reply_send, reply_subject
from ownup.inbox.selectors import inbound_by_reference
from ownup.inbox.triage import Feeling, Intent, triage

DESK_VERBS = {
    "triage": "Say what a reply wants and how its sender feels, with the words that show it.",
    "answer": "Answer a waiting reply (M-12) by email, once, threaded to their message.",
    "close": "Take a waiting reply (M-12) out of the queue without answering it.",
}


def _read_text(name: str, *, what: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{what}: cannot read '{name}': {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UserError(f"{what}: '{name}' is not UTF-8 text") from None


class DeskVerbs(OwnupCommand):
    """`triage` and `answer`, mixed into `ownup inbox`."""

    def add_triage_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the reply's text, or - for standard input")
        parser.add_argument("--subject", default="", help="the reply's subject, if any")
        parser.add_argument("--json", action="store_true")

    def add_answer_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("message", help="the reply to answer, e.g. M-12")
        parser.add_argument(
            "--body",
            required=True,
            metavar="FILE",
            help="the answer's text (customer fields like {{ customer.first_name }} work), "
            "or - for standard input",
        )
        parser.add_argument(
            "--kind",
            default=NoticeKind.REPLY,
            choices=REPLY_KINDS,
            help="reply (default), or boundary when it says what their agreement makes theirs",
        )
        parser.add_argument("--subject", default="", help="default: theirs, with 'Re: '")
        parser.add_argument(
            "--send-anyway",
            default=None,
            metavar="REASON",
            help="send although the candor check finds something missing; kept in the audit log",
        )
        parser.add_argument(
            "--as", dest="as_user", required=True, metavar="USER", help="who answers (a user name)"
        )

    def add_close_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("message", help="the reply to close, e.g. M-12")
        parser.add_argument("--reason", default="", help="why no answer is needed (audit log)")
        parser.add_argument(
            "--as", dest="as_user", required=True, metavar="USER", help="who closes it"
        )

    def _user(self, username: str) -> User:
        user = User.objects.filter(username=username).first()
        if user is None or not user.is_active:
            raise UserError(f"--as: there is no active user '{username}'")
        return user

    def handle_triage(self, **options: Any) -> None:
        text = _read_text(options["file"], what="file")
        found = triage(text, subject=options["subject"])
        if options["json"]:
            self.say_json(found.as_dict())
            return
        self.say(f"intent:  {found.intent} ({Intent(found.intent).label})")
        self.say(f"feeling: {found.feeling} ({Feeling(found.feeling).label})")
        if found.asks_for:
            self.say(f"asks for: {', '.join(found.asks_for)}")
        for cue in found.cues:
            where = "subject" if cue.start < 0 else f"{cue.start}-{cue.end}"
            self.say(f"  {cue.label:<18} {where:<9} {' '.join(cue.words.split())!r}")

    def handle_answer(self, **options: Any) -> None:
        user = self._user(options["as_user"])
        message = inbound_by_reference(options["message"])
        body = _read_text(options["body"], what="--body")
        row = reply_send(
            message=message,
            subject=options["subject"] or reply_subject(message.subject),
            body=body,
            kind=options["kind"],
            sent_by=user,
            send_anyway=options["send_anyway"],
        )
        self.say(f"{message.reference} answered: queued to {row.to_address} ({row.subject})")

    def handle_close(self, **options: Any) -> None:
        user = self._user(options["as_user"])
        message = inbound_by_reference(options["message"])
        reply_close(message=message, closed_by=user, reason=options["reason"])
        self.say(f"{message.reference} closed without an answer")
