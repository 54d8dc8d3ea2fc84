import csv
from pathlib import Path

from ownup.conftest import OwnupCli


def test_segments_from_the_shell_count_save_freeze_and_export(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    ownup("demo")
    where = "server = 'web3' AND monthly_fee > 10"
    count = ownup("segment", "--where", where, "--count").stdout.strip()
    assert count.isdigit() and 0 < int(count) < 264

    ownup("segment", "save", "web3 paying", "--where", where)
    assert "web3 paying" in ownup("segment", "list").stdout

    reference = ownup("incident", "open", "Billing run charged twice", "--severity", "2")
    incident = reference.stdout.strip().splitlines()[-1]
    frozen = ownup("incident", "affected", incident, "--segment", "web3 paying")
    assert frozen.stdout.strip().splitlines()[-1] == count

    export = tmp_path / "members.csv"
    ownup("segment", "--segment", "web3 paying", "--csv", export)
    rows = list(csv.DictReader(export.open()))
    assert len(rows) == int(count) and all(r["server"] == "web3" for r in rows)


def test_a_condition_that_reads_files_is_refused_in_one_line(ownup: OwnupCli) -> None:
    done = ownup("segment", "--where", "len(read_text('/etc/passwd')) > 0", "--count", ok=False)
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and done.stderr.startswith("Error: where:")
