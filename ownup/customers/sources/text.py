"""Text files as UTF-8, whatever encoding they were saved in, and where their lines are."""

import codecs
import uuid
from dataclasses import dataclass
from pathlib import Path

from ownup.errors import UserError

CHUNK_BYTES = 1 << 20
# DuckDB's own limit on one line of a CSV file, in bytes.
MAX_LINE_BYTES = 2_097_152


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
