"""axe-core in headless Chromium finds nothing on the public pages, on a desktop and a phone."""

import json
import urllib.request
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, sync_playwright

from ownup.conftest import OwnupCli
from ownup.statuspage.tests.conftest import Served

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
pytestmark = [pytest.mark.browser, pytest.mark.same_on_every_database]


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def violations(browser: Browser, url: str) -> list[str]:
    found = []
    for name, viewport in VIEWPORTS.items():
        # axe is injected as a script, which the page's own policy rightly forbids.
        context = browser.new_context(viewport=viewport, bypass_csp=True)
        page = context.new_page()
        response = page.goto(url)
        assert response is not None and response.ok, url
        results = Axe().run(page)
        found += [
            f"{name} {url}: {v['id']} {v['help']} ({len(v['nodes'])} elements)"
            for v in results.response["violations"]
        ]
        context.close()
    return found


def test_every_public_page_in_every_state_has_no_axe_violations(
    ownup: OwnupCli, served: Served, browser: Browser
) -> None:
    ownup("demo")
    base = served()
    maintenance = ownup("statuspage", "maintenance", "list").stdout.split()[0]
    with urllib.request.urlopen(f"{base}/api/v2/incidents/unresolved.json") as response:
        (incident,) = json.load(response)["incidents"]
    found = violations(browser, f"{base}/status/")  # an incident, maintenance coming
    found += violations(browser, f"{base}/status/history/")
    found += violations(browser, f"{base}/status/maintenance/{maintenance}/")
    ownup(
        "statuspage",
        "maintenance",
        "update",
        maintenance,
        "--status",
        "in_progress",
        "--message",
        "The upgrade has started.",
    )
    ownup("incident", "update", "INC-1", "--stage", "resolved", "--message", "All sites load.")
    found += violations(browser, f"{base}/status/incidents/{incident['id']}/")
    found += wait_then_check(browser, f"{base}/status/", "Maintenance in progress")
    ownup(
        "statuspage",
        "maintenance",
        "update",
        maintenance,
        "--status",
        "completed",
        "--message",
        "Done.",
    )
    found += wait_then_check(browser, f"{base}/status/", "All Systems Operational")
    assert found == []


def wait_then_check(browser: Browser, url: str, text: str) -> list[str]:
    page = browser.new_page()
    for _ in range(50):
        page.goto(url)
        if text in page.content():
            break
        page.wait_for_timeout(100)
    assert text in page.content()
    page.close()
    return violations(browser, url)
