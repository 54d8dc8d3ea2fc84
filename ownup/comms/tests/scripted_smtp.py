"""An SMTP server in the test process that answers as a test scripts it.

Each address can be given a list of replies to its RCPT TO, used one per attempt
("451 4.7.1 try later", then acceptance); anything else is accepted and kept.
"""

import itertools
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ownup.conftest import unused_port

DROP = "drop the connection"
USERNAME, PASSWORD = "ownup", "correct horse"


@dataclass
class Script:
    rcpt: dict[str, list[str]] = field(default_factory=dict)
    data: dict[str, list[str]] = field(default_factory=dict)
    received: list[EmailMessage] = field(default_factory=list)
    # When each accepted message arrived, by recipient domain (time.monotonic()).
    arrivals: dict[str, list[float]] = field(default_factory=dict)
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def _next(self, table: dict[str, list[str]], address: str) -> str | None:
        replies = table.get(address)
        return replies.pop(0) if replies else None

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        # Offered, as real servers do, so the pipelined path is the one these tests take.
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        reply = self._next(self.rcpt, address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        reply = self._next(self.data, envelope.rcpt_tos[0])
        if reply == DROP:
            assert server.transport is not None
            server.transport.close()
            return "250 never seen"
        if reply:
            return reply
        message = message_from_bytes(envelope.original_content or b"", policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        domain = envelope.rcpt_tos[0].rpartition("@")[2]
        self.arrivals.setdefault(domain, []).append(time.monotonic())
        return f"250 2.0.0 Ok: queued as Q{next(self.numbers):05d}"

    def addresses(self) -> list[str]:
        return [m["To"].addresses[0].addr_spec for m in self.received]


def accept_only_our_login(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USERNAME.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return key, cert


class StartRelay(Protocol):
    def __call__(self, *, tls: str = "") -> tuple[Script, int]: ...


@pytest.fixture
def start_relay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StartRelay]:
    """Start scripted servers on free ports: plain, `tls="starttls"` or `tls="ssl"`.

    Login is offered (over plain text too, for the test). A TLS server's self-signed
    certificate is made the one this process trusts.
    """
    controllers: list[Controller] = []

    def start(*, tls: str = "") -> tuple[Script, int]:
        handler, port = Script(), unused_port()
        options: dict[str, Any] = {"authenticator": accept_only_our_login}
        if tls:
            key, cert = self_signed_certificate(tmp_path)
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            monkeypatch.setenv("SSL_CERT_FILE", str(cert))
            options["ssl_context" if tls == "ssl" else "tls_context"] = context
        # aiosmtpd does not count a connection that began encrypted as TLS when asked.
        options["auth_require_tls"] = tls == "starttls"
        controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return handler, port

    yield start
    for controller in controllers:
        controller.stop()
