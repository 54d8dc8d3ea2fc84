"""`ownup inbox …`: take in a file, read the mailbox, list and show what arrived."""

import json
from pathlib import Path

import pytest

from ownup.conftest import OwnupCli
from ownup.inbox.testing.dovecot import DovecotServer
from ownup.inbox.testing.samples import reply

pytestmark = pytest.mark.django_db


def test_receive_list_and_show(ownup: OwnupCli, tmp_path: Path) -> None:
    eml = tmp_path / "reply.eml"
    eml.write_bytes(reply(subject="Re: web3 is down", message_id="<cli@customer.example>"))
    assert ownup("inbox", "receive", eml).stdout.strip() == "M-1"
    again = ownup("inbox", "receive", eml)
    assert (again.stdout.strip(), again.stderr.strip()) == (
        "M-1",
        "M-1 was already stored (same Message-ID)",
    )
    (tmp_path / "junk.eml").write_bytes(b"\x00\x01 not mail")
    assert ownup("inbox", "receive", tmp_path / "junk.eml").stdout.strip() == "M-2"

    waiting = json.loads(ownup("inbox", "list", "--json").stdout)
    assert [(m["reference"], m["kind"]) for m in waiting] == [
        ("M-2", "unreadable"),
        ("M-1", "reply"),
    ]
    shown = ownup("inbox", "show", "M-1").stdout
    assert "From:       Ana Almeida <ana@almeida-bakery.example>" in shown
    assert shown.rstrip().endswith("When will the shop be back?")
    assert "not mail" in ownup("inbox", "show", "M-2").stdout  # the raw message, as it came

    missing = ownup("inbox", "show", "M-9", ok=False)
    assert (missing.returncode, missing.stderr.strip()) == (
        1,
        "Error: message: there is no message 'M-9' (they look like M-12)",
    )
    unreadable_file = ownup("inbox", "receive", tmp_path / "nope.eml", ok=False)
    assert "file: cannot read" in unreadable_file.stderr


def test_poll_reads_the_mailbox_and_a_refused_login_is_one_line(
    ownup: OwnupCli, dovecot: DovecotServer
) -> None:
    folder = "cli"
    dovecot.append(reply(), reply(headers={"X-Autoreply": "yes"}), folder=folder)
    ownup.env["OWNUP_IMAP_URL"] = dovecot.url(folder=folder)
    done = ownup("inbox", "poll")
    assert done.stdout.strip() == "2 new message(s) (1 auto-reply, 1 reply)"
    assert ownup("inbox", "poll").stdout.strip() == "0 new message(s)"
    assert "auto-reply" in ownup("inbox", "list", "--all").stdout

    ownup.env["OWNUP_IMAP_URL"] = "imap://replies:x@mail.example.com/INBOX"
    insecure = ownup("inbox", "poll", ok=False)
    assert insecure.stderr.strip().startswith("Error: OWNUP_IMAP_URL: plain imap://")
