"""In Chromium: a customer's angry reply waits in the queue; Alice opens its card, sees why it
is sorted first and who the customer is, writes an answer with the candor check beside it,
and sends it. axe-core checks the queue and the card on the way."""

import datetime as dt

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.comms.models import OutboxMessage
from ownup.conftest import axe_violations, signed_in
from ownup.inbox.models import InboundStatus
from ownup.inbox.services import inbound_receive
from ownup.inbox.testing.samples import reply
from ownup.incidents.models import Incident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ANSWER = (
    "Hello {{ customer.first_name }},\n\n"
    "You are right to be cross. Your shop was down from 09:12 to 10:40 UTC because our server "
    "web3 failed; that was our fault. It has worked normally since 10:40.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)


def test_an_angry_reply_is_answered_from_its_card(
    browser: Browser,
    live_server: LiveServer,
    incident: Incident,
    sent_notices: dict[str, OutboxMessage],
    agent_alice: User,
) -> None:
    message = inbound_receive(
        reply(
            text="This is ridiculous. When will the shop be back?",
            in_reply_to=sent_notices["ana@almeida-bakery.example"].message_id,
        ),
        source="test",
        now=dt.datetime.now(dt.UTC),
    )
    base = live_server.url
    found: list[str] = []
    page = signed_in(browser, base, "alice")

    page.goto(f"{base}/inbox/")
    row = page.get_by_test_id("queue-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Angry")
    expect(row).to_contain_text("Asks how it stands")
    found += axe_violations(page)
    row.get_by_role("link").first.click()

    expect(page.get_by_test_id("feeling")).to_have_text("Angry")
    expect(page.locator('mark[data-cue="feeling:angry"]')).to_have_text("ridiculous")
    expect(page.get_by_test_id("customer")).to_contain_text("Ana Almeida")
    expect(page.get_by_test_id("affected")).to_contain_text("Affected by 1 incident")
    found += axe_violations(page)

    body = page.get_by_label("Your answer")
    body.fill("Noted.")
    expect(page.get_by_label("Send anyway, because…")).to_be_visible()
    body.fill(ANSWER)
    expect(page.get_by_test_id("answer-preview")).to_contain_text("Hello Ana,")
    expect(page.get_by_label("Send anyway, because…")).to_have_count(0)
    found += axe_violations(page)
    page.get_by_test_id("send-answer").click()

    expect(page.get_by_role("status")).to_contain_text(f"{message.reference} answered")
    expect(page.get_by_test_id("queue-empty")).to_be_visible()
    sent = OutboxMessage.objects.get(topic=f"reply:{message.pk}")
    assert sent.headers["In-Reply-To"] == message.message_id
    assert sent.body_text.startswith("Hello Ana,\n")
    message.refresh_from_db()
    assert message.status == InboundStatus.ANSWERED
    assert found == []
