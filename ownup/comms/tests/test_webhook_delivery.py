"""Webhooks: a JSON POST to a small HTTP server on loopback, which answers as scripted."""

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ownup.comms.channels import webhook
from ownup.comms.delivery import worker_run
from ownup.comms.models import DeliveryStatus, OutboxMessage
from ownup.comms.outbox import Outgoing, outbox_enqueue

pytestmark = pytest.mark.django_db
SLOW = "answer too late"


@dataclass
class Receiver:
    url: str
    answers: dict[str, list[int | str]] = field(default_factory=dict)
    received: list[tuple[str, object]] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            scripted = state.answers.get(self.path)
            answer = scripted.pop(0) if scripted else 200
            if answer == SLOW:
                time.sleep(1)
                answer = 200
            if answer == 200:
                assert self.headers["Content-Type"] == "application/json"
                state.received.append((self.path, json.loads(body)))
            self.send_response(int(answer))
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def escalation(url: str, path: str, payload: dict[str, object] | None = None) -> Outgoing:
    return Outgoing(
        topic="escalation:INC-1",
        recipient=f"room:{path}",
        channel="webhook",
        to_address=f"{url}{path}",
        subject="INC-1 web3 is down",
        body_text="412 customers affected; first notice queued.",
        payload=payload,
    )


def status(path: str) -> tuple[str, int, str]:
    row = OutboxMessage.objects.get(recipient=f"room:{path}")
    return row.status, row.attempts, row.smtp_reply or row.last_error


def test_without_a_payload_the_text_goes_as_a_chat_message(receiver: Receiver) -> None:
    outbox_enqueue([escalation(receiver.url, "/chat")])

    assert worker_run(until_idle=True).sent == 1

    assert receiver.received == [
        ("/chat", {"text": "INC-1 web3 is down\n412 customers affected; first notice queued."})
    ]
    assert status("/chat") == (DeliveryStatus.SENT, 1, "200 OK")


def test_a_given_payload_is_posted_as_it_is(receiver: Receiver) -> None:
    payload = {"incident": "INC-1", "affected": 412, "severity": 4}
    outbox_enqueue([escalation(receiver.url, "/pager", payload)])

    worker_run(until_idle=True)

    assert receiver.received == [("/pager", payload)]


def test_server_errors_and_slow_answers_retry_client_errors_fail(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook, "TIMEOUT_SECONDS", 0.3)
    receiver.answers = {"/busy": [503], "/slow": [SLOW], "/gone": [404], "/limited": [429]}
    outbox_enqueue(escalation(receiver.url, p) for p in ["/busy", "/slow", "/gone", "/limited"])
    stop = threading.Event()

    tally = worker_run(until_idle=True, stop=stop, on_tally=lambda _: stop.set())

    assert (tally.sent, tally.retrying, tally.failed) == (0, 3, 1)
    assert status("/busy")[0] == DeliveryStatus.RETRYING
    assert status("/slow")[0] == DeliveryStatus.RETRYING
    assert status("/limited")[0] == DeliveryStatus.RETRYING
    assert status("/gone") == (DeliveryStatus.FAILED, 1, "404 Not Found")
