"""The core loop in a real browser: an agent owns up to 264 customers on a down server."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from ownup.conftest import OwnupCli, unused_port
from ownup.demo.scenario import DEMO_PASSWORD
from ownup.settings import BASE_DIR

CHROMIUM = "/usr/bin/chromium"
# Chromium on a closed network: no background calls home, no sandbox as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = BASE_DIR / "var" / "screenshots"
pytestmark = pytest.mark.browser


@pytest.fixture
def served_demo(ownup: OwnupCli, tmp_path: Path) -> Iterator[str]:
    """`ownup serve` (granian and one worker) over the demo, as `make demo` runs it."""
    ownup("demo")
    port = unused_port()
    env = {**ownup.env, "OWNUP_WORKER_POLL_SECONDS": "0.2"}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "ownup", "serve", "--port", str(port)],
        env=env,
        cwd=ownup.cwd,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# A first notice the candor check lets through: it owns the outage and says what comes next.
GOOD_SLOTS = {
    "what_happened": "At 09:12 UTC our server web3 stopped responding; that is our mistake.",
    "impact": "Your site and mailboxes could not be reached, so your customers saw an error page.",
    "what_we_did": "We moved the disks to a spare server.",
    "next_steps": "We will write again",
    "time": "by 11:30 UTC.",
    "help": "Reply to this email, or call +44 20 7946 0000.",
}


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_agent_tells_every_affected_customer_once_and_the_status_page_shows_it(
    served_demo: str, browser: Browser, ownup: OwnupCli
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, served_demo, "alice")

    page.get_by_role("link", name="web3 is down").click()
    expect(page.get_by_test_id("affected-count")).to_have_text("264")
    expect(page.locator("#affected-table tbody tr")).to_have_count(10)

    page.get_by_role("link", name="Draft first notice").click()
    page.get_by_role("button", name="Start drafting").click()
    page.get_by_label("What happened").fill(
        "At 09:12 UTC our server web3, which hosts {{ customer.domain }}, stopped responding. "
        "The fault is in our hardware, and fixing it is our job."
    )
    page.get_by_label("What it means for them").fill(
        "Your website and mailboxes cannot be reached; visitors see an error page."
    )
    page.get_by_label("What we have done").fill(
        "We moved the disks to a spare server and are checking every site on it."
    )
    page.get_by_label("What happens next").fill("We are bringing the sites back one by one.")
    page.get_by_label("When they will hear from us").fill(
        "We expect your site back by 11:30 UTC and will write again by then, fixed or not."
    )
    page.get_by_label("Where to get help").fill("Reply to this email, or call +44 20 7946 0000.")

    first_choice = page.get_by_label("As received by").locator("option").first
    first_name = first_choice.inner_text().split(" ")[0]
    expect(page.get_by_test_id("preview-body")).to_contain_text(f"Hello {first_name},")
    expect(page.get_by_test_id("preview-body")).to_contain_text("back by 11:30 UTC")
    expect(page.get_by_test_id("preview-subject")).to_contain_text(
        "web3 is down: what happened and what we are doing"
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "composer.png", full_page=True)

    page.get_by_test_id("send").click()
    expect(page.get_by_text("Queued 264 messages")).to_be_visible()
    expect(page.locator('[data-state="sent"]')).to_have_text("264", timeout=30_000)
    expect(page.get_by_text("All sends finished.")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "incident.png", full_page=True)

    mail = list((Path(ownup.env["OWNUP_VAR_DIR"]) / "mail").glob("*.eml"))
    assert len(mail) == 264

    public = browser.new_page(viewport={"width": 1280, "height": 900})
    public.goto(f"{served_demo}/status/")
    expect(public.get_by_role("heading", name="web3 is down")).to_be_visible()
    expect(public.get_by_text("Partial System Outage")).to_be_visible()
    expect(public.get_by_text("Partial outage")).to_be_visible()
    public.screenshot(path=SCREENSHOTS / "status.png", full_page=True)


def test_sending_the_same_notice_again_tells_nobody_twice(
    served_demo: str, browser: Browser, ownup: OwnupCli
) -> None:
    ownup("notice", "draft", "INC-1", "--as", "alice",
          *[f"--slot={slot}={text}" for slot, text in GOOD_SLOTS.items()])  # fmt: skip
    page = browser.new_page()
    sign_in(page, served_demo, "alice")
    page.goto(f"{served_demo}/incidents/INC-1/notices/initial/")
    page.get_by_test_id("send").click()
    expect(page.locator('[data-state="sent"]')).to_have_text("264", timeout=30_000)
    page.goto(f"{served_demo}/incidents/INC-1/notices/initial/")
    expect(page.get_by_test_id("send")).to_have_text("Send to 0 customers")
    page.get_by_test_id("send").click()
    expect(page.get_by_text("everyone affected has been told already")).to_be_visible()
    assert len(list((Path(ownup.env["OWNUP_VAR_DIR"]) / "mail").glob("*.eml"))) == 264
