"""axe-core in headless Chromium finds nothing on any subscriber page, on a desktop and a phone.

Each page is reached the way a reader reaches it: by filling in the form and pressing buttons.
"""

from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from ownup.statuspage.models import Component
from ownup.subscribers.models import Subscriber
from ownup.subscribers.outgoing import unsubscribe_url
from ownup.subscribers.tokens import confirm_token

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]


@pytest.fixture(params=list(VIEWPORTS))
def page(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Page]:
    # Playwright's sync API runs an event loop in this thread; the test's own queries are
    # still plain synchronous ones, as Django's docs allow for this case.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser: Browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # axe is injected as a script, which the pages' own policy rightly forbids.
        context = browser.new_context(viewport=VIEWPORTS[request.param], bypass_csp=True)
        yield context.new_page()
        browser.close()
        # Queries made while Playwright's loop runs get a connection of their own; close it
        # here, or PostgreSQL cannot drop the test database afterwards.
        connections.close_all()


def violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{page.url}: {v['id']} {v['help']} ({len(v['nodes'])} elements)"
        for v in results.response["violations"]
    ]


def test_every_subscriber_page_has_no_axe_violations(
    page: Page, live_server: LiveServer, settings: Settings
) -> None:
    settings.OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR = 1
    Component.objects.create(name="Websites")
    Component.objects.create(name="Mailboxes")
    base = live_server.url
    found = []

    page.goto(f"{base}/status/subscribe/")
    found += violations(page)
    page.get_by_label("Email address").fill("ana@")
    page.get_by_role("button", name="Subscribe").click()
    page.get_by_text("Enter a valid email address.").wait_for()
    found += violations(page)
    page.get_by_label("Email address").fill("reader@example.org")
    page.get_by_label("Mailboxes").check()
    page.get_by_role("button", name="Subscribe").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    found += violations(page)
    page.go_back()
    page.get_by_role("button", name="Subscribe").click()
    page.get_by_role("heading", name="Too many requests").wait_for()
    found += violations(page)

    reader = Subscriber.objects.get()
    token = confirm_token(subscriber_id=reader.pk, created_at=reader.created_at, components=None)
    page.goto(f"{base}/status/subscribe/confirm/{token}/")
    found += violations(page)
    page.get_by_role("button", name="Confirm").click()
    page.get_by_role("heading", name="You are subscribed").wait_for()
    found += violations(page)

    page.goto(unsubscribe_url(reader).replace(settings.OWNUP_PUBLIC_URL, base))
    found += violations(page)
    page.get_by_role("button", name="Unsubscribe").click()
    page.get_by_role("heading", name="You are unsubscribed").wait_for()
    found += violations(page)

    page.goto(f"{base}/status/unsubscribe/forged/")
    found += violations(page)
    assert found == []
