"""Email through any Django mail backend, as OWNUP_EMAIL_URL configures it."""

import contextlib
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.core.mail.backends.base import BaseEmailBackend

from ownup.comms.channels.base import Channel, DeliveryError, RelayUnavailable
from ownup.comms.models import OutboxMessage


def _text(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else reply


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _where(connection: BaseEmailBackend) -> str:
    host, port = getattr(connection, "host", None), getattr(connection, "port", None)
    return f"{host}:{port}" if host else type(connection).__name__


class EmailChannel(Channel):
    """Sends through the `default` entry of settings.MAILERS (from OWNUP_EMAIL_URL)."""

    def __init__(self) -> None:
        self.connection: BaseEmailBackend = mailers.default

    def open(self) -> None:
        try:
            self.connection.open()
        except smtplib.SMTPAuthenticationError as exc:
            raise RelayUnavailable(
                f"mail server {_where(self.connection)} refused the login: {_reply(exc)}"
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise RelayUnavailable(
                f"cannot reach mail server {_where(self.connection)}: {exc}"
            ) from exc

    def close(self) -> None:
        # The server may have gone away first; there is nothing left to flush then.
        with contextlib.suppress(OSError, smtplib.SMTPException):
            self.connection.close()

    def send(self, message: OutboxMessage) -> None:
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            from_email=settings.OWNUP_FROM_EMAIL,
            to=[message.to_address],
            headers=message.headers,
        )
        email.attach_alternative(
            f"<!doctype html>\n<html><body>\n{message.body_html}\n</body></html>\n", "text/html"
        )
        try:
            self.connection.send_messages([email])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise DeliveryError(f"{code} {_text(text)}", permanent=code >= 500) from exc
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(_reply(exc), permanent=exc.smtp_code >= 500) from exc
        except (OSError, smtplib.SMTPException) as exc:
            # The connection dropped mid-message: reconnect for the next one, retry this one.
            self.close()
            self.open()
            raise DeliveryError(f"connection lost: {exc}", permanent=False) from exc
