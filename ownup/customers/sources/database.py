"""Databases: one SELECT on PostgreSQL, MySQL or MariaDB, or SQLite, in a read-only transaction."""

import csv
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, unquote, unquote_plus, urlsplit

import psycopg
import pymysql
import pymysql.converters
import pymysql.cursors

from ownup.customers.sources.build import (
    BATCH_ROWS,
    ColumnLabel,
    Progress,
    Source,
    _Build,
    _column_names,
    _first_line,
    _number_label,
)
from ownup.customers.sources.delimited import _csv_header
from ownup.errors import UserError

CONNECT_SECONDS = 10
DATABASE_URLS = ("postgres://", "postgresql://", "mysql://", "mariadb://", "sqlite:///path")
# Words that make a statement write, even one that starts with SELECT or WITH (a data-modifying
# WITH, SELECT … INTO). The database's read-only transaction is the real guard; this one names
# the problem before connecting.
WRITING_WORDS = frozenset(
    {"insert", "update", "delete", "merge", "truncate", "drop", "alter", "create", "grant"}
    | {"revoke", "into"}
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9$]*")
_DOLLAR_QUOTE = re.compile(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$")


@dataclass(frozen=True)
class _Database:
    parts: SplitResult
    name: str  # the URL without password or parameters
    secrets: tuple[str, ...]

    def scrub(self, message: str) -> str:
        for secret in self.secrets:
            message = message.replace(secret, "***")
        return message

    def failure(self, doing: str, error: Exception) -> UserError:
        """The driver's own words, on one line and without the password."""
        reason: object = error
        if isinstance(error, pymysql.MySQLError) and len(error.args) > 1:
            reason = error.args[1]  # pymysql's are (code, message)
        text = re.sub(r"\s+", " ", self.scrub(_first_line(reason)))
        return UserError(f"{self.name}: {doing}: {text.removeprefix('connection failed: ')}")


def _database(url: str) -> _Database:
    # Without "://" a URL's parts are guesswork, and repeating it could show a password.
    unreadable = UserError(
        "the database URL must look like kind://user@host/name; the supported kinds are "
        f"{', '.join(DATABASE_URLS)}"
    )
    if "://" not in url:
        raise unreadable
    try:
        parts = urlsplit(url.strip())
        password = parts.password
    except ValueError:
        raise unreadable from None
    hostport = parts.netloc.rpartition("@")[2]
    netloc = f"{parts.username}@{hostport}" if parts.username else hostport
    # Built by hand: urlunsplit would turn sqlite:///customers.db into sqlite:/customers.db.
    name = f"{parts.scheme}://{netloc}{parts.path}"
    # The password as written in the URL and as the driver sees it, from its user part or from
    # a password=… parameter (libpq takes one).
    written = [password or ""]
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        if unquote_plus(key).lower() in {"password", "pass", "passwd"}:
            written.append(value)
    secrets = {form for secret in written for form in (secret, unquote_plus(secret)) if form}
    return _Database(parts, name, tuple(sorted(secrets, key=len, reverse=True)))


def _load_database(
    build: _Build, url: str, query: str | None, scratch: Path, on_progress: Progress | None
) -> tuple[Source, ColumnLabel]:
    database = _database(url)
    scheme = database.parts.scheme.lower()
    if scheme not in {"postgres", "postgresql", "mysql", "mariadb", "sqlite"}:
        raise UserError(
            f"{database.name}: cannot read '{scheme}' databases; the supported kinds are "
            f"{', '.join(DATABASE_URLS)}"
        )
    if query is None or not query.strip():
        raise UserError(f"{database.name}: a query (one SELECT) is needed to read a database")
    mysql = scheme in {"mysql", "mariadb"}
    query = _single_select(query, name=database.name, mysql=mysql)
    records = scratch / "records.csv"
    if scheme in {"postgres", "postgresql"}:
        names = _copy_postgres(database, url, query, records, on_progress)
        build.read_csv(records, width=len(names), header=True, numbered=False)
    else:
        run = _query_mysql if mysql else _query_sqlite
        names = run(database, query, records, on_progress)
        build.read_csv(records, width=len(names), header=False, numbered=True)
    return Source(database.name, "row", names), _number_label


def _single_select(query: str, *, name: str, mysql: bool) -> str:
    """The query without a final semicolon, if it is one statement that starts with SELECT or
    WITH and holds none of the words that write."""
    code = _code_only(query, mysql=mysql)
    end = len(code.rstrip())
    if code[:end].endswith(";"):
        query, code = query[: end - 1], code[: end - 1]
    words = _WORD.findall(code)
    if not words or words[0].lower() not in {"select", "with"}:
        start = f"starts with {words[0].upper()}" if words else "has no statement"
        raise UserError(f"{name}: the query must be one SELECT statement, but it {start}")
    if ";" in code:
        raise UserError(f"{name}: the query must be one SELECT statement, not several")
    writing = next((word for word in words if word.lower() in WRITING_WORDS), None)
    if writing:
        raise UserError(f"{name}: the query must only read, but it holds {writing.upper()}")
    return query


def _code_only(query: str, *, mysql: bool) -> str:
    """The query with comments, strings and quoted names blanked to spaces (same length), so
    that what is left is its statements' words."""
    code = list(query)
    i, size = 0, len(query)
    while i < size:
        char = query[i]
        if query.startswith("--", i) or (mysql and char == "#"):
            end = query.find("\n", i)
            end = size if end < 0 else end
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            end = size if end < 0 else end + 2
        elif char in "'\"`":
            escapes = mysql or (char == "'" and _follows_e_prefix(query, i))
            end = _quote_end(query, i, escapes=escapes)
        elif char == "$" and (i == 0 or not _is_name_char(query[i - 1])):
            match = _DOLLAR_QUOTE.match(query, i)
            if match is None:
                i += 1
                continue
            end = query.find(match.group(0), match.end())
            end = size if end < 0 else end + len(match.group(0))
        else:
            i += 1
            continue
        code[i:end] = " " * (end - i)
        i = end
    return "".join(code)


def _follows_e_prefix(query: str, i: int) -> bool:
    """Whether the quote at i opens a PostgreSQL E'…' string, where backslash escapes."""
    before = query[max(i - 2, 0) : i]
    return before[-1:] in ("e", "E") and not (len(before) == 2 and _is_name_char(before[0]))


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_$"


def _quote_end(query: str, start: int, *, escapes: bool) -> int:
    quote, i = query[start], start + 1
    while i < len(query):
        if (escapes and query[i] == "\\") or (query[i] == quote and query.startswith(quote * 2, i)):
            i += 2
        elif query[i] == quote:
            return i + 1
        else:
            i += 1
    return len(query)


def _copy_postgres(
    database: _Database, url: str, query: str, records: Path, on_progress: Progress | None
) -> list[str]:
    """COPY … TO STDOUT: the server writes the CSV itself, in its own text for every type."""
    try:
        connection = psycopg.connect(
            url,
            connect_timeout=CONNECT_SECONDS,
            options="-c default_transaction_read_only=on -c DateStyle=ISO,YMD",
        )
    except psycopg.Error as error:
        raise database.failure("cannot connect", error) from None
    with connection:
        connection.read_only = True
        try:
            with (
                connection.cursor() as cursor,
                cursor.copy(f"COPY (\n{query}\n) TO STDOUT (FORMAT csv, HEADER true)") as copy,
                records.open("wb") as out,
            ):
                lines = 0
                for chunk in copy:
                    data = bytes(chunk)
                    out.write(data)
                    before, lines = lines, lines + data.count(b"\n")
                    if on_progress and lines // BATCH_ROWS > before // BATCH_ROWS:
                        on_progress(max(lines - 1, 0), None)
        except psycopg.Error as error:
            raise database.failure("the query failed", error) from None
    header, _ = _csv_header(records, ",", name=database.name)
    return _column_names(header, name=database.name, where="")


def _write_records(
    records: Path,
    rows: Iterator[Sequence[Any]],
    text: Callable[[Any], str | None],
    on_progress: Progress | None,
) -> None:
    with records.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for number, row in enumerate(rows, start=2):
            writer.writerow([number, *(None if v is None else text(v) for v in row)])
            if on_progress and number % BATCH_ROWS == 1:
                on_progress(number - 1, None)


def _batches(fetchmany: Callable[[int], Sequence[Sequence[Any]]]) -> Iterator[Sequence[Any]]:
    while batch := fetchmany(BATCH_ROWS):
        yield from batch


def _query_mysql(
    database: _Database, query: str, records: Path, on_progress: Progress | None
) -> list[str]:
    """An unbuffered cursor, with no type conversion: every value arrives as the server's text."""
    parts = database.parts
    try:
        port = parts.port or 3306
    except ValueError:
        raise UserError(f"{database.name}: the port is not a number") from None
    # Encoders only: with no decoders, pymysql hands over each value as the server sent it.
    encoders: dict[int | type[Any], Callable[[Any], str] | Callable[[str], Any]] = {
        kind: encode for kind, encode in pymysql.converters.encoders.items()
    }
    try:
        connection = pymysql.connect(
            host=parts.hostname or "localhost",
            port=port,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password or ""),
            database=unquote(parts.path.lstrip("/")) or None,
            charset="utf8mb4",
            conv=encoders,
            cursorclass=pymysql.cursors.SSCursor,
            connect_timeout=CONNECT_SECONDS,
        )
    except pymysql.MySQLError as error:
        raise database.failure("cannot connect", error) from None
    with connection, connection.cursor() as cursor:
        try:
            cursor.execute("START TRANSACTION READ ONLY")
            cursor.execute(query)
            names = [column[0] for column in cursor.description or ()]
            _column_names(names, name=database.name, where="")
            _write_records(records, _batches(cursor.fetchmany), _binary_as_text, on_progress)
            connection.rollback()
        except pymysql.MySQLError as error:
            raise database.failure("the query failed", error) from None
    return names


def _binary_as_text(value: str | bytes) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _query_sqlite(
    database: _Database, query: str, records: Path, on_progress: Progress | None
) -> list[str]:
    # sqlite:///relative/path and sqlite:////absolute/path, as in OWNUP_DATABASE_URL.
    file = Path(unquote(database.parts.path)[1:])
    if not file.is_file():
        raise UserError(f"{database.name}: no such database file: {file.resolve()}")
    try:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise database.failure("cannot open", error) from None
    try:
        cursor = connection.execute(query)
        names = [column[0] for column in cursor.description or ()]
        _column_names(names, name=database.name, where="")
        _write_records(records, _batches(cursor.fetchmany), _sqlite_text, on_progress)
    except sqlite3.Error as error:
        raise database.failure("the query failed", error) from None
    finally:
        connection.close()
    return names


def _sqlite_text(value: str | int | float | bytes) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
