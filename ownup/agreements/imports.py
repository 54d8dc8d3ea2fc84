"""`agreements_import`: plan terms from a spreadsheet or CSV, one row per plan and version.

Columns (header names, any order, case ignored): plan (or customer, a customer's key),
effective_from (or from), backups_by, and optionally availability_percent (or availability),
credit_tiers, support_hours, support_channels, included, paid_extras, duties, notes.
Structured cells take JSON or a short form a person can type:
  credit_tiers      99.9:10, 99:25, 95:50          (below : percent of the monthly fee)
  paid_extras       Restore from our snapshot, best effort = 75 GBP (backups); Migration = 120
  duties            dns=us, updates=customer
  support_channels  email, phone
All or nothing: the first problems are named by line and column and nothing is stored.
Importing the same file again changes nothing; rows already stored are counted unchanged.
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from django.db import transaction

from ownup.accounts.models import User
from ownup.agreements.models import Agreement
from ownup.agreements.services import agreement_set, plan_key
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
from ownup.customers.models import Customer
from ownup.customers.sources import load_source
from ownup.errors import UserError

ALIASES = {
    "from": "effective_from",
    "effective": "effective_from",
    "availability": "availability_percent",
    "customer_key": "customer",
    "channels": "support_channels",
    "hours": "support_hours",
    "extras": "paid_extras",
}
COLUMNS = (
    "plan",
    "customer",
    "effective_from",
    "backups_by",
    "availability_percent",
    "credit_tiers",
    "support_hours",
    "support_channels",
    "included",
    "paid_extras",
    "duties",
    "notes",
)
PROBLEMS_SHOWN = 5
EXTRA = re.compile(
    r"^(?P<name>.+?)\s*(?:=\s*(?P<price>\d+(?:\.\d+)?)?\s*(?P<currency>[A-Za-z]{3})?)?"
    r"\s*(?:\((?P<duty>[\w ]+)\))?$"
)


@dataclass(frozen=True)
class ImportReport:
    source: str
    added: int
    unchanged: int


def _json_or(text: str, short: Callable[[str], Any]) -> Any:
    stripped = text.strip()
    if stripped.startswith(("[", "{")):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as error:
            raise UserError(f"is not valid JSON ({error.msg})") from None
    return short(stripped)


def tiers_from_text(text: str) -> list[dict[str, str]]:
    tiers = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", text))):
        below, sep, percent = part.partition(":")
        if not sep:
            raise UserError(f"'{part}' is not below:percent, like 99.9:10")
        tiers.append({"below": below.strip(), "percent": percent.strip()})
    return tiers


def extras_from_text(text: str) -> list[dict[str, str | None]]:
    extras = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = EXTRA.match(part)
        if match is None:  # pragma: no cover - the pattern accepts any non-empty text
            raise UserError(f"'{part}' is not 'name = price CUR (duty)'")
        extras.append(
            {
                "name": match["name"],
                "price": match["price"],
                "currency": match["currency"] or "GBP",
                "duty": match["duty"] or "",
            }
        )
    return extras


def duties_from_text(text: str) -> dict[str, str]:
    duties = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", text))):
        duty, sep, who = part.partition("=")
        if not sep:
            raise UserError(f"'{part}' is not duty=party, like dns=us")
        duties[duty.strip()] = who.strip()
    return duties


def terms_from_cells(
    cells: Mapping[str, str | None], where: Callable[[str], str]
) -> AgreementTerms:
    def cell(name: str) -> str:
        return (cells.get(name) or "").strip()

    def parsed(name: str, parse: Callable[[Any, str], Any], short: Callable[[str], Any]) -> Any:
        if not cell(name):
            return parse(None, where(name))
        try:
            value = _json_or(cell(name), short)
        except UserError as error:
            raise UserError(f"{where(name)}: {error}") from None
        return parse(value, where(name))

    backups = party_from_word(cell("backups_by"))
    if backups is None:
        raise UserError(
            f"{where('backups_by')}: '{cell('backups_by')}' is not us, provider or customer"
        )
    availability = cell("availability_percent")
    return AgreementTerms(
        backups_by=backups,
        availability_percent=(
            percent_from(availability, where("availability_percent")) if availability else None
        ),
        credit_tiers=tuple(parsed("credit_tiers", credit_tiers_from, tiers_from_text)),
        support_hours=cell("support_hours"),
        support_channels=tuple(channels_from(cell("support_channels"))),
        included=cell("included"),
        paid_extras=tuple(parsed("paid_extras", paid_extras_from, extras_from_text)),
        duties=parsed("duties", duties_from, duties_from_text),
        notes=cell("notes"),
    )


def _same(agreement: Agreement, terms: AgreementTerms) -> bool:
    return AgreementTerms.of(agreement) == terms


def agreements_import(*, path: Path, imported_by: User | None) -> ImportReport:
    """Store every row of the file as a plan's (or customer's) version. Atomic, idempotent."""
    with duckdb.connect() as con:
        source = load_source(con, path=path)
        names = {c: ALIASES.get(c.strip().lower(), c.strip().lower()) for c in source.columns}
        unknown = [c for c, name in names.items() if name not in COLUMNS]
        if unknown:
            raise UserError(
                f"{source.name}: column '{unknown[0]}' is not one of {', '.join(COLUMNS)}"
            )
        for required in ("effective_from", "backups_by"):
            if required not in names.values():
                raise UserError(f"{source.name}: needs a column '{required}'")
        if "plan" not in names.values() and "customer" not in names.values():
            raise UserError(f"{source.name}: needs a column 'plan' or 'customer'")
        quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in source.columns)
        records = con.execute(f"select _line, {quoted} from incoming order by _line").fetchall()
    header = {name: column for column, name in names.items()}
    rows = []
    problems: list[str] = []
    for line, *values in records:
        cells = {names[c]: v for c, v in zip(source.columns, values, strict=True)}

        def where(name: str, line: int = line) -> str:
            return f"{source.unit} {line}, column {header.get(name, name)}"

        try:
            rows.append((line, *_row(cells, where)))
        except UserError as error:
            problems.append(str(error))
    if problems:
        _reject(source.name, problems)
    added = unchanged = 0
    # Each plan's versions in date order, so a file may hold a plan's whole history.
    rows.sort(key=lambda r: (r[1], (r[2] is not None and r[2].pk) or 0, r[3]))
    with transaction.atomic():
        for line, plan, customer, effective_from, terms in rows:
            existing = Agreement.objects.filter(
                plan=plan, customer=customer, effective_from=effective_from
            ).first()
            if existing is not None and _same(existing, terms):
                unchanged += 1
                continue
            try:
                if existing is not None:
                    raise UserError(
                        f"already has different terms from {effective_from:%Y-%m-%d}; "
                        f"add a new version with a later date instead"
                    )
                agreement_set(
                    plan=plan,
                    customer=customer,
                    effective_from=effective_from,
                    terms=terms,
                    created_by=imported_by,
                )
            except UserError as error:
                message = str(error).removeprefix("from: ")
                raise UserError(
                    f"{source.name}: {source.unit} {line}: {message}; nothing imported"
                ) from None
            added += 1
    return ImportReport(source=source.name, added=added, unchanged=unchanged)


def _row(
    cells: dict[str, str | None], where: Callable[[str], str]
) -> tuple[str, Customer | None, Any, AgreementTerms]:
    plan = plan_key(cells.get("plan"))
    key = (cells.get("customer") or "").strip()
    if bool(plan) == bool(key):
        raise UserError(f"{where('plan')}: give either a plan or a customer key")
    customer = None
    if key:
        customer = Customer.objects.filter(key=key).first()
        if customer is None:
            raise UserError(f"{where('customer')}: no customer with key '{key}'")
    if not (cells.get("effective_from") or "").strip():
        raise UserError(f"{where('effective_from')}: is empty; give a date like 2026-01-31")
    effective_from = date_from(cells["effective_from"], where("effective_from"))
    return plan, customer, effective_from, terms_from_cells(cells, where)


def _reject(name: str, problems: list[str]) -> None:
    shown = "; ".join(problems[:PROBLEMS_SHOWN])
    more = len(problems) - PROBLEMS_SHOWN
    extra = f"; and {more} more" if more > 0 else ""
    count = "1 row has a problem" if len(problems) == 1 else f"{len(problems)} rows have problems"
    raise UserError(f"{name}: {count}, nothing imported: {shown}{extra}")
