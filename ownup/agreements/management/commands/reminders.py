import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.accounts.services import user_by_name
from ownup.agreements.models import ReminderCampaign
from ownup.agreements.reminders import (
    ReminderRun,
    campaign_create,
    campaign_named,
    campaign_pause,
    reminders_run_due,
    reminders_send,
)
from ownup.commands import OwnupCommand
from ownup.errors import UserError


def _when(text: str, option: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"{option}: '{text}' is not a date and time like 2026-03-02T09:00"
        ) from None
    return value if timezone.is_aware(value) else timezone.make_aware(value)


class Command(OwnupCommand):
    help = "Duty reminders: remind customers whose agreement makes backups (or a duty) theirs."
    verbs: ClassVar[dict[str, str]] = {
        "create": "Create a reminder campaign that runs every N days.",
        "list": "List campaigns with their next run.",
        "run": "Send due campaigns now (or one by name); --dry-run only counts.",
        "pause": "Pause a campaign (--resume to start it again).",
    }

    def add_create_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--duty", default="backups", help="the duty (default backups)")
        parser.add_argument("--subject", required=True, help="may use {{ customer.first_name }}")
        parser.add_argument("--body", help="the message; may use {{ last_backup }}")
        parser.add_argument("--body-file", type=Path, help="read the message from a file")
        parser.add_argument("--every", type=int, required=True, help="days between reminders")
        parser.add_argument("--start", help="first run, e.g. 2026-03-02T09:00 (default now)")
        parser.add_argument("--as", dest="actor", help="the lead creating it")

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def add_run_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", nargs="?", help="run this campaign now, due or not")
        parser.add_argument("--dry-run", action="store_true", help="count, send nothing")

    def add_pause_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("--resume", action="store_true", help="start it again")
        parser.add_argument("--as", dest="actor")

    def handle_create(self, **options: Any) -> None:
        if (options["body"] is None) == (options["body_file"] is None):
            raise UserError("--body or --body-file: give exactly one")
        if options["body_file"] is not None:
            try:
                body = options["body_file"].read_text(encoding="utf-8")
            except OSError as error:
                raise UserError(f"--body-file: {error.strerror or error}") from None
        else:
            body = options["body"].replace("\\n", "\n")
        campaign = campaign_create(
            name=options["name"],
            duty=options["duty"],
            subject=options["subject"],
            body=body,
            cadence_days=options["every"],
            starts_at=_when(options["start"], "--start") if options["start"] else timezone.now(),
            created_by=user_by_name(options["actor"]) if options["actor"] else None,
        )
        first = timezone.localtime(campaign.next_run_at)
        self.say(
            f"campaign '{campaign.name}' reminds about {campaign.duty} every "
            f"{campaign.cadence_days} days, first at {first:%Y-%m-%d %H:%M}"
        )

    def handle_list(self, **options: Any) -> None:
        campaigns = list(ReminderCampaign.objects.all())
        if options["json"]:
            self.say_json(
                [
                    {
                        "name": c.name,
                        "duty": c.duty,
                        "every_days": c.cadence_days,
                        "next_run_at": c.next_run_at.isoformat(),
                        "last_run_at": c.last_run_at.isoformat() if c.last_run_at else None,
                        "active": c.active,
                    }
                    for c in campaigns
                ]
            )
            return
        if not campaigns:
            self.say("no reminder campaigns")
        for c in campaigns:
            state = "active" if c.active else "paused"
            self.say(
                f"{c.name:<20} {c.duty:<10} every {c.cadence_days:>3} days  {state:<7} "
                f"next {timezone.localtime(c.next_run_at):%Y-%m-%d %H:%M}"
            )

    def _report(self, run: ReminderRun) -> None:
        verb = "would remind" if run.dry_run else "reminded"
        self.say(
            f"{run.campaign}: {verb} {run.queued} customers "
            f"(period from {timezone.localtime(run.period_start):%Y-%m-%d}); "
            f"{run.already} already reminded, {run.unsubscribed} unsubscribed, "
            f"{run.no_email} without email, of {run.responsible} responsible"
        )

    def handle_run(self, **options: Any) -> None:
        now = timezone.now()
        if options["name"]:
            runs = [
                reminders_send(campaign_named(options["name"]), now=now, dry_run=options["dry_run"])
            ]
        elif options["dry_run"]:
            due = ReminderCampaign.objects.filter(active=True, next_run_at__lte=now)
            runs = [reminders_send(c, now=now, dry_run=True) for c in due]
        else:
            runs = reminders_run_due(now)
        if not runs:
            self.say("no campaign is due")
        for run in runs:
            self._report(run)

    def handle_pause(self, **options: Any) -> None:
        campaign = campaign_named(options["name"])
        actor = user_by_name(options["actor"]) if options["actor"] else None
        campaign_pause(campaign=campaign, active=options["resume"], actor=actor)
        self.say(f"campaign '{campaign.name}' {'resumed' if options['resume'] else 'paused'}")
