"""Reading a customer data source, a file or one database query, into a DuckDB table.

Whatever the format, the table holds one VARCHAR column per source column with the text as the
source has it (no trimming, no type conversion; an empty cell is NULL), plus `_line`: where a
person finds that record, the line of a text file or the row of a spreadsheet. Nothing the size
of the source sits in Python's memory: DuckDB reads CSV, JSON Lines and Parquet files itself, and
spreadsheets and query results stream in batches through a temporary CSV file (DuckDB reads
100,000 such rows in a quarter of a second, where inserting them row by row takes a minute).
"""

import codecs
import contextlib
import csv
import datetime as dt
import re
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, unquote, unquote_plus, urlsplit

import duckdb
import openpyxl
import psycopg
import pymysql
import pymysql.converters
import pymysql.cursors
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from ownup.errors import UserError

Progress = Callable[[int, int | None], None]

LINE_COLUMN = "_line"
PROBLEMS_SHOWN = 20
BATCH_ROWS = 10_000
CHUNK_BYTES = 1 << 20
CONNECT_SECONDS = 10
# DuckDB's own limit on one line of a CSV file, in bytes.
MAX_LINE_BYTES = 2_097_152
DELIMITERS = (",", ";", "\t", "|")
DELIMITED_FILES = (".csv", ".tsv", ".txt")
JSON_LINES_FILES = (".jsonl", ".ndjson")
SUPPORTED_FILES = (*DELIMITED_FILES, ".xlsx", ".parquet", *JSON_LINES_FILES)
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
_FOUND_CELLS = re.compile(r"Found: (\d+)")


@dataclass(frozen=True)
class Source:
    """What was read: named as a person calls it, with its columns in their order."""

    name: str  # the file name, or the database URL without its password
    unit: str  # what a position is called in messages: "line" or "row"
    columns: list[str]  # the column names as in the header, stripped


class SourceRejected(UserError):
    """Records that could not be read at all, so nothing was loaded.

    `problems` holds the first PROBLEMS_SHOWN, each starting with its line or row; `count` is
    how many records had a problem.
    """

    def __init__(self, name: str, unit: str, problems: list[str], count: int) -> None:
        self.problems = problems
        self.count = count
        if count == 1:
            message = f"{name}: {problems[0]}"
        else:
            more = count - len(problems)
            extra = f"; and {more} more" if more > 0 else ""
            shown = "; ".join(problems)
            message = f"{name}: {count} {unit}s cannot be read, nothing loaded: {shown}{extra}"
        super().__init__(message)


def load_source(
    con: duckdb.DuckDBPyConnection,
    *,
    path: Path | None = None,
    url: str | None = None,
    query: str | None = None,
    table: str = "incoming",
    on_progress: Progress | None = None,
) -> Source:
    """Read every record of a file, or of one SELECT on a database, into `table` as text.

    `table` gets one VARCHAR column per source column, named as in the source, and `_line`
    (BIGINT): the line of a CSV, TSV or JSON Lines file, the row of a spreadsheet, or the record
    number + 1 of a Parquet file or a query, as if below a header row. A cell that is empty or
    missing is NULL; a record whose every cell is empty is left out.

    All or nothing: `table` is replaced only once the whole source has been read; on any problem
    a UserError names the file or URL (and the lines at fault, as SourceRejected) and `table` is
    as it was. Only reads: files are opened for reading, queries run in a read-only transaction.
    A database password never appears in `Source.name` or in any message.
    """
    if (path is None) == (url is None):
        raise UserError("name either a file or a database URL to read customers from")
    build = _Build(con, table)
    with (
        tempfile.TemporaryDirectory(prefix="ownup-source-") as scratch,
        _insertion_order_kept(con),
    ):
        try:
            if path is not None:
                if query is not None:
                    raise UserError(f"{path.name}: a query goes with a database URL, not a file")
                source, label = _load_file(build, path, Path(scratch), on_progress)
            else:
                assert url is not None
                source, label = _load_database(build, url, query, Path(scratch), on_progress)
            return build.finish(source, label, on_progress)
        finally:
            build.discard()


# -- the table being built --------------------------------------------------------------------


def _number_label(index: int) -> str:
    return str(index + 1)


