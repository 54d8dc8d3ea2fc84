"""CSV and other delimited text."""

import csv
import re
from pathlib import Path

import duckdb

from ownup.customers.sources.build import (
    LINE_COLUMN,
    PROBLEMS_SHOWN,
    SourceRejected,
    _Build,
    _column_names,
    _first_line,
    _literal,
    _struct,
)
from ownup.customers.sources.text import MAX_LINE_BYTES, _lines_at, _Text, _utf8_text
from ownup.errors import UserError

DELIMITERS = (",", ";", "\t", "|")
_FOUND_CELLS = re.compile(r"Found: (\d+)")


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
