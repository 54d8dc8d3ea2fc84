import pytest

from ownup.accounts.models import AuditEvent, User
from ownup.comms.models import MessageTemplate, Notice, NoticeKind
from ownup.comms.services import notice_draft, notice_missing_slots
from ownup.errors import UserError
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db


def test_a_draft_starts_from_the_template_and_lists_the_slots_still_empty(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> None:
    notice = notice_draft(incident=incident, kind=NoticeKind.INITIAL, actor=agent_alice)

    assert (notice.subject, notice.body) == (message_template.subject, message_template.body)
    assert notice.template == message_template
    assert notice_missing_slots(notice) == ["what_happened", "impact", "next_steps"]


def test_filling_slots_in_two_steps_keeps_the_earlier_ones(
    incident: Incident, message_template: MessageTemplate, agent_alice: User, lead_bob: User
) -> None:
    notice_draft(
        incident=incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        slots={"what_happened": "  web3 stopped.  "},
    )
    notice = notice_draft(
        incident=incident, kind=NoticeKind.INITIAL, actor=lead_bob, slots={"impact": "Sites down."}
    )

    assert notice.slots == {"what_happened": "web3 stopped.", "impact": "Sites down."}
    assert notice_missing_slots(notice) == ["next_steps"]
    assert Notice.objects.count() == 1
    assert AuditEvent.objects.filter(action="notice.drafted").count() == 2


def test_a_fully_drafted_notice_has_no_missing_slots(drafted_notice: Notice) -> None:
    assert notice_missing_slots(drafted_notice) == []


def test_editing_the_subject_and_body_replaces_the_templates_words(
    drafted_notice: Notice, agent_alice: User
) -> None:
    notice = notice_draft(
        incident=drafted_notice.incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        subject="About your site",
        body="Dear {{ customer.name }},\n\n{{ slots.remedy }}\n",
    )

    assert notice.subject == "About your site"
    assert notice_missing_slots(notice) == ["remedy"]


def test_a_slot_the_notice_cannot_have_is_refused(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> None:
    with pytest.raises(UserError, match="slot: 'apology' is not one of what_happened"):
        notice_draft(
            incident=incident, kind=NoticeKind.INITIAL, actor=agent_alice, slots={"apology": "x"}
        )
    assert Notice.objects.count() == 0


def test_drafting_without_any_template_for_the_stage_says_so(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> None:
    with pytest.raises(UserError, match="there is no template for resolution notices"):
        notice_draft(incident=incident, kind=NoticeKind.RESOLUTION, actor=agent_alice)


def test_a_notice_can_be_written_from_scratch_when_there_is_no_template(
    incident: Incident, agent_alice: User
) -> None:
    notice = notice_draft(
        incident=incident,
        kind=NoticeKind.INITIAL,
        actor=agent_alice,
        subject="{{ incident.title }}",
        body="Hello {{ customer.name }},\n\n{{ slots.what_happened }}\n",
        slots={"what_happened": "web3 stopped."},
    )

    assert notice.template is None
    assert notice_missing_slots(notice) == []


def test_an_unknown_stage_is_refused(incident: Incident, agent_alice: User) -> None:
    with pytest.raises(UserError, match="stage: 'final' is not one of initial, update"):
        notice_draft(incident=incident, kind="final", actor=agent_alice)


def test_there_is_one_first_notice_per_incident_but_updates_may_be_many(
    incident: Incident, message_template: MessageTemplate, agent_alice: User
) -> None:
    MessageTemplate.objects.create(
        name="Update", kind=NoticeKind.UPDATE, subject="Update", body="{{ slots.next_steps }}"
    )
    first = notice_draft(incident=incident, kind=NoticeKind.INITIAL, actor=agent_alice)
    again = notice_draft(incident=incident, kind=NoticeKind.INITIAL, actor=agent_alice, new=True)
    one = notice_draft(incident=incident, kind=NoticeKind.UPDATE, actor=agent_alice, new=True)
    two = notice_draft(incident=incident, kind=NoticeKind.UPDATE, actor=agent_alice, new=True)

    assert again == first
    assert one != two
    assert incident.notices.count() == 3


def test_a_fresh_install_has_a_starter_template_for_every_kind_of_notice(
    incident: Incident, agent_alice: User
) -> None:
    for kind in NoticeKind:
        notice = notice_draft(incident=incident, kind=kind, actor=agent_alice)
        assert notice.template is not None
        assert "{{ slots.help }}" in notice.body
