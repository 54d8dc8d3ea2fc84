"""In Chromium: Alice asks for help from the incident page, Bob takes it from his mail.

axe-core checks each page on the way: the incident page with the form, the call on /help/,
and the acknowledge page a phone opens from the mail.
"""

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import STAFF_PASSWORD
from ownup.escalations.models import HelpRequest, HelpState
from ownup.escalations.tests.test_acknowledge_link import link_path
from ownup.incidents.models import Incident

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    # Playwright's sync API runs an event loop in this thread; the test's own queries are
    # plain synchronous ones, as Django's docs allow for this case.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        connections.close_all()


def violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{page.url}: {v['id']} {v['help']} ({len(v['nodes'])} elements)"
        for v in results.response["violations"]
    ]


def test_alice_asks_from_the_incident_and_bob_takes_it_from_his_mail(
    browser: Browser, live_server: LiveServer, incident: Incident, lead_bob: User
) -> None:
    base = live_server.url
    found: list[str] = []
    # axe is injected as a script, which the pages' own policy rightly forbids.
    alice = browser.new_context(bypass_csp=True).new_page()
    alice.goto(f"{base}/login/")
    alice.get_by_label("User name").fill("alice")
    alice.get_by_label("Password").fill(STAFF_PASSWORD)
    alice.get_by_role("button", name="Sign in").click()
    alice.goto(f"{base}/incidents/{incident.reference}/")
    found += violations(alice)

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
    found += violations(bob)
    bob.get_by_role("button", name="Acknowledge as Bob Lead").click()
    expect(bob.get_by_role("status")).to_contain_text("nobody else will be asked")

    alice.goto(f"{base}/help/")
    expect(alice.get_by_text("taken by Bob Lead")).to_be_visible()
    found += violations(alice)
    alice.goto(f"{base}/help/{call.reference}/")
    expect(alice.get_by_text("Ana wants a month back. May I?")).to_be_visible()
    found += violations(alice)
    call.refresh_from_db()
    assert call.state == HelpState.ACKNOWLEDGED
    assert found == []
