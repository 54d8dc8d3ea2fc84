"""Messages as customers' mail programs and mail servers write them, for tests and benchmarks."""

import datetime as dt
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.comms.outbox import Outgoing, outbox_row
from ownup.customers.models import Customer
from ownup.incidents.models import Incident

WHEN = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)


def reply(
    *,
    sender: str = "ana@almeida-bakery.example",
    sender_name: str = "Ana Almeida",
    subject: str = "Re: web3 is down",
    text: str = "Thanks for telling us. When will the shop be back?",
    in_reply_to: str = "",
    references: tuple[str, ...] = (),
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    html: str = "",
) -> bytes:
    """A customer's answer to one of our notices, as a mail program sends it."""
    message = EmailMessage()
    message["From"] = f"{sender_name} <{sender}>" if sender_name else sender
    message["To"] = "support@ownup.invalid"
    message["Subject"] = subject
    message["Date"] = format_datetime(WHEN)
    message["Message-ID"] = message_id or make_msgid(domain="customer.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references or in_reply_to:
        message["References"] = " ".join(references or (in_reply_to,))
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=SMTP)


def delivery_report(
    *,
    original_message_id: str,
    recipient: str,
    diagnostic: str = "550 5.1.1 <{recipient}>: Recipient address rejected: User unknown",
    incident_reference: str = "",
) -> bytes:
    """An RFC 3464 bounce from a mail server, returning the headers of the message it refused."""
    diagnostic = diagnostic.format(recipient=recipient)
    boundary = "=_report_boundary"
    returned = (
        f"From: Support <support@ownup.invalid>\r\nTo: {recipient}\r\n"
        f"Subject: web3 is down\r\nMessage-ID: {original_message_id}\r\n"
        + (f"X-Ownup-Incident: {incident_reference}\r\n" if incident_reference else "")
    )
    return (
        "From: MAILER-DAEMON@mx.customer.example (Mail Delivery System)\r\n"
        "To: support@ownup.invalid\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(WHEN)}\r\n"
        f"Message-ID: {make_msgid(domain='mx.customer.example')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx.customer.example.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n"
        f"<{recipient}>: host mx.customer.example said: {diagnostic}\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.customer.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/rfc822-headers\r\n\r\n"
        f"{returned}\r\n"
        f"--{boundary}--\r\n"
    ).encode()


def sent_notice(incident: Incident, customer: Customer, *, now: dt.datetime) -> OutboxMessage:
    """The outbox row (not yet saved) of a first notice already sent to the customer: what a
    reply answers and a bounce returns."""
    row = outbox_row(
        Outgoing(
            topic=f"notice:{incident.pk}",
            recipient=f"customer:{customer.pk}",
            channel="email",
            to_address=customer.email,
            subject="web3 is down",
            body_text="Server web3 stopped answering at 09:12 UTC.",
            incident=incident,
        ),
        now=now,
        customer=customer,
        status=DeliveryStatus.SENT,
    )
    row.sent_at = now
    return row
