"""Figure: the practical limit, pre-built messages blasted over a few reused SMTP connections.

No Django, no database: N messages of the size and shape ownup sends (a text and an HTML
part, a Message-ID each) are built first, then sent as fast as asyncio and the mail server
at OWNUP_EMAIL_URL allow, commands pipelined as ownup pipelines them. What ownup reaches end
to end is compared with this.
"""

import argparse
import asyncio
import os
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import urlsplit

from bench import report, timed

SENDER = "support@ownup.invalid"
PARAGRAPH = (
    "At 09:12 UTC the disk controller of server web3 failed, and every site on it stopped "
    "answering. We moved your site to a spare server and restored last night's backup. "
)


def _messages(count: int) -> list[tuple[str, bytes]]:
    """`count` messages, each to its own recipient with its own Message-ID."""
    shape = EmailMessage()
    shape["From"] = f"Support <{SENDER}>"
    shape["To"] = "Customer NUMBER <RECIPIENT>"
    shape["Subject"] = "web3 is down: what happened and what we are doing"
    shape["Message-ID"] = "MESSAGE-ID"
    shape["Reply-To"] = SENDER
    shape["X-Ownup-Incident"] = "INC-1"
    text = "Hello Customer NUMBER,\n\n" + PARAGRAPH * 6
    shape.set_content(text)
    shape.add_alternative(f"<p>{text}</p>", subtype="html")
    # Building each with the email package would take longer than sending it: fill a copy.
    template = shape.as_string()
    built = []
    for number in range(count):
        recipient = f"customer{number:06d}@web3-customers.example"
        data = (
            template.replace("NUMBER", str(number))
            .replace("RECIPIENT", recipient)
            .replace("MESSAGE-ID", make_msgid(domain="ownup.invalid"))
        )
        wire = data.replace("\n", "\r\n").replace("\r\n.", "\r\n..") + ".\r\n"
        built.append((recipient, wire.encode()))
    return built


async def _reply(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("the server closed the connection")
        if line[3:4] != b"-":
            return int(line[:3]), line


async def _expect(reader: asyncio.StreamReader, code: int) -> None:
    got, line = await _reply(reader)
    if got != code:
        raise ConnectionError(f"the server answered {line.decode(errors='replace').strip()}")


async def _blast(host: str, port: int, messages: list[tuple[str, bytes]], connections: int) -> int:
    """Send every message; the number the server refused."""
    queue = iter(messages)
    refused = 0

    async def one_connection() -> None:
        nonlocal refused
        reader, writer = await asyncio.open_connection(host, port)
        await _expect(reader, 220)
        writer.write(b"EHLO bench.ownup.test\r\n")
        await _expect(reader, 250)
        for recipient, data in queue:
            # MAIL, RCPT and DATA in one write, their replies read after (RFC 2920), as
            # ownup's SMTP channel does when the server offers PIPELINING.
            envelope = f"MAIL FROM:<{SENDER}>\r\nRCPT TO:<{recipient}>\r\nDATA\r\n"
            writer.write(envelope.encode())
            replies = [(await _reply(reader))[0] for _ in range(3)]
            if replies == [250, 250, 354]:
                writer.write(data)
                accepted, _ = await _reply(reader)
                refused += accepted != 250
            else:
                refused += 1
                writer.write(b"RSET\r\n")
                await _expect(reader, 250)
        writer.write(b"QUIT\r\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    await asyncio.gather(*(one_connection() for _ in range(connections)))
    return refused


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.smtp_blast")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument(
        "--connections", type=int, default=int(os.environ.get("OWNUP_WORKER_CONNECTIONS", "8"))
    )
    options = parser.parse_args()
    url = urlsplit(os.environ["OWNUP_EMAIL_URL"])
    if url.scheme != "smtp" or not url.hostname:
        raise SystemExit(
            f"OWNUP_EMAIL_URL: the blast needs a plain smtp:// URL, not {url.geturl()}"
        )
    messages, build_seconds = timed(lambda: _messages(options.messages))
    refused, seconds = timed(
        lambda: asyncio.run(
            _blast(url.hostname or "", url.port or 25, messages, options.connections)
        )
    )
    report(
        {
            "messages": options.messages,
            "connections": options.connections,
            "build_seconds": build_seconds,
            "seconds": seconds,
            "refused": refused,
            "average_bytes": sum(len(data) for _, data in messages) / max(len(messages), 1),
        }
    )


if __name__ == "__main__":
    main()
