from django.test import Client

from ownup.accounts.models import User
from ownup.comms.models import MessageTemplate, Notice, OutboxMessage
from ownup.conftest import CustomerBuilder
from ownup.incidents.models import Incident
from ownup.incidents.services import affected_add

SLOTS = {
    "slot_what_happened": "web3 stopped at 09:12 UTC; our hardware, our fault.",
    "slot_impact": "{{ customer.first_name }}, your site could not be reached all morning, so "
    "your customers saw an error page instead of your shop.",
    "slot_next_steps": "We moved your site to a spare server; it is back by 11:30 UTC and we "
    "write again then. Reply to this email with any question.",
}


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_drafting_starts_from_the_chosen_template(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> None:
    client = signed_in(agent_alice)
    assert (
        "Start from a template"
        in client.get(f"/incidents/{incident.reference}/notices/initial/").content.decode()
    )
    client.post(
        f"/incidents/{incident.reference}/notices/initial/", {"template": message_template.pk}
    )
    notice = Notice.objects.get(incident=incident)
    assert notice.body == message_template.body
    page = client.get(f"/incidents/{incident.reference}/notices/initial/").content.decode()
    assert "What happened" in page and "What happens next" in page


def test_preview_renders_the_unsaved_text_for_the_chosen_customer(
    drafted_notice: Notice, agent_alice: User, make_customer: CustomerBuilder
) -> None:
    incident = drafted_notice.incident
    response = signed_in(agent_alice).post(
        f"/incidents/{incident.reference}/notices/initial/",
        {
            "subject": "About {{ customer.name }}",
            "body": drafted_notice.body,
            "preview_customer": "C2",
            "action": "preview",
            **SLOTS,
        },
        headers={"HX-Request": "true"},
    )
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div id="preview"')
    assert "About Ben Brennan" in fragment
    assert "Hello Ben Brennan" in fragment
    drafted_notice.refresh_from_db()
    assert drafted_notice.subject != "About {{ customer.name }}"


def test_preview_shows_a_customer_name_as_text_never_as_markup(
    drafted_notice: Notice, agent_alice: User, make_customer: CustomerBuilder
) -> None:
    incident = drafted_notice.incident
    sly = make_customer(key="C9", name="<script>alert(1)</script> {{ 7*7 }}", server="web3")
    affected_add(
        incident=incident, customers=type(sly).objects.filter(pk=sly.pk), reason="t", actor=None
    )
    response = signed_in(agent_alice).get(
        f"/incidents/{incident.reference}/notices/initial/?preview_customer=C9"
    )
    page = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in page
    assert "<script>alert(1)" not in page
    assert "49" not in page.split('data-testid="preview-body"')[1].split("</div>")[0]


def test_a_template_mistake_is_shown_in_the_preview_not_raised(
    drafted_notice: Notice, agent_alice: User
) -> None:
    incident = drafted_notice.incident
    response = signed_in(agent_alice).post(
        f"/incidents/{incident.reference}/notices/initial/",
        {"subject": "Hi", "body": "{{ customer.no_such_field }}", "action": "preview", **SLOTS},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "no_such_field" in response.content.decode()


def test_send_from_the_composer_queues_one_message_per_affected_customer(
    drafted_notice: Notice, agent_alice: User
) -> None:
    incident = drafted_notice.incident
    client = signed_in(agent_alice)
    fields = {"subject": drafted_notice.subject, "body": drafted_notice.body, **SLOTS}
    response = client.post(
        f"/incidents/{incident.reference}/notices/initial/send/", fields, follow=True
    )
    assert "Queued 3 messages as B-" in response.content.decode()
    assert OutboxMessage.objects.filter(notice=drafted_notice).count() == 3
    again = client.post(
        f"/incidents/{incident.reference}/notices/initial/send/", fields, follow=True
    )
    assert "everyone affected has been told already" in again.content.decode()
    assert OutboxMessage.objects.filter(notice=drafted_notice).count() == 3


def test_send_with_an_empty_slot_is_refused_with_the_slot_named(
    drafted_notice: Notice, agent_alice: User
) -> None:
    incident = drafted_notice.incident
    fields = {
        "subject": drafted_notice.subject,
        "body": drafted_notice.body,
        **SLOTS,
        "slot_impact": "",
    }
    response = signed_in(agent_alice).post(
        f"/incidents/{incident.reference}/notices/initial/send/", fields, follow=True
    )
    assert (
        "fill in &#x27;What it means for them&#x27; (impact) before sending"
        in response.content.decode()
    )
    assert not OutboxMessage.objects.exists()


def test_delivery_progress_polls_until_every_send_has_finished(
    drafted_notice: Notice, agent_alice: User
) -> None:
    from ownup.comms.services import notify

    incident = drafted_notice.incident
    notify(incident=incident, kind="initial", actor=agent_alice)
    client = signed_in(agent_alice)
    pending = client.get(f"/incidents/{incident.reference}/delivery/").content.decode()
    assert 'hx-trigger="every 1s"' in pending and 'data-state="queued">3<' in pending
    OutboxMessage.objects.update(status="sent")
    done = client.get(f"/incidents/{incident.reference}/delivery/").content.decode()
    assert "hx-trigger" not in done and 'data-state="sent">3<' in done


def test_replies_and_boundaries_are_not_offered_as_notices_to_everyone_affected(
    incident: Incident, agent_alice: User
) -> None:
    client = signed_in(agent_alice)
    page = client.get(f"/incidents/{incident.reference}/").content.decode()
    assert "Draft first notice" in page and "Draft remedy offer" in page
    assert "Draft boundary" not in page and "Draft reply to a customer" not in page
    for kind in ("boundary", "reply"):
        assert client.get(f"/incidents/{incident.reference}/notices/{kind}/").status_code == 404