ColumnLabel = Callable[[int], str]


class _Build:
    """The table under construction, with private column names c0, c1, … and `_line`.

    It lives under a name of its own until `finish` checks it and puts it in place of the
    target, so a source that fails half-way leaves the target as it was.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, target: str) -> None:
        self.con = con
        self.target = target
        token = uuid.uuid4().hex
        self.name = f"_ownup_load_{token}"
        # Helper tables, dropped with the build table once the source is read.
        self.helpers = [f"_ownup_{part}_{token}" for part in ("rejects", "scans", "lines", "seg")]
        self.table = _ident(self.name)
        self.rejects, _, self.lines, self.segments = (_ident(h) for h in self.helpers)
        # read_csv options that set aside unreadable lines, with where they start, in
        # `self.rejects`, instead of stopping at the first.
        self.store_rejects = (
            f"store_rejects = true, rejects_table = {_literal(self.helpers[0])}, "
            f"rejects_scan = {_literal(self.helpers[1])}"
        )

    def execute(self, sql: str, parameters: object = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, parameters).fetchall()

    def scalar(self, sql: str, parameters: object = None) -> Any:
        row = self.con.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    def finish(self, source: Source, label: ColumnLabel, on_progress: Progress | None) -> Source:
        """Check what was read, then put it in place of the target under its real names.

        `source.columns` has one name per column read, "" for a column the header leaves
        unnamed: such a column is dropped if it is empty, and refused if not.
        """
        names = source.columns
        for index, column in enumerate(names):
            if column:
                continue
            first = self.scalar(f"SELECT min(_line) FROM {self.table} WHERE c{index} IS NOT NULL")
            if first is not None:
                raise UserError(
                    f"{source.name}: {source.unit} {first} has a value in column "
                    f"{label(index)}, which has no name in the header"
                )
            self.execute(f"ALTER TABLE {self.table} DROP COLUMN c{index}")
        named = [index for index, column in enumerate(names) if column]
        # Spreadsheets and their CSV exports often end in rows of empty cells.
        every_cell_empty = " AND ".join(f"c{index} IS NULL" for index in named)
        self.execute(f"DELETE FROM {self.table} WHERE {every_cell_empty}")
        for index in named:
            self.execute(
                f"ALTER TABLE {self.table} RENAME COLUMN c{index} TO {_ident(names[index])}"
            )
        self.execute(f"DROP TABLE IF EXISTS {_ident(self.target)}")
        self.execute(f"ALTER TABLE {self.table} RENAME TO {_ident(self.target)}")
        if on_progress:
            total = int(self.scalar(f"SELECT count(*) FROM {_ident(self.target)}"))
            on_progress(total, total)
        return Source(name=source.name, unit=source.unit, columns=[names[i] for i in named])

    def discard(self) -> None:
        for name in [self.name, *self.helpers]:
            self.execute(f"DROP TABLE IF EXISTS {_ident(name)}")

    def read_csv(self, path: Path, *, width: int, header: bool, numbered: bool) -> None:
        """Read a CSV file that this module wrote (or a database exported), strictly.

        A numbered file has the `_line` of each record in its first column; otherwise `_line`
        is the record number + 1 (as if below a header row).
        """
        columns = {f"c{i}": "VARCHAR" for i in range(width)}
        if numbered:
            columns = {LINE_COLUMN: "BIGINT", **columns}
        cells = ", ".join(f"c{i}" for i in range(width))
        line = LINE_COLUMN if numbered else f"CAST(NULL AS BIGINT) AS {LINE_COLUMN}"
        self.execute(
            f"CREATE TABLE {self.table} AS SELECT {cells}, {line} FROM read_csv($path, "
            f"auto_detect = false, header = {str(header).lower()}, delim = ',', quote = '\"', "
            f"escape = '\"', new_line = '\\n', columns = {_struct(columns)})",
            {"path": str(path)},
        )
        if not numbered:
            self.execute(f"UPDATE {self.table} SET {LINE_COLUMN} = rowid + 2")


@contextlib.contextmanager
def _insertion_order_kept(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    # Line numbers come from the order DuckDB stores the records in, which is the file's order
    # only while this setting is on (the default).
    row = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    kept = bool(row and row[0])
    con.execute("SET preserve_insertion_order = true")
    try:
        yield
    finally:
        con.execute(f"SET preserve_insertion_order = {str(kept).lower()}")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _struct(columns: dict[str, str]) -> str:
    return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in columns.items()) + "}"


def _column_names(
    cells: Sequence[str | None], *, name: str, where: str, label: ColumnLabel = _number_label
) -> list[str]:
    """The header's names, stripped; an empty string for a column without one."""
    names = [(cell or "").strip() for cell in cells]
    if not any(names):
        raise UserError(f"{name}: {where}names no columns; a header naming each one is required")
    seen: dict[str, int] = {}
    for index, column in enumerate(names):
        if not column:
            continue
        if column.lower() == LINE_COLUMN:
            raise UserError(f"{name}: {where}the column name '{column}' is reserved; rename it")
        # DuckDB, like a person, does not tell "Email" from "email".
        first = seen.setdefault(column.lower(), index)
        if first != index:
            if names[first] == column:
                same = f"are both named '{column}'"
            else:
                same = f"('{names[first]}' and '{column}') differ only in capitals"
            raise UserError(f"{name}: {where}columns {label(first)} and {label(index)} {same}")
    return names


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines()
    return lines[0].strip() if lines else type(error).__name__


