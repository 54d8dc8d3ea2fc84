"""Email through any Django email backend chosen by OWNUP_EMAIL_URL."""

import contextlib
import smtplib
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from ownup.comms.channels.base import Channel, DeliveryError, RelayUnavailable
from ownup.comms.models import OutboxMessage
from ownup.errors import UserError

SMTP_TIMEOUT_SECONDS = 30
BACKENDS = {
    "file": "ownup.comms.channels.eml_files.EmlFileBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}


def backend_from_url(url: str) -> tuple[str, dict[str, Any]]:
    """`file:///var/mail`, `console:`, `smtp://user:pass@host:587?starttls`, `smtps://host`."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return BACKENDS["file"], {"file_path": unquote(parts.path)}
    if scheme in ("console", "memory"):
        return BACKENDS[scheme], {}
    if scheme in ("smtp", "smtps", "smtp+starttls"):
        query = parse_qs(parts.query, keep_blank_values=True)
        return BACKENDS["smtp"], {
            "host": parts.hostname or "localhost",
            "port": parts.port or {"smtps": 465, "smtp+starttls": 587}.get(scheme, 25),
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_ssl": scheme == "smtps",
            "use_tls": scheme == "smtp+starttls" or "starttls" in query,
            "timeout": SMTP_TIMEOUT_SECONDS,
        }
    raise UserError(
        f"OWNUP_EMAIL_URL: '{scheme}:' is not one of file:, console:, smtp:, smtps:, smtp+starttls:"
    )


def _text(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else reply


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.hostname else url


class EmailChannel(Channel):
    def __init__(self, url: str | None = None) -> None:
        self.url = url or settings.EMAIL_URL
        backend, options = backend_from_url(self.url)
        self.connection: BaseEmailBackend = get_connection(backend, fail_silently=False, **options)

    def open(self) -> None:
        try:
            self.connection.open()
        except smtplib.SMTPAuthenticationError as exc:
            raise RelayUnavailable(
                f"mail server {_where(self.url)} refused the login: {_reply(exc)}"
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise RelayUnavailable(f"cannot reach mail server {_where(self.url)}: {exc}") from exc

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
