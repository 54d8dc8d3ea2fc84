from pathlib import Path

from ownup.conftest import OwnupCli

PLANS = "plan,from,backups_by\nstarter,2026-01-01,customer\npro,2026-01-01,us\n"
CUSTOMERS = (
    "key,name,email,plan,last_backup\n"
    "C1,Ana Almeida,ana@example.com,starter,2026-02-14\n"
    "C2,Ben Okafor,ben@example.com,starter,\n"
    "C3,Cy Pro,cy@example.com,pro,\n"
)


def test_the_commands_count_send_pause_and_name_a_boundary(ownup: OwnupCli, tmp_path: Path) -> None:
    (tmp_path / "plans.csv").write_text(PLANS)
    (tmp_path / "customers.csv").write_text(CUSTOMERS)
    ownup("customers", "import", tmp_path / "customers.csv")
    ownup("agreements", "import", tmp_path / "plans.csv")
    ownup(
        "reminders", "create", "Backups", "--subject", "Your backups",
        "--body", "Hello {{ customer.first_name }}, last backup: {{ last_backup }}.",
        "--every", "30", "--start", "2026-03-02T09:00",
    )  # fmt: skip

    dry = ownup("reminders", "run", "Backups", "--dry-run").stdout
    sent = ownup("reminders", "run", "Backups").stdout
    ownup("reminders", "pause", "Backups")
    listed = ownup("reminders", "list").stdout
    boundary = ownup("agreements", "for", "ben@example.com", "--asks", "restore my site").stdout

    assert "would remind 2 customers" in dry
    assert "reminded 2 customers" in sent
    assert "paused" in listed
    assert "Boundary: Under your Starter plan, backups are managed by you." in boundary
