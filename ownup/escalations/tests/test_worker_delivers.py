"""The whole way out: the worker's chore passes a call on, mail reaches a real SMTP server
and the chat webhook gets a Slack-style {"text": …} body."""

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone
from pytest_django import Settings

from ownup.accounts.models import User
from ownup.chores import chores_registered
from ownup.comms.delivery import Tally, worker_run
from ownup.conftest import SmtpServer
from ownup.escalations.services import help_ask
from ownup.incidents.models import Incident

MESSAGES = 4  # to Bob and to Carol, each a mail and a chat post
GIVE_UP_SECONDS = 60


@pytest.fixture
def chat(settings: Settings) -> Iterator[list[dict[str, object]]]:
    """A chat service's incoming webhook on loopback, keeping every body it was sent."""
    received: list[dict[str, object]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    settings.OWNUP_ESCALATION_WEBHOOK_URL = f"http://127.0.0.1:{server.server_address[1]}/hook"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()


def test_the_worker_passes_an_unanswered_call_on_and_delivers_every_message(
    incident: Incident,
    agent_alice: User,
    lead_bob: User,
    admin_carol: User,
    chat: list[dict[str, object]],
    smtp_server: SmtpServer,
    send_mail_to: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    send_mail_to(smtp_server.url)
    asked_at = timezone.now()
    call = help_ask(about=incident, question="Refund three months?", asked_by=agent_alice)
    chore = next(c for c in chores_registered() if c.name == "escalations")
    monkeypatch.setattr(chore, "last_run", None)  # other tests may have run it on their clocks
    stop = threading.Event()
    total = Tally()

    def landed(tally: Tally) -> None:
        total.add(tally)
        if total.sent >= MESSAGES:
            stop.set()

    # Half an hour on: Bob has not acknowledged (severity 3), so the chore asks Carol.
    give_up = threading.Timer(GIVE_UP_SECONDS, stop.set)  # a broken chore must not hang the run
    give_up.start()
    try:
        worker_run(clock=lambda: asked_at + dt.timedelta(minutes=31), stop=stop, on_tally=landed)
    finally:
        give_up.cancel()

    call.refresh_from_db()
    assert call.asked_of == admin_carol
    mail = {m["To"]: m for m in smtp_server.messages()}
    assert set(mail) == {"bob@ownup.test", "carol@ownup.test"}
    assert (
        "Bob Lead did not acknowledge in time"
        in mail["carol@ownup.test"].get_body(("plain",)).get_content()
    )
    texts = sorted(str(body["text"]) for body in chat)
    assert [set(body) for body in chat] == [{"text"}, {"text"}]
    assert texts[0].startswith("Alice Agent asks Bob Lead for help with INC-")
    assert texts[1].startswith("Alice Agent asks Carol Admin for help with INC-")
    assert "(passed on: Bob Lead did not acknowledge)" in texts[1]
