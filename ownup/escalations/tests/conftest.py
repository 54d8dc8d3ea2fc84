import datetime as dt

import pytest
from pytest_django import Settings

from ownup.accounts.models import Role, User
from ownup.conftest import UserBuilder

START = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
CHAT_URL = "https://chat.example/hooks/T000/B000"


@pytest.fixture(autouse=True)
def chat_webhook(settings: Settings) -> str:
    settings.OWNUP_ESCALATION_WEBHOOK_URL = CHAT_URL
    settings.OWNUP_ESCALATION_ACK_MINUTES = ""
    settings.OWNUP_PUBLIC_URL = "https://ownup.example"
    return CHAT_URL


@pytest.fixture
def lead_dana(make_user: UserBuilder) -> User:
    return make_user("dana", role=Role.LEAD, full_name="Dana Lead")
