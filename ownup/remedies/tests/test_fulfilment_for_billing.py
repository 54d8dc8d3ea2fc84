"""Billing learns of each fulfilment: a signed webhook, and a CSV export."""

import csv
import hashlib
import hmac
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from pytest_django import Settings

from ownup.accounts.models import User
from ownup.comms.delivery import worker_run
from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.remedies.models import Remedy, State
from ownup.remedies.services import remedy_move

pytestmark = pytest.mark.django_db
SECRET = "billing-shares-this-secret"


@dataclass
class Billing:
    url: str
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def billing(settings: Settings) -> Iterator[Billing]:
    """An HTTP server on loopback standing in for the billing system."""
    state = Billing(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.received.append((dict(self.headers.items()), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/remedies"
    settings.OWNUP_REMEDY_WEBHOOK_URL = state.url
    settings.OWNUP_REMEDY_WEBHOOK_SECRET = SECRET
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def fulfil(remedy: Remedy, by: User) -> Remedy:
    for step in (State.OFFERED, State.ACCEPTED, State.FULFILLED):
        remedy = remedy_move(remedy=remedy, to=step, by=by)
    return remedy


def test_a_fulfilment_is_posted_to_billing_signed_with_the_secret(
    billing: Billing, credit_for_ana: Remedy, agent_alice: User
) -> None:
    fulfil(credit_for_ana, agent_alice)

    worker_run(until_idle=True)

    [(headers, body)] = billing.received
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Ownup-Signature"] == expected
    assert headers["Content-Type"] == "application/json"
    payload = json.loads(body)
    assert payload["event"] == "remedy.fulfilled"
    assert (payload["remedy"], payload["customer"]) == (credit_for_ana.reference, "C1")
    assert (payload["amount"], payload["currency"], payload["kind"]) == ("20.00", "GBP", "credit")
    row = OutboxMessage.objects.get(topic=f"remedy-fulfilled:{credit_for_ana.pk}")
    assert row.status == DeliveryStatus.SENT


def test_without_a_webhook_address_nothing_is_queued(
    credit_for_ana: Remedy, agent_alice: User
) -> None:
    fulfil(credit_for_ana, agent_alice)

    assert not OutboxMessage.objects.filter(channel="webhook").exists()


def test_the_export_lists_fulfilled_remedies_for_billing(
    credit_for_ana: Remedy, agent_alice: User, tmp_path: object
) -> None:
    out = io.StringIO()
    call_command("remedy", "export", "--csv", "-", stdout=out)
    assert out.getvalue().count("\n") == 1  # the header: nothing is fulfilled yet

    fulfil(credit_for_ana, agent_alice)
    out = io.StringIO()
    call_command(
        "remedy",
        "export",
        "--state",
        "fulfilled",
        "--since",
        "2026-01-01",
        "--csv",
        "-",
        stdout=out,
    )

    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["remedy"] == credit_for_ana.reference
    assert (row["customer"], row["amount"], row["currency"]) == ("C1", "20.00", "GBP")
    assert row["fulfilled_at"].startswith("20")

    later = io.StringIO()
    call_command("remedy", "export", "--since", "2999-01-01", "--csv", "-", stdout=later)
    assert later.getvalue().count("\n") == 1
