"""`ownup remedy …` end to end: a real process on a fresh database."""

import csv
import json
from pathlib import Path

import pytest

from ownup.conftest import OwnupCli

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples" / "customers.csv"
PASSWORD = "a long and unguessable passphrase"


@pytest.fixture
def web9(ownup: OwnupCli) -> OwnupCli:
    """alice (agent) and bob (lead); web9 is down and its customers are affected."""
    for name, role in (("alice", "agent"), ("bob", "lead")):
        ownup(
            "user",
            "add",
            name,
            "--role",
            role,
            "--email",
            f"{name}@ownup.test",
            "--password",
            PASSWORD,
        )
    ownup("customers", "import", EXAMPLES)
    ownup("incident", "open", "web9 is down", "--severity", "3", "--as", "alice")
    ownup("incident", "affected", "INC-1", "--match", "server=web9")
    return ownup


def test_a_refund_above_the_limit_goes_to_a_lead_and_on_to_billing_mistakes_in_one_line(
    web9: OwnupCli, tmp_path: Path
) -> None:
    refused = web9(
        "remedy",
        "offer",
        "INC-1",
        "K-1001",
        "--kind",
        "refund",
        "--amount",
        "120",
        "--as",
        "alice",
        ok=False,
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "Error: Your limit as an agent for a refund is £50.00; £120.00 needs a lead. "
        "Ask with --request, and a lead is told"
    )

    asked = web9(
        "remedy",
        "offer",
        "INC-1",
        "K-1001",
        "--kind",
        "refund",
        "--amount",
        "120",
        "--as",
        "alice",
        "--request",
        "--note",
        "lost a day of orders",
    )
    assert asked.stdout.splitlines()[-1] == "R-1"
    assert "a lead has been asked" in asked.stdout

    wrong = web9("remedy", "approve", "R-1", "--as", "alice", ok=False)
    assert wrong.stderr.strip() == "Error: alice is an agent: a lead approves R-1, not its asker"

    for verb, who in [
        ("approve", "bob"),
        ("email", "alice"),
        ("accept", "alice"),
        ("fulfil", "alice"),
    ]:
        web9("remedy", verb, "R-1", "--as", who)

    listed = json.loads(web9("remedy", "list", "--incident", "INC-1", "--json").stdout)
    assert [(r["reference"], r["state"], r["amount"]) for r in listed] == [
        ("R-1", "fulfilled", "120.00")
    ]

    out = tmp_path / "fulfilled.csv"
    exported = web9(
        "remedy", "export", "--state", "fulfilled", "--since", "2020-01-01", "--csv", out
    )
    assert exported.stdout.strip() == f"1 remedy written to {out}"
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["remedy"], row["customer"], row["amount"]) == ("R-1", "K-1001", "120.00")

    options = web9("remedy", "options").stdout
    assert "free_month    Free month: agent no, lead yes, admin yes" in options
    failed = web9(
        "remedy",
        "offer",
        "INC-1",
        "K-1002",
        "--kind",
        "credit",
        "--amount",
        "lots",
        "--as",
        "bob",
        ok=False,
    )
    assert failed.stderr.strip() == "Error: --amount: 'lots' is not a number"
