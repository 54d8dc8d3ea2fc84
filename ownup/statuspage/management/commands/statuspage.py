import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.core.management.base import CommandParser
from django.db import transaction

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand, parse_pairs
from ownup.errors import UserError
from ownup.incidents.selectors import incident_by_reference
from ownup.statuspage.models import ComponentStatus, MaintenanceStatus
from ownup.statuspage.publishing import publish
from ownup.statuspage.selectors import public_maintenances, status_page
from ownup.statuspage.services import (
    component_by_name,
    component_group_add,
    component_set,
    incident_impact_set,
    incident_public_title_set,
    maintenance_by_id,
    maintenance_schedule,
    maintenance_update,
)


def _moment(text: str, option: str) -> dt.datetime:
    """ISO 8601; without an offset it is UTC."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{option}: '{text}' is not a date and time like 2026-12-05T22:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class Command(OwnupCommand):
    help = "The public status page: components, groups, maintenance, public text, publishing."
    verbs: ClassVar[dict[str, str]] = {
        "show": "Show the page as the public sees it: banner, components, maintenance.",
        "component": "Set a component's own status, group or description (adds it if new).",
        "group": "Add a group of components, or move one.",
        "maintenance": "Schedule maintenance, post its updates, list it.",
        "incident": "Set an incident's public name (blank: its title) or how it hurts a component.",
        "publish": "Write the page, its incident pages, feeds and api/v2/*.json to a folder.",
    }

    def add_show_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def add_component_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        set_ = sub.add_parser("set", help="set NAME [STATUS] [--group G] [--description D]")
        set_.add_argument("name")
        set_.add_argument("status", nargs="?", choices=ComponentStatus.values)
        set_.add_argument("--group", help="the group it belongs to ('' for none)")
        set_.add_argument("--description")
        set_.add_argument("--as", dest="actor")

    def add_group_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = sub.add_parser("add", help="add NAME [--position N]")
        add.add_argument("name")
        add.add_argument("--position", type=int, default=0)
        add.add_argument("--description", default="")

    def add_maintenance_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        schedule = sub.add_parser(
            "schedule", help="announce planned work; prints its public id on the last line"
        )
        schedule.add_argument("title")
        schedule.add_argument("--body", required=True, help="public: what customers will notice")
        schedule.add_argument("--start", required=True, help="e.g. 2026-12-05T22:00 (UTC)")
        schedule.add_argument("--end", required=True, help="e.g. 2026-12-05T23:30 (UTC)")
        schedule.add_argument(
            "--component", action="append", default=[], help="a component it affects (repeat)"
        )
        schedule.add_argument("--as", dest="actor")
        update = sub.add_parser("update", help="post an update: ID --status S --message M")
        update.add_argument("id")
        update.add_argument("--status", required=True, choices=MaintenanceStatus.values)
        update.add_argument("--message", required=True)
        update.add_argument("--as", dest="actor")
        sub.add_parser("list", help="every maintenance, newest first")

    def add_incident_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--public-title", default=None)
        parser.add_argument(
            "--component",
            action="append",
            default=[],
            metavar="NAME=STATUS",
            help="how it hurts a component, e.g. Websites=major_outage (operational lifts it)",
        )
        parser.add_argument("--as", dest="actor")

    def add_publish_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--out",
            type=Path,
            default=None,
            help=f"folder to write (default {settings.OWNUP_STATUSPAGE_DIR})",
        )

    def handle_show(self, **options: Any) -> None:
        page = status_page()
        if options["json"]:
            self.say_json(
                {
                    "indicator": page.indicator,
                    "description": page.description,
                    "components": {c.name: c.status.value for c in page.components},
                    "incidents": [i.public_name for i in page.active],
                    "maintenance": [m.title for m in page.in_progress + page.upcoming],
                }
            )
            return
        self.say(page.description)
        for group in page.groups:
            if group.group:
                self.say(f"{group.group.name}")
            for c in group.components:
                self.say(f"  {c.name:<24} {c.status.label:<22} {c.uptime_text} over 90 days")
        for incident in page.active:
            self.say(f"incident   {incident.public_name} ({incident.get_stage_display()})")
        for m in page.in_progress + page.upcoming:
            self.say(f"maintenance {m.public_id} {m.title} ({m.get_status_display()})")

    def handle_component(self, **options: Any) -> None:
        actor = user_by_name(options["actor"]) if options["actor"] else None
        component = component_set(
            name=options["name"],
            status=options["status"],
            group=options["group"],
            description=options["description"],
            actor=actor,
        )
        self.say(f"{component.name}: {component.get_status_display()}")

    def handle_group(self, **options: Any) -> None:
        group = component_group_add(
            name=options["name"], position=options["position"], description=options["description"]
        )
        self.say(f"group {group.name}")

    def handle_maintenance(self, **options: Any) -> None:
        if options["action"] == "list":
            for m in public_maintenances():
                self.say(
                    f"{m.public_id}  {m.scheduled_for:%Y-%m-%d %H:%M}  "
                    f"{m.get_status_display():<12} {m.title}"
                )
            return
        actor = user_by_name(options["actor"]) if options["actor"] else None
        if options["action"] == "schedule":
            maintenance = maintenance_schedule(
                title=options["title"],
                body=options["body"],
                scheduled_for=_moment(options["start"], "--start"),
                scheduled_until=_moment(options["end"], "--end"),
                components=[component_by_name(n) for n in options["component"]],
                actor=actor,
            )
            self.say(f"scheduled: {maintenance.title}")
            self.say(maintenance.public_id)
            return
        maintenance = maintenance_by_id(options["id"])
        maintenance_update(
            maintenance=maintenance,
            status=options["status"],
            message=options["message"],
            actor=actor,
        )
        self.say(f"{maintenance.title} is now {maintenance.get_status_display().lower()}")

    def handle_incident(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        actor = user_by_name(options["actor"]) if options["actor"] else None
        if options["public_title"] is None and not options["component"]:
            raise UserError("say what to change: --public-title and/or --component NAME=STATUS")
        impacts = [
            (component_by_name(name), status)
            for name, status in parse_pairs(options["component"], option="--component").items()
        ]
        with transaction.atomic():
            if options["public_title"] is not None:
                incident_public_title_set(
                    incident=incident, public_title=options["public_title"], actor=actor
                )
            for component, status in impacts:
                incident_impact_set(
                    incident=incident, component=component, status=status, actor=actor
                )
        if options["public_title"] is not None:
            self.say(f"{incident.reference} is '{incident.public_name}' in public")
        for component, status in impacts:
            label = ComponentStatus(status).label
            self.say(f"{incident.reference}: {component.name} {label.lower()}")

    def handle_publish(self, **options: Any) -> None:
        folder: Path = options["out"] or settings.OWNUP_STATUSPAGE_DIR
        written = publish(folder)
        self.say(f"published {len(written)} files to {folder}")
