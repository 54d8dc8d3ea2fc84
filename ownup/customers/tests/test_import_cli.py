import json
import sqlite3
from pathlib import Path

from ownup.conftest import OwnupCli


def test_a_database_query_imports_customers_onto_a_list_a_segment_can_use(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    crm = tmp_path / "crm.sqlite3"
    with sqlite3.connect(crm) as db:
        db.execute("CREATE TABLE clients (ref TEXT, full_name TEXT, mail TEXT, seats INTEGER)")
        db.executemany(
            "INSERT INTO clients VALUES (?, ?, ?, ?)",
            [
                ("R1", "Maren Holt", "maren@holt.example", 3),
                ("R2", "Aiko Mori", "aiko@mori.example", 12),
            ],
        )

    done = ownup(
        "customers", "import", "--url", f"sqlite:///{crm}", "--query", "SELECT * FROM clients",
        "--key", "ref", "--list", "2020 project", "--json",
    )  # fmt: skip

    report = json.loads(done.stdout)
    assert (report["added"], report["attribute_types"]) == (2, {"seats": "integer"})
    assert ownup("segment", "--where", "list_contains(lists, '2020 project') AND seats > 10",
                 "--count").stdout.strip() == "1"  # fmt: skip
    story = json.loads(ownup("lookup", "Aiko Mori", "--json").stdout)
    assert story["customer"]["key"] == "R2"


def test_a_query_that_writes_is_refused_before_connecting(ownup: OwnupCli, tmp_path: Path) -> None:
    done = ownup(
        "customers", "import", "--url", f"sqlite:///{tmp_path / 'x.sqlite3'}",
        "--query", "DELETE FROM clients", ok=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert done.stderr.startswith("Error: ") and done.stderr.strip().count("\n") == 0
