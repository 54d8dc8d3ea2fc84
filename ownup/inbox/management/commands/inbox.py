import sys
import threading
from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.commands import OwnupCommand
from ownup.errors import UserError
from ownup.inbox.desk_verbs import DESK_VERBS, DeskVerbs
from ownup.inbox.mailbox import PollResult, inbox_poll, inbox_watch
from ownup.inbox.models import InboundKind, InboundMessage
from ownup.inbox.selectors import inbound_by_reference, inbound_listed
from ownup.inbox.services import inbound_retry, inbound_take

LIST_LIMIT = 200


def _row(message: InboundMessage) -> dict[str, Any]:
    return {
        "reference": message.reference,
        "received_at": message.received_at.isoformat(),
        "kind": message.kind,
        "status": message.status,
        "sender": message.sender,
        "sender_name": message.sender_name,
        "subject": message.subject,
        "incident": message.incident.reference if message.incident else None,
        "customer": message.customer.key if message.customer else None,
        "threaded_by": message.threaded_by,
        "intent": message.intent,
        "feeling": message.feeling,
        "problem": message.problem,
    }


def _summary(result: PollResult) -> str:
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(result.kinds.items()))
    line = f"{result.new} new message(s)"
    if kinds:
        line += f" ({kinds})"
    if result.already_stored:
        line += f", {result.already_stored} already stored"
    return line


class Command(DeskVerbs, OwnupCommand):
    help = "Customers' replies: read the mailbox, list and show what arrived, triage and answer."
    verbs: ClassVar[dict[str, str]] = {
        "poll": "Store every unread reply in OWNUP_IMAP_URL (--watch: keep waiting for more).",
        "list": "List replies waiting for an answer (--all for every message).",
        "show": "Show one message (M-12): headers and text, or the raw message if unreadable.",
        "receive": "Take in one raw message from a .eml file, or - for standard input.",
        **DESK_VERBS,
    }

    def add_poll_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--watch",
            action="store_true",
            help="keep the connection and store new mail as it arrives (Ctrl-C stops)",
        )

    def add_list_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--waiting", action="store_true", help="only those waiting (default)")
        which.add_argument("--all", action="store_true", help="every message, newest first")
        parser.add_argument("--json", action="store_true")

    def add_show_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("message", help="M-12")
        parser.add_argument("--raw", action="store_true", help="the message exactly as received")

    def add_receive_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="an RFC 822 message (.eml), or - for standard input")

    def handle_poll(self, **options: Any) -> None:
        if options["watch"]:
            stop = threading.Event()

            def report(result: PollResult) -> None:
                if result.fetched:
                    self.say(f"{timezone.now():%H:%M:%S} {_summary(result)}")
                # What a crash or a failure left unread is read again, as the worker does.
                inbound_retry(now=timezone.now())

            try:
                inbox_watch(
                    wait_seconds=settings.OWNUP_IMAP_POLL_SECONDS,
                    keep_going=lambda: not stop.is_set(),
                    on_poll=report,
                )
            except KeyboardInterrupt:
                stop.set()
            return
        with self.progress() as bar:
            task = bar.add_task("Reading the mailbox", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            result = inbox_poll(now=timezone.now(), progress=advance)
        self.say(_summary(result))

    def handle_list(self, **options: Any) -> None:
        rows = [_row(m) for m in inbound_listed(everything=options["all"])[:LIST_LIMIT]]
        if options["json"]:
            self.say_json(rows)
            return
        if not rows:
            self.say("no messages" if options["all"] else "no replies waiting")
        for r in rows:
            about = r["incident"] or "-"
            self.say(
                f"{r['reference']:<8} {r['received_at'][:16]} {r['kind']:<10} {r['status']:<8} "
                f"{about:<8} {r['sender'] or '(no sender)':<30} {r['subject']}"
            )

    def handle_show(self, **options: Any) -> None:
        message = inbound_by_reference(options["message"])
        raw = bytes(message.raw.data)
        if options["raw"]:
            sys.stdout.buffer.write(raw)
            sys.stdout.flush()
            return
        lines = [
            f"{message.reference}  {message.get_kind_display()}, {message.get_status_display()}",
            f"From:       {message.sender_name} <{message.sender}>"
            if message.sender_name
            else f"From:       {message.sender or '(no sender)'}",
            f"Subject:    {message.subject}",
            f"Date:       {message.sent_at.isoformat() if message.sent_at else '(none)'}",
            f"Received:   {message.received_at.isoformat()} from {message.source}",
            f"Message-ID: {message.message_id}",
        ]
        if message.incident:
            how = message.get_threaded_by_display()
            lines.append(f"Incident:   {message.incident.reference} (by {how})")
        if message.customer:
            lines.append(f"Customer:   {message.customer.key} {message.customer.name}".rstrip())
        if message.intent or message.feeling:
            lines.append(f"Triage:     {message.intent}, {message.feeling}")
        for attachment in message.attachments:
            lines.append(
                f"Attachment: {attachment['filename']} "
                f"({attachment['content_type']}, {attachment['size']} bytes)"
            )
        if message.problem:
            lines.append(f"Problem:    {message.problem}")
        self.say("\n".join(lines))
        self.say("")
        if message.kind == InboundKind.UNREADABLE:
            self.say(raw.decode("utf-8", errors="replace"))
        else:
            self.say(message.text)

    def handle_receive(self, **options: Any) -> None:
        name = options["file"]
        if name == "-":
            raw = sys.stdin.buffer.read()
            source = "stdin"
        else:
            path = Path(name)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise UserError(f"file: cannot read '{name}': {exc.strerror}") from exc
            source = f"file:{path.name}"
        if not raw.strip():
            raise UserError(f"file: '{name}' is empty")
        message, new = inbound_take(raw, source=source, now=timezone.now())
        if not new:
            self.stderr.write(f"{message.reference} was already stored (same Message-ID)")
        self.say(message.reference)
