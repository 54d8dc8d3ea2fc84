"""The candor check on a notice as a customer will read it, and the gate before sending it."""

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.comms.candor.check import CandorReport, candor_check
from ownup.comms.candor.rules import ELEMENT_NAMES
from ownup.comms.models import Notice
from ownup.comms.rendering import render
from ownup.errors import UserError
from ownup.incidents.selectors import affected_customers


def notice_candor(notice: Notice) -> CandorReport | None:
    """Check the notice rendered for its first affected customer; None if nobody is affected.

    The customer's own fields are data, not our wording, but the check reads the message
    exactly as it will be sent so that slots and template text are judged together.
    """
    customer = affected_customers(notice.incident).first()
    if customer is None:
        return None
    rendered = render(
        subject=notice.subject,
        body=notice.body,
        slots=notice.slots,
        customer=customer,
        incident=notice.incident,
    )
    return candor_check(rendered.text, notice.kind, severity=notice.incident.severity)


def candor_gate(*, notice: Notice, actor: User | None, send_anyway: str, dry_run: bool) -> None:
    """Refuse a notice missing an element its kind needs, unless a reason to send anyway is given.

    The reason is kept in the audit log with what was missing (not on a dry run, which sends
    nothing).
    """
    report = notice_candor(notice)
    if report is None or not report.missing:
        return
    reference = notice.incident.reference
    reason = send_anyway.strip()
    if not reason:
        missing = ", ".join(f"{ELEMENT_NAMES[name]} ({name})" for name in report.missing)
        raise UserError(
            f"{reference} {notice.kind} notice does not say {missing}: "
            "reword it, or send anyway with a reason (--send-anyway REASON)"
        )
    if not dry_run:
        audit_record(
            actor=actor,
            action="notice.sent_anyway",
            target=reference,
            kind=notice.kind,
            missing=report.missing,
            reason=reason,
        )
