"""The candor check live in headless Chromium: a finding appears while the agent types."""

import pytest
from playwright.sync_api import Browser, expect

from ownup.tests.test_browser_loop import browser, served_demo, sign_in

pytestmark = pytest.mark.same_on_every_database

__all__ = ["browser", "served_demo"]  # fixtures shared with the browser loop


def test_typing_a_vague_promise_makes_a_vague_time_finding_appear(
    served_demo: str, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, served_demo, "alice")
    page.goto(f"{served_demo}/incidents/INC-1/notices/initial/")
    page.get_by_role("button", name="Start drafting").click()
    findings = page.locator('[data-testid="finding"][data-rule="vague_time"]')
    expect(page.get_by_test_id("candor")).to_be_visible()
    expect(findings).to_have_count(0)

    page.get_by_label("What happens next").press_sequentially("we will fix it soon")

    expect(findings).to_have_count(1)
    expect(findings).to_contain_text("Try: Give a real time")
    expect(page.locator('[data-testid="candor-text"] mark[data-rule~="vague_time"]')).to_have_text(
        "soon"
    )
    expect(page.locator('[data-element="next_steps_with_time"]')).to_have_class("missing")
