"""Bringing customer data in: CSV files today, upserted by the business's own key."""

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.customers.models import Customer, Segment
from ownup.customers.segments import segment_count, where_checked
from ownup.customers.values import typed_value
from ownup.errors import UserError

KEY_COLUMNS = ("key", "id", "customer_id", "customer", "account", "account_id", "number")
EMAIL_COLUMNS = ("email", "e-mail", "email_address", "mail")
NAME_COLUMNS = ("name", "full_name", "customer_name", "contact", "contact_name")
PHONE_COLUMNS = ("phone", "telephone", "mobile", "phone_number")
ERRORS_SHOWN = 20
WRITE_CHUNK = 1000

Progress = Callable[[int, int], None]


@dataclass
class RowProblem:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.reason}"


class ImportRejected(UserError):
    def __init__(self, source: str, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:ERRORS_SHOWN])
        more = len(problems) - ERRORS_SHOWN
        extra = f"; and {more} more" if more > 0 else ""
        super().__init__(f"{source}: {len(problems)} bad row(s), nothing imported: {shown}{extra}")


@dataclass
class ColumnMap:
    key: str
    email: str
    name: str | None
    phone: str | None
    attributes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    source: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    missing_from_source: int = 0

    @property
    def total(self) -> int:
        return self.added + self.changed + self.unchanged


def guess_columns(header: list[str], *, source: str) -> ColumnMap:
    """Find the key, email, name and phone columns by their usual names."""
    # "Customer ID", "customer-id" and "customer_id" are the same column to a person.
    lowered = {_attribute_name(h): h for h in header}

    def find(candidates: tuple[str, ...]) -> str | None:
        names = (_attribute_name(c) for c in candidates)
        return next((lowered[n] for n in names if n in lowered), None)

    email = find(EMAIL_COLUMNS)
    if email is None:
        raise UserError(
            f"{source}: no email column (looked for {', '.join(EMAIL_COLUMNS)}); "
            f"the columns are: {', '.join(header)}"
        )
    key = find(KEY_COLUMNS) or email
    name, phone = find(NAME_COLUMNS), find(PHONE_COLUMNS)
    named = {key, email, name, phone}
    return ColumnMap(key, email, name, phone, [h for h in header if h not in named])


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a file") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _rows(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    sample = text[: 64 * 1024]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, [])
    return header, ((reader.line_num, row) for row in reader if any(c.strip() for c in row))


def _customer_fields(row: list[str], header: list[str], columns: ColumnMap) -> dict[str, Any]:
    cells = dict(zip(header, row, strict=False))
    return {
        "key": cells.get(columns.key, "").strip(),
        "email": cells.get(columns.email, "").strip(),
        "name": cells.get(columns.name, "").strip() if columns.name else "",
        "phone": cells.get(columns.phone, "").strip() if columns.phone else "",
        "attributes": {
            _attribute_name(c): typed_value(cells.get(c, "")) for c in columns.attributes
        },
    }


def _attribute_name(column: str) -> str:
    return column.strip().lower().replace(" ", "_").replace("-", "_")


def _problems(
    line: int,
    fields: dict[str, Any],
    columns: ColumnMap,
    width: int,
    row_width: int,
    seen: dict[str, int],
) -> list[RowProblem]:
    problems = []
    if row_width != width:
        problems.append(
            RowProblem(line, "*", f"has {row_width} cells where the header has {width}")
        )
    if not fields["key"]:
        problems.append(RowProblem(line, columns.key, "is empty"))
    elif fields["key"] in seen:
        problems.append(
            RowProblem(
                line, columns.key, f"'{fields['key']}' is already on line {seen[fields['key']]}"
            )
        )
    try:
        validate_email(fields["email"])
    except ValidationError:
        problems.append(RowProblem(line, columns.email, f"'{fields['email']}' is not an address"))
    return problems


def customers_import(
    *, path: Path, source: str | None = None, on_progress: Progress | None = None
) -> ImportReport:
    """Upsert every row of a CSV file by key, or change nothing at all.

    Atomic and idempotent: importing the same file twice reports it unchanged. Any bad row
    rejects the whole file with every problem named by line and column.
    """
    source = source or path.name
    header, rows = _rows(_read_text(path))
    if not header:
        raise UserError(f"{path}: the file is empty")
    columns = guess_columns(header, source=str(path))
    seen: dict[str, int] = {}
    incoming: dict[str, dict[str, Any]] = {}
    problems: list[RowProblem] = []
    for line, row in rows:
        fields = _customer_fields(row, header, columns)
        problems += _problems(line, fields, columns, len(header), len(row), seen)
        seen.setdefault(fields["key"], line)
        incoming[fields["key"]] = fields
    if problems:
        raise ImportRejected(str(path), problems)
    return _upsert(incoming, source=source, on_progress=on_progress)


def _upsert(
    incoming: dict[str, dict[str, Any]], *, source: str, on_progress: Progress | None
) -> ImportReport:
    report = ImportReport(source=source)
    now = timezone.now()
    tracked = ("name", "email", "phone", "attributes")
    with transaction.atomic():
        existing = Customer.objects.in_bulk(list(incoming), field_name="key")
        new: list[Customer] = []
        changed: list[Customer] = []
        unchanged: list[str] = []
        for done, (key, fields) in enumerate(incoming.items(), start=1):
            customer = existing.get(key)
            if customer is None:
                new.append(Customer(**fields, source=source, imported_at=now))
                report.added += 1
            elif any(getattr(customer, f) != fields[f] for f in tracked):
                for f in tracked:
                    setattr(customer, f, fields[f])
                customer.source, customer.imported_at = source, now
                changed.append(customer)
                report.changed += 1
            else:
                unchanged.append(key)
                report.unchanged += 1
            if on_progress and done % WRITE_CHUNK == 0:
                on_progress(done, len(incoming))
        Customer.objects.bulk_create(new, batch_size=WRITE_CHUNK)
        Customer.objects.bulk_update(
            changed, [*tracked, "source", "imported_at"], batch_size=WRITE_CHUNK
        )
        # Unchanged rows were still seen in this import: that is what "last imported" means.
        for start in range(0, len(unchanged), WRITE_CHUNK):
            Customer.objects.filter(key__in=unchanged[start : start + WRITE_CHUNK]).update(
                source=source, imported_at=now
            )
        in_source = Customer.objects.filter(source=source).count()
        report.missing_from_source = in_source - len(incoming)
    if on_progress:
        on_progress(len(incoming), len(incoming))
    return report


def segment_save(
    *, name: str, where: str, actor: User | None, conditions: dict[str, Any] | None = None
) -> Segment:
    """Save (or replace) a named segment after checking its condition runs. Atomic."""
    name = name.strip()
    if not name:
        raise UserError("name: a segment needs a name")
    clause = where_checked(where)
    segment_count(clause)  # a clause that names an unknown column fails here, not at freeze
    with transaction.atomic():
        segment, created = Segment.objects.update_or_create(
            name=name,
            defaults={"where": clause, "conditions": conditions or {}, "created_by": actor},
        )
        audit_record(
            actor=actor,
            action="segment.saved" if created else "segment.changed",
            target=name,
            where=clause,
        )
    return segment
