"""Inbox peers: a private Dovecot for the whole session, and notices already sent."""

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.utils import timezone

from ownup.comms.models import OutboxMessage
from ownup.inbox.mailbox import ImapAccount
from ownup.inbox.testing.dovecot import DovecotServer, DovecotUnavailable
from ownup.inbox.testing.samples import sent_notice
from ownup.incidents.models import Incident

_folders = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """Debian's Dovecot on loopback ports, with one mailbox user."""
    try:
        server = DovecotServer.start()
    except DovecotUnavailable as exc:
        pytest.skip(f"no Dovecot to read from: {exc}")
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Mailbox:
    """One IMAP folder of its own for one test, and the account that reads it."""

    server: DovecotServer
    folder: str

    @property
    def account(self) -> ImapAccount:
        return ImapAccount.from_url(self.server.url(folder=self.folder))

    def deliver(self, *messages: bytes) -> None:
        self.server.append(*messages, folder=self.folder)

    def unseen(self) -> int:
        return self.server.unseen(self.folder)

    def count(self) -> int:
        return self.server.count(self.folder)


@pytest.fixture
def mailbox(dovecot: DovecotServer) -> Mailbox:
    folder = f"test{next(_folders)}"
    with dovecot.client() as client:
        client.create_folder(folder)
    return Mailbox(server=dovecot, folder=folder)


@pytest.fixture
def sent_notices(incident: Incident) -> dict[str, OutboxMessage]:
    """The first notice of the incident, sent by email to each affected customer, by address."""
    now = timezone.now() - dt.timedelta(hours=1)
    rows = {}
    for affected in incident.affected.select_related("customer"):
        customer = affected.customer
        row = sent_notice(incident, customer, now=now)
        row.save()
        rows[customer.email] = row
    return rows
