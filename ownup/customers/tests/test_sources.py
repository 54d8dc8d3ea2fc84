import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import psycopg
import pymysql
import pytest
from psycopg import sql

from ownup.customers.sources import Source, SourceRejected, load_source
from ownup.errors import UserError

POSTGRES_URL = "postgres://postgres@127.0.0.1:5432"
MYSQL_URL = "mysql://root@127.0.0.1:3306/test"
PASSWORD = "s3cret-Pa55"

CUSTOMERS_CSV = """\
key,name,email,phone,monthly_fee
C1,  Ana Almeida ,ana@almeida-bakery.example,01234 567,39.00
C2,Ben Brennan,ben@brennan-books.example,,5
"""


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    with duckdb.connect() as connection:
        # Every reader used is built in: a load that needed an extension would fail here.
        connection.execute("SET autoinstall_known_extensions = false")
        yield connection


def write(folder: Path, name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def loaded(con: duckdb.DuckDBPyConnection, table: str = "incoming") -> list[dict[str, Any]]:
    result = con.execute(f'SELECT * FROM "{table}" ORDER BY _line')
    names = [column[0] for column in result.description or ()]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def rejection(con: duckdb.DuckDBPyConnection, **source: Any) -> str:
    with pytest.raises(UserError) as raised:
        load_source(con, **source)
    return str(raised.value)


# -- CSV and other delimited text -------------------------------------------------------------


def test_a_csv_file_arrives_as_untouched_text_with_the_line_of_each_record(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    source = load_source(con, path=write(tmp_path, "customers.csv", CUSTOMERS_CSV))

    assert source == Source(
        name="customers.csv", unit="line", columns=["key", "name", "email", "phone", "monthly_fee"]
    )
    assert loaded(con) == [
        {
            "key": "C1",
            "name": "  Ana Almeida ",
            "email": "ana@almeida-bakery.example",
            "phone": "01234 567",
            "monthly_fee": "39.00",
            "_line": 2,
        },
        {
            "key": "C2",
            "name": "Ben Brennan",
            "email": "ben@brennan-books.example",
            "phone": None,
            "monthly_fee": "5",
            "_line": 3,
        },
    ]
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE incoming)").fetchall())
    assert set(types.values()) == {"VARCHAR", "BIGINT"} and types["_line"] == "BIGINT"


@pytest.mark.parametrize(
    ("file_name", "delimiter"),
    [
        ("export.csv", ";"),
        ("export.csv", "\t"),
        ("export.csv", "|"),
        ("export.tsv", "\t"),
        ("export.txt", ";"),
    ],
)
def test_the_delimiter_is_the_one_the_header_uses(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, file_name: str, delimiter: str
) -> None:
    text = f'key{delimiter}name{delimiter}note\nC1{delimiter}Ana{delimiter}"a, b; c"\n'

    source = load_source(con, path=write(tmp_path, file_name, text))

    assert source.columns == ["key", "name", "note"]
    assert loaded(con) == [{"key": "C1", "name": "Ana", "note": "a, b; c", "_line": 2}]


def test_lines_count_line_breaks_in_quoted_cells_and_blank_lines(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    text = (
        "key,address,email\n"
        'C1,"1 High Street\nLondon",ana@example.com\n'
        "\n"
        'C2,"He said ""hi""",ben@example.com\n'
        'C3,"a\nb\nc",chloe@example.com\n'
        "C4,,dmitri@example.com\n"
    )

    load_source(con, path=write(tmp_path, "customers.csv", text))

    assert [(r["key"], r["_line"]) for r in loaded(con)] == [
        ("C1", 2),
        ("C2", 5),
        ("C3", 6),
        ("C4", 9),
    ]
    assert [r["address"] for r in loaded(con)] == [
        "1 High Street\nLondon",
        'He said "hi"',
        "a\nb\nc",
        None,
    ]


def test_a_byte_order_mark_does_not_become_part_of_the_first_column_name(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "excel.csv", "\ufeffkey;name\r\nC1;Chloé\r\n")

    source = load_source(con, path=path)

    assert source.columns == ["key", "name"]
    assert loaded(con) == [{"key": "C1", "name": "Chloé", "_line": 2}]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_file_that_is_not_utf8_is_read_as_windows_1252(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, encoding: str
) -> None:
    name = "Chloé “Dubois” €5" if encoding == "cp1252" else "Chloé Dubois"
    path = write(tmp_path, "legacy.csv", f"key,name\nC1,{name}\nC2,Zoë\n", encoding)

    load_source(con, path=path)

    assert [r["name"] for r in loaded(con)] == [name, "Zoë"]


def test_a_utf16_file_with_a_byte_order_mark_is_read(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "unicode.txt", "key\tname\r\nC1\tChloé\r\n", "utf-16")

    load_source(con, path=path)

    assert loaded(con) == [{"key": "C1", "name": "Chloé", "_line": 2}]


def test_a_file_whose_line_endings_change_half_way_is_still_read(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "pasted.csv", b"key,name\nC1,Ana\r\nC2,Ben\nC3,Chloe\r\n")

    load_source(con, path=path)

    assert [(r["key"], r["name"], r["_line"]) for r in loaded(con)] == [
        ("C1", "Ana", 2),
        ("C2", "Ben", 3),
        ("C3", "Chloe", 4),
    ]


def test_a_row_with_the_wrong_number_of_cells_is_named_by_its_line(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    lines = ["key,name,email,phone,plan"] + [f"C{i},N{i},e{i}@x,0{i},pro" for i in range(1, 6)]
    lines.insert(6, "C6,N6,e6@x")
    path = write(tmp_path, "customers.csv", "\n".join(lines) + "\n")

    message = rejection(con, path=path)

    assert message == "customers.csv: line 7 has 3 cells where the header has 5"


def test_a_short_row_under_a_header_with_unnamed_columns_says_how_many_are_unnamed(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "export.csv", "key,email,,\nC1,a@x,,\nC2,b@x\n")

    message = rejection(con, path=path)

    assert message == "export.csv: line 3 has 2 cells where the header has 4 (2 without a name)"


def test_every_bad_line_is_named_with_its_own_line_even_after_quoted_line_breaks(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    text = 'key,note,email\nC1,"two\nlines",a@x\nC2,b@x\nC3,x,y,z,w\nC4,ok,d@x\n'

    with pytest.raises(SourceRejected) as raised:
        load_source(con, path=write(tmp_path, "customers.csv", text))

    assert raised.value.problems == [
        "line 4 has 2 cells where the header has 3",
        "line 5 has 5 cells where the header has 3",
    ]
    assert str(raised.value).startswith("customers.csv: 2 lines cannot be read, nothing loaded: ")


@pytest.mark.parametrize(
    ("last_line", "problem"),
    [
        ("C3,Chlo", "line 4 has 2 cells where the header has 3"),
        ('C3,"Chloé Dub', "line 4 has a quote that is not closed, or text after one"),
    ],
)
def test_a_file_cut_short_names_its_last_line(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, last_line: str, problem: str
) -> None:
    text = f"key,name,email\nC1,Ana,a@x\nC2,Ben,b@x\n{last_line}"

    message = rejection(con, path=write(tmp_path, "customers.csv", text))

    assert message == f"customers.csv: {problem}"


def test_more_than_twenty_bad_lines_show_twenty_and_count_the_rest(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    text = "key,name\n" + "".join(f"C{i}\n" for i in range(25))

    with pytest.raises(SourceRejected) as raised:
        load_source(con, path=write(tmp_path, "short.csv", text))

    assert raised.value.count == 25
    assert len(raised.value.problems) == 20
    assert raised.value.problems[0] == "line 2 has 1 cell where the header has 2"
    assert str(raised.value).startswith("short.csv: 25 lines cannot be read")
    assert str(raised.value).endswith("line 21 has 1 cell where the header has 2; and 5 more")


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("key,email,name,email", "columns 2 and 4 are both named 'email'"),
        ("key,Email, email ", "columns 2 and 3 ('Email' and 'email') differ only in capitals"),
        ("key,_line", "the column name '_line' is reserved; rename it"),
    ],
)
def test_a_header_that_names_columns_ambiguously_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, header: str, problem: str
) -> None:
    message = rejection(con, path=write(tmp_path, "customers.csv", f"{header}\n"))

    assert message == f"customers.csv: line 1: {problem}"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the file is empty; its first line must name the columns"),
        ("\nkey,name\nC1,Ana\n", "line 1 is empty; the first line must name the columns"),
        (",,\nC1,Ana,x\n", "line 1: names no columns; a header naming each one is required"),
    ],
)
def test_a_file_without_a_header_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, text: str, problem: str
) -> None:
    assert rejection(con, path=write(tmp_path, "customers.csv", text)) == (
        f"customers.csv: {problem}"
    )


