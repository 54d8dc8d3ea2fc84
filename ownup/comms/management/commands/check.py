import io
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser
from rich.console import Console
from rich.table import Table

from ownup.commands import OwnupCommand
from ownup.comms.candor.check import CandorReport, Finding, candor_check
from ownup.comms.candor.evaluate import evaluate
from ownup.comms.candor.rules import KINDS
from ownup.errors import UserError


class Command(OwnupCommand):
    # Reading a text needs no database or URL checks; skipping them keeps the start quick.
    requires_system_checks = ()
    help = (
        "The candor check: what a message shows and where it hides, blames or grovels. "
        "With --evaluate, precision, recall and F1 per label on a labelled folder."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help="the message, or - for standard input")
        parser.add_argument("--kind", default="notice", help=f"one of {', '.join(KINDS)}")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--evaluate",
            type=Path,
            metavar="DIR",
            help="a folder of .txt messages and labels.jsonl (file, kind, elements, "
            "anti_patterns per line)",
        )

    def run(self, **options: Any) -> None:
        if options["evaluate"]:
            self._evaluate(options["evaluate"])
            return
        if not options["file"]:
            raise UserError("give a FILE to check (- for standard input) or --evaluate DIR")
        text = _read(options["file"])
        report = candor_check(text, options["kind"])
        if options["json"]:
            self.say_json(report.as_dict())
        else:
            self._show(text, report)

    def _show(self, text: str, report: CandorReport) -> None:
        for line in underlined(text, report.findings):
            self.say(line)
        self.say()
        self.say(f"Score {report.score}/100 for this {report.kind} message")
        self.say(
            "Elements: "
            + ", ".join(f"{'✓' if ok else '✗'} {name}" for name, ok in report.elements.items())
        )
        if not report.findings:
            self.say("No findings.")
        for finding in report.findings:
            where = (
                f"“{text[finding.start : finding.end]}” at {finding.start}"
                if finding.end > finding.start
                else "missing"
            )
            self.say(f"- {finding.rule} ({where}): {finding.message}")
            self.say(f"  try: {finding.suggestion}")

    def _evaluate(self, folder: Path) -> None:
        result = evaluate(folder)
        table = Table(title=f"{result.messages} messages in {folder}")
        for column in ("label", "precision", "recall", "F1", "support"):
            table.add_column(column, justify="left" if column == "label" else "right")
        for score in result.scores:
            table.add_row(
                score.label,
                f"{score.precision:.2f}",
                f"{score.recall:.2f}",
                f"{score.f1:.2f}",
                str(score.support),
            )
        console = Console(file=io.StringIO(), highlight=False, width=100)
        with console.capture() as captured:
            console.print(table)
        self.stdout.write(captured.get(), ending="")


def underlined(text: str, findings: list[Finding]) -> list[str]:
    """Each line of the text, followed by a line of ^ under the findings placed in it."""
    lines = []
    offset = 0
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        marks = [" "] * len(bare)
        for finding in findings:
            for position in range(max(finding.start, offset), min(finding.end, offset + len(bare))):
                marks[position - offset] = "^"
        lines.append(bare)
        if "^" in marks:
            lines.append("".join(marks).rstrip())
        offset += len(line)
    return lines


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{name}: cannot read it ({exc})") from None
