"""Reading a received message: who sent it, what it says, what it answers, what kind it is.

Plain functions over bytes, with no database. Mail in the wild is often malformed: every
step has a fallback, and what could not be read is said in `problems` rather than raised.
"""

import codecs
import copy
import datetime as dt
import email
import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

STORABLE_ID = re.compile(r"<[!-;=?-~]{1,498}>")
SUBJECT_LENGTH = 1000
# A NUL cannot be stored in PostgreSQL text, and an id longer than a column is no id of ours.
MESSAGE_ID = re.compile(r"<[^<>\s\x00]{1,498}>")
INCIDENT_REFERENCE = re.compile(r"\bINC-(\d{1,12})\b", re.IGNORECASE)
# Status codes as mail servers write them: "550 5.1.1 <ana@…>: user unknown".
DIAGNOSTIC = re.compile(
    r"\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b[^\r\n]*|\b[45]\.\d{1,3}\.\d{1,3}\b[^\r\n]*"
)
RETURNED_HEADER = re.compile(r"^(Message-ID|X-Ownup-Incident|To)\s*:\s*(.+)$", re.I | re.M)
FINAL_RECIPIENT = re.compile(r"^(?:Final|Original)-Recipient\s*:\s*rfc822\s*;\s*(\S+)", re.I | re.M)
OUT_OF_OFFICE = re.compile(
    r"out of (the )?office|automatic reply|auto[- ]?reply|autoreply|away from (the )?office"
    r"|on (vacation|holiday|leave)|abwesenheit|r[ée]ponse automatique|respuesta autom[áa]tica",
    re.IGNORECASE,
)
BOUNCE_SUBJECT = re.compile(
    r"undeliver(ed|able)|returned (mail|to sender)|delivery (status notification|failure"
    r"|has failed)|mail delivery (failed|failure|subsystem)|failure notice|could not be delivered",
    re.IGNORECASE,
)
BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)
AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk", "list"}
# Labels that in practice mean "one of the Windows code pages": decode as its superset.
LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Bounce:
    """What a delivery failure report says: who could not be reached, why, and which message."""

    recipient: str
    diagnostic: str
    original_message_id: str
    incident_reference: str


@dataclass(frozen=True)
class ParsedMessage:
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    text: str = ""
    sent_at: dt.datetime | None = None
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    incident_reference: str = ""  # "INC-4" from our header, or else from the subject
    incident_in_header: bool = False
    attachments: tuple[Attachment, ...] = ()
    auto_reply: bool = False
    bounce: Bounce | None = None
    problems: tuple[str, ...] = field(default=())
    has_headers: bool = True


def message_id_of(raw: bytes) -> str:
    """The message's own Message-ID as `<…>`, or one made from a hash of its bytes.

    Reads the header block only, so a large message costs no more than a small one.
    """
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(_header_block(raw))
    value = str(headers.get("Message-ID", "") or "")
    found = MESSAGE_ID.search(value)
    message_id = found[0] if found else f"<{value.strip()}>"
    # Printable ASCII only: anything else is stored and compared unreliably, so it is hashed.
    if not STORABLE_ID.fullmatch(message_id):
        return f"<{hashlib.sha256(raw).hexdigest()}@inbound.ownup.invalid>"
    return message_id


