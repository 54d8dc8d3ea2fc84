"""On a 390 px phone the menu and the pages fit the screen: nothing runs off to the right."""

import pytest
from playwright.sync_api import Browser, ViewportSize
from pytest_django.live_server_helper import LiveServer

from ownup.accounts.models import User
from ownup.conftest import CustomerBuilder, signed_in
from ownup.customers.selectors import customers_matching
from ownup.incidents.models import Incident
from ownup.incidents.services import affected_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE: ViewportSize = {"width": 390, "height": 844}


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
    page = signed_in(browser, live_server.url, "carol", for_axe=False)
    page.set_viewport_size(PHONE)

    for path in ("/inbox/", "/help/", f"/incidents/{incident.reference}/"):
        page.goto(f"{live_server.url}{path}")
        menu = page.get_by_role("navigation", name="Main")
        assert menu.evaluate("n => n.scrollWidth <= n.clientWidth"), path
        assert menu.get_by_role("link", name="Calls for help").is_visible(), path
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width} px wide"
