"""A provider posts a raw message, signed; only a fresh, correct signature stores it."""

import time

import pytest
from django.test import Client
from pytest_django import Settings

from ownup.inbox.models import InboundMessage
from ownup.inbox.testing.samples import reply
from ownup.inbox.webhook import inbound_signature

pytestmark = pytest.mark.django_db
SECRET = "provider-shared-secret"
URL = "/inbox/inbound/"


@pytest.fixture(autouse=True)
def secret(settings: Settings) -> None:
    settings.OWNUP_INBOUND_SECRET = SECRET


def post(body: bytes, *, timestamp: int | None = None, secret: str = SECRET) -> dict[str, object]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    response = Client(enforce_csrf_checks=True).post(
        URL,
        data=body,
        content_type="message/rfc822",
        headers={
            "X-Ownup-Timestamp": stamp,
            "X-Ownup-Signature": inbound_signature(body, timestamp=stamp, secret=secret),
        },
    )
    return {"status": response.status_code, **response.json()}


def test_a_signed_message_is_stored_and_its_reference_returned() -> None:
    answer = post(reply(message_id="<pushed@customer.example>"))
    message = InboundMessage.objects.get()
    assert answer == {"status": 200, "reference": message.reference, "new": True, "kind": "reply"}
    assert message.source == "webhook"


def test_a_wrong_signature_is_refused_and_nothing_stored() -> None:
    assert post(reply(), secret="guessed")["status"] == 403
    unsigned = Client().post(URL, data=reply(), content_type="message/rfc822")
    assert unsigned.status_code == 401
    assert not InboundMessage.objects.exists()


def test_a_replayed_request_stores_nothing_new_and_an_old_one_is_refused() -> None:
    raw = reply(message_id="<again@customer.example>")
    first, replayed = post(raw), post(raw)
    assert (first["new"], replayed["new"]) == (True, False)
    assert replayed["reference"] == first["reference"]
    stale = post(reply(), timestamp=int(time.time()) - 3600)
    assert stale == {"status": 403, "error": "X-Ownup-Timestamp is more than 300 seconds away"}
    assert InboundMessage.objects.count() == 1


def test_a_message_over_the_limit_is_refused(settings: Settings) -> None:
    settings.OWNUP_INBOUND_MAX_BYTES = 1000
    assert post(reply(text="x" * 2000))["status"] == 413


def test_without_a_secret_there_is_no_webhook(settings: Settings) -> None:
    settings.OWNUP_INBOUND_SECRET = ""
    assert Client().post(URL, data=reply(), content_type="message/rfc822").status_code == 404
