"""`ownup inbox triage` and `ownup inbox answer`: the desk from the shell."""

import email
import email.policy
import json
from pathlib import Path

import pytest

from ownup.conftest import STAFF_PASSWORD, OwnupCli
from ownup.inbox.testing.samples import reply

pytestmark = pytest.mark.django_db
CANDID = (
    "Hello {{ customer.first_name }},\n\n"
    "Your shop was down from 09:12 to 10:40 UTC because our server web3 failed; that was our "
    "fault. It has worked normally since 10:40.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)


def triage_prints_intent_feeling_and_the_cues(ownup: OwnupCli, tmp_path: Path) -> None:
    text = tmp_path / "reply.txt"
    text.write_text("Thanks for nothing. Third time this month: I want a refund.\n")
    shown = ownup("inbox", "triage", text).stdout
    assert shown.splitlines()[:2] == [
        "intent:  refund (Wants a refund or compensation)",
        "feeling: angry (Angry)",
    ]
    assert "feeling:angry" in shown and "'Thanks for nothing'" in shown
    found = json.loads(ownup("inbox", "triage", text, "--json").stdout)
    assert (found["intent"], found["feeling"], found["asks_for"]) == ("refund", "angry", [])
    assert {"label": "intent:refund", "start": 52, "end": 58, "words": "refund"} in found["cues"]
    missing = ownup("inbox", "triage", tmp_path / "nope.txt", ok=False)
    assert (
        missing.stderr.strip()
        == f"Error: file: cannot read '{tmp_path / 'nope.txt'}': No such file or directory"
    )


def test_triage_and_answer_from_the_shell(ownup: OwnupCli, tmp_path: Path) -> None:
    # One test, one migrated database: the command starts in its own process each time.
    triage_prints_intent_feeling_and_the_cues(ownup, tmp_path)
    answer_sends_once_threaded_and_says_why_it_refuses(ownup, tmp_path)


def answer_sends_once_threaded_and_says_why_it_refuses(ownup: OwnupCli, tmp_path: Path) -> None:
    ownup(
        "user",
        "add",
        "alice",
        "--role",
        "agent",
        "--email",
        "alice@ownup.test",
        "--password",
        STAFF_PASSWORD,
    )
    eml = tmp_path / "reply.eml"
    eml.write_bytes(reply(subject="Re: web3 is down", message_id="<theirs@customer.example>"))
    assert ownup("inbox", "receive", eml).stdout.strip() == "M-1"
    body = tmp_path / "answer.txt"

    body.write_text("Noted.")
    refused = ownup("inbox", "answer", "M-1", "--body", body, "--as", "alice", ok=False)
    assert refused.returncode == 1
    assert refused.stderr.strip().startswith("Error: M-1 reply does not say ")
    assert refused.stderr.strip().endswith("or send anyway with a reason (--send-anyway REASON)")
    nobody = ownup("inbox", "answer", "M-1", "--body", body, "--as", "mallory", ok=False)
    assert nobody.stderr.strip() == "Error: --as: there is no active user 'mallory'"

    body.write_text(CANDID)
    done = ownup("inbox", "answer", "M-1", "--body", body, "--as", "alice")
    assert done.stdout.strip() == (
        "M-1 answered: queued to ana@almeida-bakery.example (Re: web3 is down)"
    )
    again = ownup("inbox", "answer", "M-1", "--body", body, "--as", "alice", ok=False)
    assert again.stderr.strip().startswith("Error: M-1 was already answered by alice at ")
    assert json.loads(ownup("inbox", "list", "--json").stdout) == []
    thanks = tmp_path / "thanks.eml"
    thanks.write_bytes(reply(text="Thanks, all fine.", message_id="<thanks@customer.example>"))
    assert ownup("inbox", "receive", thanks).stdout.strip() == "M-2"
    closed = ownup("inbox", "close", "M-2", "--reason", "only thanks", "--as", "alice")
    assert closed.stdout.strip() == "M-2 closed without an answer"

    ownup("worker", "--until-idle")
    [sent] = list((tmp_path / "var" / "mail").rglob("*.eml"))
    parsed = email.message_from_bytes(sent.read_bytes(), policy=email.policy.default)
    assert parsed["In-Reply-To"] == "<theirs@customer.example>"
    assert parsed["Subject"] == "Re: web3 is down"
    body_text = parsed.get_body(("plain",))
    assert body_text is not None and body_text.get_content().startswith("Hello Ana,")
