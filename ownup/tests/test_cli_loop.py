"""The core loop through the real `ownup` command, on a brand-new database and mail server."""

import re
from collections import Counter
from pathlib import Path

from ownup.conftest import OwnupCli, SmtpServer

CUSTOMERS_CSV = """\
Customer ID,Name,Email,Server,Plan
C1,Ana Almeida,ana@almeida-bakery.example,web9,pro
C2,Ben Brennan,ben@brennan-books.example,web9,starter
C3,Chloé Dubois,chloe@dubois.example,web9,business
C4,Dmitri Novak,dmitri@novak.example,web2,pro
"""
ON_WEB9 = ["ana@almeida-bakery.example", "ben@brennan-books.example", "chloe@dubois.example"]
NOTICE_BODY = """\
Hello {{ customer.name }},

{{ slots.what_happened }}

{{ slots.impact }}

{{ slots.next_steps }}

The support team
"""
SLOTS = {
    "what_happened": "Server web9 stopped answering at 09:12 UTC. "
    "A disk update we made caused it; that is our mistake.",
    "impact": "Your {{ customer.plan }} site could not be reached.",
    "next_steps": "We moved your site to a spare server at 10:40 UTC. "
    "We will write again by 11:00 UTC; reply to this email if you need help.",
}


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def queue_first_notice(ownup: OwnupCli, folder: Path) -> str:
    """Everything up to the decision to send; returns the incident reference."""
    (folder / "customers.csv").write_text(CUSTOMERS_CSV, encoding="utf-8")
    (folder / "notice.txt").write_text(NOTICE_BODY, encoding="utf-8")
    ownup("user", "add", "dave", "--role", "agent", "--email", "dave@example.com",
          "--password", "a long and unguessable passphrase")  # fmt: skip
    ownup("customers", "import", folder / "customers.csv")
    reference = last_line(ownup("incident", "open", "web9 is down", "--severity", "3").stdout)
    ownup("incident", "affected", reference, "--match", "server=web9", "--as", "dave")
    ownup("notice", "draft", reference, "--stage", "initial", "--as", "dave",
          "--subject", "{{ incident.title }}: what it means for you",
          "--body-file", folder / "notice.txt",
          *[f"--slot={name}={text}" for name, text in SLOTS.items()])  # fmt: skip
    ownup("notify", reference, "--stage", "initial", "--as", "dave")
    return reference


def test_an_agent_owns_up_to_every_affected_customer_from_the_command_line(
    ownup: OwnupCli, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    ownup.env["OWNUP_EMAIL_URL"] = smtp_server.url
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text(CUSTOMERS_CSV, encoding="utf-8")
    (tmp_path / "notice.txt").write_text(NOTICE_BODY, encoding="utf-8")

    added = ownup("user", "add", "dave", "--role", "agent", "--email", "dave@example.com",
                  "--password", "a long and unguessable passphrase")  # fmt: skip
    assert added.stdout.strip() == "added dave (agent)"

    imported = ownup("customers", "import", csv_file)
    assert last_line(imported.stdout) == (
        "customers.csv: 4 added, 0 changed, 0 unchanged, 0 no longer in the source"
    )
    reimported = ownup("customers", "import", csv_file)
    assert "0 added, 0 changed, 4 unchanged" in reimported.stdout

    opened = ownup("incident", "open", "web9 is down", "--severity", "3", "--as", "dave")
    reference = last_line(opened.stdout)
    assert re.fullmatch(r"INC-\d+", reference)
    assert "opened: web9 is down (severity 3 · Real trouble)" in opened.stdout

    affected = ownup("incident", "affected", reference, "--match", "server=web9", "--as", "dave")
    assert last_line(affected.stdout) == "3"

    drafted = ownup("notice", "draft", reference, "--stage", "initial", "--as", "dave",
                    "--subject", "{{ incident.title }}: what it means for you",
                    "--body-file", tmp_path / "notice.txt",
                    *[f"--slot={name}={text}" for name, text in SLOTS.items()])  # fmt: skip
    assert drafted.stdout.strip() == f"{reference} first notice drafted"

    preview = ownup("notice", "preview", reference, "--stage", "initial", "--customer", "C3")
    assert preview.stdout.splitlines()[:4] == [
        "To: Chloé Dubois <chloe@dubois.example>",
        "Subject: web9 is down: what it means for you",
        "",
        "Hello Chloé Dubois,",
    ]
    assert "Your business site could not be reached." in preview.stdout

    dry_run = ownup("notify", reference, "--stage", "initial", "--as", "dave", "--dry-run")
    assert dry_run.stdout.strip() == (
        "dry run: would queue 3 message(s); 0 customer(s) cannot be told by email"
    )

    queued = ownup("notify", reference, "--stage", "initial", "--as", "dave")
    assert f"queued 3 message(s) for {reference}" in queued.stdout
    assert re.fullmatch(r"B-\d+", last_line(queued.stdout))

    delivered = ownup("worker", "--until-idle")
    assert delivered.returncode == 0
    assert last_line(delivered.stdout) == "sent 3, failed 0"

    received = smtp_server.messages()
    assert Counter(m["X-RcptTo"] for m in received) == Counter(ON_WEB9)
    assert {m["Subject"] for m in received} == {"web9 is down: what it means for you"}
    assert {m["X-Ownup-Incident"] for m in received} == {reference}

    again = ownup("notify", reference, "--stage", "initial", "--as", "dave")
    assert "nothing to queue" in again.stdout
    assert ownup("worker", "--until-idle").stdout.strip() == "sent 0, failed 0"
    assert len(smtp_server.messages()) == 3

    shown = ownup("incident", "show", reference).stdout
    assert "affected  3 customer(s)" in shown
    assert "First notice queued for 3 customer(s)" in shown


def test_an_unreachable_mail_server_fails_the_worker_with_one_line_and_keeps_the_queue(
    ownup: OwnupCli, closed_smtp_url: str, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    reference = queue_first_notice(ownup, tmp_path)
    ownup.env["OWNUP_EMAIL_URL"] = closed_smtp_url

    failed = ownup("worker", "--until-idle", ok=False)

    assert failed.returncode != 0
    (line,) = failed.stderr.splitlines()
    assert f"cannot reach mail server {closed_smtp_url.removeprefix('smtp://')}" in line

    ownup.env["OWNUP_EMAIL_URL"] = smtp_server.url
    assert last_line(ownup("worker", "--until-idle").stdout) == "sent 3, failed 0"
    assert Counter(m["X-RcptTo"] for m in smtp_server.messages()) == Counter(ON_WEB9)
    assert reference in {m["X-Ownup-Incident"] for m in smtp_server.messages()}
