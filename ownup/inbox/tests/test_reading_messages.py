"""What is read from a message as mail programs and servers really write them."""

import base64

import pytest

from ownup.inbox.parsing import html_to_text, message_id_of, message_parse
from ownup.inbox.testing.samples import delivery_report, reply

pytestmark = pytest.mark.same_on_every_database


def headers(content_type: str, *, encoding: str = "8bit", extra: str = "") -> bytes:
    return (
        "From: =?iso-8859-1?q?Jos=E9_Garc=EDa?= <jose@garcia.example>\r\n"
        "Subject: =?iso-8859-1?q?R=E9ponse?=\r\n"
        "Message-ID: <m1@garcia.example>\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n{extra}\r\n"
    ).encode()


def test_sender_subject_and_date_are_decoded() -> None:
    parsed = message_parse(headers("text/plain; charset=utf-8") + b"hello\r\n")
    assert (parsed.sender, parsed.sender_name, parsed.subject) == (
        "jose@garcia.example",
        "José García",
        "Réponse",
    )
    assert parsed.sent_at is None
    assert message_parse(reply()).sent_at is not None


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("iso-8859-1", "Le site ne répond plus, ça coûte cher"),
        ("windows-1252", "\u201cIt\u2019s down\u201d \u2013 again\u2026 \u20ac40 lost"),
        ("iso-2022-jp", "サーバーが落ちています"),
        ("koi8-r", "Сайт не работает уже час"),
    ],
)
def test_text_in_other_charsets_reads_as_written(charset: str, text: str) -> None:
    raw = headers(f"text/plain; charset={charset}") + text.encode(charset) + b"\r\n"
    assert message_parse(raw).text == text


def test_quoted_printable_and_base64_bodies_are_decoded() -> None:
    qp = headers("text/plain; charset=iso-8859-1", encoding="quoted-printable")
    assert message_parse(qp + b"probl=E8me r=E9gl=\r\n=E9\r\n").text == "problème réglé"
    b64 = headers("text/plain; charset=utf-8", encoding="base64")
    encoded = base64.encodebytes("Ça marche à nouveau".encode())
    assert message_parse(b64 + encoded).text == "Ça marche à nouveau"


def test_a_wrong_charset_label_falls_back_and_says_so() -> None:
    raw = headers("text/plain; charset=x-unheard-of") + "Grüße aus Köln".encode() + b"\r\n"
    parsed = message_parse(raw)
    assert parsed.text == "Grüße aus Köln"
    assert "unknown charset 'x-unheard-of'" in parsed.problems[0]
    latin1_labelled_utf8 = headers("text/plain; charset=iso-8859-1") + "déjà".encode()
    assert message_parse(latin1_labelled_utf8).text == "déjà"


def test_alternative_prefers_the_plain_part() -> None:
    parsed = message_parse(reply(text="plain words", html="<p>html words</p>"))
    assert parsed.text == "plain words"


def test_html_only_is_turned_into_text() -> None:
    html = (
        "<html><head><style>p { color: red }</style></head><body>"
        "<p>Still down &amp; no word from you.</p><ul><li>shop</li><li>mail</li></ul>"
        "<script>track()</script></body></html>"
    )
    raw = headers("text/html; charset=utf-8") + html.encode()
    assert message_parse(raw).text == "Still down & no word from you.\n\n- shop\n- mail"
    assert html_to_text("a<br>b") == "a\nb"


def test_attachments_are_listed_with_their_size_not_read_as_text() -> None:
    raw = (
        headers('multipart/mixed; boundary="b1"', extra="MIME-Version: 1.0\r\n")
        + b"--b1\r\nContent-Type: text/plain\r\n\r\nSee the screenshot.\r\n"
        + b"--b1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="error.png"\r\n\r\n'
        + base64.encodebytes(b"\x89PNG" + b"\0" * 996)
        + b"--b1--\r\n"
    )
    parsed = message_parse(raw)
    assert parsed.text == "See the screenshot."
    assert [(a.filename, a.content_type, a.size) for a in parsed.attachments] == [
        ("error.png", "image/png", 1000)
    ]


