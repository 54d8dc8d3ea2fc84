"""Sending no faster than the receiving servers allow, per relay and per recipient domain.

A rate is kept by handing out evenly spaced time slots, counted from the first send. A
sender that fell behind (a slow server, a busy machine) may catch up on the slots it missed
in the last tenth of a second, so a short stall does not lower the rate over a longer
stretch. The slots are shared by every connection of one worker process; two workers on one
relay each get the full rate.
"""

import threading
import time
from collections.abc import Callable

from ownup.errors import UserError

ANY_DOMAIN = "*"
CATCH_UP_SECONDS = 0.1


class Pace:
    """At most `rate` slots per second, given out in turn to whoever asks first."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1 / rate
        self.clock, self.sleep = clock, sleep
        self.next_slot: float | None = None
        self.lock = threading.Lock()

    def reserve(self) -> float:
        """The next free slot, on the `clock`; it is taken by asking."""
        with self.lock:
            now = self.clock()
            slot = max(now - CATCH_UP_SECONDS, now if self.next_slot is None else self.next_slot)
            self.next_slot = slot + self.interval
        return slot

    def wait(self) -> None:
        wait_until(self.reserve(), clock=self.clock, sleep=self.sleep)


def wait_until(
    moment: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    delay = moment - clock()
    if delay > 0:
        sleep(delay)


def domain_rates(spec: str) -> dict[str, float]:
    """`gmail.com=5,outlook.com=3,*=20` as {domain: messages per second}."""
    rates: dict[str, float] = {}
    for item in (i.strip() for i in spec.split(",")):
        if not item:
            continue
        domain, _, rate = item.partition("=")
        rates[domain.strip().lower()] = positive_rate(rate, name=f"OWNUP_RATE_PER_DOMAIN {item!r}")
    return rates


def positive_rate(text: str, *, name: str) -> float:
    try:
        rate = float(text)
    except ValueError:
        rate = -1
    if rate <= 0:
        raise UserError(f"{name}: '{text.strip()}' is not a positive number of messages a second")
    return rate


class Pacer:
    """The relay's pace and each recipient domain's, for one worker process."""

    def __init__(self, *, per_second: float = 0, per_domain: dict[str, float] | None = None):
        self.relay = Pace(per_second) if per_second else None
        self.domains = {d: Pace(r) for d, r in (per_domain or {}).items() if d != ANY_DOMAIN}
        self.any_rate = (per_domain or {}).get(ANY_DOMAIN)
        self.lock = threading.Lock()

    def _domain(self, domain: str) -> Pace | None:
        pace = self.domains.get(domain)
        if pace is None and self.any_rate:
            with self.lock:  # every other domain gets a pace of its own at the `*` rate
                pace = self.domains.setdefault(domain, Pace(self.any_rate))
        return pace

    def domain_slot(self, address: str) -> float:
        """When a message to `address` may go as far as its domain is concerned; reserved.

        Taken when a batch is handed to the connections, so they can send in slot order and
        a slow domain's messages do not hold up everyone else's.
        """
        pace = self._domain(address.rpartition("@")[2].lower())
        return pace.reserve() if pace else 0.0

    def relay_wait(self) -> None:
        """Return when the relay may take the next message."""
        if self.relay:
            self.relay.wait()


def pacer_from_settings(per_second: str, per_domain: str) -> Pacer:
    """OWNUP_RATE_PER_SECOND (0 or empty: no limit) and OWNUP_RATE_PER_DOMAIN."""
    relay = 0.0
    if per_second.strip() not in ("", "0"):
        relay = positive_rate(per_second, name="OWNUP_RATE_PER_SECOND")
    return Pacer(per_second=relay, per_domain=domain_rates(per_domain))
