"""The lookup page: one screen that answers "was this customer affected?"."""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from playwright.sync_api import Browser, ConsoleMessage, expect

from ownup.accounts.models import User
from ownup.comms.models import Notice, NoticeKind
from ownup.comms.services import notify
from ownup.customers.models import Customer
from ownup.incidents.models import Incident
from ownup.tests.test_browser_loop import SCREENSHOTS, browser, served_demo, sign_in

__all__ = ["browser", "served_demo"]  # fixtures shared with the browser loop
pytestmark = pytest.mark.django_db


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def lookup_page(user: User, query: str, **params: str) -> str:
    extra = "".join(f"&{name}={quote(value)}" for name, value in params.items())
    response = signed_in(user).get(f"/customers/lookup/?q={quote(query)}{extra}")
    assert response.status_code == 200
    return response.content.decode()


def text_of(html: str) -> str:
    """The page as a reader sees it: no tags, single spaces."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_strangers_are_sent_to_sign_in() -> None:
    response = Client().get("/customers/lookup/?q=ana")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_the_empty_page_offers_a_labelled_search_that_works_without_javascript(
    agent_alice: User,
) -> None:
    page = signed_in(agent_alice).get("/customers/lookup/").content.decode()
    assert '<label for="lookup-q">Email, name, phone or key</label>' in page
    assert re.search(r'<form class="lookup" method="get" action="/customers/lookup/"', page)
    assert re.search(r'<input id="lookup-q" type="search" name="q"', page)
    assert '<button type="submit">Look up</button>' in page
    assert "Look up a customer</a>" in page  # in the main navigation


def test_a_misspelt_name_shows_the_match_and_whether_they_were_affected(
    incident: Incident, agent_alice: User
) -> None:
    page = text_of(lookup_page(agent_alice, "Chloe Dubios"))
    assert "1 match for “Chloe Dubios”; showing Chloé Dubois." in page
    assert "Chloé Dubois chloe@dubois.example C3" in page
    assert "Affected by 1 incident, 1 still open." in page
    assert f"{incident.reference} web3 is down Investigating hosted on web3" in page
    assert "Nothing has been sent to them." in page


def test_the_story_shows_each_message_and_its_delivery(
    drafted_notice: Notice, agent_alice: User, lead_bob: User
) -> None:
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    page = text_of(lookup_page(agent_alice, "ben@brennan-books.example"))
    assert "same email" in page
    assert "web3 is down: what it means for you" in page
    assert f"{drafted_notice.incident.reference} Queued" in page


def test_picking_another_match_shows_that_customers_story(
    incident: Incident, agent_alice: User
) -> None:
    page = lookup_page(agent_alice, "almeida")
    assert "Not affected" not in page
    Customer.objects.create(key="C9", name="Ana Almeyda", email="ana@almeyda.example")
    page = text_of(lookup_page(agent_alice, "ana almeida", key="C9"))
    assert "2 matches for “ana almeida”; showing Ana Almeyda." in page
    assert "Not affected by any incident." in page


def test_nobody_matching_is_said_plainly(incident: Incident, agent_alice: User) -> None:
    page = text_of(lookup_page(agent_alice, "zebra quokka"))
    assert "No customer matches “zebra quokka”." in page
    assert "Matches" not in page


def test_typing_with_htmx_replaces_only_the_results(incident: Incident, agent_alice: User) -> None:
    response = signed_in(agent_alice).get(
        "/customers/lookup/?q=dmitri", headers={"HX-Request": "true"}
    )
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<p id="lookup-status"')
    assert 'hx-swap-oob="innerHTML"' in fragment
    assert '<div id="lookup-results">' in fragment
    assert "<h1>" not in fragment
    assert "Not affected by any incident." in text_of(fragment)
    assert "HX-Request" in response["Vary"]


def test_the_page_keeps_to_the_content_security_policy(
    drafted_notice: Notice, agent_alice: User
) -> None:
    page = lookup_page(agent_alice, "ana")
    assert " style=" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline script
    assert [int(n) for n in re.findall(r"<h(\d)", page)] == sorted(
        int(n) for n in re.findall(r"<h(\d)", page)
    ), "headings in order"


# -- in a real browser ----------------------------------------------------------------------


@pytest.mark.browser
def test_results_follow_the_typing_without_reloading_the_page(
    served_demo: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []

    def note(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(message.text)

    page.on("console", note)
    sign_in(page, served_demo, "alice")
    page.goto(f"{served_demo}/incidents/INC-1/")
    first = page.locator("#affected-table tbody tr").first.locator("td")
    name, email = first.nth(0).inner_text(), first.nth(1).inner_text()

    page.get_by_role("link", name="Look up a customer").click()
    page.evaluate("window.sameDocument = true")
    typo = email[0] + email[2] + email[1] + email[3:]  # two letters swapped
    page.get_by_label("Email, name, phone or key").press_sequentially(typo, delay=30)

    expect(page.locator("#lookup-status")).to_have_text(
        re.compile(f"for “{re.escape(typo)}”; showing {re.escape(name)}")
    )
    expect(page.locator("#lookup-results")).to_contain_text(email)
    expect(page.get_by_test_id("answer")).to_contain_text("Affected by")
    expect(page).to_have_url(re.compile(r"/customers/lookup/\?q="))
    assert page.evaluate("window.sameDocument") is True, "the page was not reloaded"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "lookup.png", full_page=True)
    assert problems == [], "no content security policy violations or script errors"
