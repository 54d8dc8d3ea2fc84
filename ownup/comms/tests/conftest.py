"""Delivery peers: a private Postfix for the whole session, and a large queued outbox."""

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ownup.comms.testing.postfix import PostfixSink, PostfixUnavailable
from ownup.conftest import OwnupCli, database_copy, database_drop, ownup_cli

MANY = 20_000
STAFF_PASSWORD = "a long and unguessable passphrase"
NOTICE_BODY = """\
Hello {{ customer.name }},

{{ slots.what_happened }}

{{ slots.impact }}

{{ slots.next_steps }}

The support team
"""
SLOTS = {
    "what_happened": "Server web3 stopped answering at 09:12 UTC. "
    "A disk update we made caused it; that is our mistake.",
    "impact": "Your {{ customer.plan }} site could not be reached.",
    "next_steps": "We moved your site to a spare server at 10:40 UTC. "
    "We will write again by 11:00 UTC; reply to this email if you need help.",
}
POSSIBLE_DUPLICATES = (
    "import json; from ownup.comms.models import OutboxMessage; "
    "print(json.dumps(list(OutboxMessage.objects.filter(possible_duplicate=True)"
    ".values_list('to_address', flat=True))))"
)


@pytest.fixture(scope="session")
def postfix_server() -> Iterator[PostfixSink]:
    """Debian's Postfix on a loopback port, accepting every message and discarding it."""
    try:
        sink = PostfixSink.start()
    except PostfixUnavailable as exc:
        pytest.skip(f"no Postfix to send to: {exc}")
    try:
        yield sink
    finally:
        sink.stop()


@dataclass
class Postfix:
    """The session's Postfix as one test sees it: only what was accepted during the test."""

    sink: PostfixSink
    since: int

    @property
    def url(self) -> str:
        return self.sink.url

    def accepted(self) -> Counter[str]:
        """How many times each recipient was accepted, once Postfix has finished with them."""
        return self.sink.accepted(since=self.since)


@pytest.fixture
def postfix(postfix_server: PostfixSink) -> Postfix:
    return Postfix(sink=postfix_server, since=postfix_server.log_position())


@dataclass(frozen=True)
class QueuedOutbox:
    """A database holding one incident's first notice, queued for many customers."""

    database_url: str
    incident: str
    addresses: list[str]


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def queue_first_notice_for_many(
    ownup: OwnupCli, folder: Path, *, customers: int
) -> tuple[str, list[str]]:
    """`customers` customers on web3, all affected, their first notice sent and approved.

    Returns the incident and the customers' addresses.
    """
    addresses = [f"customer{number:05d}@web3-customers.example" for number in range(customers)]
    rows = [f"C{number:05d},Customer {number},{address},web3,pro" for number, address in
            enumerate(addresses)]  # fmt: skip
    (folder / "customers.csv").write_text(
        "Customer ID,Name,Email,Server,Plan\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    (folder / "notice.txt").write_text(NOTICE_BODY, encoding="utf-8")
    for name, role in (("dave", "agent"), ("lena", "lead")):
        ownup("user", "add", name, "--role", role, "--email", f"{name}@ownup.test",
              "--password", STAFF_PASSWORD)  # fmt: skip
    ownup("customers", "import", folder / "customers.csv")
    incident = _last_line(ownup("incident", "open", "web3 is down", "--severity", "3").stdout)
    ownup("incident", "affected", incident, "--match", "server=web3", "--as", "dave")
    ownup("notice", "draft", incident, "--stage", "initial", "--as", "dave",
          "--subject", "{{ incident.title }}: what it means for you",
          "--body-file", folder / "notice.txt",
          *[f"--slot={name}={text}" for name, text in SLOTS.items()])  # fmt: skip
    batch = _last_line(ownup("notify", incident, "--stage", "initial", "--as", "dave").stdout)
    # So many recipients need a second pair of eyes before anything goes out.
    ownup("batch", "approve", batch, "--as", "lena")
    return incident, addresses


@pytest.fixture(scope="session")
def many_queued_once(
    migrated_once: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[QueuedOutbox]:
    """Twenty thousand messages queued once per session, for tests to copy and send."""
    folder = tmp_path_factory.mktemp("many-queued")
    url = database_copy(migrated_once, folder)
    try:
        ownup = ownup_cli(url, folder)
        incident, addresses = queue_first_notice_for_many(ownup, folder, customers=MANY)
        yield QueuedOutbox(database_url=url, incident=incident, addresses=addresses)
    finally:
        database_drop(url)


@dataclass
class Sending:
    """A test's own copy of the queued outbox, with `ownup` pointed at it and at Postfix."""

    ownup: OwnupCli
    incident: str
    addresses: list[str]
    postfix: Postfix


@pytest.fixture
def many_queued(
    many_queued_once: QueuedOutbox, postfix: Postfix, tmp_path: Path
) -> Iterator[Sending]:
    url = database_copy(many_queued_once.database_url, tmp_path)
    ownup = ownup_cli(url, tmp_path)
    ownup.env["OWNUP_EMAIL_URL"] = postfix.url
    try:
        yield Sending(
            ownup=ownup,
            incident=many_queued_once.incident,
            addresses=many_queued_once.addresses,
            postfix=postfix,
        )
    finally:
        database_drop(url)


def start_worker(ownup: OwnupCli, log: Path) -> subprocess.Popen[bytes]:
    """`ownup worker --until-idle` in the background, its output in `log`."""
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "ownup", "worker", "--until-idle"],
            env=ownup.env,
            cwd=ownup.cwd,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def outbox_stats(ownup: OwnupCli, incident: str) -> dict[str, int]:
    stats: dict[str, int] = json.loads(ownup("outbox", "stats", incident, "--json").stdout)
    return stats


def marked_possible_duplicates(ownup: OwnupCli) -> set[str]:
    addresses: list[str] = json.loads(
        _last_line(ownup("shell", "-v", "0", "-c", POSSIBLE_DUPLICATES).stdout)
    )
    return set(addresses)