# -- files ------------------------------------------------------------------------------------


def _load_file(
    build: _Build, path: Path, scratch: Path, on_progress: Progress | None
) -> tuple[Source, ColumnLabel]:
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_FILES:
        hint = "; save the workbook as .xlsx" if suffix == ".xls" else ""
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise UserError(
            f"{name}: cannot read {kind}; the supported kinds are "
            f"{', '.join(SUPPORTED_FILES)}{hint}"
        )
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if not path.is_file():
        raise UserError(f"{path}: is a folder, not a file")
    try:
        if suffix in DELIMITED_FILES:
            columns = _load_delimited(build, path, scratch)
            return Source(name, "line", columns), _number_label
        if suffix in JSON_LINES_FILES:
            return Source(name, "line", _load_json_lines(build, path, scratch)), _number_label
        if suffix == ".parquet":
            return Source(name, "row", _load_parquet(build, path)), _number_label
        return Source(name, "row", _load_xlsx(build, path, scratch, on_progress)), _letter_label
    except OSError as error:
        raise UserError(f"{name}: cannot be read: {error.strerror or error}") from None


# -- CSV and other delimited text -------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """A UTF-8 text file, how many lines it has (not counting blank lines at its end), and
    whether any line ends in CR."""

    path: Path
    lines: int
    carriage_returns: bool


def _utf8_text(path: Path, scratch: Path, *, one_line_ending: bool = False) -> _Text:
    """The file itself if it is UTF-8, or a UTF-8 copy of it in scratch.

    A file that is not valid UTF-8 is read as Windows-1252, which is what spreadsheet programs
    write by default and a superset of Latin-1 for every letter people use. The copy is made in
    one streaming pass; `one_line_ending` also turns every CR LF and CR into LF.
    """
    name = path.name
    with path.open("rb") as file:
        head = file.read(4)
    if head.startswith(b"PK\x03\x04"):
        raise UserError(
            f"{name}: is a zip archive (an Excel workbook?), not text; "
            "save it as CSV, or name it .xlsx if it is a workbook"
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif _is_utf8(path):
        if not one_line_ending:
            return _Text(path, *_count_lines(path))
        encoding = "utf-8-sig"
    else:
        encoding = "cp1252"
    copy = scratch / f"utf8-{uuid.uuid4().hex}{path.suffix}"
    try:
        with (
            path.open(
                encoding=encoding,
                errors="ownup-latin1" if encoding == "cp1252" else "strict",
                newline=None if one_line_ending else "",
            ) as source,
            copy.open("w", encoding="utf-8", newline="") as target,
        ):
            while chunk := source.read(CHUNK_BYTES):
                target.write(chunk)
    except UnicodeDecodeError as error:
        raise UserError(f"{name}: is not valid {encoding.upper()} text ({error.reason})") from None
    return _Text(copy, *_count_lines(copy))


def _undefined_as_latin1(error: UnicodeError) -> tuple[str, int]:
    # Windows-1252 leaves five bytes undefined; Latin-1 maps them to control characters, so
    # nothing is lost and nothing stops the import.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("ownup-latin1", _undefined_as_latin1)


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as file:
        try:
            while chunk := file.read(CHUNK_BYTES):
                if b"\x00" in chunk:
                    raise UserError(f"{path.name}: is not a text file (it holds NUL bytes)")
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _count_lines(path: Path) -> tuple[int, bool]:
    """Lines up to the last one with any text on it (blank lines at the end do not count), and
    whether there is any CR."""
    newlines = trailing = 0
    any_text = carriage_returns = False
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            newlines += chunk.count(b"\n")
            carriage_returns = carriage_returns or b"\r" in chunk
            text = chunk.rstrip(b"\r\n")
            if text:
                any_text = True
                trailing = chunk.count(b"\n", len(text))
            else:
                trailing += chunk.count(b"\n")
    return (newlines - trailing + 1 if any_text else 0), carriage_returns


def _delimiter(path: Path, *, preferred: str) -> str:
    """The delimiter the header uses most, outside quotes: a header is never ambiguous, where
    sniffing data rows is misled by the very rows that are wrong."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as file:
        first_line = file.readline(MAX_LINE_BYTES)
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    most = max(counts.values())
    if most == 0 or counts[preferred] == most:
        return preferred
    return next(d for d in DELIMITERS if counts[d] == most)


