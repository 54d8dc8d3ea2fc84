from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from ownup.agreements.imports import agreements_import
from ownup.agreements.models import Agreement, Party
from ownup.agreements.terms import credit_tiers_from, paid_extras_from
from ownup.conftest import CustomerBuilder, OwnupCli
from ownup.errors import UserError

PLANS = (
    "plan,from,backups_by,availability,credit_tiers,support_channels,paid_extras\n"
    'starter,2026-01-01,customer,99.5,"99.5:10, 99:25",email,'
    "Restore from our snapshot = 75 GBP (backups)\n"
    'pro,2026-01-01,provider,99.95,"[{""below"": 99.95, ""percent"": 10}]","email, phone",\n'
    "starter,2026-07-01,customer,99.7,,email,\n"
)


def write(tmp_path: Path, text: str, name: str = "plans.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.django_db
def test_import_stores_each_row_as_a_version_and_a_second_run_changes_nothing(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, PLANS)

    first = agreements_import(path=path, imported_by=None)
    second = agreements_import(path=path, imported_by=None)

    assert (first.added, first.unchanged) == (3, 0)
    assert (second.added, second.unchanged) == (0, 3)
    starter = Agreement.objects.get(plan="starter", effective_from="2026-01-01")
    assert starter.backups_by == Party.CUSTOMER
    assert starter.availability_percent == Decimal("99.5")
    assert [t.percent for t in credit_tiers_from(starter.credit_tiers)] == [10, 25]
    assert [str(e) for e in paid_extras_from(starter.paid_extras)] == [
        "Restore from our snapshot (£75)"
    ]
    pro = Agreement.objects.get(plan="pro")
    assert pro.backups_by == Party.US
    assert pro.support_channels == ["email", "phone"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "error"),
    [
        ("team,2026-01-01,nobody,99", "line 3, column backups_by: 'nobody' is not us"),
        ("team,2026-13-01,customer,99", "line 3, column from: '2026-13-01' is not a date"),
        ("team,2026-01-01,customer,101", "line 3, column availability: 101 is not between"),
        ("team,,customer,99", "line 3, column from: is empty"),
        (",2026-01-01,customer,99", "line 3, column plan: give either a plan or a customer"),
    ],
)
def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_imported(
    tmp_path: Path, row: str, error: str
) -> None:
    path = write(tmp_path, f"plan,from,backups_by,availability\nteam,2026-01-01,us,99\n{row}\n")

    with pytest.raises(UserError, match=error):
        agreements_import(path=path, imported_by=None)
    assert not Agreement.objects.exists()


@pytest.mark.django_db
def test_a_row_that_would_rewrite_stored_terms_is_refused(tmp_path: Path) -> None:
    agreements_import(path=write(tmp_path, PLANS), imported_by=None)
    changed = PLANS.replace("starter,2026-07-01,customer,99.7", "starter,2026-07-01,customer,99.8")

    with pytest.raises(UserError, match="line 4: already has different terms from 2026-07-01"):
        agreements_import(path=write(tmp_path, changed, "changed.csv"), imported_by=None)
    assert Agreement.objects.count() == 3


@pytest.mark.django_db
def test_a_customers_own_terms_import_by_key(
    tmp_path: Path, make_customer: CustomerBuilder
) -> None:
    customer = make_customer(key="C42", plan="starter")
    path = write(tmp_path, "customer,from,backups_by\nC42,2026-01-01,us\n")

    agreements_import(path=path, imported_by=None)

    assert Agreement.objects.get().customer == customer


def test_the_agreements_command_imports_lists_and_sets_a_new_version(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    path = write(tmp_path, PLANS)

    assert "3 new versions, 0 unchanged" in ownup("agreements", "import", path).stdout
    ownup("agreements", "set", "pro", "--availability", "99.99", "--from", "2099-01-01")
    listed = ownup("agreements", "list").stdout
    shown = ownup("agreements", "show", "pro").stdout
    refused = ownup("agreements", "set", "pro", "--from", "2030-01-01", ok=False)

    assert "pro          backups by us" in listed
    assert "new terms from 2099-01-01" in listed
    assert "Availability:      99.99%" in shown
    assert "- upcoming" in shown
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines() == [
        "Error: from: plan 'pro' already has terms from 2099-01-01; "
        "a new version must start after that"
    ]


@pytest.mark.django_db
def test_a_spreadsheet_imports_like_a_csv_and_names_rows_by_row(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["plan", "from", "backups_by", "availability"])
    sheet.append(["starter", "2026-01-01", "customer", 99.5])
    sheet.append(["pro", "2026-01-01", "someone", 99.95])
    book.save(tmp_path / "plans.xlsx")

    with pytest.raises(UserError, match="row 3, column backups_by: 'someone'"):
        agreements_import(path=tmp_path / "plans.xlsx", imported_by=None)
    sheet["C3"] = "us"
    book.save(tmp_path / "plans.xlsx")
    report = agreements_import(path=tmp_path / "plans.xlsx", imported_by=None)

    assert report.added == 2
    assert Agreement.objects.get(plan="pro").availability_percent == Decimal("99.95")
