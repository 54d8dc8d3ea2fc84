"""The public subscribe, confirm and unsubscribe pages: nothing to learn, nothing to abuse."""

import time
from datetime import UTC, datetime
from unittest import mock

import pytest
from django.core import signing
from django.test import Client
from pytest_django import Settings

from ownup.comms.models import OutboxMessage
from ownup.statuspage.models import Component
from ownup.subscribers.models import Subscriber
from ownup.subscribers.outgoing import unsubscribe_url
from ownup.subscribers.tests.conftest import SubscriberBuilder
from ownup.subscribers.tokens import confirm_token

pytestmark = pytest.mark.django_db


def subscribe(email: str, *, ip: str = "192.0.2.10", **fields: object) -> tuple[int, str]:
    answer = Client(REMOTE_ADDR=ip).post("/status/subscribe/", {"email": email, **fields})
    return answer.status_code, answer.content.decode()


def confirm_path(subscriber: Subscriber, components: list[int] | None = None) -> str:
    token = confirm_token(
        subscriber_id=subscriber.pk, created_at=subscriber.created_at, components=components
    )
    return f"/status/subscribe/confirm/{token}/"


def test_the_form_works_without_javascript_and_lists_the_components(
    websites: Component, mailboxes: Component
) -> None:
    page = Client().get("/status/subscribe/").content.decode()
    assert '<form method="post"' in page
    assert "<script" not in page and "style=" not in page
    assert 'type="checkbox"' in page and "Websites" in page and "Mailboxes" in page


def test_the_answer_is_the_same_whether_the_address_is_new_waiting_confirmed_or_gone(
    make_subscriber: SubscriberBuilder,
) -> None:
    make_subscriber("waiting@example.org", confirmed=False)
    make_subscriber("confirmed@example.org")
    gone = make_subscriber("gone@example.org")
    gone.unsubscribed_at = gone.confirmed_at
    gone.save()

    answers = {
        subscribe(f"{who}@example.org", ip=f"192.0.2.{n}")
        for n, who in enumerate(["unknown", "waiting", "confirmed", "gone"], start=1)
    }

    assert len(answers) == 1
    status, page = answers.pop()
    assert status == 200 and "Check your email" in page
    # Each of them is sent one confirmation mail, so even the outbox does not tell them apart.
    assert OutboxMessage.objects.filter(topic__startswith="subscription-confirm:").count() == 4


def test_a_bad_address_is_named_and_nothing_is_stored() -> None:
    status, page = subscribe("ana@")

    assert status == 400
    assert "Enter a valid email address." in page
    assert not Subscriber.objects.exists()


def test_an_address_asked_for_too_often_is_refused_with_429(settings: Settings) -> None:
    settings.OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR = 2
    answers = [subscribe("Reader@Example.org", ip=f"192.0.2.{n}")[0] for n in range(3)]
    refused = Client(REMOTE_ADDR="192.0.2.99").post(
        "/status/subscribe/", {"email": "reader@example.org"}
    )

    assert answers == [200, 200, 429]
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "Too many requests" in refused.content.decode()
    assert OutboxMessage.objects.count() == 2
    assert subscribe("someone.else@example.org", ip="192.0.2.99")[0] == 200


def test_one_ip_asking_for_many_addresses_is_refused_with_429(settings: Settings) -> None:
    settings.OWNUP_SUBSCRIBE_PER_IP_HOUR = 3
    answers = [subscribe(f"reader{n}@example.org", ip="198.51.100.7")[0] for n in range(4)]

    assert answers == [200, 200, 200, 429]
    assert subscribe("reader9@example.org", ip="198.51.100.8")[0] == 200


