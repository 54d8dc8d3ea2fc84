"""Shared shape of ownup's CLI verbs: `ownup <noun> <verb>`, errors as one line on stderr."""

import json
from typing import Any, ClassVar

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from ownup.errors import UserError


class Error(CommandError):
    """Django prints a command error as 'ClassName: message'; this reads 'Error: message'."""


class OwnupCommand(BaseCommand):
    """A command whose UserErrors reach the user as one line, and that may have verbs."""

    verbs: ClassVar[dict[str, str]] = {}
    # Without a verb the command itself does something (`ownup segment --where …`).
    verb_required: ClassVar[bool] = True

    def add_arguments(self, parser: CommandParser) -> None:
        if not self.verb_required:
            self.add_default_arguments(parser)
        if self.verbs:
            sub = parser.add_subparsers(dest="verb", required=self.verb_required, metavar="VERB")
            for verb, help_text in self.verbs.items():
                verb_parser = sub.add_parser(verb, help=help_text, description=help_text)
                method = f"add_{verb.replace('-', '_')}_arguments"  # add-webhook → add_webhook
                getattr(self, method, lambda p: None)(verb_parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if self.verbs and options.get("verb"):
                getattr(self, f"handle_{options['verb'].replace('-', '_')}")(**options)
            else:
                self.run(**options)
        except UserError as exc:
            raise Error(str(exc)) from exc

    def run(self, **options: Any) -> None:
        raise NotImplementedError

    def add_default_arguments(self, parser: CommandParser) -> None:
        """Options of the command used without a verb."""

    def say(self, text: str = "") -> None:
        self.stdout.write(text)

    def say_json(self, value: object) -> None:
        self.stdout.write(json.dumps(value, indent=2, default=str))

    def progress(self) -> Progress:
        """A progress bar on stderr, so stdout stays clean for scripts.

        Only on a terminal: piped or logged, stderr carries nothing but the error line.
        """
        console = Console(stderr=True)
        return Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=False,
            disable=not console.is_terminal,
        )


def parse_pairs(values: list[str], *, option: str) -> dict[str, str]:
    """Turn ['server=web3', 'plan=pro'] into a dict, naming the option on a bad pair."""
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise UserError(f"{option}: '{value}' is not NAME=VALUE")
        pairs[key.strip()] = rest
    return pairs
