import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from ownup.accounts.models import User
from ownup.comms.delivery import worker_run
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notify

pytestmark = pytest.mark.django_db


def read_eml(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_file_backend_writes_one_eml_file_per_message(
    drafted_notice: Notice,
    lead_bob: User,
    send_mail_to: Callable[[str], None],
    tmp_path: Path,
) -> None:
    mail = tmp_path / "mail"
    send_mail_to(f"file://{mail}")
    incident = drafted_notice.incident
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    tally = worker_run(until_idle=True)

    files = sorted(mail.glob("*.eml"))
    messages = [read_eml(path) for path in files]
    assert (tally.sent, tally.failed, len(files)) == (3, 0, 3)
    assert {m["X-Ownup-Incident"] for m in messages} == {incident.reference}
    assert {m["Message-ID"] for m in messages} == set(
        OutboxMessage.objects.values_list("message_id", flat=True)
    )
    assert sorted(m["To"].addresses[0].addr_spec for m in messages) == [
        "ana@almeida-bakery.example",
        "ben@brennan-books.example",
        "chloe@dubois.example",
    ]
    assert not list(mail.glob("*.part"))
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_a_second_worker_run_sends_nothing_again(
    drafted_notice: Notice,
    lead_bob: User,
    send_mail_to: Callable[[str], None],
    tmp_path: Path,
) -> None:
    send_mail_to(f"file://{tmp_path / 'mail'}")
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    worker_run(until_idle=True)

    again = worker_run(until_idle=True)

    assert (again.sent, again.failed) == (0, 0)
    assert len(list((tmp_path / "mail").glob("*.eml"))) == 3
