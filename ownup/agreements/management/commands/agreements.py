import dataclasses
from pathlib import Path
from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.accounts.services import user_by_name
from ownup.agreements.imports import (
    agreements_import,
    duties_from_text,
    extras_from_text,
    tiers_from_text,
)
from ownup.agreements.models import Agreement
from ownup.agreements.selectors import customer_named, plans_listed, terms_lines
from ownup.agreements.services import (
    agreement_for,
    agreement_set,
    agreement_versions,
    boundary_for,
)
from ownup.agreements.terms import (
    AgreementTerms,
    channels_from,
    credit_tiers_from,
    date_from,
    duties_from,
    paid_extras_from,
    party_from_word,
    percent_from,
)
from ownup.commands import OwnupCommand
from ownup.errors import UserError


def _as_json(agreement: Agreement) -> dict[str, Any]:
    return {
        "plan": agreement.plan or agreement.based_on_plan,
        "customer": agreement.customer.key if agreement.customer else None,
        "effective_from": agreement.effective_from.isoformat(),
        "terms_from_attributes": list(agreement.terms_from_attributes),
        **AgreementTerms.of(agreement).as_json(),
    }


def _versions(count: int) -> str:
    return "1 version" if count == 1 else f"{count} versions"


class Command(OwnupCommand):
    help = "Agreements: each plan's terms (backups, availability, support, extras) by date."
    verbs: ClassVar[dict[str, str]] = {
        "list": "List plans with the terms in force today.",
        "show": "Show a plan's terms and every version (or --customer KEY for theirs).",
        "set": "Add a new version of a plan's terms from a date; unchanged terms carry over.",
        "import": "Import plan terms from CSV or xlsx, one row per plan and version.",
        "for": "Show the terms that apply to a customer (key or email) on a day.",
    }

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def add_show_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("plan", nargs="?", default="")
        parser.add_argument("--customer", default="", help="a customer's own terms instead")
        parser.add_argument("--json", action="store_true")

    def add_set_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("plan", nargs="?", default="", help="the plan, e.g. starter")
        parser.add_argument("--customer", default="", help="set one customer's own terms")
        parser.add_argument("--from", dest="effective_from", required=True, help="YYYY-MM-DD")
        parser.add_argument("--backups-by", help="us (or provider) or customer")
        parser.add_argument("--availability", help="percent, e.g. 99.9; 'none' for no promise")
        parser.add_argument("--credit-tiers", help="below:percent pairs, e.g. '99.9:10, 99:25'")
        parser.add_argument("--support-hours", help="e.g. 'Mon-Fri 09:00-17:30 Europe/London'")
        parser.add_argument("--channels", help="support channels, e.g. 'email, phone'")
        parser.add_argument("--included", help="what the plan includes, in words")
        parser.add_argument(
            "--extra",
            action="append",
            help="'Name = 75 GBP (backups)'; repeat for more; replaces the previous extras",
        )
        parser.add_argument("--duty", action="append", help="another duty, e.g. dns=us")
        parser.add_argument("--notes")
        parser.add_argument("--as", dest="actor", help="the lead or admin making the change")

    def add_import_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--as", dest="actor", help="who is importing")

    def add_for_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("customer", help="the customer's key or email")
        parser.add_argument("--on", help="the day, YYYY-MM-DD (default today)")
        parser.add_argument(
            "--asks", help="what they asked for, e.g. 'restore my files': is it theirs to do?"
        )
        parser.add_argument("--json", action="store_true")

    def handle_list(self, **options: Any) -> None:
        listed = plans_listed(on=timezone.localdate())
        if options["json"]:
            self.say_json(
                [
                    {
                        "plan": p.plan,
                        "current": _as_json(p.current) if p.current else None,
                        "upcoming": _as_json(p.upcoming) if p.upcoming else None,
                        "versions": len(p.versions),
                    }
                    for p in listed
                ]
            )
            return
        if not listed:
            self.say("no agreements yet: ownup agreements set PLAN … or ownup agreements import")
        for p in listed:
            if p.current is None:
                self.say(f"{p.plan:<12} no terms in force yet")
            else:
                availability = dict(terms_lines(p.current))["Availability"]
                self.say(
                    f"{p.plan:<12} backups by {dict(terms_lines(p.current))['Backups by']:<14}"
                    f"availability {availability:<11}"
                    f"since {p.current.effective_from:%Y-%m-%d}  ({_versions(len(p.versions))})"
                )
            if p.upcoming is not None:
                self.say(f"{'':<12} new terms from {p.upcoming.effective_from:%Y-%m-%d}")

    def handle_show(self, **options: Any) -> None:
        customer = customer_named(options["customer"]) if options["customer"] else None
        if customer is None and not options["plan"]:
            raise UserError("show: name a plan or --customer KEY")
        versions = agreement_versions(plan=options["plan"], customer=customer)
        who = f"customer {customer.key}" if customer else f"plan '{options['plan']}'"
        if not versions:
            raise UserError(f"{who}: no terms recorded")
        if options["json"]:
            self.say_json([_as_json(v) for v in versions])
            return
        today = timezone.localdate()
        self.say(f"{who}: {_versions(len(versions))}, newest first")
        for version in versions:
            state = "in force" if version.effective_from <= today else "upcoming"
            if version.effective_from <= today and version is not next(
                v for v in versions if v.effective_from <= today
            ):
                state = "earlier"
            self.say(f"- {state}")
            self._terms(version)

    def _terms(self, agreement: Agreement) -> None:
        for label, text in terms_lines(agreement):
            self.say(f"  {label + ':':<18} {text}")

    def handle_set(self, **options: Any) -> None:
        customer = customer_named(options["customer"]) if options["customer"] else None
        effective_from = date_from(options["effective_from"], "--from")
        previous = agreement_versions(plan=options["plan"], customer=customer)
        if not previous and customer is not None:
            # A customer's first own terms start from what applies to them then.
            applying = agreement_for(customer, on=effective_from)
            previous = [applying] if applying is not None else []
        if previous:
            terms = AgreementTerms.of(previous[0])
        elif options["backups_by"] is None:
            raise UserError("--backups-by: needed for the first version of an agreement")
        else:
            terms = AgreementTerms(backups_by="customer")
        changes: dict[str, Any] = {}
        if options["backups_by"] is not None:
            party = party_from_word(options["backups_by"])
            if party is None:
                raise UserError(f"--backups-by: '{options['backups_by']}' is not us or customer")
            changes["backups_by"] = party
        if options["availability"] is not None:
            text = options["availability"].strip().lower()
            changes["availability_percent"] = (
                None if text == "none" else percent_from(text, "--availability")
            )
        if options["credit_tiers"] is not None:
            changes["credit_tiers"] = tuple(
                credit_tiers_from(tiers_from_text(options["credit_tiers"]), "--credit-tiers")
            )
        if options["support_hours"] is not None:
            changes["support_hours"] = options["support_hours"].strip()
        if options["channels"] is not None:
            changes["support_channels"] = tuple(channels_from(options["channels"]))
        if options["included"] is not None:
            changes["included"] = options["included"].strip()
        if options["extra"]:
            changes["paid_extras"] = tuple(
                paid_extras_from(extras_from_text("; ".join(options["extra"])), "--extra")
            )
        if options["duty"]:
            changes["duties"] = {
                **terms.duties,
                **duties_from(duties_from_text(", ".join(options["duty"])), "--duty"),
            }
        if options["notes"] is not None:
            changes["notes"] = options["notes"].strip()
        actor = user_by_name(options["actor"]) if options["actor"] else None
        agreement = agreement_set(
            plan=options["plan"],
            customer=customer,
            effective_from=effective_from,
            terms=dataclasses.replace(terms, **changes),
            created_by=actor,
        )
        who = f"customer {customer.key}" if customer else f"plan '{agreement.plan}'"
        self.say(f"new terms for {who} from {agreement.effective_from:%Y-%m-%d}")
        self._terms(agreement)

    def handle_import(self, **options: Any) -> None:
        actor = user_by_name(options["actor"]) if options["actor"] else None
        report = agreements_import(path=options["file"], imported_by=actor)
        self.say(f"{report.source}: {report.added} new versions, {report.unchanged} unchanged")

    def handle_for(self, **options: Any) -> None:
        customer = customer_named(options["customer"])
        on = date_from(options["on"], "--on") if options["on"] else timezone.localdate()
        agreement = agreement_for(customer, on=on)
        if agreement is None:
            plan = (customer.attributes or {}).get("plan")
            reason = f"plan '{plan}' has no terms in force" if plan else "no plan attribute"
            raise UserError(f"customer {customer.key}: no agreement on {on:%Y-%m-%d} ({reason})")
        if options["json"]:
            self.say_json(_as_json(agreement))
            return
        if agreement.terms_from_attributes:
            kind = " (adjusted by the customer's imported data)"
        else:
            kind = " (own terms)" if agreement.is_customers_own else ""
        self.say(f"{customer}: {agreement.label[0].upper()}{agreement.label[1:]}{kind}")
        self._terms(agreement)
        if options["asks"]:
            boundary = boundary_for(customer, [options["asks"]], on=on)
            if boundary is None:
                self.say("Asked for: nothing in it is theirs to do under these terms.")
                return
            self.say(f"Boundary: {boundary.statement}")
            for option in boundary.options:
                self.say(f"  Option: {option}")