def _csv_header(path: Path, delimiter: str, *, name: str) -> tuple[list[str], int]:
    """The header's cells and how many lines it takes."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file, delimiter=delimiter)  # otherwise RFC 4180
        try:
            header: list[str] | None = next(reader, None)
        except csv.Error as error:
            raise UserError(f"{name}: line 1 cannot be read: {error}") from None
        if header is None:
            raise UserError(f"{name}: the file is empty; its first line must name the columns")
        if not header:
            raise UserError(f"{name}: line 1 is empty; the first line must name the columns")
        return header, int(reader.line_num)


class _MixedLineEndings(Exception):
    pass


def _load_delimited(build: _Build, path: Path, scratch: Path) -> list[str]:
    name = path.name
    text = _utf8_text(path, scratch)
    delimiter = _delimiter(text.path, preferred="\t" if path.suffix.lower() == ".tsv" else ",")
    header, header_lines = _csv_header(text.path, delimiter, name=name)
    names = _column_names(header, name=name, where="line 1: ")
    try:
        _read_delimited(build, text.path, delimiter, width=len(names), name=name)
    except _MixedLineEndings:
        # DuckDB takes the line ending from the first line and cannot follow a file that
        # changes it (two exports pasted together); such a file is read with LF throughout.
        build.discard()
        text = _utf8_text(text.path, scratch, one_line_ending=True)
        try:
            _read_delimited(build, text.path, delimiter, width=len(names), name=name)
        except _MixedLineEndings:
            raise UserError(f"{name}: cannot be read as {_kind(delimiter)} text") from None
    _reject_unreadable_lines(build, text.path, names, name=name)
    _number_lines(build, text, delimiter, header_lines=header_lines, scratch=scratch)
    return names


def _kind(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[delimiter] + "-separated"


def _read_delimited(build: _Build, path: Path, delimiter: str, *, width: int, name: str) -> None:
    columns = _struct({f"c{i}": "VARCHAR" for i in range(width)})
    try:
        # Empty cells, quoted or not, become NULL; records with too few or too many cells are
        # set aside as rejects.
        build.execute(
            f"CREATE TABLE {build.table} AS SELECT *, CAST(NULL AS BIGINT) AS {LINE_COLUMN} "
            f"FROM read_csv($path, auto_detect = false, header = true, delim = $delimiter, "
            f"quote = '\"', escape = '\"', columns = {columns}, {build.store_rejects})",
            {"path": str(path), "delimiter": delimiter},
        )
    except duckdb.InvalidInputException as error:
        if "invalid state" in str(error):
            raise _MixedLineEndings from None
        raise UserError(f"{name}: {_first_line(error)}") from None
    except duckdb.Error as error:
        raise UserError(f"{name}: {_first_line(error)}") from None


def _reject_unreadable_lines(build: _Build, path: Path, names: list[str], *, name: str) -> None:
    """Raise SourceRejected naming the lines DuckDB set aside, if any."""
    count = int(build.scalar(f"SELECT count(DISTINCT line_byte_position) FROM {build.rejects}"))
    if not count:
        return
    unnamed = names.count("")
    # "where the header has 5" puzzles a person who sees three names in it.
    header = f"the header has {len(names)}" + (f" ({unnamed} without a name)" if unnamed else "")
    # One record can have several entries (one per missing cell); `Found` counts its cells.
    rows = build.execute(
        f"SELECT line_byte_position, min(error_type), min(found), max(found), "
        f"min(error_message) FROM (SELECT *, TRY_CAST(regexp_extract(error_message, "
        f"{_literal(_FOUND_CELLS.pattern)}, 1) AS BIGINT) AS found FROM {build.rejects}) "
        f"GROUP BY line_byte_position ORDER BY line_byte_position LIMIT {PROBLEMS_SHOWN}"
    )
    lines = _lines_at(path, [row[0] for row in rows])
    problems = []
    for line, (_, kind, fewest, most, message) in zip(lines, rows, strict=True):
        if kind == "MISSING COLUMNS":
            problems.append(f"line {line} has {_cells(fewest)} where {header}")
        elif kind == "TOO MANY COLUMNS":
            problems.append(f"line {line} has {_cells(most)} where {header}")
        elif kind == "UNQUOTED VALUE":
            problems.append(f"line {line} has a quote that is not closed, or text after one")
        elif kind == "LINE SIZE OVER MAXIMUM":
            problems.append(f"line {line} is longer than {MAX_LINE_BYTES:,} bytes")
        else:
            problems.append(f"line {line}: {message}")
    raise SourceRejected(name, "line", problems, count)


def _cells(count: int) -> str:
    return "1 cell" if count == 1 else f"{count} cells"


def _lines_at(path: Path, offsets: list[int]) -> list[int]:
    """The line each byte offset falls on (offsets in increasing order)."""
    lines = []
    newlines = consumed = 0
    with path.open("rb") as file:
        chunk = file.read(CHUNK_BYTES)
        for offset in offsets:
            while chunk and consumed + len(chunk) < offset:
                newlines += chunk.count(b"\n")
                consumed += len(chunk)
                chunk = file.read(CHUNK_BYTES)
            lines.append(newlines + chunk.count(b"\n", 0, max(offset - consumed, 0)) + 1)
    return lines


def _number_lines(
    build: _Build, text: _Text, delimiter: str, *, header_lines: int, scratch: Path
) -> None:
    """Set `_line` to the line each record starts on.

    When the file has exactly one line per record the records' order says it. A file with line
    breaks inside quoted cells, or blank lines between records, is read once more by Python's
    csv module, which knows where each record starts; its findings are stored as segments of
    records that share one offset, so a single UPDATE applies them.
    """
    first = header_lines + 1
    build.execute(f"UPDATE {build.table} SET {LINE_COLUMN} = rowid + {first}")
    records = int(build.scalar(f"SELECT count(*) FROM {build.table}"))
    if text.lines == header_lines + records:
        return
    segments = scratch / "segments.csv"
    if not _write_line_segments(text.path, segments, delimiter, first=first, records=records):
        return  # the two readers disagree on where records are: keep the close approximation
    build.execute(
        f"CREATE TEMP TABLE {build.segments} AS SELECT start, lead(start, 1, {2**63 - 1}) "
        f"OVER (ORDER BY start) AS stop, shift FROM read_csv($path, auto_detect = false, "
        f"header = false, columns = {{'start': 'BIGINT', 'shift': 'BIGINT'}})",
        {"path": str(segments)},
    )
    build.execute(
        f"UPDATE {build.table} SET {LINE_COLUMN} = {LINE_COLUMN} + s.shift "
        f"FROM {build.segments} AS s WHERE {build.table}.rowid >= s.start "
        f"AND {build.table}.rowid < s.stop"
    )


def _write_line_segments(
    path: Path, segments: Path, delimiter: str, *, first: int, records: int
) -> bool:
    """Write (first record, lines to add) wherever the offset changes; False if the record
    count differs from DuckDB's."""
    shift = index = 0
    with (
        path.open(encoding="utf-8-sig", newline="") as file,
        segments.open("w", newline="") as out,
    ):
        reader = csv.reader(file, delimiter=delimiter)  # otherwise RFC 4180
        writer = csv.writer(out, lineterminator="\n")
        try:
            next(reader)
            ended = reader.line_num
            for row in reader:
                start, ended = ended + 1, reader.line_num
                if not row:
                    continue  # a blank line, which DuckDB skips too
                if start - (first + index) != shift:
                    shift = start - (first + index)
                    writer.writerow((index, shift))
                index += 1
        except csv.Error:  # a cell beyond the csv module's size limit
            return False
    return index == records


