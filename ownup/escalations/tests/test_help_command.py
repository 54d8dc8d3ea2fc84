"""`ownup help …` end to end: ask, list, acknowledge, answer, pass on, mistakes in one line."""

import os
from pathlib import Path

import pytest

from ownup.conftest import OwnupCli

# The services under these verbs are tested on both databases; this checks the shell's words.
pytestmark = pytest.mark.same_on_every_database

PASSWORD = "a long and unguessable passphrase"


def test_asking_and_answering_from_the_shell(ownup: OwnupCli) -> None:
    for name, role in (("alice", "agent"), ("bob", "lead"), ("carol", "admin")):
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
    ownup("incident", "open", "web3 is down", "--severity", "4", "--as", "alice")

    asked = ownup(
        "help",
        "ask",
        "INC-1",
        "--question",
        "Refund three months?",
        "--to",
        "carol",
        "--as",
        "alice",
    )
    listed = ownup("help", "list", "--mine", "--as", "carol").stdout
    refused = ownup("help", "ack", "H-1", "--as", "alice", ok=False)
    passed = ownup("help", "escalate").stdout  # not yet due: nothing passes
    answered = ownup("help", "answer", "H-1", "--text", "Offer one month.", "--as", "carol")
    shown = ownup("incident", "show", "INC-1").stdout
    wrong = ownup("help", "ask", "X-7", "--question", "?", "--as", "alice", ok=False)

    assert asked.stdout.splitlines() == ["asked carol for help with INC-1", "H-1"]
    assert "H-1" in listed and "Refund three months?" in listed and "waiting for carol" in listed
    assert refused.returncode != 0
    assert refused.stderr.strip() == "Error: H-1 is your own call for help"
    assert passed.strip() == "passed on 0, nobody left for 0"
    assert answered.stdout.strip() == "H-1 answered; alice will get it by mail"
    assert wrong.stderr.strip() == "Error: 'X-7' is not a reference like INC-7, R-3 or M-12"
    assert "internal carol answered alice's call for help (H-1): Offer one month." in shown


def test_help_alone_or_before_a_command_still_shows_help(tmp_path: Path) -> None:
    ownup = OwnupCli(env={**os.environ, "OWNUP_VAR_DIR": str(tmp_path)}, cwd=tmp_path)

    assert "ownup commands:" in ownup("help").stdout
    assert ownup("help", "incident").stdout.startswith("usage: ownup incident")
    assert "Ask for help about INC-7" in ownup("help", "help").stdout
    assert "Ask for help about INC-7" in ownup("help", "--help").stdout
