"""What a helper reads about a remedy or a reply, from whatever fields the object has."""

from decimal import Decimal
from types import SimpleNamespace
from typing import Any, cast

import pytest
from django.db.models import Model

from ownup.escalations.context import CONTEXT_BUILDERS, context_lines

pytestmark = pytest.mark.same_on_every_database


def stand_in(**fields: Any) -> Model:
    return cast(Model, SimpleNamespace(**fields))


def test_a_remedy_gives_its_option_amount_state_and_customer() -> None:
    remedy = stand_in(
        customer=SimpleNamespace(name="Ana Almeida", attributes={"plan": "Business"}),
        option=SimpleNamespace(name="Month's credit"),
        amount=Decimal("29.00"),
        currency="GBP",
        get_state_display=lambda: "Proposed",
        note="She lost three days of orders.",
    )

    lines = context_lines(CONTEXT_BUILDERS["remedies.remedy"](remedy))

    assert lines == [
        ("Kind", "remedy"),
        ("Customer", "Ana Almeida"),
        ("Plan", "Business"),
        ("Remedy", "Month's credit"),
        ("Amount", "29.00 GBP"),
        ("Remedy state", "Proposed"),
        ("Note", "She lost three days of orders."),
    ]


def test_a_long_reply_is_cut_to_an_excerpt_on_one_line() -> None:
    reply = stand_in(customer=None, subject="Re: web3", text="Why?\n\n" + "word " * 200)

    facts = CONTEXT_BUILDERS["inbox.inboundmessage"](reply)

    assert facts["subject"] == "Re: web3"
    assert facts["excerpt"].startswith("Why? word word")
    assert len(facts["excerpt"]) == 400 and facts["excerpt"].endswith("…")
    assert "customer" not in facts
