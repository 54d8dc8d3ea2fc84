"""Figures: customers' replies read from a real IMAP server, end to end.

10,000 replies to one incident's notice wait unread in a private Dovecot (written into its
maildir before it starts, as a mail provider would have delivered them); `inbox_poll` then
fetches, stores, parses, threads and triages every one of them and marks it read. Most
answer the notice (In-Reply-To), some only come from a known address, a few are
out-of-office replies and bounces, one in ten is in Latin-1 and one in ten is HTML only.
"""

import argparse
import base64
import datetime as dt
import itertools
import os
import time
from email.utils import format_datetime, make_msgid

from bench import django_ready, peak_rss_mib, report

TEXTS = [
    "Thanks for letting us know. When will the shop be back online?",
    "This is the third outage this month. I want a refund for the days we lost.",
    "Was my site affected? I did not notice anything but my customers did.",
    "We lost orders all morning. Please restore yesterday's backup of our database.",
    "I am thinking about cancelling. Nobody answered the phone for two hours!",
    "All working again on our side, thank you for the quick fix.",
    "Could you tell me what exactly happened and what you changed so it does not recur?",
    "Our checkout still shows an error page. Is it still down for you too?",
]
LATIN1 = "Le site ne répond plus depuis ce matin, ça nous coûte cher. Que se passe-t-il ?"
BIG_ATTACHMENT = 20 * 2**20
HTML = "<html><body><p>Still <b>down</b> here &mdash; any news?</p><p>Ana</p></body></html>"


def _message(number: int, *, customer: tuple[str, str], notice_id: str) -> bytes:
    name, address = customer
    date = format_datetime(dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC))
    head = (
        f"From: {name} <{address}>\r\nTo: support@ownup.invalid\r\nDate: {date}\r\n"
        f"Message-ID: {make_msgid(idstring=str(number), domain='customer.example')}\r\n"
        "MIME-Version: 1.0\r\n"
    )
    kind = number % 20
    if kind == 0:
        return (
            head + "Subject: Out of office: web3 is down\r\nAuto-Submitted: auto-replied\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nI am away until Monday.\r\n"
        ).encode()
    if kind == 1:
        return (
            f"From: MAILER-DAEMON@mx{number}.example\r\nDate: {date}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\n"
            f"Message-ID: <bounce{number}@mx.example>\r\n\r\n"
            f"<{address}>: host mx said: 550 5.1.1 User unknown\r\n\r\n"
            f"Message-ID: {notice_id}\r\n"
        ).encode()
    threading = f"In-Reply-To: {notice_id}\r\nReferences: {notice_id}\r\n" if kind > 4 else ""
    if kind in (2, 3):
        body = LATIN1.encode("iso-8859-1")
        content = "text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit"
    elif kind == 4:
        body = HTML.encode()
        content = "text/html; charset=utf-8"
    else:
        body = (TEXTS[number % len(TEXTS)] + f"\r\n\r\n{name}\r\n").encode()
        content = "text/plain; charset=utf-8"
    return (
        (
            head + threading + f"Subject: Re: web3 is down\r\nContent-Type: {content}\r\n\r\n"
        ).encode()
        + body
        + b"\r\n"
    )


def _with_attachment(size: int) -> bytes:
    payload = base64.encodebytes(os.urandom(size))
    return (
        b"From: Ana Almeida <ana@almeida-bakery.example>\r\nSubject: the error log\r\n"
        b"Message-ID: <big-attachment@almeida-bakery.example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe log is attached.\r\n"
        b"--b\r\nContent-Type: application/gzip\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="error.log.gz"\r\n\r\n' + payload + b"--b--\r\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=2_000)
    options = parser.parse_args()
    django_ready()

    from django.utils import timezone

    from ownup.accounts.models import Role
    from ownup.accounts.services import user_add
    from ownup.comms.models import DeliveryStatus, OutboxMessage
    from ownup.customers.models import Customer
    from ownup.inbox.mailbox import ImapAccount, inbox_poll
    from ownup.inbox.models import InboundMessage
    from ownup.inbox.testing.samples import sent_notice
    from ownup.incidents.models import Severity
    from ownup.incidents.services import affected_add, incident_open

    alice = user_add(
        username="alice",
        role=Role.AGENT,
        email="alice@ownup.invalid",
        password="bench-password-long-enough",
    )
    incident = incident_open(title="web3 is down", severity=Severity.OUTAGE, opened_by=alice)
    customers = Customer.objects.bulk_create(
        Customer(key=f"C{n:05d}", name=f"Customer {n}", email=f"c{n}@shop{n}.example")
        for n in range(options.customers)
    )
    affected_add(
        incident=incident,
        customers=Customer.objects.all(),
        reason="hosted on web3",
        actor=alice,
    )
    now = timezone.now()
    notices = OutboxMessage.objects.bulk_create(
        sent_notice(incident, c, now=now) for c in customers
    )
    pairs = itertools.cycle(zip(customers, notices, strict=True))
    messages = []
    for number in range(options.replies):
        customer, notice = next(pairs)
        messages.append(
            _message(number, customer=(customer.name, customer.email), notice_id=notice.message_id)
        )

    from ownup.inbox.testing.dovecot import DovecotServer

    server = DovecotServer.start()
    try:
        started = time.perf_counter()
        server.write_maildir(messages)
        write_seconds = time.perf_counter() - started
        account = ImapAccount.from_url(server.url())
        rss_before = peak_rss_mib()
        started = time.perf_counter()
        result = inbox_poll(now=timezone.now(), account=account)
        seconds = time.perf_counter() - started
        unseen_after = server.unseen()
        rss_after_replies = peak_rss_mib()
        figures = {
            "replies": options.replies,
            "seconds": seconds,
            "stored": InboundMessage.objects.count(),
            "new": result.new,
            "kinds": dict(result.kinds),
            "threaded": InboundMessage.objects.filter(incident__isnull=False).count(),
            "triaged": InboundMessage.objects.exclude(intent="").count(),
            "failed_notices": OutboxMessage.objects.filter(status=DeliveryStatus.FAILED).count(),
        }
        server.write_maildir([_with_attachment(BIG_ATTACHMENT)])
        started = time.perf_counter()
        big = inbox_poll(now=timezone.now(), account=account)
        big_seconds = time.perf_counter() - started
    finally:
        server.stop()
    report(
        {
            **figures,
            "unseen_after": unseen_after,
            "average_bytes": sum(map(len, messages)) / len(messages),
            "maildir_write_seconds": write_seconds,
            "rss_before_mib": rss_before,
            "peak_rss_mib": rss_after_replies,
            "big_new": big.new,
            "big_mib": BIG_ATTACHMENT / 2**20,
            "big_seconds": big_seconds,
            "big_peak_rss_mib": peak_rss_mib(),
        }
    )


if __name__ == "__main__":
    main()
