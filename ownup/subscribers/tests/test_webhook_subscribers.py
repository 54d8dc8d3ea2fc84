"""Webhook subscribers: added by staff, posted a Statuspage-style JSON body per update."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ownup.comms.delivery import worker_run
from ownup.conftest import OwnupCli
from ownup.incidents.models import Severity, Stage
from ownup.incidents.services import incident_open, incident_post_update
from ownup.statuspage.models import Component, ComponentStatus
from ownup.statuspage.services import incident_impact_set
from ownup.subscribers.models import Kind, Subscriber
from ownup.subscribers.tests.conftest import SubscriberBuilder, WebhookReceiver

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("subscribers", *args, stdout=out)
    return out.getvalue()


def test_a_webhook_receives_the_page_the_incident_and_its_public_updates(
    websites: Component, webhook_receiver: WebhookReceiver
) -> None:
    reference = run("add-webhook", webhook_receiver.url).splitlines()[-1]
    assert reference == Subscriber.objects.get(url=webhook_receiver.url).reference
    incident = incident_open(
        title="web3 controller died",
        severity=Severity.OUTAGE,
        opened_by=None,
        summary="internal only",
        public_message="Some websites are not loading.",
    )
    incident_impact_set(
        incident=incident, component=websites, status=ComponentStatus.MAJOR_OUTAGE, actor=None
    )
    incident_post_update(
        incident=incident, stage=Stage.IDENTIFIED, message="A disk controller failed.", actor=None
    )

    tally = worker_run(until_idle=True)

    assert tally.sent == 2
    # Delivery may run in parallel: find the update's post rather than the last one.
    (post,) = [p for p in webhook_receiver.posts if p["json"]["incident"]["status"] == "identified"]
    assert post["path"] == "/hook" and post["content_type"] == "application/json"
    body = post["json"]
    assert body["page"]["status_indicator"] == "critical"
    assert body["incident"]["name"] == "web3 controller died"
    assert body["incident"]["id"] == incident.public_id
    assert body["incident"]["status"] == "identified"
    assert body["incident"]["impact"] == "critical"
    assert [u["body"] for u in body["incident"]["incident_updates"]] == [
        "A disk controller failed.",
        "Some websites are not loading.",
    ]
    assert [c["name"] for c in body["incident"]["components"]] == ["Websites"]
    assert "/status/unsubscribe/" in body["meta"]["unsubscribe"]
    assert "internal only" not in str(webhook_receiver.posts)


def test_a_webhook_for_one_component_hears_nothing_of_another(
    websites: Component, mailboxes: Component, webhook_receiver: WebhookReceiver
) -> None:
    run("add-webhook", webhook_receiver.url, "--component", "mailboxes")
    incident = incident_open(title="web3 down", severity=Severity.OUTAGE, opened_by=None)
    incident_impact_set(
        incident=incident, component=websites, status=ComponentStatus.MAJOR_OUTAGE, actor=None
    )
    incident_post_update(incident=incident, stage=Stage.RESOLVED, message="Back.", actor=None)

    worker_run(until_idle=True)

    assert webhook_receiver.posts == []


def test_the_command_lists_and_removes_subscribers(
    make_subscriber: SubscriberBuilder, websites: Component
) -> None:
    reader = make_subscriber("reader@example.org", websites)
    make_subscriber("waiting@example.org", confirmed=False)
    run("add-webhook", "https://hooks.example.net/status")

    listed = run("list")
    assert f"{reader.reference:<7} email    confirmed     reader@example.org  (Websites)" in listed
    assert "waiting       waiting@example.org  (every component)" in listed
    assert "webhook  confirmed     https://hooks.example.net/status" in listed

    assert "will receive nothing more" in run("remove", "https://hooks.example.net/status")
    run("remove", "READER@example.org")
    assert run("list").count("\n") == 1
    assert run("list", "--all").count("unsubscribed") == 2
    assert Subscriber.objects.filter(unsubscribed_at__isnull=True).count() == 1


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["add-webhook", "ftp://hooks.example.net"], "url: 'ftp://hooks.example.net' is not an"),
        (["add-webhook", "https://h.example.net", "--component", "Nope"], "no component 'Nope'"),
        (["remove", "S-999999"], "subscriber: no subscriber 'S-999999'"),
    ],
)
def test_bad_input_is_named_and_nothing_is_stored(
    websites: Component, args: list[str], error: str
) -> None:
    with pytest.raises(CommandError, match=error):
        run(*args)
    assert not Subscriber.objects.filter(kind=Kind.WEBHOOK).exists()


def test_adding_the_same_webhook_twice_says_so_and_a_removed_one_comes_back(
    websites: Component,
) -> None:
    reference = run("add-webhook", "https://hooks.example.net/status").splitlines()[-1]
    with pytest.raises(CommandError, match=f"already subscribed as {reference}"):
        run("add-webhook", "https://hooks.example.net/status")
    run("remove", reference)
    run("add-webhook", "https://hooks.example.net/status", "--component", "Websites")

    hook = Subscriber.objects.get()
    assert hook.is_active and list(hook.components.all()) == [websites]


def test_from_the_shell_a_webhook_added_hears_of_an_incident_once_the_worker_runs(
    ownup: OwnupCli, webhook_receiver: WebhookReceiver
) -> None:
    ownup("statuspage", "component", "set", "Websites")
    added = ownup("subscribers", "add-webhook", webhook_receiver.url, "--component", "Websites")
    reference = added.stdout.splitlines()[-1]
    ownup(
        "incident",
        "open",
        "web3 is down",
        "--severity",
        "3",
        "--message",
        "Sites are down.",
        "--component",
        "Websites=major_outage",
    )

    ownup("worker", "--until-idle")
    ownup("worker", "--until-idle")  # nothing is sent twice

    assert [
        p["json"]["incident"]["incident_updates"][0]["body"] for p in webhook_receiver.posts
    ] == ["Sites are down."]
    assert f"{reference:<7} webhook  confirmed" in ownup("subscribers", "list").stdout
    failed = ownup("subscribers", "add-webhook", "not a url", ok=False)
    assert failed.returncode != 0
    assert failed.stderr.strip() == "Error: url: 'not a url' is not an http(s) URL"
