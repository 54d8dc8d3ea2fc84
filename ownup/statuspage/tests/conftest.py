import pytest
from pytest_django import Settings


@pytest.fixture(autouse=True)
def page_rechecked_on_every_request(settings: Settings) -> None:
    # Each test starts from its own database; no process may answer from the last one's page.
    settings.OWNUP_STATUSPAGE_RECHECK_SECONDS = 0
