"""A columnar copy of the customer data in DuckDB, so a segment counts a million rows in ms.

The database stays the record; the mirror is a file beside it, rebuilt whenever
`customers_signature()` changes, written to a temporary file and renamed into place, so readers
in other processes never see half of one. Every attribute becomes a typed column (text,
number, date, yes/no), read off the values themselves.
"""

import csv
import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
from django.conf import settings
from django.db import connection

from ownup.customers.selectors import customers_signature

EXPORT_CHUNK = 50_000
# Built inside a web or worker process: bounded, spilling to disk rather than growing.
BUILD_LIMITS: dict[str, str | bool | int | float | list[str]] = {
    "memory_limit": "384MB",
    "threads": 2,
}
BASE_COLUMNS = ("id", "key", "name", "email", "phone", "lists")
ISO_DATE = r"\d{4}-\d{2}-\d{2}"
# Both exports write plain RFC 4180 CSV; telling DuckDB so also reads an empty file.
CSV_DIALECT = "header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"'"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # VARCHAR, BIGINT, DOUBLE, DATE or BOOLEAN


class _Open:
    """The mirror this process has open, and what it mirrors."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.signature: tuple[object, ...] | None = None
        self.connection: duckdb.DuckDBPyConnection | None = None


_open = _Open()


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _mirror_path() -> Path:
    # One file per database, so a test database never reads the real one's mirror.
    db = settings.DATABASES["default"]
    identity = (
        f"{db['ENGINE']}|{db.get('HOST')}|{db.get('PORT')}|{connection.settings_dict['NAME']}"
    )
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return Path(settings.OWNUP_DUCKDB_DIR) / f"customers-{digest}.duckdb"


def _export_csv(target: Path) -> None:
    """Customers and list memberships from the database, as two CSV files DuckDB reads fast."""
    queries = {
        "customers": "SELECT id, key, name, email, phone, attributes FROM customers_customer",
        "lists": "SELECT m.customer_id, l.name FROM customers_listmembership m "
        "JOIN customers_customerlist l ON l.id = m.customer_list_id",
    }
    with connection.cursor() as cursor:
        for name, query in queries.items():
            path = target / f"{name}.csv"
            if connection.vendor == "postgresql":
                raw = cursor.cursor  # psycopg's own cursor: COPY streams without Python rows
                sql = query.replace("attributes FROM", "attributes::text FROM")
                with (
                    path.open("wb") as out,
                    raw.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)") as copy,
                ):
                    for block in copy:
                        out.write(block)
                continue
            cursor.execute(query)
            with path.open("w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                while rows := cursor.fetchmany(EXPORT_CHUNK):
                    writer.writerows(rows)


def _attribute_columns(con: duckdb.DuckDBPyConnection) -> list[Column]:
    found = con.execute(
        f"""
        WITH kv AS (
            SELECT unnest(json_keys(attributes)) AS k, attributes FROM raw
        ), typed AS (
            SELECT k, json_type(attributes, '$."' || replace(k, '"', '\\"') || '"') AS t,
                   json_extract_string(attributes, '$."' || replace(k, '"', '\\"') || '"') AS v
            FROM kv
        )
        SELECT k,
               list(DISTINCT t) FILTER (WHERE t <> 'NULL'),
               bool_and(regexp_full_match(v, '{ISO_DATE}')) FILTER (WHERE t = 'VARCHAR')
        FROM typed GROUP BY k ORDER BY k
        """
    ).fetchall()
    columns = []
    for name, types, all_dates in found:
        kinds = set(types or [])
        if kinds and kinds <= {"BIGINT", "UBIGINT"}:
            kind = "BIGINT"
        elif kinds and kinds <= {"BIGINT", "UBIGINT", "DOUBLE"}:
            kind = "DOUBLE"
        elif kinds == {"BOOLEAN"}:
            kind = "BOOLEAN"
        elif kinds == {"VARCHAR"} and all_dates:
            kind = "DATE"
        else:
            kind = "VARCHAR"
        if name not in BASE_COLUMNS:
            columns.append(Column(name, kind))
    return columns


def _extract(column: Column) -> str:
    path = "'$." + quoted(column.name).replace("'", "''") + "'"
    if column.type == "VARCHAR":
        return f"json_extract_string(attributes, {path}) AS {quoted(column.name)}"
    return (
        f"TRY_CAST(json_extract_string(attributes, {path}) AS {column.type}) "
        f"AS {quoted(column.name)}"
    )


def _build(path: Path, signature: tuple[object, ...]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    partial.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as work:
        _export_csv(Path(work))
        con = duckdb.connect(str(partial), config=BUILD_LIMITS)
        try:
            con.execute(
                "CREATE TEMP TABLE raw AS SELECT * FROM read_csv(?, " + CSV_DIALECT + ", "
                "columns = {'id': 'BIGINT', 'key': 'VARCHAR', 'name': 'VARCHAR', "
                "'email': 'VARCHAR', 'phone': 'VARCHAR', 'attributes': 'JSON'})",
                [str(Path(work) / "customers.csv")],
            )
            attributes = [_extract(c) for c in _attribute_columns(con)]
            con.execute(
                "CREATE TEMP TABLE memberships AS SELECT * FROM read_csv(?, " + CSV_DIALECT + ", "
                "columns = {'customer_id': 'BIGINT', 'list': 'VARCHAR'})",
                [str(Path(work) / "lists.csv")],
            )
            # The lists a customer is on, as one column: list_contains(lists, 'newsletter').
            con.execute(
                "CREATE TABLE customers AS SELECT id, key, coalesce(name, '') AS name, "
                "coalesce(email, '') AS email, coalesce(phone, '') AS phone"
                + "".join(f", {a}" for a in attributes)
                + ", coalesce(m.lists, []::VARCHAR[]) AS lists FROM raw LEFT JOIN ("
                "SELECT customer_id, list_sort(list(list)) AS lists FROM memberships "
                "GROUP BY customer_id) m ON m.customer_id = raw.id ORDER BY id"
            )
            con.execute("CREATE TABLE mirror_of (signature VARCHAR)")
            con.execute("INSERT INTO mirror_of VALUES (?)", [repr(signature)])
        finally:
            con.close()
    os.replace(partial, path)


def _mirrored_signature(path: Path) -> str | None:
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute("SELECT signature FROM mirror_of").fetchone()
    except duckdb.Error:
        return None
    return str(row[0]) if row else None


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(
        str(path),
        read_only=True,
        # Segment SQL is typed by people: it may read the mirror and nothing else.
        config={"enable_external_access": False, "threads": 2},
    )
    con.execute("SET lock_configuration = true")
    return con


def mirror_refresh() -> duckdb.DuckDBPyConnection:
    """The mirror this process reads, rebuilt first if the customer data has changed."""
    signature = customers_signature()
    path = _mirror_path()
    with _open.lock:
        if _open.signature == (path, signature) and _open.connection is not None:
            return _open.connection
        if _mirrored_signature(path) != repr(signature):
            _build(path, signature)
        if _open.connection is not None:
            _open.connection.close()
        _open.connection = _connect(path)
        _open.signature = (path, signature)
        return _open.connection


@contextmanager
def mirror_cursor() -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of its own for one thread, on the fresh mirror."""
    cursor = mirror_refresh().cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def mirror_columns() -> list[Column]:
    with mirror_cursor() as cursor:
        rows = cursor.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'customers' ORDER BY ordinal_position"
        ).fetchall()
    return [Column(name, kind) for name, kind in rows]