# -- JSON Lines -------------------------------------------------------------------------------


def _load_json_lines(build: _Build, path: Path, scratch: Path) -> list[str]:
    """One JSON object per line; its keys, in the order they first appear, are the columns.

    The file is read as one text column per line (a unit separator never occurs in JSON text
    outside strings, where it must be escaped), so every line, blank or not, is a record and
    its position is its line number. Values keep their text; JSON numbers are written back the
    way DuckDB prints them (39.00 becomes 39.0), and nested objects and arrays stay JSON.
    """
    name = path.name
    text = _utf8_text(path, scratch)
    if text.carriage_returns:
        # DuckDB counts a CR LF as two lines once it has seen a bare LF. Outside strings (where
        # JSON escapes it) a CR can only end a line, so turning each into LF loses nothing.
        text = _utf8_text(text.path, scratch, one_line_ending=True)
    if not text.lines:
        raise UserError(f"{name}: the file is empty; JSON Lines holds one object per line")
    try:
        build.execute(
            f"CREATE TEMP TABLE {build.lines} AS SELECT c0 AS record FROM read_csv($path, "
            f"auto_detect = false, header = false, delim = $separator, quote = '', escape = '', "
            f"strict_mode = false, columns = {{'c0': 'VARCHAR'}}, {build.store_rejects})",
            {"path": str(text.path), "separator": "\x1f"},
        )
    except duckdb.Error as error:
        raise UserError(f"{name}: {_first_line(error)}") from None
    too_long = build.execute(f"SELECT line_byte_position FROM {build.rejects} ORDER BY 1")
    if too_long:
        at = _lines_at(text.path, [row[0] for row in too_long[:PROBLEMS_SHOWN]])
        problems = [f"line {line} is longer than {MAX_LINE_BYTES:,} bytes" for line in at]
        raise SourceRejected(name, "line", problems, len(too_long))
    lines = build.lines
    written = "record IS NOT NULL AND trim(record, e' \\t\\r') <> ''"
    kind = "CASE WHEN json_valid(record) THEN json_type(record) END"
    bad = (
        f"SELECT rowid + 1 AS line, {kind} AS kind FROM {lines} "
        f"WHERE {written} AND {kind} IS DISTINCT FROM 'OBJECT'"
    )
    count = int(build.scalar(f"SELECT count(*) FROM ({bad})"))
    if count:
        problems = [
            f"line {line} is not valid JSON" if found is None else f"line {line} is not an object"
            for line, found in build.execute(f"{bad} ORDER BY line LIMIT {PROBLEMS_SHOWN}")
        ]
        raise SourceRejected(name, "line", problems, count)
    keys = [
        key
        for (key,) in build.execute(
            f"SELECT key FROM (SELECT rowid AS r, unnest(json_keys(record)) AS key, "
            f"generate_subscripts(json_keys(record), 1) AS i FROM {lines} WHERE {written}) "
            f"GROUP BY key ORDER BY min([r, i])"
        )
    ]
    if not keys:
        raise UserError(f"{name}: has no keys in any object, so no columns")
    names = _column_names(keys, name=name, where="")
    paths = "[" + ", ".join(_literal(_json_path(key)) for key in keys) + "]"
    cells = ", ".join(f"NULLIF(v[{i + 1}], '') AS c{i}" for i in range(len(keys)))
    build.execute(
        f"CREATE TABLE {build.table} AS SELECT {cells}, r + 1 AS {LINE_COLUMN} FROM "
        f"(SELECT rowid AS r, json_extract_string(record, {paths}) AS v FROM {lines} "
        f"WHERE {written})"
    )
    return names