def test_the_limit_is_shared_across_clients_and_lifts_after_an_hour(settings: Settings) -> None:
    settings.OWNUP_SUBSCRIBE_PER_IP_HOUR = 1
    assert subscribe("a@example.org")[0] == 200
    assert subscribe("b@example.org")[0] == 429

    an_hour_later = time.time() + 3601
    with mock.patch("django.utils.timezone.now") as now:
        now.return_value = datetime.fromtimestamp(an_hour_later, tz=UTC)
        assert subscribe("b@example.org")[0] == 200


def test_confirming_takes_a_button_press_and_sets_the_chosen_components(
    make_subscriber: SubscriberBuilder, websites: Component, mailboxes: Component
) -> None:
    waiting = make_subscriber("reader@example.org", confirmed=False)
    path = confirm_path(waiting, [mailboxes.pk])

    assert Client().get(path).status_code == 200
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None

    assert "You are subscribed" in Client().post(path).content.decode()
    waiting.refresh_from_db()
    assert waiting.is_active and not waiting.all_components
    assert list(waiting.components.all()) == [mailboxes]


def test_an_expired_confirmation_link_is_refused(
    make_subscriber: SubscriberBuilder, settings: Settings
) -> None:
    settings.OWNUP_SUBSCRIBE_TOKEN_DAYS = 7
    waiting = make_subscriber("reader@example.org", confirmed=False)
    eight_days_ago = signing.b62_encode(int(time.time()) - 8 * 86400)
    with mock.patch.object(signing.TimestampSigner, "timestamp", return_value=eight_days_ago):
        path = confirm_path(waiting)

    answer = Client().post(path)

    assert answer.status_code == 400
    assert "expired" in answer.content.decode()
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None


@pytest.mark.parametrize(
    "forge",
    [
        lambda path: path.replace("/confirm/", "/confirm/x"),
        lambda path: path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:],
    ],
    ids=["mangled", "re-signed"],
)
def test_a_forged_confirmation_link_is_refused(
    make_subscriber: SubscriberBuilder, forge: object
) -> None:
    waiting = make_subscriber("reader@example.org", confirmed=False)
    assert callable(forge)
    path = forge(confirm_path(waiting))

    assert Client().get(path).status_code == 400
    assert Client().post(path).status_code == 400
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None


def test_an_unsubscribe_link_does_not_confirm_and_a_link_for_an_old_row_is_refused(
    make_subscriber: SubscriberBuilder,
) -> None:
    waiting = make_subscriber("reader@example.org", confirmed=False)
    unsubscribe_token = unsubscribe_url(waiting).rstrip("/").rsplit("/", 1)[1]
    assert Client().post(f"/status/subscribe/confirm/{unsubscribe_token}/").status_code == 400

    path = confirm_path(waiting)
    waiting.delete()
    make_subscriber("someone@example.org", confirmed=False)
    assert Client().post(path).status_code == 400


def test_the_unsubscribe_page_asks_first_then_its_button_unsubscribes(
    make_subscriber: SubscriberBuilder,
) -> None:
    reader = make_subscriber("reader@example.org")
    path = "/status/unsubscribe/" + unsubscribe_url(reader).rstrip("/").rsplit("/", 1)[1] + "/"

    page = Client().get(path)
    reader.refresh_from_db()
    assert page.status_code == 200 and reader.is_active
    assert '<button type="submit">Unsubscribe</button>' in page.content.decode()

    done = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    reader.refresh_from_db()
    assert "You are unsubscribed" in done.content.decode()
    assert not reader.is_active
    assert Client().post(path).status_code == 200  # a second press changes nothing


def test_a_forged_unsubscribe_link_is_refused(make_subscriber: SubscriberBuilder) -> None:
    reader = make_subscriber("reader@example.org")
    forged = signing.dumps({"s": reader.pk, "t": 0}, salt="ownup.subscribers.unsubscribe")

    assert Client().post(f"/status/unsubscribe/{forged}/").status_code == 400
    assert Client().post("/status/unsubscribe/not-a-token/").status_code == 400
    reader.refresh_from_db()
    assert reader.is_active
