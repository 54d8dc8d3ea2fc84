"""Delivery peers: a private Postfix for the whole session, and a large queued outbox."""

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from ownup.comms.testing.postfix import PostfixSink, PostfixUnavailable
from ownup.conftest import OwnupCli

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


def on_postgres() -> bool:
    return os.environ.get("OWNUP_DATABASE_URL", "").startswith("postgres")


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


def _postgres_admin(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def _postgres_create(url: str, *, template: str | None = None) -> str:
    """A new database on the server of `url`, empty or a copy of `template`; its URL."""
    name = f"ownup_outbox_{uuid.uuid4().hex[:12]}"
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with psycopg.connect(_postgres_admin(url), autocommit=True) as admin:
        admin.execute(statement)
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _postgres_drop(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(_postgres_admin(url), autocommit=True) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def _sqlite_copy(url: str, folder: Path) -> str:
    # Nobody has it open: the file and its write-ahead log together are the database.
    source = Path(urlsplit(url).path)
    copy = folder / "ownup.sqlite3"
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
    return f"sqlite:///{copy}"


def _cli(database_url: str, folder: Path) -> OwnupCli:
    return OwnupCli(
        env={
            **os.environ,
            "OWNUP_DATABASE_URL": database_url,
            "OWNUP_VAR_DIR": str(folder / "var"),
            "OWNUP_EMAIL_URL": f"file://{folder / 'var' / 'mail'}",
            "PYTHONIOENCODING": "utf-8",
        },
        cwd=folder,
    )


@pytest.fixture(scope="session")
def many_queued_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueuedOutbox]:
    """Twenty thousand messages queued once per session, for tests to copy and send."""
    folder = tmp_path_factory.mktemp("many-queued")
    suite_url = os.environ.get("OWNUP_DATABASE_URL", "")
    url = _postgres_create(suite_url) if on_postgres() else f"sqlite:///{folder / 'ownup.sqlite3'}"
    try:
        ownup = _cli(url, folder)
        ownup("migrate", "--noinput", "-v", "0")
        incident, addresses = queue_first_notice_for_many(ownup, folder, customers=MANY)
        yield QueuedOutbox(database_url=url, incident=incident, addresses=addresses)
    finally:
        if on_postgres():
            _postgres_drop(url)


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
    template = many_queued_once.database_url
    if on_postgres():
        url = _postgres_create(template, template=urlsplit(template).path.lstrip("/"))
    else:
        url = _sqlite_copy(template, tmp_path)
    ownup = _cli(url, tmp_path)
    ownup.env["OWNUP_EMAIL_URL"] = postfix.url
    try:
        yield Sending(
            ownup=ownup,
            incident=many_queued_once.incident,
            addresses=many_queued_once.addresses,
            postfix=postfix,
        )
    finally:
        if on_postgres():
            _postgres_drop(url)


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
