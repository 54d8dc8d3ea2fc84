"""On a 390 px phone the menu and the pages fit the screen: nothing runs off to the right."""

from collections.abc import Iterator

import pytest
from django.db import connections
from playwright.sync_api import Browser, ViewportSize, sync_playwright
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import STAFF_PASSWORD, CustomerBuilder
from ownup.customers.selectors import customers_matching
from ownup.incidents.models import Incident
from ownup.incidents.services import affected_add

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Browser]:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        connections.close_all()


def test_the_menu_and_a_wide_table_fit_a_phone(
    browser: Browser,
    live_server: LiveServer,
    incident: Incident,
    admin_carol: User,
    make_customer: CustomerBuilder,
) -> None:
    make_customer(
        key="C-with-a-long-key-0001",
        email="someone.with.a.long.name@a-rather-long-company-domain.example",
        name="Maximiliana Wolfeschlegelsteinhausen",
        server="web9",
    )
    affected_add(
        incident=incident,
        customers=customers_matching({"server": "web9"}),
        reason="hosted on web9",
        actor=admin_carol,
    )
    page = browser.new_context(viewport=PHONE).new_page()
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("User name").fill("carol")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    for path in ("/inbox/", "/help/", f"/incidents/{incident.reference}/"):
        page.goto(f"{live_server.url}{path}")
        menu = page.get_by_role("navigation", name="Main")
        assert menu.evaluate("n => n.scrollWidth <= n.clientWidth"), path
        assert menu.get_by_role("link", name="Calls for help").is_visible(), path
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width} px wide"
