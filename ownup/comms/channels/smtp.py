"""Email straight over SMTP with smtplib, one connection per channel.

smtplib rather than Django's mail API because each message's own reply is recorded
("250 2.0.0 Ok: queued as 4Zx…", "550 5.1.1 no such mailbox"); Django reports only how
many messages went. smtplib is in the standard library and does STARTTLS, SSL and AUTH.
"""

import contextlib
import re
import smtplib
import ssl
from email.utils import parseaddr
from typing import Any

from django.conf import settings
from django.utils import timezone

from ownup.comms.channels.base import Channel, DeliveryError, LoginRefused, RelayUnavailable
from ownup.comms.channels.mime import email_bytes
from ownup.comms.models import OutboxMessage

# The server is closing the connection: retry the message on a fresh one.
SERVICE_CLOSING = 421
START_MAIL_INPUT = 354
# A line of the message that starts with a dot gets another, so it cannot end the message.
LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


def _reply(code: int, text: bytes | str) -> str:
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"


class SmtpChannel(Channel):
    def __init__(
        self,
        *,
        host: str,
        port: int,
        username: str = "",
        password: str = "",
        use_ssl: bool = False,
        use_tls: bool = False,
        timeout: float = 30,
        **_: Any,
    ) -> None:
        self.host, self.port = host, port
        self.username, self.password = username, password
        self.use_ssl, self.use_tls, self.timeout = use_ssl, use_tls, timeout
        self.sender = settings.OWNUP_FROM_EMAIL
        self.envelope_from = parseaddr(self.sender)[1]
        self.connection: smtplib.SMTP | None = None

    @classmethod
    def from_settings(cls) -> "SmtpChannel":
        return cls(**settings.MAILERS["default"]["OPTIONS"])

    def __str__(self) -> str:
        return f"mail server {self.host}:{self.port}"

    def open(self) -> None:
        if self.connection is not None:
            return
        context = ssl.create_default_context()
        try:
            if self.use_ssl:
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=context
                )
            else:
                connection = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            connection.ehlo()
            if self.use_tls:
                connection.starttls(context=context)
                connection.ehlo()
            if self.username:
                connection.login(self.username, self.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise LoginRefused(
                f"{self} refused the login for '{self.username}': "
                f"{_reply(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise LoginRefused(f"{self}: {exc}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise RelayUnavailable(f"cannot reach {self}: {exc}") from exc
        self.connection = connection

    def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            # The server may have gone away first; there is nothing left to flush then.
            with contextlib.suppress(OSError, smtplib.SMTPException):
                connection.quit()
            connection.close()

    def send(self, message: OutboxMessage) -> str:
        self.open()
        assert self.connection is not None
        raw = email_bytes(
            sender=self.sender,
            subject=message.subject,
            text=message.body_text,
            html=message.body_html,
            headers=message.headers,
            now=timezone.now(),
        )
        try:
            return self._transaction(self.connection, message.to_address, raw)
        except smtplib.SMTPResponseException as exc:
            self._give_up_on(self.connection, exc.smtp_code)
            reply = _reply(exc.smtp_code, exc.smtp_error)
            raise DeliveryError(reply, permanent=exc.smtp_code >= 500) from exc
        except (OSError, smtplib.SMTPException) as exc:
            # Dropped or timed out mid-message: the next message gets a fresh connection.
            self.close()
            raise DeliveryError(f"connection lost: {exc}", permanent=False) from exc

    def _transaction(self, connection: smtplib.SMTP, to: str, raw: bytes) -> str:
        if not to.isascii():
            raise DeliveryError(f"'{to}' is not an ASCII address", permanent=True)
        if connection.has_extn("pipelining"):
            return self._pipelined(connection, to, raw)
        for command, argument, accepted in (
            (connection.mail, self.envelope_from, (250,)),
            (connection.rcpt, to, (250, 251)),
        ):
            code, text = command(argument)
            if code not in accepted:
                self._give_up_on(connection, code)
                raise DeliveryError(_reply(code, text), permanent=code >= 500)
        code, text = connection.data(raw)
        if code != 250:
            self._give_up_on(connection, code)
            raise DeliveryError(_reply(code, text), permanent=code >= 500)
        return _reply(code, text)

    def _pipelined(self, connection: smtplib.SMTP, to: str, raw: bytes) -> str:
        """MAIL, RCPT and DATA in one write, then the message: two round trips, not four."""
        connection.send(f"MAIL FROM:<{self.envelope_from}>\r\nRCPT TO:<{to}>\r\nDATA\r\n")
        replies = [connection.getreply() for _ in range(3)]
        (mail, mail_text), (rcpt, rcpt_text), (data, data_text) = replies
        refused = next(
            ((code, text) for code, text in ((mail, mail_text), (rcpt, rcpt_text)) if code >= 300),
            None,
        )
        if refused is None and data != START_MAIL_INPUT:
            refused = (data, data_text)
        if refused is not None:
            if data == START_MAIL_INPUT:
                # The server waits for a message we will not send: give it an empty one to end.
                connection.send(b".\r\n")
                connection.getreply()
            self._give_up_on(connection, refused[0])
            raise DeliveryError(_reply(*refused), permanent=refused[0] >= 500)
        connection.send(LEADING_DOT.sub(b"..", raw) + b".\r\n")
        code, text = connection.getreply()
        if code != 250:
            self._give_up_on(connection, code)
            raise DeliveryError(_reply(code, text), permanent=code >= 500)
        return _reply(code, text)

    def _give_up_on(self, connection: smtplib.SMTP | None, code: int) -> None:
        if connection is None or code == SERVICE_CLOSING:
            self.close()
            return
        try:
            connection.rset()
        except (OSError, smtplib.SMTPException):
            self.close()
