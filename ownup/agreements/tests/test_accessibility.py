"""axe-core in headless Chromium finds nothing on the agreement and reminder pages."""

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.agreements.demo import demo_agreements
from ownup.agreements.reminders import unsubscribe_token
from ownup.conftest import STAFF_PASSWORD, CustomerBuilder

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


def test_every_agreement_page_has_no_axe_violations(
    browser: Browser, live_server: LiveServer, lead_bob: User, make_customer: CustomerBuilder
) -> None:
    demo_agreements()
    ana = make_customer(key="C7", name="Ana Almeida", plan="business", backups_by="provider")
    base = live_server.url
    found: list[str] = []
    # axe is injected as a script, which the pages' own policy rightly forbids.
    page = browser.new_context(bypass_csp=True).new_page()
    page.goto(f"{base}/login/")
    page.get_by_label("User name").fill("bob")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{base}/agreements/")
    found += violations(page)
    page.get_by_role("link", name="Starter", exact=True).click()
    found += violations(page)
    page.get_by_role("link", name="New version").click()
    page.get_by_label("Credits (below:percent of the monthly fee)").fill("99.9")
    page.get_by_role("button", name="Save the new version").click()
    page.get_by_role("alert").wait_for()
    found += violations(page)
    page.goto(f"{base}/agreements/reminders/")
    found += violations(page)
    page.goto(f"{base}/customers/lookup/?q=C7&key=C7")
    page.get_by_role("heading", name="Agreement").wait_for()
    found += violations(page)
    page.goto(f"{base}/agreements/reminders/unsubscribe/{unsubscribe_token(ana)}/")
    found += violations(page)
    page.get_by_role("button", name="Stop reminders").click()
    page.get_by_role("heading", name="Reminders stopped").wait_for()
    found += violations(page)

    assert found == []
