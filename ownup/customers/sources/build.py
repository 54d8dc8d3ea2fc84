"""The table being built, and what every kind of source shares: `Source`, `SourceRejected`,
quoting for DuckDB, and the checks on a header's column names."""

import contextlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ownup.errors import UserError

Progress = Callable[[int, int | None], None]

LINE_COLUMN = "_line"
PROBLEMS_SHOWN = 20
BATCH_ROWS = 10_000


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
