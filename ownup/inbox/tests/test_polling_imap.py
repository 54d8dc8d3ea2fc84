"""Replies read from a real IMAP server: stored, then marked read, and never lost."""

import base64
import datetime as dt
import threading
import time

import imapclient
import pytest
from django.utils import timezone
from imapclient.exceptions import IMAPClientAbortError
from pytest_django import Settings

from ownup.chores import chores_registered
from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.inbox import services
from ownup.inbox.chores import inbox_chore
from ownup.inbox.mailbox import (
    ImapAccount,
    MailboxUnavailable,
    PollResult,
    inbox_poll,
    inbox_watch,
)
from ownup.inbox.mailbox import (
    Mailbox as ImapMailbox,
)
from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus
from ownup.inbox.testing.dovecot import DovecotServer
from ownup.inbox.testing.samples import delivery_report, reply
from ownup.inbox.tests.conftest import Mailbox
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
BIG = 20 * 1024 * 1024


def poll(mailbox: Mailbox) -> InboundMessage:
    result = inbox_poll(now=NOW, account=mailbox.account)
    assert result.new == 1
    return InboundMessage.objects.get()


def with_attachment(size: int) -> bytes:
    payload = base64.encodebytes(bytes(range(256)) * (size // 256))
    return (
        b"From: Ana Almeida <ana@almeida-bakery.example>\r\nSubject: the error log\r\n"
        b"Message-ID: <big@almeida-bakery.example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe log is attached.\r\n"
        b"--b\r\nContent-Type: application/gzip\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="error.log.gz"\r\n\r\n' + payload + b"--b--\r\n"
    )


def test_a_reply_is_stored_threaded_and_then_marked_read(
    mailbox: Mailbox, incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["ana@almeida-bakery.example"]
    mailbox.deliver(reply(in_reply_to=notice.message_id))
    message = poll(mailbox)
    assert (message.incident, message.threaded_by, message.replied_to) == (
        incident,
        "in-reply-to",
        notice,
    )
    assert message.source == f"imap:127.0.0.1/{mailbox.folder}"
    assert mailbox.unseen() == 0
    assert inbox_poll(now=NOW, account=mailbox.account).fetched == 0


def test_a_reply_without_threading_headers_is_threaded_by_sender(
    mailbox: Mailbox, incident: Incident
) -> None:
    mailbox.deliver(reply(sender="ben@brennan-books.example", subject="is it you?"))
    message = poll(mailbox)
    assert (message.incident, message.threaded_by) == (incident, "sender")


def test_malformed_mime_is_kept_and_shown_with_its_problem(mailbox: Mailbox, db: None) -> None:
    mailbox.deliver(
        b"From: c@dubois.example\r\nSubject: broken\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="declared"\r\n\r\n'
        b"--other\r\nContent-Type: text/plain\r\n\r\nStill down here.\r\n--other--\r\n",
        b"From: c@dubois.example\r\nSubject: bad base64\r\nMessage-ID: <b64@dubois.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"U3RpbGwgZG93bg=!!=\r\n",
    )
    result = inbox_poll(now=NOW, account=mailbox.account)
    assert result.new == 2
    broken, bad_base64 = InboundMessage.objects.order_by("id")
    assert broken.text == "Still down here." and "boundary it declares" in broken.problem
    assert bad_base64.text.startswith("Still down") and "base64" in bad_base64.problem
    assert mailbox.unseen() == 0


def test_a_20_mb_attachment_is_listed_and_the_raw_message_kept_whole(
    mailbox: Mailbox, db: None
) -> None:
    raw = with_attachment(BIG)
    mailbox.deliver(raw)
    message = poll(mailbox)
    assert message.text == "The log is attached."
    assert [(a["filename"], a["size"]) for a in message.attachments] == [("error.log.gz", BIG)]
    # IMAP servers may rewrite line ends; what the server handed over is what is kept.
    assert message.raw.size >= len(raw) and bytes(message.raw.data).endswith(b"--b--\r\n")


def test_non_utf8_replies_read_as_written(mailbox: Mailbox, db: None) -> None:
    mailbox.deliver(
        b"From: =?koi8-r?b?5M3J1NLJyg==?= <dmitri@novak.example>\r\nSubject: test\r\n"
        b"Content-Type: text/plain; charset=koi8-r\r\n\r\n"
        + "Сайт не работает".encode("koi8-r")
        + b"\r\n"
    )
    message = poll(mailbox)
    assert (message.sender_name, message.text) == ("Дмитрий", "Сайт не работает")


def test_an_auto_reply_and_a_bounce_stay_out_of_the_queue(
    mailbox: Mailbox, incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    notice = sent_notices["chloe@dubois.example"]
    mailbox.deliver(
        reply(subject="Automatic reply: web3 is down", headers={"X-Autoreply": "yes"}),
        delivery_report(original_message_id=notice.message_id, recipient=notice.to_address),
    )
    result = inbox_poll(now=NOW, account=mailbox.account)
    assert dict(result.kinds) == {InboundKind.AUTO_REPLY: 1, InboundKind.BOUNCE: 1}
    assert not InboundMessage.objects.filter(status=InboundStatus.WAITING).exists()
    notice.refresh_from_db()
    assert notice.status == DeliveryStatus.FAILED
    assert "User unknown" in notice.last_error


def test_the_same_message_id_twice_is_stored_once_and_both_are_read(
    mailbox: Mailbox, db: None
) -> None:
    raw = reply(message_id="<twice@customer.example>")
    mailbox.deliver(raw, raw)
    result = inbox_poll(now=NOW, account=mailbox.account)
    assert (result.fetched, result.new, result.already_stored) == (2, 1, 1)
    assert InboundMessage.objects.count() == 1
    assert mailbox.unseen() == 0


def test_a_refused_login_says_so_and_marks_nothing_read(db: None) -> None:
    # A server of its own: after a refused login Dovecot slows the next logins from the
    # same address, which would hold up every test after this one.
    server = DovecotServer.start()
    try:
        server.append(reply())
        wrong = ImapAccount.from_url(server.url(password="wrong"))
        with pytest.raises(MailboxUnavailable) as refused:
            inbox_poll(now=NOW, account=wrong)
        assert str(refused.value).startswith(
            f"IMAP login to 127.0.0.1:{server.port} as replies was refused: "
        )
        assert "Authentication failed" in str(refused.value)
        assert server.unseen() == 1
        assert not InboundMessage.objects.exists()
    finally:
        server.stop()


def test_processing_that_fails_halfway_keeps_the_row(
    mailbox: Mailbox, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("triage fell over")

    monkeypatch.setattr(services, "triage", broken)
    mailbox.deliver(reply())
    message = poll(mailbox)
    assert message.status == InboundStatus.RECEIVED and "triage fell over" in message.problem
    # The row is committed, so the message is done with; the worker reads it again later.
    assert mailbox.unseen() == 0


def test_storing_that_fails_leaves_the_message_unread(
    mailbox: Mailbox, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_database(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    mailbox.deliver(reply(), reply())
    monkeypatch.setattr("ownup.inbox.mailbox.inbound_take_many", no_database)
    with pytest.raises(OSError, match="disk full"):
        inbox_poll(now=NOW, account=mailbox.account)
    assert mailbox.unseen() == 2


def test_imaps_with_the_servers_certificate(dovecot: DovecotServer, db: None) -> None:
    dovecot.append(reply(message_id="<tls@customer.example>"), folder="INBOX")
    result = inbox_poll(
        now=timezone.now(),
        account=ImapAccount.from_url(dovecot.ssl_url()),
        ssl_context=dovecot.ssl_context(),
    )
    assert result.new >= 1
    assert InboundMessage.objects.filter(message_id="<tls@customer.example>").exists()


def test_plain_imap_is_refused_for_a_remote_server() -> None:
    with pytest.raises(Exception, match="would send the password unencrypted"):
        ImapAccount.from_url("imap://u:p@mail.example.com/INBOX")
    assert ImapAccount.from_url("imaps://u:p%40x@mail.example.com").password == "p@x"


def test_watching_stores_mail_as_it_arrives(mailbox: Mailbox, db: None) -> None:
    results: list[PollResult] = []
    first = threading.Event()

    def on_poll(result: PollResult) -> None:
        results.append(result)
        first.set()

    def deliver_while_idle() -> None:
        first.wait(10)
        mailbox.deliver(reply(message_id="<later@customer.example>"))

    mailbox.deliver(reply(message_id="<early@customer.example>"))
    courier = threading.Thread(target=deliver_while_idle)
    courier.start()
    # IDLE returns as soon as the server announces the new message, long before 30 seconds.
    started = time.monotonic()
    inbox_watch(
        wait_seconds=30,
        keep_going=lambda: sum(r.new for r in results) < 2,
        on_poll=on_poll,
        account=mailbox.account,
    )
    courier.join()
    assert time.monotonic() - started < 20
    # IDLE may also wake for other news (flags changed); only the count of new ones matters.
    assert InboundMessage.objects.count() == 2


def test_starttls_and_moving_read_messages_to_a_folder(mailbox: Mailbox, db: None) -> None:
    mailbox.deliver(reply())
    done = f"{mailbox.folder}-done"
    url = mailbox.server.url(folder=mailbox.folder) + f"?starttls&move_to={done}"
    account = ImapAccount.from_url(url)
    assert (account.starttls, account.move_to) == (True, done)
    result = inbox_poll(now=NOW, account=account, ssl_context=mailbox.server.ssl_context())
    assert result.new == 1
    assert (mailbox.count(), mailbox.server.count(done)) == (0, 1)


def test_the_worker_chore_polls_the_configured_mailbox_and_retries(
    mailbox: Mailbox, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "inbox" in [chore.name for chore in chores_registered()]
    settings.OWNUP_IMAP_URL = mailbox.server.url(folder=mailbox.folder)
    monkeypatch.setattr(services, "triage", lambda *a, **k: 1 / 0)
    mailbox.deliver(reply())
    inbox_chore(NOW)
    message = InboundMessage.objects.get()
    assert message.status == InboundStatus.RECEIVED and mailbox.unseen() == 0
    monkeypatch.undo()
    inbox_chore(NOW + dt.timedelta(minutes=5))
    message.refresh_from_db()
    assert message.status == InboundStatus.WAITING


def test_watching_opens_a_lost_connection_again(
    mailbox: Mailbox, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    connections: list[ImapMailbox] = []

    def connection_drops(self: ImapMailbox, seconds: float) -> None:
        connections.append(self)
        mailbox.deliver(reply(message_id=f"<while-away-{len(connections)}@customer.example>"))
        raise ConnectionResetError("the server went away")

    monkeypatch.setattr(ImapMailbox, "wait_for_new", connection_drops)
    mailbox.deliver(reply(message_id="<first@customer.example>"))
    results: list[PollResult] = []
    inbox_watch(
        wait_seconds=0.01,
        keep_going=lambda: sum(r.new for r in results) < 2,
        on_poll=results.append,
        account=mailbox.account,
    )
    assert len(connections) == 1 and InboundMessage.objects.count() == 2


def test_a_connection_lost_before_marking_read_loses_and_repeats_nothing(
    mailbox: Mailbox, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox.deliver(reply(), reply())

    def dropped(*args: object, **kwargs: object) -> None:
        raise IMAPClientAbortError("socket error: EOF")

    with monkeypatch.context() as patched:
        patched.setattr(imapclient.IMAPClient, "add_flags", dropped)
        with pytest.raises(MailboxUnavailable) as lost:
            inbox_poll(now=NOW, account=mailbox.account)
    assert str(lost.value) == (
        f"lost the IMAP connection to 127.0.0.1:{mailbox.server.port}: socket error: EOF"
    )
    assert (InboundMessage.objects.count(), mailbox.unseen()) == (2, 2)
    again = inbox_poll(now=NOW, account=mailbox.account)
    assert (again.new, again.already_stored, mailbox.unseen()) == (0, 2, 0)
