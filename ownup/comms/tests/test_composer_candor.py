"""The candor check in the composer: findings marked in the text, suggestions, the checklist."""

import re

import pytest
from django.test import Client

from ownup.accounts.models import User
from ownup.comms.models import Notice
from ownup.conftest import FILLED_SLOTS, CustomerBuilder
from ownup.customers.models import Customer
from ownup.incidents.models import Severity
from ownup.incidents.services import affected_add

pytestmark = pytest.mark.django_db


def preview(client: Client, notice: Notice, customer: str = "C1", **slots: str) -> str:
    incident = notice.incident
    fields = {
        "subject": notice.subject,
        "body": notice.body,
        **{f"slot_{name}": text for name, text in {**FILLED_SLOTS, **slots}.items()},
        "action": "preview",
    }
    response = client.post(
        f"/incidents/{incident.reference}/notices/initial/",
        {**fields, "preview_customer": customer},
        headers={"HX-Request": "true"},
    )
    return response.content.decode()


@pytest.fixture
def client(agent_alice: User) -> Client:
    signed_in = Client()
    signed_in.force_login(agent_alice)
    return signed_in


def test_a_vague_promise_is_marked_in_the_text_with_a_suggestion(
    drafted_notice: Notice, client: Client
) -> None:
    fragment = preview(
        client, drafted_notice, next_steps="We will fix it soon. Reply to this email."
    )

    assert re.search(r'<mark data-rule="vague_time" title="[^"]*">soon</mark>', fragment)
    assert 'data-rule="vague_time" data-testid="finding"' in fragment
    assert "Try: Give a real time" in fragment
    assert 'data-element="next_steps_with_time"' in fragment


def test_a_good_draft_shows_full_marks_and_nothing_to_fix(
    drafted_notice: Notice, client: Client
) -> None:
    fragment = preview(client, drafted_notice)

    assert 'data-testid="candor-score">100/100' in fragment
    assert "Nothing to fix" in fragment
    assert "<mark" not in fragment


def test_customer_data_in_the_checked_text_is_shown_as_text_never_run(
    drafted_notice: Notice, client: Client, make_customer: CustomerBuilder, agent_alice: User
) -> None:
    make_customer(key="C9", email="eve@example.com", name="{{ 7*7 }} <script>alert(1)</script>")
    affected_add(
        incident=drafted_notice.incident,
        customers=Customer.objects.filter(key="C9"),
        reason="called in",
        actor=agent_alice,
    )

    fragment = preview(client, drafted_notice, customer="C9")
    checked = fragment[fragment.index('data-testid="candor-text"') :]

    assert "Hello {{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;," in checked
    assert "<script>" not in fragment
    assert "49" not in checked.split(",")[0]


def test_spilt_milk_told_at_length_gets_a_length_finding(
    drafted_notice: Notice, client: Client
) -> None:
    incident = drafted_notice.incident
    incident.severity = Severity.SPILT_MILK
    incident.save(update_fields=["severity"])
    long_impact = " ".join(["Your site could not be reached from 09:12 to 10:40 UTC."] * 8)

    fragment = preview(client, drafted_notice, impact=long_impact)

    assert 'data-rule="length" data-testid="finding"' in fragment
    assert "about three plain sentences" in fragment.lower()
