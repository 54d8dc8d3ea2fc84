"""axe-core in headless Chromium finds nothing on the remedy pages, reached by using them."""

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import STAFF_PASSWORD
from ownup.incidents.models import Incident
from ownup.remedies.models import Remedy, State

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


def test_asking_a_lead_for_a_refund_page_by_page_has_no_axe_violations(
    browser: Browser, live_server: LiveServer, incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    base = live_server.url
    found: list[str] = []
    # axe is injected as a script, which the pages' own policy rightly forbids.
    page = browser.new_context(bypass_csp=True).new_page()
    page.goto(f"{base}/login/")
    page.get_by_label("User name").fill("alice")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{base}/incidents/{incident.reference}/")
    page.get_by_role("link", name="Offer a remedy").click()
    found += violations(page)
    page.get_by_label("Customer key").fill("C1")
    page.get_by_label("Remedy").select_option(label="Refund")
    page.get_by_label("Amount (for a refund, credit or discount)").fill("120")
    page.get_by_role("button", name="Offer", exact=True).click()
    page.get_by_role("alert").wait_for()
    found += violations(page)
    page.get_by_role("button", name="Ask a lead to approve it").click()
    page.get_by_role("heading", name="Next step").wait_for()
    found += violations(page)
    page.get_by_role("link", name="Remedies", exact=True).first.click()
    found += violations(page)
    page.get_by_role("link", name="Catalogue and limits").click()
    found += violations(page)

    assert Remedy.objects.get().state == State.PROPOSED
    assert found == []
