"""axe-core in headless Chromium finds nothing on the remedy pages, reached by using them."""

import pytest
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import axe_violations, signed_in
from ownup.incidents.models import Incident
from ownup.remedies.models import Remedy, State

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.same_on_every_database,
]


def test_asking_a_lead_for_a_refund_page_by_page_has_no_axe_violations(
    browser: Browser, live_server: LiveServer, incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    base = live_server.url
    found: list[str] = []
    page = signed_in(browser, base, "alice")

    page.goto(f"{base}/incidents/{incident.reference}/")
    page.get_by_role("link", name="Offer a remedy").click()
    found += axe_violations(page)
    page.get_by_label("Customer key").fill("C1")
    page.get_by_label("Remedy").select_option(label="Refund")
    page.get_by_label("Amount (for a refund, credit or discount)").fill("120")
    page.get_by_role("button", name="Offer", exact=True).click()
    page.get_by_role("alert").wait_for()
    found += axe_violations(page)
    page.get_by_role("button", name="Ask a lead to approve it").click()
    page.get_by_role("heading", name="Next step").wait_for()
    found += axe_violations(page)
    page.get_by_role("link", name="Remedies", exact=True).first.click()
    found += axe_violations(page)
    page.get_by_role("link", name="Catalogue and limits").click()
    found += axe_violations(page)

    assert Remedy.objects.get().state == State.PROPOSED
    assert found == []
