"""The reply desk in a browser's shoes: the queue, the card, and answering from it."""

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from ownup.accounts.models import User
from ownup.agreements.models import Party
from ownup.agreements.services import agreement_set
from ownup.agreements.terms import AgreementTerms, PaidExtra
from ownup.comms.models import MessageTemplate, OutboxMessage
from ownup.conftest import STAFF_PASSWORD
from ownup.customers.models import Customer
from ownup.inbox.models import InboundMessage, InboundStatus
from ownup.inbox.services import inbound_receive
from ownup.inbox.testing.samples import delivery_report, reply
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
CANDID = (
    "Hello {{ customer.first_name }},\n\n"
    "Your shop was down from 09:12 to 10:40 UTC because our server web3 failed; that was our "
    "fault. It has worked normally since 10:40.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)


def receive(raw: bytes, *, minutes: int = 0) -> InboundMessage:
    return inbound_receive(raw, source="test", now=NOW + dt.timedelta(minutes=minutes))


@pytest.fixture
def alice_client(client: Client, agent_alice: User) -> Client:
    client.login(username="alice", password=STAFF_PASSWORD)
    return client


def queue_order(client: Client, query: str = "") -> list[str]:
    page = client.get(f"/inbox/{query}").content.decode()
    return [
        line.split('data-reference="')[1].split('"')[0]
        for line in page.split("\n")
        if 'data-testid="queue-row"' in line
    ]


def test_the_queue_puts_the_angry_first_then_the_longest_waiting(
    alice_client: Client, incident: Incident
) -> None:
    calm_old = receive(reply(text="When will the shop be back?"), minutes=0)
    angry_new = receive(
        reply(sender="ben@brennan-books.example", text="Unacceptable. Third time this month."),
        minutes=30,
    )
    upset = receive(
        reply(sender="chloe@dubois.example", text="I'm worried about our bookings."), minutes=10
    )
    angry_old = receive(
        reply(sender="dmitri@novak.example", text="You are useless. Refund me."), minutes=20
    )
    calm_new = receive(reply(text="Thanks, all good here."), minutes=40)
    assert queue_order(alice_client) == [
        m.reference for m in (angry_old, angry_new, upset, calm_old, calm_new)
    ]
    page = alice_client.get("/inbox/").content.decode()
    assert 'data-testid="excerpt">You are useless. Refund me.<' in page


def test_the_queue_filters_by_incident_and_intent(
    alice_client: Client, incident: Incident, make_customer: object
) -> None:
    about = receive(reply(subject=f"Re: {incident.reference}", text="I want a refund."))
    other = receive(reply(sender="x@nowhere.example", text="I want a refund please."), minutes=1)
    status = receive(reply(subject=f"Re: {incident.reference}", text="Any update?"), minutes=2)
    assert about.incident == incident and other.incident is None
    everything = queue_order(alice_client)
    assert set(everything) == {about.reference, other.reference, status.reference}
    assert queue_order(alice_client, f"?incident={incident.reference}") == [
        about.reference,
        status.reference,
    ]
    assert queue_order(alice_client, "?intent=refund") == [about.reference, other.reference]
    htmx = alice_client.get(
        f"/inbox/?incident={incident.reference}&intent=status", headers={"HX-Request": "true"}
    ).content.decode()
    assert "<html" not in htmx and status.reference in htmx and about.reference not in htmx


def test_auto_replies_bounces_and_unreadable_messages_have_their_own_tabs(
    alice_client: Client, incident: Incident
) -> None:
    auto = receive(reply(subject="Out of office", headers={"Auto-Submitted": "auto-replied"}))
    bounce = receive(
        delivery_report(original_message_id="<gone@ownup.invalid>", recipient="x@y.example")
    )
    garbage = receive(b"\x00\x01 <script>alert(1)</script> not a message")
    waiting = receive(reply(text="Any update?"))
    assert queue_order(alice_client) == [waiting.reference]
    assert queue_order(alice_client, "?tab=auto-replies") == [auto.reference]
    assert queue_order(alice_client, "?tab=bounces") == [bounce.reference]
    assert queue_order(alice_client, "?tab=unreadable") == [garbage.reference]
    tab = alice_client.get("/inbox/?tab=unreadable").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; not a message" in tab
    assert "<script>alert(1)" not in tab
    card = alice_client.get(f"/inbox/{garbage.reference}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<script>alert(1)" not in card
    assert 'data-testid="send-answer"' not in card


def test_the_card_marks_the_cues_and_tells_the_customers_story(
    alice_client: Client, incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    Customer.objects.filter(key="C1").update(attributes={"server": "web3", "plan": "pro"})
    message = receive(
        reply(
            text="This is ridiculous <b>. I want my money back.",
            in_reply_to=sent_notices["ana@almeida-bakery.example"].message_id,
        )
    )
    page = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert '<mark class="cue-feeling" data-cue="feeling:angry"' in page
    assert ">ridiculous</mark>" in page
    assert ">money back</mark>" in page
    assert "&lt;b&gt;" in page and "<b>." not in page
    assert 'data-testid="feeling">Angry<' in page
    assert 'data-testid="intent">Wants a refund or compensation<' in page
    assert "Ana Almeida" in page
    assert 'data-testid="plan">pro<' in page
    assert "Affected by 1 incident, 1 still open." in page
    assert "web3 is down" in page  # the notice we sent them
    assert "[[What happened]]" in page  # the reply template, ready to be written over


def test_offering_a_remedy_from_the_card_starts_with_their_customer_key(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(reply(text="I want my money back."))
    card = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    link = f"/remedies/incident/{incident.reference}/new/?customer=C1"
    assert f'href="{link}"' in card
    form = alice_client.get(link).content.decode()
    assert 'name="customer" value="C1"' in form


def test_was_i_affected_from_a_customer_who_was_not_says_so_above_the_answer(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(
        reply(
            sender="dmitri@novak.example",
            sender_name="Dmitri Novak",
            subject="Was my site affected?",
            text="I saw a server is down. Was my site one of them?",
        )
    )
    assert message.intent == "affected"
    page = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert 'data-testid="not-affected-note"' in page
    assert "No incident's affected set includes Dmitri Novak" in page


def test_an_unknown_sender_is_said_to_be_unknown_with_a_lookup(alice_client: Client) -> None:
    message = receive(reply(sender="sam@nowhere.example", sender_name="Sam Someone"))
    page = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert "Not a known customer" in page
    assert "/customers/lookup/?q=Sam%20Someone" in page


def test_a_restore_their_agreement_places_with_them_preselects_the_boundary(
    alice_client: Client, lead_bob: User, incident: Incident
) -> None:
    agreement_set(
        plan="starter",
        effective_from=dt.date(2026, 1, 1),
        terms=AgreementTerms(
            backups_by=Party.CUSTOMER,
            support_channels=("email",),
            paid_extras=(
                PaidExtra(name="Restore from our snapshot", price=Decimal(75), duty="backups"),
            ),
        ),
        created_by=lead_bob,
    )
    Customer.objects.filter(key="C1").update(attributes={"server": "web3", "plan": "starter"})
    message = receive(reply(text="Can you restore our database from last night's backup?"))
    assert message.asks_for == ["restore"]
    page = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert "Under your Starter plan, backups are managed by you." in page
    assert 'data-testid="boundary-note"' in page
    assert "Restore from our snapshot: £75" in page
    assert '<option value="boundary" selected>' in page
    assert "You asked us to restore your database from last night&#x27;s backup." in page


def test_a_restore_from_your_backups_is_said_back_as_our_backups(
    alice_client: Client, lead_bob: User, incident: Incident
) -> None:
    agreement_set(
        plan="starter",
        effective_from=dt.date(2026, 1, 1),
        terms=AgreementTerms(backups_by=Party.CUSTOMER),
        created_by=lead_bob,
    )
    Customer.objects.filter(key="C1").update(attributes={"server": "web3", "plan": "starter"})
    message = receive(reply(text="Can you please restore it from your backups? I'm worried."))
    page = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert "You asked us to restore it from our backups." in page


def test_typing_an_answer_shows_the_preview_and_candor_check(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(reply(text="Any update?"))
    check = alice_client.post(
        f"/inbox/{message.reference}/check/",
        {"kind": "reply", "subject": "Re: web3", "body": "Hi {{ customer.first_name }}, noted."},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "<html" not in check
    assert "Hi Ana, noted." in check
    assert 'data-testid="candor-score"' in check
    assert 'name="send_anyway"' in check  # it lacks what a reply needs


def test_sending_from_the_card_answers_once_and_leaves_the_queue(
    alice_client: Client, incident: Incident, sent_notices: dict[str, OutboxMessage]
) -> None:
    message = receive(
        reply(text="Any update?", in_reply_to=sent_notices["ana@almeida-bakery.example"].message_id)
    )
    refused = alice_client.post(
        f"/inbox/{message.reference}/answer/",
        {"kind": "reply", "subject": "Re: web3 is down", "body": "Noted, thanks."},
    )
    assert refused.status_code == 400
    assert "does not say" in refused.content.decode()
    assert "Noted, thanks." in refused.content.decode()  # nothing typed is lost
    sent = alice_client.post(
        f"/inbox/{message.reference}/answer/",
        {"kind": "reply", "subject": "Re: web3 is down", "body": CANDID},
    )
    assert sent.status_code == 302 and sent["Location"] == "/inbox/"
    row = OutboxMessage.objects.get(topic=f"reply:{message.pk}")
    assert row.headers["In-Reply-To"] == message.message_id
    message.refresh_from_db()
    assert message.status == InboundStatus.ANSWERED
    assert queue_order(alice_client) == []
    card = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert 'data-testid="answered"' in card and "Hello Ana," in card
    assert 'data-testid="send-answer"' not in card


def test_the_desk_needs_a_sign_in(client: Client, incident: Incident) -> None:
    message = receive(reply())
    for url in ("/inbox/", f"/inbox/{message.reference}/"):
        assert client.get(url).status_code == 302
    assert client.post(f"/inbox/{message.reference}/answer/", {"body": CANDID}).status_code == 302


def test_without_javascript_check_shows_the_whole_card_with_the_check(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(reply(text="Any update?"))
    page = alice_client.post(
        f"/inbox/{message.reference}/check/",
        {"kind": "reply", "subject": "Re: web3", "body": CANDID},
    ).content.decode()
    assert "<html" in page and "Their message" in page
    assert 'data-testid="answer-preview">Hello Ana,' in page
    assert 'name="send_anyway"' not in page  # nothing missing


def test_asking_for_help_from_a_checked_card_comes_back_to_the_card(
    alice_client: Client, incident: Incident, lead_bob: User
) -> None:
    message = receive(reply(text="Any update?"))
    page = alice_client.post(
        f"/inbox/{message.reference}/check/",
        {"kind": "reply", "subject": "Re: web3", "body": CANDID},
    ).content.decode()
    # The check's own address only takes posts: going back there would be a 405.
    assert f'name="next" value="/inbox/{message.reference}/"' in page


def test_choosing_another_template_starts_the_answer_again_from_it(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(reply(text="Any update?"))
    boundary = MessageTemplate.objects.get(name="Boundary")
    composer = alice_client.get(
        f"/inbox/{message.reference}/?template={boundary.pk}", headers={"HX-Request": "true"}
    ).content.decode()
    assert composer.lstrip().startswith('<section id="composer"')
    assert '<option value="boundary" selected>' in composer
    assert "[[What happened]]" in composer  # no agreement places anything with them


def test_closing_a_reply_without_an_answer_takes_it_out_of_the_queue(
    alice_client: Client, incident: Incident
) -> None:
    message = receive(reply(text="Thanks, all fine here."))
    done = alice_client.post(f"/inbox/{message.reference}/close/", {"reason": "only thanks"})
    assert done.status_code == 302 and done["Location"] == "/inbox/"
    assert queue_order(alice_client) == []
    message.refresh_from_db()
    assert message.status == InboundStatus.CLOSED
    card = alice_client.get(f"/inbox/{message.reference}/").content.decode()
    assert 'data-testid="close-reply"' not in card and 'data-testid="send-answer"' not in card
