"""In Chromium: Alice asks for help from the incident page, Bob takes it from his mail.

axe-core checks each page on the way: the incident page with the form, the call on /help/,
and the acknowledge page a phone opens from the mail.
"""

import pytest
from playwright.sync_api import Browser, expect
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import axe_violations, signed_in
from ownup.escalations.models import HelpRequest, HelpState
from ownup.escalations.tests.test_acknowledge_link import link_path
from ownup.incidents.models import Incident

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]


def test_alice_asks_from_the_incident_and_bob_takes_it_from_his_mail(
    browser: Browser, live_server: LiveServer, incident: Incident, lead_bob: User
) -> None:
    base = live_server.url
    found: list[str] = []
    alice = signed_in(browser, base, "alice")
    alice.goto(f"{base}/incidents/{incident.reference}/")
    found += axe_violations(alice)

    alice.get_by_label("What do you need help with?").fill("Ana wants a month back. May I?")
    alice.evaluate("window.stillThisPage = true")
    alice.get_by_role("button", name="Ask for help").click()

    expect(alice.locator(".ask-for-help [role=status]")).to_contain_text(
        "Bob Lead was asked for help (H-"
    )
    assert alice.evaluate("window.stillThisPage") is True  # swapped in place by htmx
    call = HelpRequest.objects.get()
    assert call.asked_of == lead_bob

    phone = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 740})
    bob = phone.new_page()
    bob.goto(base + link_path(call))
    found += axe_violations(bob)
    bob.get_by_role("button", name="Acknowledge as Bob Lead").click()
    expect(bob.get_by_role("status")).to_contain_text("nobody else will be asked")

    alice.goto(f"{base}/help/")
    expect(alice.get_by_text("taken by Bob Lead")).to_be_visible()
    found += axe_violations(alice)
    alice.goto(f"{base}/help/{call.reference}/")
    expect(alice.get_by_text("Ana wants a month back. May I?")).to_be_visible()
    found += axe_violations(alice)
    call.refresh_from_db()
    assert call.state == HelpState.ACKNOWLEDGED
    assert found == []