def _json_path(key: str) -> str:
    return '$."' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- Parquet ----------------------------------------------------------------------------------


def _load_parquet(build: _Build, path: Path) -> list[str]:
    name = path.name
    try:
        described = build.execute("DESCRIBE SELECT * FROM read_parquet($path)", {"path": str(path)})
    except duckdb.Error as error:
        raise UserError(f"{name}: cannot be read as Parquet: {_first_line(error)}") from None
    names = _column_names([row[0] for row in described], name=name, where="")
    cells = ", ".join(
        f"NULLIF(CAST({_ident(row[0])} AS VARCHAR), '') AS c{i}" for i, row in enumerate(described)
    )
    try:
        build.execute(
            f"CREATE TABLE {build.table} AS SELECT {cells}, file_row_number + 2 AS {LINE_COLUMN} "
            f"FROM read_parquet($path, file_row_number = true)",
            {"path": str(path)},
        )
    except duckdb.Error as error:
        raise UserError(f"{name}: cannot be read as Parquet: {_first_line(error)}") from None
    return names


# -- Excel workbooks --------------------------------------------------------------------------


def _letter_label(index: int) -> str:
    return str(get_column_letter(index + 1))


def _load_xlsx(build: _Build, path: Path, scratch: Path, on_progress: Progress | None) -> list[str]:
    """The first sheet, its header in row 1, streamed row by row into a numbered CSV file."""
    name = path.name
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UserError(f"{name}: cannot be opened as an Excel workbook ({error})") from None
    try:
        names, numbered, problems, count = _stream_first_sheet(workbook, name, scratch, on_progress)
    # A damaged workbook: a part missing from the archive, or XML that does not parse (both
    # ElementTree's and lxml's parse errors are SyntaxErrors).
    except (zipfile.BadZipFile, KeyError, SyntaxError) as error:
        raise UserError(f"{name}: cannot be read as an Excel workbook ({error})") from None
    finally:
        workbook.close()
    if count:
        raise SourceRejected(name, "row", problems, count)
    build.read_csv(numbered, width=len(names), header=False, numbered=True)
    return names


