"""Shared fixtures: named staff, customer and incident builders, and real peers.

The peers are real processes on loopback: an SMTP server (aiosmtpd) that keeps what it
receives in a Maildir, and, for end-to-end runs of the `ownup` command, a brand-new database
of the same kind the suite runs on.
"""

import email
import email.policy
import itertools
import mailbox
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright
from psycopg import sql
from pytest_django import Settings

from ownup.accounts.models import Role, User
from ownup.accounts.services import user_add
from ownup.comms.models import MessageTemplate, Notice, NoticeKind
from ownup.comms.services import notice_draft
from ownup.customers.models import Customer
from ownup.customers.selectors import customers_matching
from ownup.incidents.models import Incident, Severity
from ownup.incidents.services import affected_add, incident_open
from ownup.mailurl import mailer_from_url

STAFF_PASSWORD = "a long and unguessable passphrase"


def on_postgres() -> bool:
    return os.environ.get("OWNUP_DATABASE_URL", "").startswith("postgres")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The PostgreSQL pass runs what the database can change; the SQLite pass runs it all."""
    if not on_postgres():
        return
    skip = pytest.mark.skip(reason="does not depend on the database; run on SQLite")
    for item in items:
        if item.get_closest_marker("same_on_every_database"):
            item.add_marker(skip)


SERVER_START_SECONDS = 10.0


# -- people ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Settings) -> None:
    # The real hasher is slow on purpose; these tests check who may do what, not hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class UserBuilder(Protocol):
    def __call__(self, username: str, *, role: str, full_name: str = "") -> User: ...


@pytest.fixture
def make_user(db: None) -> UserBuilder:
    def build(username: str, *, role: str, full_name: str = "") -> User:
        return user_add(
            username=username,
            role=role,
            email=f"{username}@ownup.test",
            password=STAFF_PASSWORD,
            full_name=full_name or username.title(),
        )

    return build


@pytest.fixture
def agent_alice(make_user: UserBuilder) -> User:
    return make_user("alice", role=Role.AGENT, full_name="Alice Agent")


@pytest.fixture
def lead_bob(make_user: UserBuilder) -> User:
    return make_user("bob", role=Role.LEAD, full_name="Bob Lead")


@pytest.fixture
def admin_carol(make_user: UserBuilder) -> User:
    return make_user("carol", role=Role.ADMIN, full_name="Carol Admin")


class CustomerBuilder(Protocol):
    def __call__(
        self, *, key: str | None = None, email: str | None = None, name: str = "", **attributes: Any
    ) -> Customer: ...


@pytest.fixture
def make_customer(db: None) -> CustomerBuilder:
    """Customers straight into the database, so a test can hold data no import would accept."""
    numbers = itertools.count(1)

    def build(
        *, key: str | None = None, email: str | None = None, name: str = "", **attributes: Any
    ) -> Customer:
        key = key or f"C{next(numbers):04d}"
        return Customer.objects.create(
            key=key,
            email=f"{key.lower()}@example.com" if email is None else email,
            name=name,
            attributes=attributes,
            source="builder",
        )

    return build


# -- an incident and its notice -------------------------------------------------------------


@pytest.fixture
def incident(agent_alice: User, make_customer: CustomerBuilder) -> Incident:
    """web3 is down (severity 3); three customers on web3 are affected, one on web4 is not."""
    make_customer(key="C1", email="ana@almeida-bakery.example", name="Ana Almeida", server="web3")
    make_customer(key="C2", email="ben@brennan-books.example", name="Ben Brennan", server="web3")
    make_customer(key="C3", email="chloe@dubois.example", name="Chloé Dubois", server="web3")
    make_customer(key="C4", email="dmitri@novak.example", name="Dmitri Novak", server="web4")
    opened = incident_open(title="web3 is down", severity=Severity.OUTAGE, opened_by=agent_alice)
    affected_add(
        incident=opened,
        customers=customers_matching({"server": "web3"}),
        reason="hosted on web3",
        actor=agent_alice,
    )
    return opened


@pytest.fixture
def message_template(db: None) -> MessageTemplate:
    """The business's own first-notice template, in place of the starter ones."""
    MessageTemplate.objects.all().delete()
    return MessageTemplate.objects.create(
        name="Short first notice",
        kind=NoticeKind.INITIAL,
        subject="{{ incident.title }}: what it means for you",
        body="Hello {{ customer.name }},\n\n"
        "{{ slots.what_happened }}\n\n"
        "{{ slots.impact }}\n\n"
        "{{ slots.next_steps }}\n\n"
        "The support team\n",
    )


FILLED_SLOTS = {
    "what_happened": "Server web3 stopped answering at 09:12 UTC. "
    "A disk update we made caused it; that is our mistake.",
    "impact": "Your website and mailbox on web3 could not be reached, "
    "so your customers could not reach you.",
    "next_steps": "We moved your site to a spare server at 10:40 UTC. "
    "We will write again by 11:00 UTC; reply to this email if you need help.",
}


