"""Two agents pressing Send on the same reply at the same moment: one answer goes out."""

import datetime as dt
import threading

import pytest
from django.db import connection

from ownup.accounts.models import User
from ownup.comms.models import NoticeKind, OutboxMessage
from ownup.errors import UserError
from ownup.inbox.models import InboundMessage, InboundStatus
from ownup.inbox.replying import reply_send
from ownup.inbox.services import inbound_receive
from ownup.inbox.testing.samples import reply
from ownup.incidents.models import Incident

ANSWER = (
    "Hello {{ customer.first_name }},\n\n"
    "Your shop was down from 09:12 to 10:40 UTC because our server web3 failed; that was our "
    "fault. It has worked normally since 10:40.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)


@pytest.mark.django_db(transaction=True)
def test_two_agents_answering_at_once_send_one_answer(
    incident: Incident, agent_alice: User, lead_bob: User
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL; SQLite lets one writer in at a time")
    message = inbound_receive(reply(text="Any update?"), source="test", now=dt.datetime.now(dt.UTC))
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def answer(by: User) -> None:
        from django.db import connection as own

        try:
            seen = InboundMessage.objects.get(pk=message.pk)  # both read it as waiting
            start.wait()
            reply_send(message=seen, subject="", body=ANSWER, kind=NoticeKind.REPLY, sent_by=by)
            outcomes.append("sent")
        except UserError as exc:
            outcomes.append(str(exc))
        finally:
            own.close()

    threads = [threading.Thread(target=answer, args=(who,)) for who in (agent_alice, lead_bob)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert sorted(o if o == "sent" else "refused" for o in outcomes) == ["refused", "sent"]
    assert next(o for o in outcomes if o != "sent") == (
        f"{message.reference} was answered a moment ago by someone else"
    )
    assert OutboxMessage.objects.filter(topic=f"reply:{message.pk}").count() == 1
    message.refresh_from_db()
    assert message.status == InboundStatus.ANSWERED
