import pytest
from django.test import Client
from pytest_django import Settings

from ownup.accounts.models import User


@pytest.fixture
def production(settings: Settings) -> None:
    settings.DEBUG = False


@pytest.mark.usefixtures("production")
def test_an_unknown_incident_says_so_in_the_app_layout(client: Client, agent_alice: User) -> None:
    client.force_login(agent_alice)

    page = client.get("/incidents/INC-999/")

    assert page.status_code == 404
    text = page.content.decode()
    assert "No incident INC-999." in text
    assert 'aria-label="Main"' in text
    assert "Back to the incidents" in text


@pytest.mark.usefixtures("production")
def test_a_stranger_at_a_missing_address_is_pointed_to_the_status_page(
    client: Client, db: None
) -> None:
    page = client.get("/no-such-page/")

    assert page.status_code == 404
    text = page.content.decode()
    assert "/no-such-page/" in text
    assert "See the status page" in text
    assert 'aria-label="Main"' not in text


@pytest.mark.usefixtures("production")
def test_an_agent_refused_a_leads_page_is_told_why(client: Client, agent_alice: User) -> None:
    client.force_login(agent_alice)

    page = client.get("/agreements/new/")

    assert page.status_code == 403
    assert "only a lead or an admin can change agreements" in page.content.decode().lower()