@pytest.fixture
def drafted_notice(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> Notice:
    """The incident's first notice with every slot its template asks for filled in."""
    return notice_draft(
        incident=incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        template=message_template,
        slots=FILLED_SLOTS,
    )


# -- a real SMTP server ---------------------------------------------------------------------


def unused_port() -> int:
    """A loopback port nothing listens on (the OS just handed it out and it was released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the SMTP server exited with {process.returncode}: {log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"the SMTP server did not listen on port {port} within {SERVER_START_SECONDS} s")


@dataclass
class SmtpServer:
    url: str
    maildir: Path

    def messages(self) -> list[EmailMessage]:
        """Every message the server accepted, parsed, in no particular order."""
        box = mailbox.Maildir(self.maildir, create=False)
        parsed = []
        for key in box.iterkeys():
            message = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            parsed.append(message)
        return parsed


@pytest.fixture
def smtp_server(tmp_path: Path) -> Iterator[SmtpServer]:
    """aiosmtpd in its own process on a free loopback port, keeping mail in a Maildir."""
    port = unused_port()
    maildir = tmp_path / "smtp-maildir"
    log = tmp_path / "smtp-server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{port}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(maildir),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for_port(port, process, log)
        yield SmtpServer(url=f"smtp://127.0.0.1:{port}", maildir=maildir)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def send_mail_to(settings: Settings) -> Callable[[str], None]:
    """Point outgoing mail at a URL in this process, as OWNUP_EMAIL_URL does at start-up.

    Django's test set-up routes every mailer to memory; this puts a real one back.
    """

    def point(url: str) -> None:
        settings.EMAIL_URL = url
        settings.MAILERS = {"default": mailer_from_url(url)}

    return point


@pytest.fixture
def closed_smtp_url() -> str:
    """The URL of a mail server that is not there: connecting to it is refused."""
    return f"smtp://127.0.0.1:{unused_port()}"


# -- a brand-new database for the `ownup` command -------------------------------------------


def _postgres_admin(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def _postgres_create(url: str, *, template: str | None = None) -> str:
    """A new database on the server of `url`, empty or a copy of `template`; its URL."""
    name = f"ownup_e2e_{uuid.uuid4().hex[:12]}"
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


def database_copy(url: str, folder: Path) -> str:
    """A new database holding what the one at `url` holds; nobody may have that one open."""
    if url.startswith("postgres"):
        return _postgres_create(url, template=urlsplit(url).path.lstrip("/"))
    # The file and its write-ahead log together are the database.
    source = Path(urlsplit(url).path)
    copy = folder / "ownup.sqlite3"
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
    return f"sqlite:///{copy}"


def database_drop(url: str) -> None:
    # A SQLite database goes with its test's tmp_path.
    if url.startswith("postgres"):
        _postgres_drop(url)


def new_database(folder: Path) -> str:
    """An empty database of the kind the suite runs on: a file in `folder`, or on the server."""
    if on_postgres():
        return _postgres_create(os.environ["OWNUP_DATABASE_URL"])
    return f"sqlite:///{folder / 'ownup.sqlite3'}"


# -- running the real `ownup` command -------------------------------------------------------


@dataclass
class OwnupCli:
    """`ownup …` as a subprocess against one database, mail server and var folder."""

    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "ownup", *map(str, args)],
            env=self.env,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if ok and done.returncode != 0:
            pytest.fail(
                f"ownup {' '.join(map(str, args))} exited with {done.returncode}:\n"
                f"{done.stdout}{done.stderr}"
            )
        return done


def ownup_cli(database_url: str, folder: Path) -> OwnupCli:
    """`ownup` on `database_url`, working in `folder`; mail goes to .eml files there."""
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
def migrated_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated once per run for tests to copy: migrating takes seconds."""
    folder = tmp_path_factory.mktemp("migrated")
    url = new_database(folder)
    try:
        ownup_cli(url, folder)("migrate", "--noinput", "-v", "0")
        yield url
    finally:
        database_drop(url)


@pytest.fixture
def ownup(migrated_once: str, tmp_path: Path) -> Iterator[OwnupCli]:
    """The `ownup` command on a freshly migrated database; mail goes to .eml files."""
    url = database_copy(migrated_once, tmp_path)
    try:
        yield ownup_cli(url, tmp_path)
    finally:
        database_drop(url)


# -- pages in headless Chromium -------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
# Chromium on a closed network: no background calls home, no sandbox as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    """Debian's Chromium, headless, for a test that also uses `live_server`."""
    # Playwright's sync API runs an event loop in this thread; the test's own queries are
    # plain synchronous ones, as Django's docs allow for this case.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # Queries made while Playwright's loop ran got connections of their own.
        connections.close_all()


def signed_in(browser: Browser, base_url: str, username: str, *, for_axe: bool = True) -> Page:
    """A new page signed in as `username` (made with `make_user`, so STAFF_PASSWORD).

    For axe the page's own content security policy is bypassed: axe is injected as a script,
    which the policy rightly forbids.
    """
    page = browser.new_context(bypass_csp=for_axe).new_page()
    page.goto(f"{base_url}/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    return page


def axe_violations(page: Page) -> list[str]:
    """What axe-core finds wrong with the page as it is now, one line per rule broken."""
    results = Axe().run(page)
    return [
        f"{page.url}: {v['id']} {v['help']} ({len(v['nodes'])} elements)"
        for v in results.response["violations"]
    ]
