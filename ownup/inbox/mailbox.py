"""Reading replies from an IMAP mailbox: fetch the unread ones, store each, then mark it read.

A message is marked \\Seen only after its row is committed, and fetched with BODY.PEEK[] so
fetching alone marks nothing: a crash at any point leaves unstored messages unread, to be
fetched again next time (storing is idempotent by Message-ID, so nothing is taken twice).
"""

import datetime as dt
import ipaddress
import logging
import ssl
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import imapclient
from django.conf import settings
from django.utils import timezone
from imapclient.exceptions import IMAPClientError, LoginError

from ownup.errors import UserError
from ownup.inbox.services import inbound_take_many

log = logging.getLogger(__name__)
IMAP_PORTS = {"imap": 143, "imaps": 993}
TIMEOUT_SECONDS = 60
# Messages per FETCH, and bytes: one round trip for many small replies, and a large one
# alone, since reading a message takes several times its size in memory.
CHUNK_MESSAGES = 200
CHUNK_BYTES = 8 * 1024 * 1024
# Servers drop an IDLE after 30 minutes; ask again well before.
LONGEST_IDLE_SECONDS = 25 * 60
RECONNECT_SECONDS = 30

Progress = Callable[[int, int], None]


class MailboxUnavailable(UserError):
    """The mailbox cannot be read now: the login was refused or the server is unreachable."""


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    user: str
    password: str
    folder: str = "INBOX"
    use_ssl: bool = True
    starttls: bool = False
    # Where read messages go; empty leaves them in the folder, marked \Seen.
    move_to: str = ""

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def from_url(cls, url: str) -> "ImapAccount":
        """`imaps://user:pass@host:993/INBOX`, `imap://…?starttls`, `?move_to=Done`.

        Plain `imap://` without STARTTLS would send the password in the clear, so it is
        only accepted for a server on this machine.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in IMAP_PORTS:
            raise UserError(f"OWNUP_IMAP_URL: '{scheme}:' is not imaps: or imap:")
        if not parts.hostname or not parts.username:
            raise UserError("OWNUP_IMAP_URL: give the user and host, imaps://user:pass@host/INBOX")
        query = parse_qs(parts.query, keep_blank_values=True)
        starttls = "starttls" in query
        if scheme == "imap" and not starttls and not _is_loopback(parts.hostname):
            raise UserError(
                f"OWNUP_IMAP_URL: plain imap:// to {parts.hostname} would send the password "
                "unencrypted; use imaps:// or add ?starttls"
            )
        return cls(
            host=parts.hostname,
            port=parts.port or IMAP_PORTS[scheme],
            user=unquote(parts.username),
            password=unquote(parts.password or ""),
            folder=unquote(parts.path.lstrip("/")) or "INBOX",
            use_ssl=scheme == "imaps",
            starttls=starttls,
            move_to=query.get("move_to", [""])[0],
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class PollResult:
    """What one poll did: messages fetched, how many were new, and of what kinds."""

    fetched: int = 0
    new: int = 0
    already_stored: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    references: list[str] = field(default_factory=list)

    def add(self, other: "PollResult") -> None:
        self.fetched += other.fetched
        self.new += other.new
        self.already_stored += other.already_stored
        self.kinds.update(other.kinds)
        self.references += other.references

    def as_dict(self) -> dict[str, Any]:
        return {
            "fetched": self.fetched,
            "new": self.new,
            "already_stored": self.already_stored,
            "kinds": dict(self.kinds),
        }


class Mailbox:
    """One logged-in IMAP connection to the replies folder."""

    def __init__(self, account: ImapAccount, *, ssl_context: ssl.SSLContext | None = None):
        self.account = account
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.client: imapclient.IMAPClient | None = None

    def open(self) -> None:
        account = self.account
        try:
            client = imapclient.IMAPClient(
                account.host,
                port=account.port,
                ssl=account.use_ssl,
                ssl_context=self.ssl_context,
                timeout=TIMEOUT_SECONDS,
            )
            if account.starttls:
                client.starttls(self.ssl_context)
        except (OSError, IMAPClientError, ssl.SSLError) as exc:
            raise MailboxUnavailable(f"cannot reach the IMAP server {account}: {exc}") from exc
        try:
            client.login(account.user, account.password)
        except LoginError as exc:
            _close_quietly(client)
            raise MailboxUnavailable(
                f"IMAP login to {account} as {account.user} was refused: {_words(exc)}"
            ) from exc
        try:
            client.select_folder(account.folder)
        except IMAPClientError as exc:
            _close_quietly(client)
            raise MailboxUnavailable(
                f"IMAP folder '{account.folder}' on {account} cannot be opened: {_words(exc)}"
            ) from exc
        self.client = client

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            _close_quietly(client)

    def _connected(self) -> imapclient.IMAPClient:
        if self.client is None:
            raise RuntimeError("the mailbox is not open")
        return self.client

    @contextmanager
    def _talking(self) -> Iterator[imapclient.IMAPClient]:
        """The connection, with a dropped one or a refused command said in one line."""
        try:
            yield self._connected()
        except (OSError, IMAPClientError) as exc:
            raise MailboxUnavailable(
                f"lost the IMAP connection to {self.account}: {_words(exc)}"
            ) from exc

    def unread(self) -> list[tuple[int, int]]:
        """(uid, size) of every unread message, oldest first."""
        with self._talking() as client:
            uids = sorted(client.search(["UNSEEN", "NOT", "DELETED"]))
            sizes: dict[int, int] = {}
            for start in range(0, len(uids), 1000):
                fetched = client.fetch(uids[start : start + 1000], ["RFC822.SIZE"])
                sizes.update({u: int(d.get(b"RFC822.SIZE", 0)) for u, d in fetched.items()})
        return [(uid, sizes.get(uid, 0)) for uid in uids]

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        """The whole of each message, without marking any read."""
        with self._talking() as client:
            fetched = client.fetch(uids, ["BODY.PEEK[]"])
        return {uid: bytes(data[b"BODY[]"]) for uid, data in fetched.items() if b"BODY[]" in data}

    def done_with(self, uids: list[int]) -> None:
        """Mark messages read, or move them to the done folder when one is set."""
        if not uids:
            return
        with self._talking() as client:
            client.add_flags(uids, [imapclient.SEEN])
            if self.account.move_to:
                if not client.folder_exists(self.account.move_to):
                    client.create_folder(self.account.move_to)
                client.move(uids, self.account.move_to)

    def wait_for_new(self, seconds: float) -> None:
        """Return when new mail may have arrived: IDLE where offered, else after `seconds`."""
        client = self._connected()
        if not client.has_capability("IDLE"):
            time.sleep(seconds)
            return
        client.idle()
        try:
            client.idle_check(timeout=min(seconds, LONGEST_IDLE_SECONDS))
        finally:
            client.idle_done()


def _close_quietly(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except (OSError, IMAPClientError):
        with suppress(OSError, IMAPClientError):
            client.shutdown()


def _words(exc: Exception) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text.strip() or type(exc).__name__


def _chunks(unread: list[tuple[int, int]]) -> Iterator[list[int]]:
    chunk: list[int] = []
    size = 0
    for uid, length in unread:
        if chunk and (len(chunk) >= CHUNK_MESSAGES or size + length > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append(uid)
        size += length
    if chunk:
        yield chunk


def account_from_settings() -> ImapAccount:
    if not settings.OWNUP_IMAP_URL:
        raise UserError("OWNUP_IMAP_URL is not set: say which mailbox replies arrive in")
    return ImapAccount.from_url(settings.OWNUP_IMAP_URL)


@contextmanager
def mailbox_open(
    account: ImapAccount | None = None, *, ssl_context: ssl.SSLContext | None = None
) -> Iterator[Mailbox]:
    mailbox = Mailbox(account or account_from_settings(), ssl_context=ssl_context)
    mailbox.open()
    try:
        yield mailbox
    finally:
        mailbox.close()


def mailbox_drain(
    mailbox: Mailbox, *, now: dt.datetime, progress: Progress | None = None
) -> PollResult:
    """Store every unread message, marking each chunk read once its rows are committed."""
    result = PollResult()
    unread = mailbox.unread()
    if progress:
        progress(0, len(unread))
    source = f"imap:{mailbox.account.host}/{mailbox.account.folder}"
    for uids in _chunks(unread):
        fetched = mailbox.fetch(uids)
        # Stored and committed before anything is marked read; a failure here leaves the
        # whole chunk unread, to be fetched again (a Message-ID is only ever taken once).
        taken = inbound_take_many(list(fetched.values()), source=source, now=now)
        mailbox.done_with(list(fetched))
        for message, new in taken:
            result.fetched += 1
            if new:
                result.new += 1
                result.kinds[message.kind] += 1
                result.references.append(message.reference)
            else:
                result.already_stored += 1
        if progress:
            progress(result.fetched, len(unread))
    return result


def inbox_poll(
    *,
    now: dt.datetime,
    account: ImapAccount | None = None,
    ssl_context: ssl.SSLContext | None = None,
    progress: Progress | None = None,
) -> PollResult:
    """Fetch and store every unread reply in the mailbox once; idempotent.

    A refused login raises MailboxUnavailable saying so, and marks nothing read.
    """
    with mailbox_open(account, ssl_context=ssl_context) as mailbox:
        return mailbox_drain(mailbox, now=now, progress=progress)


def inbox_watch(
    *,
    wait_seconds: float,
    keep_going: Callable[[], bool],
    on_poll: Callable[[PollResult], None],
    account: ImapAccount | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Poll, then wait for new mail (IDLE where offered), and again, while `keep_going()`.

    A connection lost while waiting is opened again after a pause; a server that cannot be
    reached or refuses the login stops the watch with MailboxUnavailable.
    """
    while keep_going():
        with mailbox_open(account, ssl_context=ssl_context) as mailbox:
            try:
                while keep_going():
                    on_poll(mailbox_drain(mailbox, now=timezone.now()))
                    if not keep_going():
                        return
                    mailbox.wait_for_new(wait_seconds)
            except (OSError, IMAPClientError, MailboxUnavailable) as exc:
                log.warning(
                    "lost the IMAP connection to %s (%s); opening it again", mailbox.account, exc
                )
        time.sleep(min(wait_seconds, RECONNECT_SECONDS))
