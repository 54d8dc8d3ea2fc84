"""Parquet."""

from pathlib import Path

import duckdb

from ownup.customers.sources.build import LINE_COLUMN, _Build, _column_names, _first_line, _ident
from ownup.errors import UserError


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
