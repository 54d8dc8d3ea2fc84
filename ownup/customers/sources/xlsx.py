"""Excel workbooks."""

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from ownup.customers.sources.build import (
    BATCH_ROWS,
    PROBLEMS_SHOWN,
    Progress,
    SourceRejected,
    _Build,
    _column_names,
)
from ownup.errors import UserError


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