def test_columns_without_a_name_are_dropped_while_they_are_empty(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "excel.csv", "key,,email,,\nC1,,a@x,,\n,,,,\nC2,,b@x,,\n")

    source = load_source(con, path=path)

    assert source.columns == ["key", "email"]
    # The row of empty cells on line 3 is left out.
    assert loaded(con) == [
        {"key": "C1", "email": "a@x", "_line": 2},
        {"key": "C2", "email": "b@x", "_line": 4},
    ]


def test_a_value_in_a_column_without_a_name_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = write(tmp_path, "excel.csv", "key,email,\nC1,a@x,\nC2,b@x,VIP\n")

    message = rejection(con, path=path)

    assert message == "excel.csv: line 3 has a value in column 3, which has no name in the header"


def test_a_failed_load_leaves_the_previous_table_as_it_was(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    load_source(con, path=write(tmp_path, "good.csv", "key,name\nC1,Ana\n"), table="customers")

    rejection(con, path=write(tmp_path, "bad.csv", "key,name\nC2\n"), table="customers")

    assert loaded(con, "customers") == [{"key": "C1", "name": "Ana", "_line": 2}]
    leftovers = con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    assert leftovers == [("customers",)]


def test_a_second_load_replaces_the_table(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    load_source(con, path=write(tmp_path, "first.csv", "key,name\nC1,Ana\n"))

    load_source(con, path=write(tmp_path, "second.csv", "id;email\nX9;x@y\n"))

    assert loaded(con) == [{"id": "X9", "email": "x@y", "_line": 2}]


def test_progress_ends_with_the_number_of_records(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    reports: list[tuple[int, int | None]] = []

    load_source(
        con,
        path=write(tmp_path, "customers.csv", CUSTOMERS_CSV),
        on_progress=lambda done, total: reports.append((done, total)),
    )

    assert reports[-1] == (2, 2)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("customers.xls", "cannot read '.xls' files; the supported kinds are .csv, .tsv, .txt, "
         ".xlsx, .parquet, .jsonl, .ndjson; save the workbook as .xlsx"),
        ("customers", "cannot read files without an extension; the supported kinds are .csv, "
         ".tsv, .txt, .xlsx, .parquet, .jsonl, .ndjson"),
    ],
)  # fmt: skip
def test_a_file_of_an_unknown_kind_is_refused_with_the_kinds_that_are_read(
    tmp_path: Path, con: duckdb.DuckDBPyConnection, name: str, problem: str
) -> None:
    assert rejection(con, path=write(tmp_path, name, "key\n")) == f"{name}: {problem}"


def test_a_missing_file_or_a_folder_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    (tmp_path / "folder.csv").mkdir()

    assert rejection(con, path=tmp_path / "nope.csv") == f"{tmp_path / 'nope.csv'}: no such file"
    assert rejection(con, path=tmp_path / "folder.csv") == (
        f"{tmp_path / 'folder.csv'}: is a folder, not a file"
    )


def test_a_workbook_named_csv_is_refused_with_a_hint(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    workbook = openpyxl.Workbook()
    workbook.save(tmp_path / "customers.csv")

    message = rejection(con, path=tmp_path / "customers.csv")

    assert message.startswith("customers.csv: is a zip archive (an Excel workbook?), not text")


# -- JSON Lines -------------------------------------------------------------------------------


def test_json_lines_keys_become_columns_in_the_order_they_first_appear(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    text = (
        '{"key": "C1", "email": "ana@x", "seats": 3, "vip": true, "tags": ["a", "b"]}\n'
        "\n"
        '{"key": "C2", "email": "ben@x", "phone": "01234", "seats": null}\r\n'
        "   \n"
        '{"email": "chloe@x", "key": "C3", "note": ""}\n'
    )

    source = load_source(con, path=write(tmp_path, "customers.jsonl", text))

    assert source == Source(
        name="customers.jsonl",
        unit="line",
        columns=["key", "email", "seats", "vip", "tags", "phone", "note"],
    )
    assert loaded(con) == [
        {"key": "C1", "email": "ana@x", "seats": "3", "vip": "true", "tags": '["a","b"]',
         "phone": None, "note": None, "_line": 1},
        {"key": "C2", "email": "ben@x", "seats": None, "vip": None, "tags": None,
         "phone": "01234", "note": None, "_line": 3},
        {"key": "C3", "email": "chloe@x", "seats": None, "vip": None, "tags": None,
         "phone": None, "note": None, "_line": 5},
    ]  # fmt: skip


def test_a_json_line_that_is_not_an_object_is_named(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    text = '{"key": "C1"}\n{"key": "C2"\n["C3"]\n'

    message = rejection(con, path=write(tmp_path, "customers.ndjson", text))

    assert message == (
        "customers.ndjson: 2 lines cannot be read, nothing loaded: "
        "line 2 is not valid JSON; line 3 is not an object"
    )


# -- Parquet ----------------------------------------------------------------------------------


def test_parquet_columns_arrive_as_text_numbered_as_if_below_a_header(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    path = tmp_path / "customers.parquet"
    con.execute(
        f"COPY (SELECT * FROM (VALUES ('C1', 39.00::DECIMAL(6, 2), DATE '2019-04-02', 3), "
        f"('C2', NULL, NULL, NULL)) AS t(key, monthly_fee, signed_up, seats)) TO '{path}'"
    )

    source = load_source(con, path=path)

    assert source == Source(
        name="customers.parquet", unit="row", columns=["key", "monthly_fee", "signed_up", "seats"]
    )
    assert loaded(con) == [
        {"key": "C1", "monthly_fee": "39.00", "signed_up": "2019-04-02", "seats": "3", "_line": 2},
        {"key": "C2", "monthly_fee": None, "signed_up": None, "seats": None, "_line": 3},
    ]


def test_a_file_that_is_not_parquet_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    message = rejection(con, path=write(tmp_path, "customers.parquet", "key,name\n"))

    assert message.startswith("customers.parquet: cannot be read as Parquet: ")


# -- Excel workbooks --------------------------------------------------------------------------


def test_a_workbook_gives_cells_as_a_person_types_them_with_their_row_numbers(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["key", "signed_up", "seats", "monthly_fee", "backups", "called_at", "postcode "])
    sheet.append(["C1", dt.date(2019, 4, 2), 3, 39.5, True, dt.datetime(2024, 5, 6, 7, 8, 9)])
    sheet.append([])
    sheet.append(["C2", dt.datetime(2021, 11, 30), 1.0, 5, False, None, "01234"])
    workbook.create_sheet("Ignored").append(["other", "sheet"])
    workbook.save(tmp_path / "customers.xlsx")

    source = load_source(con, path=tmp_path / "customers.xlsx")

    assert source == Source(
        name="customers.xlsx",
        unit="row",
        columns=["key", "signed_up", "seats", "monthly_fee", "backups", "called_at", "postcode"],
    )
    assert loaded(con) == [
        {"key": "C1", "signed_up": "2019-04-02", "seats": "3", "monthly_fee": "39.5",
         "backups": "TRUE", "called_at": "2024-05-06 07:08:09", "postcode": None, "_line": 2},
        {"key": "C2", "signed_up": "2021-11-30", "seats": "1", "monthly_fee": "5",
         "backups": "FALSE", "called_at": None, "postcode": "01234", "_line": 4},
    ]  # fmt: skip


def test_a_workbook_value_outside_the_header_is_named_by_row_and_column_letter(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["key", "email"])
    sheet.append(["C1", "a@x"])
    sheet["D3"] = "stray note"
    workbook.save(tmp_path / "customers.xlsx")

    message = rejection(con, path=tmp_path / "customers.xlsx")

    assert message == "customers.xlsx: row 3 has a value in column D, which has no name in row 1"


def test_a_workbook_without_a_header_or_not_a_workbook_is_refused(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    openpyxl.Workbook().save(tmp_path / "empty.xlsx")

    assert rejection(con, path=tmp_path / "empty.xlsx") == (
        "empty.xlsx: row 1 of sheet 'Sheet' must name the columns"
    )
    assert rejection(con, path=write(tmp_path, "text.xlsx", "key,name\n")).startswith(
        "text.xlsx: cannot be opened as an Excel workbook"
    )


# -- databases --------------------------------------------------------------------------------


def test_a_sqlite_query_arrives_as_text_numbered_as_if_below_a_header(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    with sqlite3.connect(tmp_path / "crm.db") as crm:
        crm.execute("CREATE TABLE client (ref TEXT, email TEXT, fee REAL, seats INTEGER)")
        crm.execute("INSERT INTO client VALUES ('C1', 'a@x', 39.5, 3), ('C2', 'b@x', NULL, 1)")
    crm.close()
    url = f"sqlite:///{tmp_path / 'crm.db'}"

    source = load_source(con, url=url, query="SELECT * FROM client ORDER BY ref;")

    assert source == Source(name=url, unit="row", columns=["ref", "email", "fee", "seats"])
    assert loaded(con) == [
        {"ref": "C1", "email": "a@x", "fee": "39.5", "seats": "3", "_line": 2},
        {"ref": "C2", "email": "b@x", "fee": None, "seats": "1", "_line": 3},
    ]


def test_a_missing_sqlite_file_is_named(tmp_path: Path, con: duckdb.DuckDBPyConnection) -> None:
    url = f"sqlite:///{tmp_path / 'nope.db'}"

    message = rejection(con, url=url, query="SELECT 1")

    assert message == f"{url}: no such database file: {tmp_path / 'nope.db'}"


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("DELETE FROM client", "the query must be one SELECT statement, but it starts with DELETE"),
        ("SELECT 1; DROP TABLE client", "the query must be one SELECT statement, not several"),
        ("WITH gone AS (DELETE FROM client RETURNING *) SELECT * FROM gone",
         "the query must only read, but it holds DELETE"),
        ("SELECT * INTO copy FROM client", "the query must only read, but it holds INTO"),
        ("  ", "a query (one SELECT) is needed to read a database"),
    ],
)  # fmt: skip
def test_a_query_that_is_not_one_select_is_refused_before_connecting(
    con: duckdb.DuckDBPyConnection, query: str, problem: str
) -> None:
    # Nothing listens on port 1: reaching the database would give another message.
    url = "postgres://postgres@127.0.0.1:1/crm"

    assert rejection(con, url=url, query=query) == f"{url}: {problem}"


def test_semicolons_and_writing_words_inside_strings_and_comments_are_fine(
    tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    sqlite3.connect(tmp_path / "crm.db").close()

    load_source(con, url=url, query="SELECT 'a; DROP TABLE x' AS \"delete\" -- ; insert\n;")

    assert loaded(con) == [{"delete": "a; DROP TABLE x", "_line": 2}]


def test_an_unknown_kind_of_database_is_refused_with_the_kinds_that_are_read(
    con: duckdb.DuckDBPyConnection,
) -> None:
    message = rejection(con, url="oracle://scott:tiger@db/orcl", query="SELECT 1 FROM dual")

    assert message == (
        "oracle://scott@db/orcl: cannot read 'oracle' databases; the supported kinds are "
        "postgres://, postgresql://, mysql://, mariadb://, sqlite:///path"
    )
    assert "tiger" not in message


def test_a_database_url_without_a_kind_is_refused_without_repeating_it(
    con: duckdb.DuckDBPyConnection,
) -> None:
    message = rejection(con, url=f"root:{PASSWORD}@db.example/crm", query="SELECT 1")

    assert message.startswith("the database URL must look like kind://user@host/name; ")
    assert PASSWORD not in message


def reachable(connect: Any) -> str | None:
    """None if the server answers, otherwise why it does not."""
    try:
        connect().close()
    except (psycopg.Error, pymysql.MySQLError) as error:
        return str(error).strip().splitlines()[0]
    return None


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A new PostgreSQL database holding a `client` table, dropped afterwards."""
    why = reachable(lambda: psycopg.connect(f"{POSTGRES_URL}/postgres", connect_timeout=3))
    if why:
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {why}")
    name = f"ownup_sources_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        with psycopg.connect(f"{POSTGRES_URL}/{name}") as crm:
            crm.execute(
                "CREATE TABLE client (ref text, email text, fee numeric(6, 2), since date, "
                "active boolean, note text)"
            )
            crm.execute(
                "INSERT INTO client VALUES ('C1', 'a@x', 39.00, '2019-04-02', true, "
                "E'two\\nlines'), ('C2', 'b@x', NULL, NULL, false, '')"
            )
            crm.execute("CREATE SEQUENCE numbers")
        yield f"{POSTGRES_URL}/{name}"
    finally:
        with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def test_a_postgres_query_arrives_as_the_server_writes_each_value(
    postgres_url: str, con: duckdb.DuckDBPyConnection
) -> None:
    source = load_source(con, url=postgres_url, query="SELECT * FROM client ORDER BY ref")

    assert source == Source(
        name=postgres_url, unit="row", columns=["ref", "email", "fee", "since", "active", "note"]
    )
    assert loaded(con) == [
        {"ref": "C1", "email": "a@x", "fee": "39.00", "since": "2019-04-02", "active": "t",
         "note": "two\nlines", "_line": 2},
        {"ref": "C2", "email": "b@x", "fee": None, "since": None, "active": "f",
         "note": None, "_line": 3},
    ]  # fmt: skip


def test_a_postgres_query_runs_in_a_read_only_transaction(
    postgres_url: str, con: duckdb.DuckDBPyConnection
) -> None:
    message = rejection(con, url=postgres_url, query="SELECT nextval('numbers')")

    assert message == (
        f"{postgres_url}: the query failed: cannot execute nextval() in a read-only transaction"
    )


def test_a_failing_postgres_query_gives_the_server_message(
    postgres_url: str, con: duckdb.DuckDBPyConnection
) -> None:
    message = rejection(con, url=postgres_url, query="SELECT * FROM clients")

    assert message == f'{postgres_url}: the query failed: relation "clients" does not exist'


def test_a_postgres_password_appears_in_no_name_and_no_message(
    postgres_url: str, con: duckdb.DuckDBPyConnection
) -> None:
    with_password = postgres_url.replace("postgres@", f"postgres:{PASSWORD}@")
    # Trust authentication lets this one in whatever the password.
    source = load_source(con, url=with_password, query="SELECT ref FROM client")
    messages = [
        rejection(con, url=with_password, query="SELECT * FROM clients"),
        # libpq repeats a bad parameter's value: here, the password.
        rejection(con, url=f"{with_password}?sslmode={PASSWORD}", query="SELECT 1"),
        rejection(con, url=with_password.replace(":5432/", ":1/"), query="SELECT 1"),
    ]

    assert source.name == postgres_url
    assert messages[1].startswith(f"{postgres_url}: cannot connect: ")
    assert messages[2].startswith(f"{postgres_url.replace(':5432/', ':1/')}: cannot connect: ")
    assert all(PASSWORD not in message for message in messages)


@pytest.fixture
def mysql_table() -> Iterator[str]:
    """A client table and a sequence under new names in MariaDB's `test` database."""

    def connect() -> "pymysql.Connection[Any]":
        return pymysql.connect(
            host="127.0.0.1", user="root", password="", database="test", connect_timeout=3
        )

    why = reachable(connect)
    if why:
        pytest.skip(f"MariaDB at {MYSQL_URL} is not reachable: {why}")
    name = f"client_{uuid.uuid4().hex[:12]}"
    with connect() as crm, crm.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE {name} (ref VARCHAR(10), email TEXT, fee DECIMAL(6, 2), since DATE, "
            "photo BLOB)"
        )
        cursor.execute(
            f"INSERT INTO {name} VALUES ('C1', 'chloé@x', 39.00, '2019-04-02', 'AB'), "
            "('C2', '', NULL, NULL, NULL)"
        )
        cursor.execute(f"CREATE SEQUENCE {name}_numbers")
        crm.commit()
    try:
        yield name
    finally:
        with connect() as crm, crm.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {name}")
            cursor.execute(f"DROP SEQUENCE IF EXISTS {name}_numbers")


def test_a_mysql_query_arrives_as_the_server_writes_each_value(
    mysql_table: str, con: duckdb.DuckDBPyConnection
) -> None:
    source = load_source(con, url=MYSQL_URL, query=f"SELECT * FROM {mysql_table} ORDER BY ref")

    assert source == Source(
        name=MYSQL_URL, unit="row", columns=["ref", "email", "fee", "since", "photo"]
    )
    assert loaded(con) == [
        {"ref": "C1", "email": "chloé@x", "fee": "39.00", "since": "2019-04-02", "photo": "AB",
         "_line": 2},
        {"ref": "C2", "email": None, "fee": None, "since": None, "photo": None, "_line": 3},
    ]  # fmt: skip


def test_a_mariadb_query_runs_in_a_read_only_transaction(
    mysql_table: str, con: duckdb.DuckDBPyConnection
) -> None:
    url = MYSQL_URL.replace("mysql://", "mariadb://")

    message = rejection(con, url=url, query=f"SELECT NEXTVAL({mysql_table}_numbers)")

    assert (
        message == f"{url}: the query failed: Cannot execute statement in a READ ONLY transaction"
    )


def test_a_mysql_password_appears_in_no_name_and_no_message(
    mysql_table: str, con: duckdb.DuckDBPyConnection
) -> None:
    with_password = MYSQL_URL.replace("root@", f"root:{PASSWORD}@")

    message = rejection(con, url=with_password, query=f"SELECT * FROM {mysql_table}")

    assert message.startswith(f"{MYSQL_URL}: cannot connect: Access denied for user 'root'")
    assert PASSWORD not in message
