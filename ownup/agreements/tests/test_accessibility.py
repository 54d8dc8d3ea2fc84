"""axe-core in headless Chromium finds nothing on the agreement and reminder pages."""

import pytest
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.agreements.demo import demo_agreements
from ownup.agreements.reminders import unsubscribe_token
from ownup.conftest import CustomerBuilder, axe_violations, signed_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]


def test_every_agreement_page_has_no_axe_violations(
    browser: Browser, live_server: LiveServer, lead_bob: User, make_customer: CustomerBuilder
) -> None:
    demo_agreements()
    ana = make_customer(key="C7", name="Ana Almeida", plan="business", backups_by="provider")
    base = live_server.url
    found: list[str] = []
    page = signed_in(browser, base, "bob")

    page.goto(f"{base}/agreements/")
    found += axe_violations(page)
    page.get_by_role("link", name="Starter", exact=True).click()
    found += axe_violations(page)
    page.get_by_role("link", name="New version").click()
    page.get_by_label("Credits (below:percent of the monthly fee)").fill("99.9")
    page.get_by_role("button", name="Save the new version").click()
    page.get_by_role("alert").wait_for()
    found += axe_violations(page)
    page.goto(f"{base}/agreements/reminders/")
    found += axe_violations(page)
    page.goto(f"{base}/customers/lookup/?q=C7&key=C7")
    page.get_by_role("heading", name="Agreement").wait_for()
    found += axe_violations(page)
    page.goto(f"{base}/agreements/reminders/unsubscribe/{unsubscribe_token(ana)}/")
    found += axe_violations(page)
    page.get_by_role("button", name="Stop reminders").click()
    page.get_by_role("heading", name="Reminders stopped").wait_for()
    found += axe_violations(page)

    assert found == []
