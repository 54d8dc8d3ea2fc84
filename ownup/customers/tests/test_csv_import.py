from pathlib import Path

import pytest

from ownup.customers.imports import customers_import
from ownup.customers.models import Customer
from ownup.errors import UserError

pytestmark = pytest.mark.django_db

CUSTOMERS_CSV = """\
key,name,email,phone,server,plan,monthly_fee,signed_up,backups
C1,Ana Almeida,ana@almeida-bakery.example,+44 20 7000 0001,web3,pro,39.00,2019-04-02,yes
C2,Ben Brennan,ben@brennan-books.example,+44 20 7000 0002,web3,starter,5,2021-11-30,no
C3,Chloé Dubois,chloe@dubois.example,,web4,business,15.50,2016-01-15,no
"""


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def stored() -> dict[str, tuple[str, str, str, dict[str, object]]]:
    return {c.key: (c.name, c.email, c.phone, c.attributes) for c in Customer.objects.all()}


def test_importing_a_comma_separated_file_stores_every_customer_with_typed_attributes(
    tmp_path: Path,
) -> None:
    report = customers_import(path=write(tmp_path, "customers.csv", CUSTOMERS_CSV))

    assert (report.added, report.changed, report.unchanged) == (3, 0, 0)
    assert stored()["C1"] == (
        "Ana Almeida",
        "ana@almeida-bakery.example",
        "+44 20 7000 0001",
        {
            "server": "web3",
            "plan": "pro",
            "monthly_fee": 39.0,
            "signed_up": "2019-04-02",
            "backups": True,
        },
    )
    assert stored()["C2"][3]["monthly_fee"] == 5
    assert stored()["C3"][0] == "Chloé Dubois"
    assert Customer.objects.get(key="C3").source == "customers.csv"


def test_importing_a_semicolon_separated_file_reads_the_same_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "export.csv", CUSTOMERS_CSV.replace(",", ";"))

    customers_import(path=path)

    assert stored()["C2"] == (
        "Ben Brennan",
        "ben@brennan-books.example",
        "+44 20 7000 0002",
        {
            "server": "web3",
            "plan": "starter",
            "monthly_fee": 5,
            "signed_up": "2021-11-30",
            "backups": False,
        },
    )
    assert len(stored()) == 3


def test_a_semicolon_file_may_hold_commas_inside_its_cells(tmp_path: Path) -> None:
    text = (
        "Customer ID;Contact Name;E-mail;Address\n"
        "A-1;Almeida, Ana;ana@almeida-bakery.example;1 High St, London\n"
        "A-2;Brennan, Ben;ben@brennan-books.example;2 Low Rd, Leeds\n"
    )

    customers_import(path=write(tmp_path, "crm.csv", text))

    assert stored()["A-1"] == (
        "Almeida, Ana",
        "ana@almeida-bakery.example",
        "",
        {"address": "1 High St, London"},
    )


def test_a_utf8_file_with_a_byte_order_mark_keeps_its_first_column_and_accents(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "excel.csv", "\ufeff" + CUSTOMERS_CSV.replace("Ana", "Zoltán"))

    customers_import(path=path)

    assert stored()["C1"][0] == "Zoltán Almeida"
    assert stored()["C3"][0] == "Chloé Dubois"


def test_a_windows_1252_file_is_read_with_its_accents(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.csv", CUSTOMERS_CSV.replace(",", ";"), encoding="cp1252")

    customers_import(path=path)

    assert stored()["C3"][0] == "Chloé Dubois"


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "customers.csv", CUSTOMERS_CSV)
    customers_import(path=path)
    before = stored()

    report = customers_import(path=path)

    assert (report.added, report.changed, report.unchanged, report.missing_from_source) == (
        0,
        0,
        3,
        0,
    )
    assert stored() == before


def test_reimporting_an_edited_file_counts_added_changed_unchanged_and_missing(
    tmp_path: Path,
) -> None:
    customers_import(path=write(tmp_path, "customers.csv", CUSTOMERS_CSV))
    edited = (
        CUSTOMERS_CSV.replace("ben@brennan-books.example", "ben@brennan.example")
        .replace("C3,Chloé Dubois,chloe@dubois.example,,web4,business,15.50,2016-01-15,no\n", "")
        .rstrip("\n")
        + "\nC9,Dana Dlamini,dana@dlamini.example,,web3,pro,39,2024-02-29,yes\n"
    )

    report = customers_import(path=write(tmp_path, "customers.csv", edited))

    assert (report.added, report.changed, report.unchanged, report.missing_from_source) == (
        1,
        1,
        1,
        1,
    )
    assert stored()["C2"][1] == "ben@brennan.example"
    # Someone missing from the source is reported, not deleted: they may still need telling.
    assert set(stored()) == {"C1", "C2", "C3", "C9"}


def test_a_file_without_an_email_column_is_refused_naming_its_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "no-email.csv", "key,name,server\nC1,Ana Almeida,web3\n")

    with pytest.raises(UserError) as refused:
        customers_import(path=path)

    assert "no email column" in str(refused.value)
    assert "the columns are: key, name, server" in str(refused.value)
    assert Customer.objects.count() == 0


def test_bad_rows_are_named_by_line_and_nothing_is_stored(tmp_path: Path) -> None:
    customers_import(path=write(tmp_path, "customers.csv", CUSTOMERS_CSV))
    before = stored()
    text = (
        "key,name,email,server\n"
        "C1,Ana Almeida,ana@new-address.example,web5\n"
        "C5,Efua Eriksen,efua@,web3\n"
        "C1,Ana Again,ana@again.example,web3\n"
        "C6,Farid Fischer,,web3\n"
        "C7,Greta Garcia,greta@garcia.example,web3\n"
    )

    with pytest.raises(UserError) as refused:
        customers_import(path=write(tmp_path, "customers.csv", text))

    message = str(refused.value)
    assert "3 problem(s), nothing imported" in message
    assert "line 3, column email: 'efua@' is not an address" in message
    assert "line 4, column key: 'C1' is already on line 2" in message
    assert "line 5, column email: is empty" in message
    assert "line 2," not in message and "line 6," not in message
    assert stored() == before


def test_skipping_bad_rows_imports_the_rest_and_says_which_were_left_out(
    tmp_path: Path,
) -> None:
    text = (
        "key,name,email,monthly_fee\n"
        "C1,Ana Almeida,ana@almeida.example,39\n"
        "C2,Ben Brennan,ben@,5\n"
        "C3,Chloé Dubois,chloe@dubois.example,lots\n"
    )

    report = customers_import(
        path=write(tmp_path, "customers.csv", text),
        types={"monthly_fee": "number"},
        skip_bad_rows=True,
    )

    assert (report.added, report.skipped_rows) == (1, 2)
    assert [str(p) for p in report.problems] == [
        "line 3, column email: 'ben@' is not an address",
        "line 4, column monthly_fee: 'lots' is not a number",
    ]
    assert set(stored()) == {"C1"}


def test_a_truncated_file_is_refused_naming_the_short_line(tmp_path: Path) -> None:
    text = "key,name,email,server\nC1,Ana Almeida,ana@almeida.example,web3\nC2,Ben Bre"
    with pytest.raises(
        UserError, match=r"customers\.csv: line 3 has 2 cells where the header has 4"
    ):
        customers_import(path=write(tmp_path, "customers.csv", text))
    assert Customer.objects.count() == 0


def test_a_missing_file_is_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nowhere\.csv: no such file"):
        customers_import(path=tmp_path / "nowhere.csv")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="the file is empty"):
        customers_import(path=write(tmp_path, "empty.csv", ""))
