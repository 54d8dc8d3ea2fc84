"""Daybreak Hosting: a small web host whose server web3 has just gone down.

Generated from a fixed seed, so every machine gets the same customers, and loaded with
upserts, so loading it twice changes nothing.
"""

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from ownup.accounts.models import Role, User
from ownup.accounts.services import audit_record
from ownup.agreements.demo import demo_agreements
from ownup.customers.models import Customer, CustomerImport
from ownup.customers.selectors import customers_matching
from ownup.demo.replies import demo_replies
from ownup.incidents.models import Incident, Severity, Stage
from ownup.incidents.services import affected_add, incident_open, incident_post_update
from ownup.statuspage.models import Component, ComponentGroup, ComponentStatus, Maintenance
from ownup.statuspage.services import incident_impact_set, maintenance_schedule

SEED = 20261123
CUSTOMER_COUNT = 2000
SOURCE = "daybreak-demo"
DEMO_PASSWORD = "daybreak-demo-2026"
INCIDENT_TITLE = "web3 is down"

FIRST_NAMES = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Efua",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemi",
    "Lars",
    "Maya",
    "Nils",
    "Olu",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Vera",
    "Wen",
    "Xavier",
    "Yara",
    "Zoltán",
    "Amir",
    "Bea",
    "Carlos",
    "Dana",
    "Emeka",
    "Fiona",
    "Gus",
    "Hana",
    "Ivo",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Noor",
]
LAST_NAMES = [
    "Almeida",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quist",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Abbott",
    "Brown",
    "Chen",
    "Dlamini",
    "Evans",
    "Fernández",
    "García-Luna",
    "O'Neill",
    "Nakamura",
    "Ruiz",
    "Singh",
    "Walsh",
]
BUSINESS_WORDS = [
    "Bakery",
    "Studio",
    "Garage",
    "Florist",
    "Clinic",
    "Books",
    "Coffee",
    "Design",
    "Legal",
    "Tours",
    "Yoga",
    "Crafts",
    "Print",
    "Repairs",
    "Dental",
    "Pottery",
    "Cycles",
    "Kitchen",
    "Garden",
    "Photo",
]
TLDS = ("com", "net", "org", "co.uk", "de", "fr", "es", "nl", "ie", "se")
COUNTRIES = (
    ("GB", 30),
    ("US", 20),
    ("DE", 12),
    ("FR", 10),
    ("ES", 8),
    ("NL", 8),
    ("IE", 6),
    ("SE", 6),
)
PLANS = (("starter", 5.0, 50), ("business", 15.0, 35), ("pro", 39.0, 15))
SERVERS = tuple(f"web{n}" for n in range(1, 9))

STAFF = (
    ("alice", Role.AGENT, "Alice Agent", "alice@daybreak.example"),
    ("bob", Role.LEAD, "Bob Lead", "bob@daybreak.example"),
    ("carol", Role.ADMIN, "Carol Admin", "carol@daybreak.example"),
)
COMPONENTS = (
    ("Websites", "Customer sites on servers web1 to web8", "Hosting"),
    ("Email", "Mailboxes, webmail and outgoing mail", "Hosting"),
    ("Control panel", "Sign-in, billing and site settings", "Account"),
    ("Backups", "Nightly backups for plans that include them", "Hosting"),
)
GROUPS = ("Hosting", "Account")
PAST_INCIDENT_TITLE = "Webmail slow to sign in"
MAINTENANCE_TITLE = "Mail server upgrade"


@dataclass
class DemoReport:
    customers_added: int
    affected: int
    incident: Incident