def _stream_first_sheet(
    workbook: Workbook, name: str, scratch: Path, on_progress: Progress | None
) -> tuple[list[str], Path, list[str], int]:
    """The header, a numbered CSV file of the rows below it, and the rows with a value
    outside the header (the first PROBLEMS_SHOWN, and how many)."""
    sheet = workbook.worksheets[0]
    assert isinstance(sheet, ReadOnlyWorksheet)
    # Some programs write a wrong size into the sheet; reading it would cut rows short.
    sheet.reset_dimensions()
    rows = sheet.iter_rows(values_only=True)
    header = [_cell_text(value) for value in next(rows, ())]
    while header and not (header[-1] or "").strip():
        header.pop()
    if not header:
        raise UserError(f"{name}: row 1 of sheet '{sheet.title}' must name the columns")
    names = _column_names(header, name=name, where="row 1: ", label=_letter_label)
    width = len(names)
    numbered = scratch / "rows.csv"
    problems: list[str] = []
    count = 0
    with numbered.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        for number, values in enumerate(rows, start=2):
            cells = [_cell_text(value) for value in values]
            if not any(cells):
                continue
            beyond = next((i for i in range(width, len(cells)) if cells[i]), None)
            if beyond is not None:
                count += 1
                if len(problems) < PROBLEMS_SHOWN:
                    problems.append(
                        f"row {number} has a value in column {_letter_label(beyond)}, "
                        "which has no name in row 1"
                    )
            cells.extend([None] * (width - len(cells)))
            writer.writerow([number, *cells[:width]])
            if on_progress and number % BATCH_ROWS == 0:
                on_progress(number - 1, None)
    return names, numbered, problems, count


def _cell_text(value: object) -> str | None:
    """A cell as text in the form a person would type it: 39, 39.5, 2019-04-02, TRUE."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


# -- databases --------------------------------------------------------------------------------


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
