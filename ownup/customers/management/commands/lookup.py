import datetime as dt
from typing import Any

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.commands import OwnupCommand
from ownup.customers.lookup import (
    CustomerStory,
    LookupMatch,
    customer_index,
    customer_lookup,
    customer_story,
)


def _when(at: dt.datetime | None) -> str:
    return timezone.localtime(at).strftime("%Y-%m-%d %H:%M %Z") if at else "never"


def _iso(at: dt.datetime | None) -> str | None:
    return at.isoformat() if at else None


def match_as_dict(match: LookupMatch) -> dict[str, Any]:
    c = match.customer
    return {
        "key": c.key,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "score": match.score,
        "exact": match.exact,
        "matched_on": match.matched_on,
    }


def story_as_dict(story: CustomerStory) -> dict[str, Any]:
    c, last_import = story.customer, story.last_import
    return {
        "key": c.key,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "affected": story.was_affected,
        "incidents": [
            {
                "reference": t.reference,
                "title": t.title,
                "stage": t.stage,
                "open": t.is_open,
                "reason": t.reason,
                "added_at": _iso(t.added_at),
            }
            for t in story.incidents
        ],
        "messages": [
            {
                "at": _iso(m.at),
                "sent": m.sent,
                "subject": m.subject,
                "to": m.to_address,
                "incident": m.incident_reference,
                "notice": m.notice,
                "status": m.status,
                "possible_duplicate": m.possible_duplicate,
                "last_error": m.last_error,
            }
            for m in story.messages
        ],
        "lists": [{"name": p.name, "added_at": _iso(p.added_at)} for p in story.lists],
        "not_on_lists": story.not_on_lists,
        "source": story.source,
        "imported_at": _iso(story.imported_at),
        "last_import_of_source": None
        if last_import is None
        else {
            "finished_at": _iso(last_import.finished_at),
            "imported_by": str(last_import.imported_by) if last_import.imported_by else None,
        },
        "left_source": story.left_source,
    }


class Command(OwnupCommand):
    help = (
        "Was this customer affected? Find a customer by email, name, phone or key (spelling "
        "mistakes are fine) and show the best matches and the story of the best one: "
        "incidents, messages sent, lists, where their data came from. When nobody matches it "
        "prints \"no customer matches 'QUERY'\" and exits 0 (with --json: an empty "
        '"matches" list and "customer": null).'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "query", nargs="+", help="what the caller gave: 'Tomas Reyes', an email, a phone…"
        )
        parser.add_argument("--limit", type=int, default=5, help="matches to list (default 5)")
        parser.add_argument(
            "--json",
            action="store_true",
            help='print one JSON object: {"matches": [...], "customer": {...} or null}',
        )

    def run(self, **options: Any) -> None:
        query = " ".join(options["query"]).strip()
        with self.progress() as bar:
            # Only the first lookup in a process builds the index; say so while it does.
            task = bar.add_task("indexing customers", total=None)
            customer_index(on_progress=lambda done: bar.update(task, completed=done))
        matches = customer_lookup(query, limit=max(options["limit"], 1))
        story = customer_story(matches[0].customer) if matches else None
        if options["json"]:
            self.say_json(
                {
                    "matches": [match_as_dict(m) for m in matches],
                    "customer": story_as_dict(story) if story else None,
                }
            )
        elif story is None:
            self.say(f"no customer matches '{query}'")
        else:
            self._print(matches, story)

    def _print(self, matches: list[LookupMatch], story: CustomerStory) -> None:
        for match in matches:
            how = (
                f"same {match.matched_on}"
                if match.exact
                else f"{match.score}% like the {match.matched_on}"
            )
            c = match.customer
            self.say(f"{c.key:<12} {c.name:<28} {c.email:<36} {how}")
        c = story.customer
        self.say()
        self.say(f"{c.name or c.key} <{c.email}>  key {c.key}  phone {c.phone or '-'}")
        if story.was_affected:
            self.say(f"Affected by {len(story.incidents)} incident(s):")
            for t in story.incidents:
                self.say(
                    f"  {t.reference} {t.title} ({t.stage}): {t.reason}, since {_when(t.added_at)}"
                )
        else:
            self.say("Not affected by any incident.")
        if story.messages:
            self.say("Messages:")
            for m in story.messages:
                duplicate = ", may have arrived twice" if m.possible_duplicate else ""
                self.say(
                    f"  {_when(m.at)}  {m.incident_reference}  {m.status_label}{duplicate}: "
                    f"{m.subject}"
                )
        else:
            self.say("No messages sent to them.")
        on, not_on = [p.name for p in story.lists], story.not_on_lists
        if on or not_on:
            others = f"; not on {', '.join(not_on)}" if not_on else ""
            self.say(f"Lists: on {', '.join(on) or 'none'}{others}.")
        else:
            self.say("Lists: there are none yet.")
        left = " (not in its latest import)" if story.left_source else ""
        self.say(
            f"Data: from {story.source or 'no source'}{left}, "
            f"last imported {_when(story.imported_at)}."
        )