def test_a_boundary_other_than_the_declared_one_still_splits_the_parts() -> None:
    raw = (
        headers('multipart/mixed; boundary="declared"', extra="MIME-Version: 1.0\r\n")
        + b"--other\r\nContent-Type: text/plain\r\n\r\nMy site is down.\r\n--other--\r\n"
    )
    parsed = message_parse(raw)
    assert "My site is down." in parsed.text
    assert parsed.text == "My site is down."
    assert parsed.problems == (
        "malformed message: its parts are separated by 'other', "
        "not the boundary it declares ('declared')",
    )


def test_bad_base64_is_read_as_far_as_it_goes() -> None:
    raw = headers("text/plain; charset=utf-8", encoding="base64") + b"aGVsbG8gd29y!!bGQ=x\r\n"
    parsed = message_parse(raw)
    assert parsed.text == "hello world"
    assert any("base64" in p for p in parsed.problems)


def test_the_message_id_is_its_own_or_a_stable_hash() -> None:
    assert message_id_of(reply(message_id="<abc@customer.example>")) == "<abc@customer.example>"
    anonymous = b"From: a@b.example\r\nSubject: no id\r\n\r\nbody\r\n"
    assert message_id_of(anonymous) == message_id_of(anonymous)
    assert message_id_of(anonymous).endswith("@inbound.ownup.invalid>")
    assert message_id_of(anonymous) != message_id_of(anonymous + b"more")


def test_threading_headers_and_incident_references_are_read() -> None:
    parsed = message_parse(
        reply(
            subject="Re: [INC-12] web3 is down",
            in_reply_to="<n2@ownup.invalid>",
            references=("<n1@ownup.invalid>", "<n2@ownup.invalid>"),
        )
    )
    assert parsed.in_reply_to == "<n2@ownup.invalid>"
    assert parsed.references == ("<n1@ownup.invalid>", "<n2@ownup.invalid>")
    assert (parsed.incident_reference, parsed.incident_in_header) == ("INC-12", False)
    tagged = message_parse(reply(headers={"X-Ownup-Incident": "INC-3"}))
    assert (tagged.incident_reference, tagged.incident_in_header) == ("INC-3", True)


@pytest.mark.parametrize(
    "extra",
    [
        {"Auto-Submitted": "auto-replied"},
        {"X-Autoreply": "yes"},
        {"X-Autorespond": "Out of office"},
        {"Precedence": "bulk"},
        {"Subject": "Automatic reply: web3 is down"},
        {"Subject": "Out of Office: back on Monday"},
    ],
)
def test_automatic_replies_are_recognised(extra: dict[str, str]) -> None:
    subject = extra.pop("Subject", "Re: web3 is down")
    assert message_parse(reply(subject=subject, headers=extra)).auto_reply


def test_a_person_saying_no_to_auto_submitted_is_a_person() -> None:
    assert not message_parse(reply(headers={"Auto-Submitted": "no"})).auto_reply


def test_a_delivery_status_report_names_the_message_recipient_and_reason() -> None:
    parsed = message_parse(
        delivery_report(
            original_message_id="<n1@ownup.invalid>",
            recipient="ana@almeida-bakery.example",
            incident_reference="INC-4",
        )
    )
    assert parsed.bounce is not None
    assert not parsed.auto_reply
    assert parsed.bounce.original_message_id == "<n1@ownup.invalid>"
    assert parsed.bounce.recipient == "ana@almeida-bakery.example"
    assert parsed.bounce.diagnostic.startswith("550 5.1.1")
    assert parsed.bounce.incident_reference == "INC-4"


