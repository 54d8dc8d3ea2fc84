"""Bringing customer data in from any source, upserted by the business's own key.

DuckDB reads and checks the source (a file of any size never sits in Python memory); the rows
then go into a temporary table of the database in batches, and a few set-based statements
merge them, all in one transaction: an import completes or changes nothing.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.customers.models import Customer, CustomerImport, CustomerList
from ownup.customers.sources import Source, load_source
from ownup.errors import UserError

KEY_COLUMNS = ("key", "id", "customer_id", "customer", "account", "account_id", "number")
EMAIL_COLUMNS = ("email", "e-mail", "email_address", "mail")
NAME_COLUMNS = ("name", "full_name", "customer_name", "contact", "contact_name")
PHONE_COLUMNS = ("phone", "telephone", "mobile", "phone_number")
ATTRIBUTE_TYPES = ("text", "integer", "number", "date", "boolean")
ERRORS_SHOWN = 20
ERRORS_KEPT = 1000
WRITE_CHUNK = 50_000
PRUNE_CHUNK = 1000
STAGING = "ownup_import_rows"
SQLITE_CACHE_KIB = 256 * 1024
EMAIL_PATTERN = r"[^@\s]+@[^@\s]+\.[^@\s.]+"
INTEGER_PATTERN = r"-?(0|[1-9][0-9]*)"
NUMBER_PATTERN = r"-?(0|[1-9][0-9]*)(\.[0-9]+)?"
DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
# PostgreSQL sends its booleans as t and f.
TRUE_WORDS = ("true", "yes", "t")
FALSE_WORDS = ("false", "no", "f")

Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    reason: str
    unit: str = "line"

    def __str__(self) -> str:
        return f"{self.unit} {self.line}, column {self.column}: {self.reason}"


class ImportRejected(UserError):
    def __init__(self, source: str, problems: list[RowProblem], total: int) -> None:
        self.problems = problems
        self.total = total
        shown = "; ".join(str(p) for p in problems[:ERRORS_SHOWN])
        more = total - min(len(problems), ERRORS_SHOWN)
        extra = f"; and {more} more" if more > 0 else ""
        super().__init__(
            f"{source}: {total} problem(s), nothing imported (--skip-bad-rows imports the rest): "
            f"{shown}{extra}"
        )


@dataclass(frozen=True)
class ColumnMapping:
    """Which source column holds what; None means: guess it from the usual names."""

    key: str | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Columns:
    key: str
    email: str
    name: str | None
    phone: str | None
    attributes: dict[str, str]  # source column → attribute type


@dataclass
class ImportReport:
    source: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    missing_from_source: int = 0
    pruned: int = 0
    skipped_rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    attribute_types: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.added + self.changed + self.unchanged


def attribute_name(column: str) -> str:
    """'Monthly Fee' and 'monthly-fee' are the same attribute to a person: monthly_fee."""
    return "_".join(column.strip().lower().replace("-", " ").split())


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def guess_columns(source: Source, mapping: ColumnMapping, types: dict[str, str]) -> Columns:
    """The key, email, name and phone columns, by the mapping or by their usual names."""
    by_name = {attribute_name(c): c for c in source.columns}
    listed = ", ".join(source.columns)

    def pick(option: str, chosen: str | None, usual: tuple[str, ...]) -> str | None:
        if chosen is not None:
            if chosen not in source.columns:
                raise UserError(f"--{option}: {source.name} has no column '{chosen}' ({listed})")
            return chosen
        return next((by_name[n] for n in map(attribute_name, usual) if n in by_name), None)

    email = pick("email", mapping.email, EMAIL_COLUMNS)
    if email is None:
        raise UserError(
            f"{source.name}: no email column (looked for {', '.join(EMAIL_COLUMNS)}); "
            f"the columns are: {listed}"
        )
    key = pick("key", mapping.key, KEY_COLUMNS) or email
    name = pick("name", mapping.name, NAME_COLUMNS)
    phone = pick("phone", mapping.phone, PHONE_COLUMNS)
    named = {key, email, name, phone}
    attributes = [c for c in source.columns if c not in named]
    for column, kind in types.items():
        if column not in attributes:
            raise UserError(f"--type: '{column}' is not an attribute column of {source.name}")
        if kind not in ATTRIBUTE_TYPES:
            raise UserError(f"--type: '{kind}' is not one of {', '.join(ATTRIBUTE_TYPES)}")
    return Columns(key, email, name, phone, {c: types.get(c, "") for c in attributes})


def _cell(column: str) -> str:
    return f"trim(coalesce({_q(column)}, ''))"


def _parses(kind: str, cell: str) -> str:
    if kind == "integer":
        return f"regexp_full_match({cell}, '{INTEGER_PATTERN}')"
    if kind == "number":
        return f"regexp_full_match({cell}, '{NUMBER_PATTERN}')"
    if kind == "date":
        pattern = f"regexp_full_match({cell}, '{DATE_PATTERN}')"
        return f"({pattern} AND TRY_CAST({cell} AS DATE) IS NOT NULL)"
    if kind == "boolean":
        return f"lower({cell}) IN {TRUE_WORDS + FALSE_WORDS}"
    return "true"


def _infer_types(con: duckdb.DuckDBPyConnection, columns: Columns) -> dict[str, str]:
    """A column is a number, date or yes/no only if every filled cell is; else it is text."""
    undecided = [c for c, kind in columns.attributes.items() if not kind]
    decided = {c: k for c, k in columns.attributes.items() if k}
    if not undecided:
        return decided
    checks = ("integer", "number", "date", "boolean")
    parts = []
    for column in undecided:
        cell = _cell(column)
        parts.append(f"count(*) FILTER (WHERE {cell} <> '')")
        parts += [f"count(*) FILTER (WHERE {cell} <> '' AND {_parses(k, cell)})" for k in checks]
    row = con.execute(f"SELECT {', '.join(parts)} FROM incoming").fetchone()
    assert row is not None
    for index, column in enumerate(undecided):
        filled, *fits = row[index * 5 : index * 5 + 5]
        kind = next(
            (k for k, n in zip(checks, fits, strict=True) if filled and n == filled), "text"
        )
        decided[column] = kind
    return {c: decided[c] for c in columns.attributes}


def _typed(kind: str, column: str) -> str:
    cell = _cell(column)
    if kind == "integer":
        return f"TRY_CAST(NULLIF({cell}, '') AS BIGINT)"
    if kind == "number":
        return f"TRY_CAST(NULLIF({cell}, '') AS DOUBLE)"
    if kind == "date":
        return f"strftime(TRY_CAST(NULLIF({cell}, '') AS DATE), '%Y-%m-%d')"
    if kind == "boolean":
        return (
            f"CASE WHEN lower({cell}) IN {TRUE_WORDS} THEN true "
            f"WHEN lower({cell}) IN {FALSE_WORDS} THEN false END"
        )
    return f"NULLIF({cell}, '')"


def _find_problems(
    con: duckdb.DuckDBPyConnection, columns: Columns, types: dict[str, str], unit: str
) -> tuple[list[RowProblem], int]:
    key, email = _cell(columns.key), _cell(columns.email)
    checks = [
        f"SELECT _line, {_lit(columns.key)} AS col, 'is empty' AS reason FROM incoming "
        f"WHERE {key} = ''",
        f"SELECT _line, {_lit(columns.key)}, '''' || k || ''' is already on {unit} ' || first "
        f"FROM (SELECT _line, {key} AS k, min(_line) OVER (PARTITION BY {key}) AS first "
        f"FROM incoming WHERE {key} <> '') WHERE _line > first",
        f"SELECT _line, {_lit(columns.email)}, "
        f"CASE WHEN {email} = '' THEN 'is empty' "
        f"ELSE '''' || {email} || ''' is not an address' END "
        f"FROM incoming WHERE NOT regexp_full_match({email}, '{EMAIL_PATTERN}')",
    ]
    for column, kind in types.items():
        cell = _cell(column)
        if kind != "text":
            article = "an" if kind[0] in "aeiou" else "a"
            checks.append(
                f"SELECT _line, {_lit(column)}, '''' || {cell} || ''' is not {article} {kind}' "
                f"FROM incoming WHERE {cell} <> '' AND NOT {_parses(kind, cell)}"
            )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE problems AS " + " UNION ALL ".join(f"({c})" for c in checks)
    )
    total_row = con.execute("SELECT count(*) FROM problems").fetchone()
    total = int(total_row[0]) if total_row else 0
    rows = con.execute(
        f"SELECT _line, col, reason FROM problems ORDER BY _line, col LIMIT {ERRORS_KEPT}"
    ).fetchall()
    return [RowProblem(int(line), col, reason, unit) for line, col, reason in rows], total


def _clean_rows(columns: Columns, types: dict[str, str]) -> str:
    pairs = ", ".join(f"{_lit(attribute_name(c))}, {_typed(k, c)}" for c, k in types.items())
    return (
        f"SELECT {_cell(columns.key)}, "
        f"{_cell(columns.name) if columns.name else chr(39) * 2}, "
        f"{_cell(columns.email)}, "
        f"{_cell(columns.phone) if columns.phone else chr(39) * 2}, "
        f"json_object({pairs})::VARCHAR "
        "FROM incoming WHERE _line NOT IN (SELECT _line FROM problems) ORDER BY _line"
    )


class _Database:
    """The few statements that differ between SQLite and PostgreSQL."""

    def __init__(self) -> None:
        self.postgres = connection.vendor == "postgresql"
        self.json = "::jsonb" if self.postgres else ""

    def create_staging(self, cursor: Any) -> None:
        if not self.postgres:
            # SQLite's 2 MB default page cache makes a large insert re-read index pages.
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
        cursor.execute(
            f"CREATE TEMPORARY TABLE {STAGING} (key VARCHAR(200) PRIMARY KEY, name TEXT, "
            "email TEXT, phone TEXT, attributes TEXT)"
        )

    def load(self, cursor: Any, rows: list[tuple[Any, ...]]) -> None:
        if self.postgres:
            with cursor.cursor.copy(f"COPY {STAGING} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {STAGING} VALUES (%s, %s, %s, %s, %s)", rows)

    def differs(self, c: str, s: str) -> str:
        if self.postgres:
            fields = " OR ".join(
                f"{c}.{f} IS DISTINCT FROM {s}.{f}" for f in ("name", "email", "phone")
            )
            return f"({fields} OR {c}.attributes IS DISTINCT FROM {s}.attributes::jsonb)"
        fields = " OR ".join(f"{c}.{f} IS NOT {s}.{f}" for f in ("name", "email", "phone"))
        return f"({fields} OR json({c}.attributes) IS NOT json({s}.attributes))"


def _count(cursor: Any, sql: str, params: list[Any] | None = None) -> int:
    cursor.execute(sql, params or [])
    return int(cursor.fetchone()[0])


def _merge(cursor: Any, db: _Database, report: ImportReport, now: dt.datetime, total: int) -> None:
    table = "customers_customer"
    report.added = _count(
        cursor,
        f"SELECT count(*) FROM {STAGING} s WHERE NOT EXISTS "
        f"(SELECT 1 FROM {table} c WHERE c.key = s.key)",
    )
    report.changed = _count(
        cursor,
        f"SELECT count(*) FROM {STAGING} s JOIN {table} c ON c.key = s.key "
        f"WHERE {db.differs('c', 's')}",
    )
    report.unchanged = total - report.added - report.changed
    cursor.execute(
        f"UPDATE {table} SET name = s.name, email = s.email, phone = s.phone, "
        f"attributes = s.attributes{db.json}, updated_at = %s FROM {STAGING} s "
        f"WHERE {table}.key = s.key AND {db.differs(table, 's')}",
        [now],
    )
    cursor.execute(
        f"UPDATE {table} SET source = %s, imported_at = %s "
        f"WHERE key IN (SELECT key FROM {STAGING})",
        [report.source, now],
    )
    cursor.execute(
        f"INSERT INTO {table} (key, name, email, phone, attributes, source, imported_at, "
        f"created_at, updated_at) SELECT s.key, s.name, s.email, s.phone, "
        f"s.attributes{db.json}, %s, %s, %s, %s FROM {STAGING} s "
        f"WHERE NOT EXISTS (SELECT 1 FROM {table} c WHERE c.key = s.key)",
        [report.source, now, now, now],
    )


def _missing_ids(cursor: Any, source: str) -> list[int]:
    cursor.execute(
        "SELECT id FROM customers_customer c WHERE c.source = %s AND NOT EXISTS "
        f"(SELECT 1 FROM {STAGING} s WHERE s.key = c.key)",
        [source],
    )
    return [row[0] for row in cursor.fetchall()]


def _prune(ids: list[int]) -> int:
    """Delete who left the source, except anyone we told or an incident counts as affected."""
    pruned = 0
    for start in range(0, len(ids), PRUNE_CHUNK):
        chunk = ids[start : start + PRUNE_CHUNK]
        gone = Customer.objects.filter(pk__in=chunk, messages__isnull=True, incidents__isnull=True)
        pruned += gone.distinct().delete()[1].get("customers.Customer", 0)
    return pruned


def _add_to_list(cursor: Any, customer_list: CustomerList, now: dt.datetime) -> None:
    cursor.execute(
        "INSERT INTO customers_listmembership (customer_list_id, customer_id, added_at) "
        f"SELECT %s, c.id, %s FROM {STAGING} s JOIN customers_customer c ON c.key = s.key "
        "WHERE NOT EXISTS (SELECT 1 FROM customers_listmembership m "
        "WHERE m.customer_list_id = %s AND m.customer_id = c.id)",
        [customer_list.pk, now, customer_list.pk],
    )


def _duckdb() -> duckdb.DuckDBPyConnection:
    spill = Path(settings.OWNUP_DUCKDB_DIR) / "spill"
    spill.mkdir(parents=True, exist_ok=True)
    # Bounded memory: a file larger than this spills to disk instead of growing the process.
    return duckdb.connect(
        config={"memory_limit": "512MB", "temp_directory": str(spill), "threads": 2}
    )


def customers_import(
    *,
    path: Path | None = None,
    url: str | None = None,
    query: str | None = None,
    source_name: str | None = None,
    mapping: ColumnMapping | None = None,
    types: dict[str, str] | None = None,
    list_name: str | None = None,
    prune: bool = False,
    skip_bad_rows: bool = False,
    imported_by: User | None = None,
    on_progress: Progress | None = None,
) -> ImportReport:
    """Upsert every row of a file or query by key, or change nothing at all.

    Atomic and idempotent: importing the same source twice reports it unchanged. Every bad
    row is named by line and column; with `skip_bad_rows` the others are imported. Customers
    no longer in the source are counted, and deleted only with `prune` (never one we wrote to
    or an incident counts as affected). `list_name` records everyone in the source on a list.
    """
    started = timezone.now()
    with _duckdb() as con:
        source = load_source(con, path=path, url=url, query=query, on_progress=on_progress)
        name = source_name or source.name
        columns = guess_columns(source, mapping or ColumnMapping(), types or {})
        typed = _infer_types(con, columns)
        problems, total_problems = _find_problems(con, columns, typed, source.unit)
        if total_problems and not skip_bad_rows:
            raise ImportRejected(source.name, problems, total_problems)
        report = ImportReport(
            source=name,
            problems=problems,
            attribute_types={attribute_name(c): k for c, k in typed.items()},
        )
        good_row = con.execute(
            "SELECT count(*) FROM incoming WHERE _line NOT IN (SELECT _line FROM problems)"
        ).fetchone()
        good = int(good_row[0]) if good_row else 0
        all_row = con.execute("SELECT count(*) FROM incoming").fetchone()
        report.skipped_rows = (int(all_row[0]) if all_row else 0) - good
        result = con.execute(_clean_rows(columns, typed))
        db = _Database()
        now = timezone.now()
        with transaction.atomic(), connection.cursor() as cursor:
            db.create_staging(cursor)
            written = 0
            while rows := result.fetchmany(WRITE_CHUNK):
                db.load(cursor, rows)
                written += len(rows)
                if on_progress:
                    on_progress(written, good)
            _merge(cursor, db, report, now, good)
            missing = _missing_ids(cursor, name)
            report.pruned = _prune(missing) if prune else 0
            report.missing_from_source = len(missing) - report.pruned
            customer_list = None
            if list_name:
                customer_list, _ = CustomerList.objects.get_or_create(name=list_name.strip())
                _add_to_list(cursor, customer_list, now)
            cursor.execute(f"DROP TABLE {STAGING}")
            CustomerImport.objects.create(
                source=name,
                customer_list=customer_list,
                imported_by=imported_by,
                started_at=started,
                finished_at=timezone.now(),
                added=report.added,
                changed=report.changed,
                unchanged=report.unchanged,
                missing_from_source=report.missing_from_source,
                pruned=report.pruned,
                skipped_rows=report.skipped_rows,
            )
            audit_record(
                actor=imported_by,
                action="customers.imported",
                target=name,
                added=report.added,
                changed=report.changed,
                pruned=report.pruned,
                skipped_rows=report.skipped_rows,
            )
    return report
