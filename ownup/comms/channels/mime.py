"""A stored message as the bytes of a text+HTML email, built directly.

The standard library's email generator takes about a millisecond a message; at a hundred
thousand recipients that alone would be the bottleneck. The structure here is fixed (one
multipart/alternative with two UTF-8 parts), so it is written out line by line.
"""

import base64
import datetime as dt
import secrets
from collections.abc import Mapping
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses

ADDRESS_HEADERS = frozenset({"from", "to", "cc", "reply-to", "sender"})
HTML_PAGE = "<!doctype html>\n<html><body>\n{}\n</body></html>\n"


def _header(name: str, value: str) -> str:
    if value.isascii() and len(value) < 900:
        return f"{name}: {value}"
    if name.lower() in ADDRESS_HEADERS:
        encoded = ", ".join(formataddr(pair, charset="utf-8") for pair in getaddresses([value]))
        if encoded.isascii():
            return f"{name}: {encoded}"
    return f"{name}: {Header(value, 'utf-8', header_name=name).encode()}"


def _part(content_type: str, text: str) -> str:
    body = base64.encodebytes(text.encode()).decode("ascii").replace("\n", "\r\n")
    return (
        f'Content-Type: {content_type}; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        f"{body}"
    )


def email_bytes(
    *,
    sender: str,
    subject: str,
    text: str,
    html: str,
    headers: Mapping[str, str],
    now: dt.datetime,
) -> bytes:
    """The whole message with CRLF line ends; `headers` carries Message-ID, To and the rest."""
    boundary = f"=_ownup_{secrets.token_hex(12)}"
    lines = [
        _header("From", sender),
        _header("Subject", subject),
        f"Date: {format_datetime(now)}",
        *(_header(name, value) for name, value in headers.items()),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        f"--{boundary}",
        _part("text/plain", text),
        f"--{boundary}",
        _part("text/html", HTML_PAGE.format(html)),
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines).encode("ascii")
