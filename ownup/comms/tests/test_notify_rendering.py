"""Slots written straight into the body render exactly as slots rendered one by one."""

import pytest

from ownup.comms.rendering import render
from ownup.conftest import CustomerBuilder
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db

SLOTS = {
    "what_happened": "{{ customer.first_name }}, web3 stopped at 09:12 UTC; our fault.",
    "impact": "Your {{ customer.plan }} site was down.",
    "time": "Back by 11:30 UTC.",
}


@pytest.mark.parametrize(
    ("body", "slots", "expected"),
    [
        (
            "Hello,\n\n{{ slots.what_happened }}\n{{slots.impact}} {{ slots.time }}\n",
            SLOTS,
            "Hello,\n\nAna, web3 stopped at 09:12 UTC; our fault.\n"
            "Your pro site was down. Back by 11:30 UTC.\n",
        ),
        (
            "{% if slots.impact %}{{ slots.impact }}{% endif %} {{ slots.time|upper }}\n",
            SLOTS,
            "Your pro site was down. BACK BY 11:30 UTC.\n",
        ),
        (
            "{{ slots.impact }}\n",
            {**SLOTS, "impact": "{% set n = 2 %}{{ n }} sites down"},
            "2 sites down\n",
        ),
        (
            "{% raw %}{{ slots.time }}{% endraw %} {{ slots.time }}\n",
            SLOTS,
            "{{ slots.time }} Back by 11:30 UTC.\n",
        ),
        (
            "Our slots were full. {{ slots.time }}\n",
            SLOTS,
            "Our slots were full. Back by 11:30 UTC.\n",
        ),
    ],
)
def test_a_notice_reads_the_same_however_its_slots_are_used(
    incident: Incident,
    make_customer: CustomerBuilder,
    body: str,
    slots: dict[str, str],
    expected: str,
) -> None:
    customer = make_customer(key="C9", name="Ana Almeida", plan="pro")

    rendered = render(
        subject="{{ incident.title }}: {{ slots.time }}",
        body=body,
        slots=slots,
        customer=customer,
        incident=incident,
    )

    assert rendered.text == expected
    assert rendered.subject == "web3 is down: Back by 11:30 UTC."
