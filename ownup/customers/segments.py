"""Evaluating segments: a WHERE clause over the customer mirror, safely and quickly.

The clause is people's SQL, so it runs on a read-only DuckDB connection that can reach no file
or network, as exactly one SELECT over the `customers` table, under a time limit.
"""

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb
from django.conf import settings

from ownup.customers.mirror import mirror_columns, mirror_cursor, quoted
from ownup.customers.models import Customer, Segment
from ownup.errors import UserError

FETCH_CHUNK = 10_000


@dataclass(frozen=True)
class SegmentPage:
    count: int
    customers: list[Customer]


def segment_by_name(name: str) -> Segment:
    try:
        return Segment.objects.get(name=name)
    except Segment.DoesNotExist:
        known = ", ".join(Segment.objects.values_list("name", flat=True)[:20]) or "none yet"
        raise UserError(f"segment: no segment named '{name}' (saved: {known})") from None


def where_checked(where: str) -> str:
    """The clause, if it is one condition that can only read customers; else a UserError."""
    clause = where.strip().rstrip(";").strip()
    if not clause:
        raise UserError("where: give a condition, e.g. plan = 'pro' AND server = 'web3'")
    try:
        statements = duckdb.extract_statements(f"SELECT id FROM customers WHERE ({clause})")
    except duckdb.Error as exc:
        raise UserError(f"where: {_first_line(exc)}") from None
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise UserError("where: one condition only; it may not end one statement and start another")
    return clause


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0]


def _run(cursor: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyConnection:
    seconds = settings.OWNUP_SEGMENT_SECONDS
    timer = threading.Timer(seconds, cursor.interrupt)
    timer.start()
    try:
        return cursor.execute(sql)
    except duckdb.InterruptException:
        raise UserError(f"where: stopped after {seconds} s; narrow the condition") from None
    except duckdb.Error as exc:
        raise UserError(f"where: {_first_line(exc)}") from None
    finally:
        timer.cancel()


def segment_count(where: str) -> int:
    clause = where_checked(where)
    with mirror_cursor() as cursor:
        row = _run(cursor, f"SELECT count(*) FROM customers WHERE ({clause})").fetchone()
    return int(row[0]) if row else 0


def segment_member_ids(where: str) -> list[int]:
    clause = where_checked(where)
    with mirror_cursor() as cursor:
        result = _run(cursor, f"SELECT id FROM customers WHERE ({clause}) ORDER BY id")
        return [row[0] for row in result.fetchall()]


def segment_page(where: str, *, page: int, size: int) -> SegmentPage:
    """One page of members, by name, with the count of all of them."""
    clause = where_checked(where)
    offset = max(page - 1, 0) * size
    with mirror_cursor() as cursor:
        rows = _run(
            cursor,
            f"SELECT id, count(*) OVER () FROM customers WHERE ({clause}) "
            f"ORDER BY name, key LIMIT {int(size)} OFFSET {int(offset)}",
        ).fetchall()
    if not rows:
        return SegmentPage(segment_count(clause) if offset else 0, [])
    by_id = Customer.objects.in_bulk([row[0] for row in rows])
    return SegmentPage(int(rows[0][1]), [by_id[row[0]] for row in rows if row[0] in by_id])


def segment_rows(where: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Header and rows of every member with every column, for a CSV export."""
    clause = where_checked(where)
    columns = [c.name for c in mirror_columns() if c.name != "id"]
    select = ", ".join(quoted(c) for c in columns)

    def rows() -> Iterator[tuple[Any, ...]]:
        with mirror_cursor() as cursor:
            result = _run(
                cursor, f"SELECT {select} FROM customers WHERE ({clause}) ORDER BY name, key"
            )
            while chunk := result.fetchmany(FETCH_CHUNK):
                yield from chunk

    return columns, rows()


OPERATORS = {
    "eq": "is",
    "ne": "is not",
    "lt": "is less than",
    "le": "is at most",
    "gt": "is more than",
    "ge": "is at least",
    "contains": "contains",
    "starts": "starts with",
    "empty": "is empty",
    "filled": "is not empty",
    "on_list": "is on the list",
    "not_on_list": "is not on the list",
}
COMPARISONS = {"eq": "=", "ne": "<>", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


@dataclass(frozen=True)
class Condition:
    """One row of the segment builder: attribute, operator, value."""

    attribute: str
    operator: str
    value: str = ""


def _literal(column_type: str, value: str, attribute: str) -> str:
    text = value.strip()
    if column_type in ("BIGINT", "DOUBLE"):
        try:
            return repr(float(text)) if "." in text else str(int(text))
        except ValueError:
            raise UserError(f"{attribute}: '{value}' is not a number") from None
    if column_type == "DATE":
        try:
            return f"DATE '{dt.date.fromisoformat(text).isoformat()}'"
        except ValueError:
            raise UserError(f"{attribute}: '{value}' is not a date like 2024-03-31") from None
    if column_type == "BOOLEAN":
        if text.lower() not in ("true", "false", "yes", "no"):
            raise UserError(f"{attribute}: '{value}' is not yes or no")
        return "true" if text.lower() in ("true", "yes") else "false"
    return "'" + text.replace("'", "''") + "'"


def where_from_conditions(conditions: list[Condition], *, join: str = "and") -> str:
    """The SQL a builder's rows mean; every name and value is quoted, never pasted in."""
    if join not in ("and", "or"):
        raise UserError(f"join: '{join}' is not 'and' or 'or'")
    types = {c.name: c.type for c in mirror_columns()}
    parts = []
    for condition in conditions:
        op = condition.operator
        if op not in OPERATORS:
            raise UserError(f"operator: '{op}' is not one of {', '.join(OPERATORS)}")
        if op in ("on_list", "not_on_list"):
            listed = f"list_contains(lists, {_literal('VARCHAR', condition.value, 'list')})"
            parts.append(listed if op == "on_list" else f"NOT {listed}")
            continue
        if condition.attribute not in types:
            raise UserError(f"attribute: customers have no '{condition.attribute}'")
        column, kind = quoted(condition.attribute), types[condition.attribute]
        if op == "empty":
            parts.append(f"({column} IS NULL OR CAST({column} AS VARCHAR) = '')")
        elif op == "filled":
            parts.append(f"({column} IS NOT NULL AND CAST({column} AS VARCHAR) <> '')")
        elif op in ("contains", "starts"):
            pattern = condition.value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{pattern}%" if op == "contains" else f"{pattern}%"
            parts.append(
                f"CAST({column} AS VARCHAR) ILIKE {_literal('VARCHAR', pattern, '')} ESCAPE '\\'"
            )
        else:
            literal = _literal(kind, condition.value, condition.attribute)
            parts.append(f"{column} {COMPARISONS[op]} {literal}")
    if not parts:
        raise UserError("conditions: add at least one")
    return f" {join.upper()} ".join(parts)
