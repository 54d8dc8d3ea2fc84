"""Duty reminders before disaster: "your backups are yours; when did you last take one?"

A campaign goes to every customer whose agreement makes its duty theirs (see
`customers_responsible_for`), with an email address and no opt-out. Time is cut into periods of
`cadence_days` from `starts_at`; each message's outbox topic names the campaign and the
period, so however often a campaign runs, by the worker's chore or by hand, a customer is
reminded once per period. These are not transactional mail: each carries a signed one-click
unsubscribe link (RFC 8058 List-Unsubscribe and List-Unsubscribe-Post headers).
"""

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.agreements.models import ReminderCampaign, ReminderOptOut
from ownup.agreements.services import customers_responsible_for
from ownup.agreements.terms import DUTY_NAMES, date_from
from ownup.comms.models import Channel, OutboxMessage
from ownup.comms.outbox import Outgoing, outbox_insert, outbox_row, outgoing_problem
from ownup.comms.rendering import customer_context, text_to_html
from ownup.customers.models import Customer
from ownup.errors import UserError

UNSUBSCRIBE_SALT = "ownup.agreements.reminders.unsubscribe"
INSERT_CHUNK = 1000
_sandbox = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
)


@functools.lru_cache(maxsize=64)
def _compiled(source: str) -> Template:
    return _sandbox.from_string(source)


class InvalidLink(UserError):
    """An unsubscribe link that was forged or mangled."""


