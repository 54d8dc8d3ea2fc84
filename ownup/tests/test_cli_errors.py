"""Mistakes at the command line end with a non-zero exit and one line naming what is wrong."""

import os
import re
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

from ownup.conftest import OwnupCli

pytestmark = pytest.mark.same_on_every_database


def one_error_line(ownup: OwnupCli, *args: str | Path) -> str:
    failed = ownup(*args, ok=False)
    assert failed.returncode != 0, failed.stdout
    lines = failed.stderr.splitlines()
    assert len(lines) == 1, failed.stderr
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ("incident", "show", "INC-999"),
        ("incident", "affected", "INC-999", "--match", "server=web3"),
        ("incident", "update", "INC-999", "--stage", "resolved", "--message", "Fixed."),
        ("notice", "preview", "INC-999"),
        ("notify", "INC-999", "--stage", "initial", "--as", "dave"),
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_an_unknown_incident_is_named_in_one_line(ownup: OwnupCli, args: tuple[str]) -> None:
    assert "no incident INC-999" in one_error_line(ownup, *args)


def test_importing_a_missing_file_names_it(ownup: OwnupCli, tmp_path: Path) -> None:
    line = one_error_line(ownup, "customers", "import", tmp_path / "nowhere.csv")

    assert f"{tmp_path / 'nowhere.csv'}: no such file" in line


def test_importing_a_file_without_an_email_column_names_the_columns(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("id,name,server\nC1,Ana Almeida,web3\n", encoding="utf-8")

    line = one_error_line(ownup, "customers", "import", path)

    assert "no email column" in line
    assert "the columns are: id, name, server" in line


def test_importing_bad_rows_names_each_line_and_imports_nothing(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "key,name,email\nC1,Ana,ana@example.com\nC2,Ben,ben@\nC1,Ana again,ana2@example.com\n",
        encoding="utf-8",
    )

    line = one_error_line(ownup, "customers", "import", path)

    assert "2 problem(s), nothing imported" in line
    assert "line 3, column email: 'ben@' is not an address" in line
    assert "line 4, column key: 'C1' is already on line 2" in line
    assert ownup("customers", "list", "--count").stdout.strip() == "0"


def test_a_weak_password_is_refused_in_one_line(ownup: OwnupCli) -> None:
    line = one_error_line(
        ownup, "user", "add", "dave", "--role", "agent", "--email", "d@example.com",
        "--password", "short",
    )  # fmt: skip

    assert "password: This password is too short" in line


def test_a_bad_match_filter_is_named(ownup: OwnupCli) -> None:
    reference = ownup("incident", "open", "web3 is down", "--severity", "3").stdout.split()[-1]

    line = one_error_line(ownup, "incident", "affected", reference, "--match", "web3")

    assert "--match: 'web3' is not NAME=VALUE" in line


def test_help_lists_every_ownup_command_with_a_one_line_description(tmp_path: Path) -> None:
    ownup = OwnupCli(env={**os.environ, "OWNUP_VAR_DIR": str(tmp_path)}, cwd=tmp_path)
    own = sorted(name for name, app in get_commands().items() if app.startswith("ownup"))

    shown = ownup("--help").stdout

    assert {"customers", "incident", "notice", "notify", "user", "worker", "demo"} <= set(own)
    listed = shown.split("ownup commands:")[1].split("Django commands:")[0]
    for name in own:
        summary = load_command_class(get_commands()[name], name).help.strip().splitlines()[0]
        assert summary
        assert re.search(rf"^  {name} +{re.escape(summary)}$", listed, re.MULTILINE), name
    assert "(unavailable" not in shown


def test_the_demo_can_be_loaded_twice_and_the_second_time_adds_nobody(
    ownup: OwnupCli,
) -> None:
    first = ownup("demo").stdout.splitlines()[0]
    second = ownup("demo").stdout.splitlines()[0]

    assert first.startswith("Daybreak Hosting: 2000 customers added; ")
    assert second.startswith("Daybreak Hosting: 0 customers added; ")
    assert first.split("; ")[1] == second.split("; ")[1]  # the same incident, as many affected
