"""The `ownup` command: Django's management commands, with ownup's own listed first."""

import os
import sys

import django
from django.core.management import ManagementUtility, get_commands, load_command_class

OWN_APPS_PREFIX = "ownup"
# Commands that read no models: they run without loading every app, which is most of a cold
# start (`ownup check` is promised to answer in under a second).
WITHOUT_APPS = {"check": "ownup.comms"}


class OwnupUtility(ManagementUtility):
    def execute(self) -> None:
        # `ownup help ask …` is the verb of ownup's own `help` command (calls for help), and
        # `ownup help --help` lists those verbs like every other command's --help does;
        # `ownup help` and `ownup help <command>` keep meaning Django's help.
        words = self.argv[1:3]
        if (len(words) == 2 and words[0] == "help" and not words[1].startswith("-")) or (
            words in (["help", "--help"], ["help", "-h"])
        ):
            django.setup()
            commands = get_commands()
            if "help" in commands and words[1] not in commands:
                self.fetch_command("help").run_from_argv(self.argv)
                return
        super().execute()

    def main_help_text(self, commands_only: bool = False) -> str:
        if commands_only:
            return super().main_help_text(commands_only=True)
        own: list[str] = []
        django: list[str] = []
        for name, app in sorted(get_commands().items()):
            line = f"  {name:<22} {_one_line_help(app, name)}"
            (own if app.startswith(OWN_APPS_PREFIX) else django).append(line)
        return "\n".join(
            [
                "usage: ownup <command> [options]   (ownup <command> --help for more)",
                "",
                "ownup commands:",
                *own,
                "",
                "Django commands:",
                *django,
            ]
        )


def _one_line_help(app: str, name: str) -> str:
    try:
        text = load_command_class(app, name).help or ""
    except Exception as exc:  # a broken third-party command must not hide the others
        return f"(unavailable: {exc})"
    return text.strip().splitlines()[0] if text.strip() else ""


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.settings")
    utility = OwnupUtility(sys.argv)
    utility.prog_name = "ownup"
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    try:
        if command in WITHOUT_APPS:
            load_command_class(WITHOUT_APPS[command], command).run_from_argv(sys.argv)
        else:
            utility.execute()
    except BrokenPipeError:
        # `ownup … | head` stopped reading: nothing went wrong that is worth a traceback.
        # Python would complain again while flushing at exit, so stdout goes nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