def _header_block(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end != -1:
            return raw[: end + len(separator)]
    return raw


def message_parse(raw: bytes) -> ParsedMessage:
    """Everything ownup reads from one message; problems found on the way are listed."""
    slim, set_aside = _large_parts_set_aside(raw)
    try:
        return _parse(raw, slim, set_aside)
    except _LargeText:
        return _parse(raw, raw, {})


class _LargeText(Exception):
    """A part set aside as too large to parse is text after all: read the whole message."""


def _large_parts_set_aside(raw: bytes) -> tuple[bytes, dict[str, int]]:
    """The message with each large base64 body replaced by a marker, and each one's size.

    The email package holds a message several times over while parsing it; a 20 MB
    attachment would cost hundreds of megabytes only to learn its size. The raw bytes are
    kept whole elsewhere; this copy is only for reading the text and listing attachments.
    """
    if len(raw) < SET_ASIDE_ABOVE:
        return raw, {}
    sizes: dict[str, int] = {}
    pieces: list[bytes] = []
    copied = position = 0
    while (blank := _after_blank_line(raw, position)) != -1:
        boundary = raw.find(b"\n--", blank)
        end = len(raw) if boundary == -1 else boundary + 1
        if end - blank > LARGE_ATTACHMENT and not raw[blank:end].translate(None, BASE64_BYTES):
            marker = f"ownupsetaside{len(sizes)}"
            newlines = raw.count(b"\n", blank, end) + raw.count(b"\r", blank, end)
            padding = raw[max(blank, end - 8) : end].rstrip().count(b"=")
            sizes[marker] = (end - blank - newlines) * 3 // 4 - padding
            pieces += [raw[copied:blank], marker.encode() + b"\r\n"]
            copied = end
        if boundary == -1:
            break
        position = end
    pieces.append(raw[copied:])
    return b"".join(pieces), sizes


def _after_blank_line(raw: bytes, start: int) -> int:
    found = [i + len(s) for s in (b"\r\n\r\n", b"\n\n") if (i := raw.find(s, start)) != -1]
    return min(found) if found else -1


def _parse(raw: bytes, body: bytes, set_aside: dict[str, int]) -> ParsedMessage:
    problems: list[str] = []
    # The compat32 policy: several times faster than policy.default, and as forgiving; the
    # few headers ownup reads are decoded here instead.
    message = email.message_from_bytes(body, policy=policy.compat32)
    message = _with_boundary_found(message, problems)
    # Headers are read again from text: mail clients write raw UTF-8 or Latin-1 into them.
    headers = _headers_as_text(raw)
    sender_name, sender = _address(headers.get("From", ""))
    subject = _one_line(_decoded(headers.get("Subject", "")))[:SUBJECT_LENGTH]
    references = tuple(MESSAGE_ID.findall(headers.get("References", "")))
    in_reply_to_ids = MESSAGE_ID.findall(headers.get("In-Reply-To", ""))
    incident_header = INCIDENT_REFERENCE.search(headers.get("X-Ownup-Incident", ""))
    incident_subject = INCIDENT_REFERENCE.search(subject)
    incident = incident_header or incident_subject

    text, attachments = _body(message, problems, set_aside)
    bounce = _bounce(message, headers, sender, subject, text)
    # After the body is decoded: bad base64 and the like are only noticed then.
    for part in message.walk():
        for defect in part.defects:
            if words := _defect_words(defect):
                problems.append(f"malformed message: {words}")
    return ParsedMessage(
        sender=sender,
        sender_name=sender_name,
        subject=subject,
        text=text,
        sent_at=_date(headers.get("Date", "")),
        in_reply_to=in_reply_to_ids[0] if in_reply_to_ids else "",
        references=references,
        incident_reference=f"INC-{incident[1]}" if incident else "",
        incident_in_header=incident_header is not None,
        attachments=tuple(attachments),
        auto_reply=bounce is None and _is_auto_reply(headers, subject),
        bounce=bounce,
        problems=tuple(dict.fromkeys(problems)),
        has_headers=bool(message.keys()),
    )


class _Headers:
    """Header values by name, case-insensitive, decoded to text; first value wins."""

    def __init__(self, message: Message) -> None:
        self.message = message

    def get(self, name: str, default: str = "") -> str:
        try:
            value = self.message.get(name)
            return default if value is None else str(value)
        except Exception:  # a header the parser chokes on reads as absent
            return default

    def has(self, name: str) -> bool:
        return name in self.message


def _headers_as_text(raw: bytes) -> _Headers:
    block = _header_block(raw)
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        text = block.decode("cp1252", errors="replace")
    return _Headers(HeaderParser(policy=policy.compat32).parsestr(text))


def _decoded(value: str) -> str:
    """A header value with its RFC 2047 encoded words decoded, whatever their charset."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        pass
    try:
        chunks = decode_header(value)
    except HeaderParseError:
        return value
    return "".join(
        chunk if isinstance(chunk, str) else decode_text(chunk, charset)[0]
        for chunk, charset in chunks
    )


def _one_line(value: str) -> str:
    return " ".join(value.replace("\x00", "").split())


def _address(value: str) -> tuple[str, str]:
    pairs = [(name, addr) for name, addr in getaddresses([value]) if "@" in addr]
    if not pairs:
        return "", ""
    name, addr = pairs[0]
    return _one_line(_decoded(name))[:300], _one_line(addr)[:320]


def _date(value: str) -> dt.datetime | None:
    if not value.strip():
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# What the email package's names for broken mail mean, for the agent who sees them.
DEFECT_WORDS = {
    "StartBoundaryNotFoundDefect": "the boundary between its parts never appears",
    "CloseBoundaryNotFoundDefect": "its last part never ends; it may have been cut short",
    "NoBoundaryInMultipartDefect": "it says it has parts but gives no boundary between them",
    "MultipartInvariantViolationDefect": "",  # said already by the two above
    "InvalidBase64CharactersDefect": "the base64 text has characters base64 does not use",
    "InvalidBase64PaddingDefect": "the base64 text ends with the wrong padding",
    "InvalidBase64LengthDefect": "the base64 text has a length base64 cannot have",
    "MissingHeaderBodySeparatorDefect": "no blank line between its headers and its body",
    "FirstHeaderLineIsContinuationDefect": "its first header line is malformed",
    "MisplacedEnvelopeHeaderDefect": "a mailbox 'From ' line sits among its headers",
}


def _defect_words(defect: Exception) -> str:
    name = type(defect).__name__
    if name in DEFECT_WORDS:
        return DEFECT_WORDS[name]
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name.removesuffix("Defect")).lower()


def decode_text(data: bytes, label: str | None) -> tuple[str, str | None]:
    """Bytes as text in their declared charset, or the likeliest one; a problem if it was wrong."""
    label = (label or "").strip().strip('"').lower()
    if label in LATIN1_LABELS:
        # Mislabelled UTF-8 is common; Latin-1 text is almost never valid UTF-8.
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace").replace("\ufffd", ""), None
    problem = None
    if label:
        try:
            codecs.lookup(label)
        except LookupError:
            problem = f"unknown charset '{label}', read as UTF-8 or Windows-1252"
        else:
            try:
                return data.decode(label), None
            except UnicodeDecodeError:
                problem = f"text is not valid {label}, read as UTF-8 or Windows-1252"
    try:
        return data.decode("utf-8"), problem
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), problem


# Above this many characters, base64 attachments are measured rather than decoded.
LARGE_ATTACHMENT = 1024 * 1024
# Messages larger than this have their large base64 parts set aside before parsing.
SET_ASIDE_ABOVE = 4 * 1024 * 1024
BASE64_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
PART_BOUNDARY = re.compile(r"^--([^\s]{1,70}?)(?:--)?[ \t]*\r?$", re.MULTILINE)


def _with_boundary_found(message: Message, problems: list[str]) -> Message:
    """A multipart message whose declared boundary never appears, split at the one it uses.

    Some mail programs and gateways rewrite the boundary in the header or in the body only.
    The message is read as written; the mismatch is still listed among its problems.
    """
    payload = message.get_payload()
    if message.get_content_maintype() != "multipart" or not isinstance(payload, str):
        return message
    found = PART_BOUNDARY.search(payload)
    if found is None or found[1] == message.get_boundary():
        return message
    repaired = copy.copy(message)
    repaired.set_boundary(found[1])
    problems.append(
        f"malformed message: its parts are separated by '{found[1]}', "
        f"not the boundary it declares ('{message.get_boundary()}')"
    )
    try:
        return email.message_from_bytes(repaired.as_bytes(), policy=policy.compat32)
    except Exception:  # the repair is a courtesy; the message as written still stands
        return message


def _attachment_size(part: Message, set_aside: dict[str, int]) -> int:
    """Bytes the attachment decodes to; a large base64 one is counted without decoding it,
    which would hold another copy of it in memory only to measure it."""
    payload = part.get_payload()
    if isinstance(payload, str) and payload.strip() in set_aside:
        return set_aside[payload.strip()]
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64" and isinstance(payload, str) and len(payload) > LARGE_ATTACHMENT:
        letters = len(payload) - sum(payload.count(c) for c in " \t\r\n")
        return letters * 3 // 4 - payload.rstrip()[-2:].count("=")
    return len(_payload_bytes(part))


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    text = part.get_payload()
    return text.encode("utf-8", "surrogateescape") if isinstance(text, str) else b""


def _body(
    message: Message, problems: list[str], set_aside: dict[str, int]
) -> tuple[str, list[Attachment]]:
    """The plain text (from the HTML when there is no plain part), and the attachments."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if content_type.startswith("multipart/"):
            # A multipart whose boundary never appears: its body is all there is to read.
            problems.append("malformed message: the parts of the message could not be told apart")
            content_type = "text/plain"
        if content_type in ("message/rfc822", "message/delivery-status", "text/rfc822-headers"):
            continue
        if filename or disposition == "attachment" or not content_type.startswith("text/"):
            size = _attachment_size(part, set_aside)
            attachments.append(
                Attachment(filename=filename or "(no name)", content_type=content_type, size=size)
            )
            continue
        if content_type not in ("text/plain", "text/html"):
            continue
        if set_aside and str(part.get_payload()).strip() in set_aside:
            raise _LargeText
        text, problem = decode_text(_payload_bytes(part), part.get_content_charset())
        if problem:
            problems.append(problem)
        (html if content_type == "text/html" else plain).append(text)
    body = "\n\n".join(plain) if plain else "\n\n".join(html_to_text(h) for h in html)
    return _tidy(body), attachments


def _filename(part: Message) -> str:
    try:
        return _one_line(_decoded(part.get_filename() or ""))
    except Exception:  # a filename in a broken encoding is no filename
        return ""


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


class _TextOfHtml(HTMLParser):
    BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
        | {"table", "ul", "ol", "section", "article", "hr"}
    )
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.pieces.append("\n")
            if tag == "li":
                self.pieces.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in self.BLOCKS and tag != "li":
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.pieces.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """The words of an HTML body, one block per line, without markup, styles or scripts."""
    reader = _TextOfHtml()
    reader.feed(html)
    reader.close()
    lines = (line.strip() for line in "".join(reader.pieces).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _is_auto_reply(headers: _Headers, subject: str) -> bool:
    auto_submitted = headers.get("Auto-Submitted").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return True
    if headers.has("X-Autoreply") or headers.has("X-Autorespond"):
        return True
    if headers.get("Precedence").strip().lower() in AUTO_PRECEDENCE:
        return True
    return OUT_OF_OFFICE.search(subject) is not None


def _bounce(
    message: Message, headers: _Headers, sender: str, subject: str, text: str
) -> Bounce | None:
    """The delivery failure this message reports, if it is one (RFC 3464, or plain words)."""
    content_type = message.get_content_type()
    report = (
        content_type == "multipart/report"
        and str(message.get_param("report-type", "")).lower() == "delivery-status"
    )
    plain = BOUNCE_SENDER.match(sender) is not None or (
        not sender and BOUNCE_SUBJECT.search(subject) is not None
    )
    if not report and not (plain and BOUNCE_SUBJECT.search(subject)):
        return None
    recipient = diagnostic = original = incident = ""
    returned: list[str] = []
    for part in message.walk():
        part_type = part.get_content_type()
        if part_type == "message/delivery-status":
            fields = _delivery_status_fields(part)
            recipient = recipient or fields.get("final-recipient", "")
            diagnostic = diagnostic or fields.get("diagnostic-code", "") or fields.get("status", "")
        elif part_type in ("message/rfc822", "text/rfc822-headers"):
            returned.append(_returned_text(part))
    returned.append(text)
    for block in returned:
        for name, value in RETURNED_HEADER.findall(block):
            name = name.lower()
            if name == "message-id" and not original and (found := MESSAGE_ID.search(value)):
                original = found[0]
            elif (
                name == "x-ownup-incident"
                and not incident
                and (found := INCIDENT_REFERENCE.search(value))
            ):
                incident = f"INC-{found[1]}"
    if not recipient and (found := FINAL_RECIPIENT.search(text)):
        recipient = found[1]
    if not recipient and (found := re.search(r"<([^<>\s]+@[^<>\s]+)>", text)):
        recipient = found[1]
    if not diagnostic and (found := DIAGNOSTIC.search(text)):
        diagnostic = found[0]
    return Bounce(
        recipient=recipient.strip().strip("<>"),
        diagnostic=_one_line(diagnostic.removeprefix("smtp;").removeprefix("SMTP;"))[:500],
        original_message_id=original,
        incident_reference=incident,
    )


def _delivery_status_fields(part: Message) -> dict[str, str]:
    """The per-message and first per-recipient fields of a message/delivery-status part."""
    fields: dict[str, str] = {}
    payload = part.get_payload()
    blocks: list[str] = []
    if isinstance(payload, list):
        blocks = [str(block) for block in payload]
    elif isinstance(payload, str):
        blocks = [payload]
    for block in blocks:
        for line in re.split(r"\r?\n(?![ \t])", block):
            name, sep, value = line.partition(":")
            if sep and name.strip().lower() not in fields:
                fields[name.strip().lower()] = _one_line(value)
    for name in ("final-recipient", "original-recipient", "diagnostic-code"):
        if name in fields:
            fields[name] = fields[name].split(";", 1)[-1].strip()
    return fields


def _returned_text(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
        return "\n".join(f"{k}: {v}" for k, v in _safe_items(inner))
    if isinstance(payload, str):
        return payload
    return ""


def _safe_items(message: Message) -> list[tuple[str, str]]:
    items = []
    for name in ("Message-ID", "X-Ownup-Incident", "To"):
        try:
            value = message.get(name)
        except Exception:  # a broken returned header is skipped
            continue
        if value is not None:
            items.append((name, str(value)))
    return items