def _weighted(rng: random.Random, options: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    return rng.choices(options, weights=[o[-1] for o in options])[0]


def generate_customers(count: int, *, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """Plausible hosting customers; the same seed always gives the same rows."""
    rng = random.Random(seed)
    start = dt.date(2014, 1, 1)
    for number in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        business = f"{last} {rng.choice(BUSINESS_WORDS)}"
        slug = "".join(ch for ch in business.lower() if ch.isascii() and ch.isalnum())
        domain = f"{slug}{number}.{rng.choice(TLDS)}"
        plan, fee, _ = _weighted(rng, PLANS)
        country = _weighted(rng, COUNTRIES)[0]
        email_local = (
            "".join(ch for ch in first.lower() if ch.isascii() and ch.isalpha()) or "hello"
        )
        yield {
            "key": f"C{number:05d}",
            "name": f"{first} {last}",
            "email": f"{email_local}@{domain}",
            "phone": f"+44 20 7{rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
            "attributes": {
                "business": business,
                "domain": domain,
                "server": SERVERS[(number * 7 + rng.randrange(3)) % len(SERVERS)],
                "plan": plan,
                "monthly_fee": fee,
                "country": country,
                "signed_up": (start + dt.timedelta(days=rng.randrange(4300))).isoformat(),
                "backups_by": "provider" if plan == "pro" or rng.random() < 0.3 else "customer",
            },
        }


def _staff() -> None:
    for username, role, full_name, email in STAFF:
        if User.objects.filter(username=username).exists():
            continue
        first, _, last = full_name.partition(" ")
        user = User(
            username=username,
            role=role,
            email=email,
            first_name=first,
            last_name=last,
            is_staff=role == Role.ADMIN,
            is_superuser=role == Role.ADMIN,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        audit_record(actor=None, action="user.added", target=username, role=role)


def _customers(now: dt.datetime) -> int:
    known = set(Customer.objects.filter(source=SOURCE).values_list("key", flat=True))
    new = [
        Customer(**row, source=SOURCE, imported_at=now)
        for row in generate_customers(CUSTOMER_COUNT)
        if row["key"] not in known
    ]
    Customer.objects.bulk_create(new, batch_size=1000)
    if new:
        CustomerImport.objects.create(
            source=SOURCE, started_at=now, finished_at=now, added=len(new)
        )
    return len(new)


def _incident(alice: User, now: dt.datetime) -> Incident:
    incident = Incident.objects.filter(title=INCIDENT_TITLE).first()
    if incident is None:
        incident = incident_open(
            title=INCIDENT_TITLE,
            severity=Severity.OUTAGE,
            opened_by=alice,
            summary="web3 stopped answering at 09:12 UTC; the disk controller reports errors. "
            "Sites and mailboxes on web3 are unreachable.",
            public_message="Websites hosted on one of our servers (web3) are not loading. "
            "We are investigating and will update this page within 30 minutes.",
            now=now - dt.timedelta(minutes=40),
        )
        incident_impact_set(
            incident=incident,
            component=Component.objects.get(name="Websites"),
            status=ComponentStatus.PARTIAL_OUTAGE,
            actor=alice,
            now=incident.opened_at,
        )
    affected_add(
        incident=incident,
        customers=customers_matching({"server": "web3"}),
        reason="hosted on server web3",
        actor=alice,
        now=now,
    )
    return incident


def _status_page_history(alice: User, now: dt.datetime) -> None:
    """A resolved incident three weeks ago and maintenance next week, so the page has a past
    and a future."""
    if not Incident.objects.filter(title=PAST_INCIDENT_TITLE).exists():
        began = now - dt.timedelta(days=21, hours=3)
        past = incident_open(
            title=PAST_INCIDENT_TITLE,
            severity=Severity.BUMP,
            opened_by=alice,
            summary="The webmail cache filled its disk; Rosa noticed on the shared inbox.",
            public_message="Signing in to webmail takes up to a minute. We are looking into it.",
            now=began,
        )
        incident_impact_set(
            incident=past,
            component=Component.objects.get(name="Email"),
            status=ComponentStatus.DEGRADED_PERFORMANCE,
            actor=alice,
            now=began,
        )
        incident_post_update(
            incident=past,
            stage=Stage.RESOLVED,
            message="Webmail signs in quickly again; a full cache disk slowed it down.",
            actor=alice,
            now=began + dt.timedelta(hours=2),
        )
    if not Maintenance.objects.filter(title=MAINTENANCE_TITLE).exists():
        start = (now + dt.timedelta(days=7)).replace(hour=22, minute=0, second=0, microsecond=0)
        maintenance_schedule(
            title=MAINTENANCE_TITLE,
            body="We are upgrading the mail servers. Sending and receiving may pause for up "
            "to ten minutes; no mail is lost.",
            scheduled_for=start,
            scheduled_until=start + dt.timedelta(hours=1),
            components=[Component.objects.get(name="Email")],
            actor=alice,
            now=now,
        )


def demo_load(now: dt.datetime | None = None) -> DemoReport:
    """Load Daybreak Hosting. Atomic and idempotent: a second run adds nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        _staff()
        groups = {
            name: ComponentGroup.objects.get_or_create(name=name, defaults={"position": n})[0]
            for n, name in enumerate(GROUPS)
        }
        for position, (name, description, group) in enumerate(COMPONENTS):
            Component.objects.get_or_create(
                name=name,
                defaults={"description": description, "position": position, "group": groups[group]},
            )
        added = _customers(now)
        alice = User.objects.get(username="alice")
        incident = _incident(alice, now)
        _status_page_history(alice, now)
        demo_agreements(now=now)
    # Each reply is stored in its own transaction first, as the mailbox does.
    demo_replies(now)
    return DemoReport(added, incident.affected.count(), incident)
