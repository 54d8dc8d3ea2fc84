from collections.abc import Iterator

import psycopg
import pytest
from django.db import connection
from django.utils import timezone
from psycopg import sql

from ownup.accounts.models import User
from ownup.comms.delivery import outbox_claim
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notify
from ownup.conftest import CustomerBuilder
from ownup.customers.models import Customer
from ownup.incidents.services import affected_add

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def other_worker() -> Iterator[psycopg.Connection[tuple[int]]]:
    """A second connection to the test database, as another worker in the middle of a claim."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks with SKIP LOCKED are PostgreSQL's; SQLite serialises claims")
    params = connection.get_connection_params()
    with psycopg.connect(
        dbname=params["dbname"],
        user=params.get("user"),
        host=params.get("host"),
        port=params.get("port"),
        password=params.get("password"),
    ) as other:
        yield other
        other.rollback()


def test_a_worker_skips_the_messages_another_worker_is_claiming(
    drafted_notice: Notice,
    lead_bob: User,
    make_customer: CustomerBuilder,
    other_worker: psycopg.Connection[tuple[int]],
) -> None:
    incident = drafted_notice.incident
    for number in range(37):
        make_customer(key=f"W{number:03d}", name=f"Web3 Customer {number}", server="web3")
    affected_add(
        incident=incident,
        customers=Customer.objects.filter(key__startswith="W"),
        reason="hosted on web3",
        actor=lead_bob,
    )
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    # The other worker holds the 30 rows it would claim first, and has not committed yet.
    held = {
        row[0]
        for row in other_worker.execute(
            sql.SQL("SELECT id FROM {} ORDER BY next_attempt_at, id LIMIT 30 FOR UPDATE").format(
                sql.Identifier(OutboxMessage._meta.db_table)
            )
        )
    }
    # Waiting on the other worker's locks would be the bug: fail fast instead of hanging.
    with connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '2s'")
        try:
            claimed = {m.pk for m in outbox_claim(limit=30, now=timezone.now())}
        finally:
            cursor.execute("RESET lock_timeout")

    assert len(held) == 30
    assert len(claimed) == 10
    assert not claimed & held
    assert set(OutboxMessage.objects.filter(pk__in=claimed).values_list("status", "attempts")) == {
        (DeliveryStatus.SENDING, 1)
    }
