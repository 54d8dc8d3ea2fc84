from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand, parse_pairs
from ownup.customers.segments import segment_by_name
from ownup.customers.selectors import customers_matching
from ownup.errors import UserError
from ownup.incidents.models import Severity, Stage
from ownup.incidents.selectors import (
    affected_customers,
    incident_by_reference,
    incident_timeline,
    incidents_listed,
)
from ownup.incidents.services import (
    affected_add,
    affected_from_segment,
    affected_refresh,
    incident_open,
    incident_post_update,
)
from ownup.statuspage.services import component_by_name, incident_impact_set


class Command(OwnupCommand):
    help = "Incidents: open, list, show, mark affected customers, post public updates."
    verbs: ClassVar[dict[str, str]] = {
        "list": "List open incidents (--all for resolved ones too).",
        "open": "Open an incident; prints its reference (INC-7) on the last line.",
        "show": "Show an incident: severity and guidance, affected count, timeline.",
        "affected": "Freeze who matches a segment, condition or NAME=VALUE into the affected "
        "set; prints its size.",
        "update": "Post a public update at a stage (investigating … resolved).",
    }

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="include resolved incidents")
        parser.add_argument("--json", action="store_true")

    def add_open_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("title")
        parser.add_argument(
            "--severity",
            type=int,
            required=True,
            choices=Severity.values,
            help="; ".join(Severity.labels),
        )
        parser.add_argument("--summary", default="", help="internal: what we know so far")
        parser.add_argument("--message", default="", help="first public update")
        parser.add_argument(
            "--component",
            action="append",
            default=[],
            metavar="NAME=STATUS",
            help="status page impact, e.g. Websites=partial_outage",
        )
        parser.add_argument("--as", dest="actor", help="the user opening it")

    def add_show_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--customers", action="store_true", help="list the affected")

    def add_affected_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--segment", help="a saved segment: who matches it now")
        which.add_argument("--where", help="a SQL condition, as `ownup segment --where`")
        which.add_argument(
            "--match",
            action="append",
            metavar="NAME=VALUE",
            help="customer field or attribute, e.g. server=web3 (repeat to narrow)",
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="with --segment: add who joined since, and say who left",
        )
        parser.add_argument(
            "--drop-left", action="store_true", help="with --refresh: remove who left"
        )
        parser.add_argument("--reason", help="with --match: why they are affected")
        parser.add_argument("--as", dest="actor")

    def add_update_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("incident")
        parser.add_argument("--stage", required=True, choices=Stage.values)
        parser.add_argument("--message", required=True)
        parser.add_argument("--as", dest="actor")

    def handle_list(self, **options: Any) -> None:
        incidents = incidents_listed(include_resolved=options["all"])
        rows = [
            {
                "reference": i.reference,
                "title": i.title,
                "severity": i.severity,
                "stage": i.stage,
                "affected": i.affected_count,  # type: ignore[attr-defined]
                "opened_at": i.opened_at.isoformat(),
            }
            for i in incidents
        ]
        if options["json"]:
            self.say_json(rows)
            return
        if not rows:
            self.say("no open incidents")
        for r in rows:
            self.say(
                f"{r['reference']:<8} sev {r['severity']}  {r['stage']:<13} "
                f"{r['affected']:>6} affected  {r['title']}"
            )

    def handle_open(self, **options: Any) -> None:
        actor = user_by_name(options["actor"]) if options["actor"] else None
        impacts = [
            (component_by_name(name), status)
            for name, status in parse_pairs(options["component"], option="--component").items()
        ]
        incident = incident_open(
            title=options["title"],
            severity=options["severity"],
            opened_by=actor,
            summary=options["summary"],
            public_message=options["message"],
        )
        for component, status in impacts:
            incident_impact_set(incident=incident, component=component, status=status, actor=actor)
        self.say(f"opened: {incident.title} (severity {incident.get_severity_display()})")
        self.say(f"guidance: {incident.guidance}")
        self.say(incident.reference)

    def handle_show(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        self.say(f"{incident.reference}  {incident.title}")
        self.say(f"severity  {incident.get_severity_display()}: {incident.guidance}")
        self.say(f"stage     {incident.get_stage_display()}")
        self.say(f"affected  {incident.affected.count()} customer(s)")
        if options["customers"]:
            for c in affected_customers(incident).iterator():
                self.say(f"  {c.key:<12} {c.name:<30} {c.email}")
        self.say("timeline")
        for entry in incident_timeline(incident):
            when = timezone.localtime(entry.at).strftime("%Y-%m-%d %H:%M")
            visibility = "public" if entry.public else "internal"
            self.say(f"  {when}  {entry.get_kind_display():<18} {visibility:<8} {entry.body}")

    def handle_affected(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        actor = user_by_name(options["actor"]) if options["actor"] else None
        if options["refresh"]:
            if not options["segment"]:
                raise UserError("--refresh: works with --segment NAME")
            diff = affected_refresh(
                incident=incident,
                segment=segment_by_name(options["segment"]),
                actor=actor,
                drop_left=options["drop_left"],
            )
            gone = "removed" if options["drop_left"] else "still in the set (--drop-left)"
            self.say(f"{len(diff.joined)} joined; {len(diff.left)} left, {gone}")
        elif options["match"]:
            filters = parse_pairs(options["match"], option="--match")
            reason = options["reason"] or ", ".join(f"{k} = {v}" for k, v in filters.items())
            added = affected_add(
                incident=incident,
                customers=customers_matching(filters),
                reason=reason,
                actor=actor,
            )
            self.say(f"{added} customer(s) added to {incident.reference}")
        else:
            segment = segment_by_name(options["segment"]) if options["segment"] else None
            where = segment.where if segment else options["where"]
            added = affected_from_segment(
                incident=incident, where=where, segment=segment, actor=actor
            )
            self.say(f"{added} customer(s) added to {incident.reference}")
        self.say(str(incident.affected.count()))

    def handle_update(self, **options: Any) -> None:
        incident = incident_by_reference(options["incident"])
        actor = user_by_name(options["actor"]) if options["actor"] else None
        incident_post_update(
            incident=incident, stage=options["stage"], message=options["message"], actor=actor
        )
        self.say(f"{incident.reference} is now {incident.get_stage_display().lower()}")
