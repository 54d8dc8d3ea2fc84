"""JSON Lines."""

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
)
from ownup.customers.sources.text import MAX_LINE_BYTES, _lines_at, _utf8_text
from ownup.errors import UserError


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