def unsubscribe_token(customer: Customer) -> str:
    # The key as well as the id: a link stays tied to this customer if an id is reused.
    return signing.dumps({"c": customer.pk, "k": customer.key}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_customer(token: str) -> Customer:
    """The customer a link was made for; InvalidLink for anything else."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise InvalidLink("this unsubscribe link is not valid") from None
    customer = Customer.objects.filter(pk=payload["c"], key=payload["k"]).first()
    if customer is None:
        raise InvalidLink("this unsubscribe link is no longer valid")
    return customer


def reminders_unsubscribe(*, token: str, now: dt.datetime) -> Customer:
    """Stop every duty reminder to the link's customer. Idempotent and atomic."""
    customer = unsubscribe_customer(token)
    with transaction.atomic():
        _, created = ReminderOptOut.objects.get_or_create(customer=customer, defaults={"at": now})
        if created:
            audit_record(actor=None, action="reminders.unsubscribed", target=customer.key)
    return customer


def unsubscribe_url(customer: Customer) -> str:
    return _unsubscribe_base().replace(TOKEN_MARK, unsubscribe_token(customer))


TOKEN_MARK = "TOKEN"


def _unsubscribe_base() -> str:
    # Reversing a URL costs more than signing the token; a run of thousands does it once.
    path = reverse("agreements:reminders-unsubscribe", args=[TOKEN_MARK])
    return settings.OWNUP_PUBLIC_URL + path


def reminder_context(customer: Customer, campaign: ReminderCampaign) -> dict[str, Any]:
    """What a reminder template can use: customer fields, last_backup, duty, plan."""
    attributes = customer.attributes or {}
    last_backup = attributes.get("last_backup")
    if last_backup:
        try:
            last_backup = f"{date_from(last_backup, 'last_backup'):%-d %B %Y}"
        except UserError:
            last_backup = str(last_backup)
    return {
        "customer": customer_context(customer),
        "last_backup": last_backup or "",
        "plan": str(attributes.get("plan") or ""),
        "duty": DUTY_NAMES.get(campaign.duty, campaign.duty),
    }


@dataclass(frozen=True)
class Reminder:
    subject: str
    text: str


def reminder_render(campaign: ReminderCampaign, customer: Customer, *, link: str) -> Reminder:
    """The reminder as this customer reads it, ending with the unsubscribe `link`."""
    context = reminder_context(customer, campaign)
    try:
        subject = " ".join(_compiled(campaign.subject).render(context).split())
        text = _compiled(campaign.body).render(context)
    except TemplateError as exc:
        raise UserError(
            f"campaign '{campaign.name}': {exc.message} (rendering for customer {customer.key})"
        ) from None
    text = (
        text.rstrip()
        + "\n\n--\nYou receive this because your agreement makes your "
        + f"{context['duty']} yours to manage. "
        + f"To stop these reminders: {link}\n"
    )
    return Reminder(subject=subject, text=text)


def period_of(campaign: ReminderCampaign, now: dt.datetime) -> int:
    """Which period `now` falls in: 0 until starts_at + cadence, one more every cadence_days.

    A run by hand before starts_at counts as the first period, so the first scheduled run
    does not remind the same customers again.
    """
    if now < campaign.starts_at:
        return 0
    return (now - campaign.starts_at) // dt.timedelta(days=campaign.cadence_days)


def period_start(campaign: ReminderCampaign, period: int) -> dt.datetime:
    return campaign.starts_at + period * dt.timedelta(days=campaign.cadence_days)


@dataclass
class ReminderRun:
    """What one run of a campaign did (or, dry, would do) in one period."""

    campaign: str
    period: int
    period_start: dt.datetime
    responsible: int = 0  # customers whose agreement makes the duty theirs
    queued: int = 0  # reminders queued now (dry run: that would be)
    already: int = 0  # reminded earlier in this period
    unsubscribed: int = 0
    no_email: int = 0
    dry_run: bool = False
    examples: list[str] = field(default_factory=list)


def _topic(campaign: ReminderCampaign, period: int) -> str:
    return f"reminder:{campaign.pk}:{period}"


def reminders_send(
    campaign: ReminderCampaign, *, now: dt.datetime, dry_run: bool = False
) -> ReminderRun:
    """Queue this period's reminder for every responsible customer not yet reminded.

    Atomic: every reminder of the run is queued, or none. Idempotent within a period: the
    outbox keeps one row per (campaign and period, customer). A dry run writes nothing.
    """
    period = period_of(campaign, now)
    run = ReminderRun(
        campaign=campaign.name,
        period=period,
        period_start=period_start(campaign, period),
        dry_run=dry_run,
    )
    topic = _topic(campaign, period)
    opted_out = set(ReminderOptOut.objects.values_list("customer_id", flat=True))
    sent = set(
        OutboxMessage.objects.filter(topic=topic, channel=Channel.EMAIL).values_list(
            "recipient", flat=True
        )
    )
    rows = []
    inserted = 0
    link_base = _unsubscribe_base()
    with transaction.atomic():
        for customer in customers_responsible_for(campaign.duty, on=now.date()):
            run.responsible += 1
            recipient = f"customer:{customer.pk}"
            if customer.pk in opted_out:
                run.unsubscribed += 1
                continue
            if not customer.email:
                run.no_email += 1
                continue
            if recipient in sent:
                run.already += 1
                continue
            run.queued += 1
            if dry_run:
                if len(run.examples) < 3:
                    run.examples.append(customer.key)
                continue
            link = link_base.replace(TOKEN_MARK, unsubscribe_token(customer))
            reminder = reminder_render(campaign, customer, link=link)
            message = Outgoing(
                topic=topic,
                recipient=recipient,
                channel=Channel.EMAIL,
                to_address=customer.email,
                subject=reminder.subject,
                body_text=reminder.text,
                body_html=text_to_html(reminder.text),
                headers={
                    "List-Unsubscribe": f"<{link}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            if outgoing_problem(message) is not None:
                run.queued -= 1
                run.no_email += 1
                continue
            rows.append(outbox_row(message, now=now, customer=customer))
            if len(rows) >= INSERT_CHUNK:
                inserted += outbox_insert(rows)
                rows = []
        if dry_run:
            return run
        if rows:
            inserted += outbox_insert(rows)
        # Another run may have queued some of them a moment ago; the outbox kept one each.
        run.already += run.queued - inserted
        run.queued = inserted
        ReminderCampaign.objects.filter(pk=campaign.pk).update(last_run_at=now)
        audit_record(
            actor=None,
            action="reminders.sent",
            target=campaign.name,
            period=period,
            queued=run.queued,
        )
    return run


def reminders_run_due(now: dt.datetime) -> list[ReminderRun]:
    """The worker's chore: run each active campaign whose next period has begun.

    Safe with several workers: a campaign is claimed by moving its next_run_at on with a
    conditional UPDATE, in the transaction that queues its reminders, so one worker runs it.
    """
    runs = []
    due = ReminderCampaign.objects.filter(active=True, next_run_at__lte=now).order_by("pk")
    for campaign in due:
        with transaction.atomic():
            following = period_start(campaign, period_of(campaign, now) + 1)
            claimed = ReminderCampaign.objects.filter(
                pk=campaign.pk, active=True, next_run_at=campaign.next_run_at
            ).update(next_run_at=following)
            if claimed:
                runs.append(reminders_send(campaign, now=now))
    return runs


def campaign_check(campaign: ReminderCampaign) -> None:
    """Render the templates once for a made-up customer, so a mistake shows on saving."""
    sample = Customer(
        key="C00000",
        name="Sam Sample",
        email="sam@example.com",
        attributes={"plan": "starter", "last_backup": "2026-01-31"},
    )
    context = reminder_context(sample, campaign)
    for name, source in (("subject", campaign.subject), ("body", campaign.body)):
        try:
            _compiled(source).render(context)
        except TemplateError as exc:
            message = exc.message or str(exc)
            raise UserError(f"{name}: {message}") from None


def campaign_create(
    *,
    name: str,
    duty: str,
    subject: str,
    body: str,
    cadence_days: int,
    starts_at: dt.datetime,
    created_by: User | None,
) -> ReminderCampaign:
    """A new active campaign whose first run is at starts_at. Atomic, audited."""
    name = name.strip()
    if not name:
        raise UserError("name: give the campaign a name")
    if ReminderCampaign.objects.filter(name=name).exists():
        raise UserError(f"name: a campaign called '{name}' already exists")
    if cadence_days < 1:
        raise UserError(f"every: {cadence_days} days; a campaign runs at most once a day")
    if not subject.strip() or not body.strip():
        raise UserError("subject and body: both are needed")
    campaign = ReminderCampaign(
        name=name,
        duty=duty.strip().lower() or "backups",
        subject=subject.strip(),
        body=body,
        cadence_days=cadence_days,
        starts_at=starts_at,
        next_run_at=starts_at,
        created_by=created_by,
    )
    campaign_check(campaign)
    with transaction.atomic():
        campaign.save()
        audit_record(actor=created_by, action="reminders.created", target=name, duty=duty)
    return campaign


def campaign_pause(*, campaign: ReminderCampaign, active: bool, actor: User | None) -> None:
    """Pause (active=False) or resume a campaign; resuming never sends for missed periods."""
    with transaction.atomic():
        ReminderCampaign.objects.filter(pk=campaign.pk).update(active=active)
        audit_record(
            actor=actor,
            action="reminders.resumed" if active else "reminders.paused",
            target=campaign.name,
        )
    campaign.active = active


def campaign_named(name: str) -> ReminderCampaign:
    campaign = ReminderCampaign.objects.filter(name=name.strip()).first()
    if campaign is None:
        raise UserError(f"campaign: no reminder campaign called '{name}'")
    return campaign
