import json
from pathlib import Path

from ownup.conftest import OwnupCli


def test_staff_run_the_page_from_the_shell_and_publish_it(ownup: OwnupCli, tmp_path: Path) -> None:
    ownup("statuspage", "group", "add", "Hosting")
    ownup("statuspage", "component", "set", "Websites", "--group", "Hosting")
    said = ownup("statuspage", "component", "set", "Email", "degraded_performance")
    assert said.stdout.strip() == "Email: Degraded performance"
    ownup("statuspage", "component", "set", "Email", "operational")
    scheduled = ownup(
        "statuspage", "maintenance", "schedule", "Mail server upgrade",
        "--body", "Mail may pause for ten minutes.",
        "--start", "2030-01-05T22:00", "--end", "2030-01-05T23:00", "--component", "Email",
    )  # fmt: skip
    maintenance = scheduled.stdout.strip().splitlines()[-1]
    ownup("statuspage", "maintenance", "update", maintenance, "--status", "in_progress",
          "--message", "Started.")  # fmt: skip
    shown = json.loads(ownup("statuspage", "show", "--json").stdout)
    assert shown["components"] == {"Websites": "operational", "Email": "under_maintenance"}
    assert shown["description"] == "Service Under Maintenance"

    ownup("statuspage", "publish", "--out", tmp_path / "site")
    summary = json.loads((tmp_path / "site/api/v2/summary.json").read_text())
    assert [m["status"] for m in summary["scheduled_maintenances"]] == ["in_progress"]
    assert "Mail server upgrade" in (tmp_path / "site/index.html").read_text()
    # Published on its own after every change, too.
    assert (Path(ownup.env["OWNUP_VAR_DIR"]) / "statuspage/index.html").read_text() == (
        tmp_path / "site/index.html"
    ).read_text()


def test_bad_input_is_one_line_naming_what_is_wrong(ownup: OwnupCli) -> None:
    ownup("statuspage", "component", "set", "Email")
    cases = {
        ("maintenance", "schedule", "x", "--body", "y", "--start", "soon", "--end", "2030-01-01"):
            "Error: --start: 'soon' is not a date and time like 2026-12-05T22:00",
        ("maintenance", "schedule", "x", "--body", "y", "--start", "2030-01-02",
         "--end", "2030-01-01"):
            "Error: until: 2030-01-01 00:00 is not after the start 2030-01-02 00:00",
        ("maintenance", "schedule", "x", "--body", "y", "--start", "2030-01-01",
         "--end", "2030-01-02", "--component", "Fax"):
            "Error: component: no component 'Fax' (there are: Email)",
        ("maintenance", "update", "nosuchthing1", "--status", "completed", "--message", "x"):
            "Error: maintenance: no scheduled maintenance 'nosuchthing1'",
        ("incident", "INC-9", "--public-title", "x"): "Error: no incident INC-9",
    }  # fmt: skip
    for args, error in cases.items():
        done = ownup("statuspage", *args, ok=False)
        assert (done.returncode, done.stderr.strip()) == (1, error), args


def test_an_open_incident_can_be_marked_a_major_outage_from_the_shell(ownup: OwnupCli) -> None:
    ownup("statuspage", "component", "set", "Websites")
    ownup("incident", "open", "web3 is down", "--severity", "3",
          "--component", "Websites=partial_outage")  # fmt: skip
    said = ownup("statuspage", "incident", "INC-1", "--component", "Websites=major_outage")
    assert said.stdout.strip() == "INC-1: Websites major outage"
    shown = json.loads(ownup("statuspage", "show", "--json").stdout)
    assert shown["components"] == {"Websites": "major_outage"}
    bad = ownup("statuspage", "incident", "INC-1", ok=False)
    assert bad.stderr.strip() == (
        "Error: say what to change: --public-title and/or --component NAME=STATUS"
    )