def test_a_plain_bounce_from_the_mailer_daemon_is_a_bounce() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.brennan-books.example\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n\r\n"
        b"<ben@brennan-books.example>: host mx said: 550 5.1.1 User unknown\r\n\r\n"
        b"--- Below this line is a copy of the message.\r\n\r\n"
        b"X-Ownup-Incident: INC-7\r\nSubject: web3 is down\r\n\r\nServer web3 stopped.\r\n"
    )
    bounce = message_parse(raw).bounce
    assert bounce is not None
    assert (bounce.recipient, bounce.incident_reference, bounce.original_message_id) == (
        "ben@brennan-books.example",
        "INC-7",
        "",
    )
    assert bounce.diagnostic == "550 5.1.1 User unknown"


def test_odd_message_ids_and_nul_characters_become_something_storable() -> None:
    long_id = b"<" + b"x" * 600 + b"@customer.example>"
    for value in (long_id, b"no-brackets@customer.example", "<caf\u00e9@x>".encode(), b"<>"):
        raw = b"Message-ID: " + value + b"\r\nFrom: a@b.example\r\n\r\nhi\r\n"
        assert message_id_of(raw).endswith("@inbound.ownup.invalid>") or message_id_of(raw) == (
            "<no-brackets@customer.example>"
        )
    parsed = message_parse(
        b"From: a@b.example\r\nSubject: =?utf-8?q?nul=00here?=\r\n"
        b"In-Reply-To: " + long_id + b"\r\n\r\nbody\x00text\r\n"
    )
    assert (parsed.subject, parsed.text, parsed.in_reply_to) == ("nulhere", "bodytext", "")


def test_damage_inside_a_part_is_named_too() -> None:
    raw = (
        headers('multipart/mixed; boundary="b1"', extra="MIME-Version: 1.0\r\n")
        + b"--b1\r\nContent-Type: text/plain\r\n\r\nThe log is attached.\r\n"
        + b"--b1\r\nContent-Type: application/gzip\r\nContent-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="log.gz"\r\n\r\nH4sI!!AAA=x\r\n'
        + b"--b1"
    )
    parsed = message_parse(raw)
    assert parsed.text == "The log is attached."
    assert set(parsed.problems) == {
        "malformed message: the base64 text has characters base64 does not use",
        "malformed message: its last part never ends; it may have been cut short",
    }


def test_a_multipart_without_any_boundary_keeps_its_text() -> None:
    raw = headers('multipart/mixed; boundary="gone"') + b"Just words, no parts at all.\r\n"
    parsed = message_parse(raw)
    assert parsed.text == "Just words, no parts at all."
    assert "malformed message: the boundary between its parts never appears" in parsed.problems


def big_message(*, text_type: str, attachment: bytes) -> bytes:
    return (
        headers('multipart/mixed; boundary="b1"', extra="MIME-Version: 1.0\r\n")
        + b"--b1\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        + f"--b1\r\nContent-Type: {text_type}\r\nContent-Transfer-Encoding: base64\r\n".encode()
        + b'Content-Disposition: attachment; filename="big.bin"\r\n\r\n'
        + base64.encodebytes(attachment).replace(b"\n", b"\r\n")
        + b"--b1--\r\n"
    )


def test_a_large_attachment_is_measured_exactly_without_being_read() -> None:
    for size in (5 * 2**20, 5 * 2**20 + 1, 5 * 2**20 + 2):
        parsed = message_parse(big_message(text_type="application/zip", attachment=b"z" * size))
        assert parsed.text == "See attached."
        assert [(a.filename, a.size) for a in parsed.attachments] == [("big.bin", size)]
        assert parsed.problems == ()


def test_a_large_base64_text_part_is_still_read() -> None:
    words = b"All of our shop is down. " * 220_000
    parsed = message_parse(big_message(text_type="text/plain", attachment=words))
    assert [(a.filename, a.size) for a in parsed.attachments] == [("big.bin", len(words))]
    parsed = message_parse(
        headers("text/plain; charset=utf-8", encoding="base64")
        + base64.encodebytes(words).replace(b"\n", b"\r\n")
    )
    assert parsed.text == words.decode().strip()
