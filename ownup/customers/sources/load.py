"""`load_source`: which reader a file or a database URL goes to."""

import tempfile
from pathlib import Path

import duckdb

from ownup.customers.sources.build import (
    ColumnLabel,
    Progress,
    Source,
    _Build,
    _insertion_order_kept,
    _number_label,
)
from ownup.customers.sources.database import _load_database
from ownup.customers.sources.delimited import _load_delimited
from ownup.customers.sources.jsonlines import _load_json_lines
from ownup.customers.sources.parquet import _load_parquet
from ownup.customers.sources.xlsx import _letter_label, _load_xlsx
from ownup.errors import UserError

DELIMITED_FILES = (".csv", ".tsv", ".txt")
JSON_LINES_FILES = (".jsonl", ".ndjson")
SUPPORTED_FILES = (*DELIMITED_FILES, ".xlsx", ".parquet", *JSON_LINES_FILES)


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
