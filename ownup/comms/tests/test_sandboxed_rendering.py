import pytest

from ownup.accounts.models import User
from ownup.comms.models import Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notice_draft, notice_preview, notify
from ownup.conftest import CustomerBuilder
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.services import affected_add

pytestmark = pytest.mark.django_db

HOSTILE_NAME = "{{ 7*7 }} <script>x</script>"


def test_a_customer_name_that_looks_like_code_is_shown_literally_and_escaped_in_html(
    drafted_notice: Notice, lead_bob: User, make_customer: CustomerBuilder
) -> None:
    incident = drafted_notice.incident
    hostile = make_customer(key="C6", email="mallory@example.com", name=HOSTILE_NAME)
    affected_add(
        incident=incident,
        customers=Customer.objects.filter(pk=hostile.pk),
        reason="test",
        actor=lead_bob,
    )

    notify(incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob)

    message = OutboxMessage.objects.get(customer=hostile)
    assert message.body_text.startswith(f"Hello {HOSTILE_NAME},")
    assert "49" not in message.body_text
    assert "<p>Hello {{ 7*7 }} &lt;script&gt;x&lt;/script&gt;,</p>" in message.body_html
    assert "<script>" not in message.body_html


def test_markup_typed_into_a_slot_is_escaped_in_the_html_part(
    drafted_notice: Notice, agent_alice: User
) -> None:
    notice = notice_draft(
        incident=drafted_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        slots={"impact": 'Sites on web3 <b>"were"</b> down & unreachable.'},
    )

    rendered = notice_preview(notice=notice, customer=notice.incident.affected.first().customer)

    assert 'Sites on web3 <b>"were"</b> down & unreachable.' in rendered.text
    assert "Sites on web3 &lt;b&gt;&#34;were&#34;&lt;/b&gt; down &amp; unreachable." in (
        rendered.html
    )


def test_a_template_that_reaches_for_python_internals_is_refused(
    drafted_notice: Notice, agent_alice: User
) -> None:
    notice = notice_draft(
        incident=drafted_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        body="{{ customer.name.__class__.__mro__[1].__subclasses__() }}",
    )

    with pytest.raises(UserError, match="rendering for customer"):
        notice_preview(notice=notice, customer=notice.incident.affected.first().customer)


def test_slots_may_use_customer_fields(drafted_notice: Notice, agent_alice: User) -> None:
    notice = notice_draft(
        incident=drafted_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        slots={"impact": "{{ customer.first_name }}, your site on {{ customer.server }} was down."},
    )
    ana = Customer.objects.get(key="C1")

    rendered = notice_preview(notice=notice, customer=ana)

    assert "Ana, your site on web3 was down." in rendered.text
