"""Email through a Django mail backend: .eml files, the console, or memory in tests."""

import contextlib
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.core.mail.backends.base import BaseEmailBackend

from ownup.comms.channels.base import Channel, DeliveryError, RelayUnavailable
from ownup.comms.channels.mime import HTML_PAGE
from ownup.comms.models import OutboxMessage


class EmailChannel(Channel):
    """Sends through the `default` entry of settings.MAILERS (from OWNUP_EMAIL_URL)."""

    def __init__(self) -> None:
        self.connection: BaseEmailBackend = mailers.default

    def open(self) -> None:
        try:
            self.connection.open()
        except OSError as exc:
            raise RelayUnavailable(f"cannot write mail with {self.connection}: {exc}") from exc

    def close(self) -> None:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            self.connection.close()

    def send(self, message: OutboxMessage) -> str:
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            from_email=settings.OWNUP_FROM_EMAIL,
            to=[message.to_address],
            headers=message.headers,
        )
        email.attach_alternative(HTML_PAGE.format(message.body_html), "text/html")
        try:
            self.connection.send_messages([email])
        except OSError as exc:
            raise DeliveryError(f"could not write the message: {exc}", permanent=False) from exc
        return f"accepted by {type(self.connection).__name__}"
