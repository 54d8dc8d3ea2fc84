"""The whole life of an email subscriber, through the public pages and a real SMTP server."""

import re
from collections.abc import Callable
from email.message import EmailMessage
from urllib.parse import urlsplit

import pytest
from django.test import Client
from pytest_django import Settings

from ownup.comms.delivery import worker_run
from ownup.conftest import SmtpServer
from ownup.incidents.models import Severity, Stage
from ownup.incidents.services import incident_open, incident_post_update
from ownup.statuspage.models import Component
from ownup.subscribers.models import Subscriber

pytestmark = pytest.mark.django_db
READER = "reader@example.org"


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None, "no text part"
    content: str = part.get_content()
    return content


def path_of(url: str) -> str:
    return urlsplit(url).path


def mail_to(smtp_server: SmtpServer, address: str) -> list[EmailMessage]:
    return [m for m in smtp_server.messages() if m["X-RcptTo"] == address]


def csrf_token_in(page: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def test_subscribe_confirm_receive_and_leave_with_one_click(
    websites: Component,
    settings: Settings,
    send_mail_to: Callable[[str], None],
    smtp_server: SmtpServer,
) -> None:
    settings.OWNUP_PUBLIC_URL = "https://status.example.com"
    send_mail_to(smtp_server.url)
    browser = Client(enforce_csrf_checks=True)

    form = browser.get("/status/subscribe/").content.decode()
    answer = browser.post(
        "/status/subscribe/", {"email": READER, "csrfmiddlewaretoken": csrf_token_in(form)}
    )
    assert answer.status_code == 200
    assert "Check your email" in answer.content.decode()
    worker_run(until_idle=True)

    (confirmation,) = mail_to(smtp_server, READER)
    assert confirmation["Subject"] == "Confirm your subscription to status updates"
    link = re.search(
        r"https://status\.example\.com/status/subscribe/confirm/\S+/", text_of(confirmation)
    )
    assert link, text_of(confirmation)
    assert not Subscriber.objects.get(email=READER).is_active

    page = browser.get(path_of(link.group(0)))
    assert page.status_code == 200
    confirmed = browser.post(
        path_of(link.group(0)), {"csrfmiddlewaretoken": csrf_token_in(page.content.decode())}
    )
    assert "You are subscribed" in confirmed.content.decode()
    assert Subscriber.objects.get(email=READER).is_active

    incident = incident_open(
        title="web3 disk controller",
        severity=Severity.OUTAGE,
        opened_by=None,
        public_message="Some websites are not loading.",
    )
    incident_post_update(
        incident=incident, stage=Stage.IDENTIFIED, message="A disk controller failed.", actor=None
    )
    worker_run(until_idle=True)

    updates = [m for m in mail_to(smtp_server, READER) if m is not confirmation]
    update = next(m for m in updates if "A disk controller failed." in text_of(m))
    assert update["Subject"] == "web3 disk controller: Identified"
    assert update["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = re.fullmatch(
        r"<(https://status\.example\.com/status/unsubscribe/\S+/)>", update["List-Unsubscribe"]
    )
    assert header, update["List-Unsubscribe"]
    assert header.group(1) in text_of(update)

    # What a mail client does for one-click: a bare POST, no page, no cookie, no CSRF token.
    one_click = Client(enforce_csrf_checks=True).post(
        path_of(header.group(1)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get(email=READER).unsubscribed_at is not None

    received = len(mail_to(smtp_server, READER))
    incident_post_update(
        incident=incident, stage=Stage.RESOLVED, message="All sites load again.", actor=None
    )
    worker_run(until_idle=True)
    assert len(mail_to(smtp_server, READER)) == received
