"""The incident page's delivery panel: the counts, the possible duplicates, the failures."""

import pytest
from django.test import Client

from ownup.accounts.models import User
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notify

pytestmark = pytest.mark.django_db
BEN = "ben@brennan-books.example"


def test_the_panel_counts_each_state_and_names_who_could_not_be_told_with_the_servers_answer(
    drafted_notice: Notice, lead_bob: User
) -> None:
    incident = drafted_notice.incident
    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    OutboxMessage.objects.exclude(to_address=BEN).update(
        status=DeliveryStatus.SENT, possible_duplicate=True
    )
    OutboxMessage.objects.filter(to_address=BEN).update(
        status=DeliveryStatus.FAILED,
        smtp_reply="550 5.1.1 <ben@brennan-books.example>: mailbox unknown",
        last_error="550 5.1.1 <ben@brennan-books.example>: mailbox unknown",
    )
    client = Client()
    client.force_login(lead_bob)

    panel = client.get(f"/incidents/{incident.reference}/delivery/").content.decode()

    assert '<strong data-state="sent">2</strong>' in panel
    assert '<strong data-state="failed">1</strong>' in panel
    assert '<strong data-state="possible_duplicates">2</strong>possible duplicates' in panel
    assert "Could not be told" in panel
    assert "Ben Brennan" in panel
    assert "550 5.1.1 &lt;ben@brennan-books.example&gt;: mailbox unknown" in panel
    assert "All sends finished." in panel
