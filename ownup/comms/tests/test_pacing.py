"""Sending no faster than the configured rate, measured where the messages arrive."""

from collections.abc import Callable

import pytest
from pytest_django import Settings

from ownup.comms.delivery import worker_run
from ownup.comms.outbox import Outgoing, outbox_enqueue
from ownup.comms.pacing import Pace, pacer_from_settings
from ownup.comms.tests.scripted_smtp import Script, StartRelay, start_relay
from ownup.errors import UserError

pytestmark = pytest.mark.django_db
__all__ = ["start_relay"]  # the fixture, used by name


def readers(count: int, domain: str) -> list[Outgoing]:
    return [
        Outgoing(
            topic="status-update:1",
            recipient=f"{domain}:{n}",
            channel="email",
            to_address=f"reader{n}@{domain}",
            subject="Status",
            body_text="All good again.\n",
        )
        for n in range(count)
    ]


CONNECTIONS = 2


def rate(arrivals: list[float]) -> float:
    """Messages per second from when every connection is open to the last arrival."""
    steady = arrivals[CONNECTIONS:]
    return (len(steady) - 1) / (steady[-1] - steady[0])


@pytest.fixture
def relay(start_relay: StartRelay, send_mail_to: Callable[[str], None]) -> Script:
    handler, port = start_relay()
    send_mail_to(f"smtp://127.0.0.1:{port}")
    return handler


def test_the_relay_rate_holds_within_five_percent_over_many_connections(
    relay: Script, settings: Settings
) -> None:
    settings.OWNUP_RATE_PER_SECOND = "25"
    outbox_enqueue(readers(250, "example.org"))  # ten seconds' worth

    worker_run(until_idle=True, connections=CONNECTIONS)

    assert rate(relay.arrivals["example.org"]) == pytest.approx(25, rel=0.05)


def test_each_domain_keeps_its_own_rate_and_the_rest_share_the_default(
    relay: Script, settings: Settings
) -> None:
    settings.OWNUP_RATE_PER_DOMAIN = "slow.example=8, *=16"
    # Ten seconds' worth for each domain, sent side by side.
    outbox_enqueue(
        [*readers(80, "slow.example"), *readers(160, "one.example"), *readers(160, "two.example")]
    )

    worker_run(until_idle=True, connections=CONNECTIONS)

    assert rate(relay.arrivals["slow.example"]) == pytest.approx(8, rel=0.05)
    assert rate(relay.arrivals["one.example"]) == pytest.approx(16, rel=0.05)
    assert rate(relay.arrivals["two.example"]) == pytest.approx(16, rel=0.05)


def test_slots_are_evenly_spaced_from_the_first_ask() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    pace = Pace(4, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        pace.wait()

    assert slept == [0.25, 0.5, 0.75]


@pytest.mark.parametrize(
    ("per_second", "per_domain", "problem"),
    [
        ("fast", "", "OWNUP_RATE_PER_SECOND: 'fast' is not a positive number"),
        ("-3", "", "OWNUP_RATE_PER_SECOND: '-3' is not a positive number"),
        ("", "gmail.com=5,outlook.com", "OWNUP_RATE_PER_DOMAIN 'outlook.com': '' is not"),
        ("", "gmail.com=0", "OWNUP_RATE_PER_DOMAIN 'gmail.com=0': '0' is not"),
    ],
)
def test_a_rate_that_is_not_a_positive_number_is_named(
    per_second: str, per_domain: str, problem: str
) -> None:
    with pytest.raises(UserError, match=problem):
        pacer_from_settings(per_second, per_domain)
