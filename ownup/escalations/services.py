"""Calls for help: ask, acknowledge, answer, and pass on to the next person in time.

Every change is atomic with its timeline entry, its audit record and the messages it sends
(queued in the outbox in the same transaction). Passing on is safe with several workers:
each step is claimed with a conditional UPDATE, so it happens once.
"""

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from ownup.accounts.models import User
from ownup.accounts.services import audit_record
from ownup.comms.outbox import outbox_enqueue
from ownup.errors import UserError
from ownup.escalations.context import about_incident, about_label, about_url, help_context
from ownup.escalations.models import EscalationStep, HelpRequest, HelpState, HelpWebhook
from ownup.escalations.outgoing import answered_messages, ask_messages, exhausted_messages
from ownup.escalations.selectors import escalation_list, help_may_respond
from ownup.escalations.timing import ack_window
from ownup.incidents.models import Incident, Severity, TimelineEntry

QUESTION_CHARS = 4000
_is_web_url = URLValidator(schemes=["http", "https"])


def _minutes(delta: dt.timedelta) -> str:
    """'less than a minute', '4 min', '2 h 5 min': how long someone took, for the timeline."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "less than a minute"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def _note(incident: Incident, *, at: dt.datetime, actor: User | None, body: str) -> None:
    # Internal: calls for help are the team's business, never the status page's.
    TimelineEntry.objects.create(
        incident=incident, at=at, kind=TimelineEntry.Kind.NOTE, public=False, body=body, actor=actor
    )


def help_route(*, incident: Incident, asked_by: User, to: User | None = None) -> list[User]:
    """Who will be asked, in order: the named colleague first, then the escalation list."""
    if to is not None and to.pk == asked_by.pk:
        raise UserError("to: you cannot ask yourself for help")
    if to is not None and not to.is_active:
        raise UserError(f"to: {to.username} can no longer sign in")
    people = escalation_list(incident.severity)
    route = ([to] if to else []) + [
        p for p in people if p.pk != asked_by.pk and (to is None or p.pk != to.pk)
    ]
    if not route:
        raise UserError(
            "nobody to ask: the escalation list has nobody but you "
            "(add leads, or set the list with `ownup help people`)"
        )
    return route


def _ask(help_request: HelpRequest, *, person: User, passed_from: User | None) -> None:
    """Queue the mail and chat posts that ask `person`, at the call's current step."""
    route = help_request.route
    next_id = route[help_request.step + 1] if help_request.step + 1 < len(route) else None
    window = ack_window(help_request.incident.severity)
    outbox_enqueue(
        ask_messages(
            help_request,
            person=person,
            next_person=User.objects.filter(pk=next_id).first() if next_id else None,
            passed_from=passed_from,
            minutes=int(window.total_seconds() // 60),
        )
    )


def help_ask(
    *,
    about: Model,
    question: str,
    asked_by: User,
    to: User | None = None,
    now: dt.datetime | None = None,
) -> HelpRequest:
    """Ask for help about an incident, or a reply or remedy within it.

    Asks `to` if named, else the first on the escalation list for the incident's severity;
    mails them (with a signed acknowledge link) and posts to the team's chat webhook. Atomic.
    """
    question = question.strip()
    if not question:
        raise UserError("question: say what you need help with")
    if len(question) > QUESTION_CHARS:
        raise UserError(f"question: keep it under {QUESTION_CHARS} characters")
    incident = about_incident(about)
    route = help_route(incident=incident, asked_by=asked_by, to=to)
    now = now or timezone.now()
    person = route[0]
    with transaction.atomic():
        help_request = HelpRequest.objects.create(
            incident=incident,
            about_type=None if about is incident else ContentType.objects.get_for_model(about),
            about_id=None if about is incident else about.pk,
            about_label=about_label(about)[:200],
            about_url=about_url(about)[:500],
            asked_by=asked_by,
            question=question,
            context=help_context(about),
            route=[p.pk for p in route],
            step=0,
            asked_of=person,
            created_at=now,
            asked_at=now,
            due_at=now + ack_window(incident.severity),
        )
        _ask(help_request, person=person, passed_from=None)
        _note(
            incident,
            at=now,
            actor=asked_by,
            body=f"{asked_by} asked {person} for help ({help_request.reference}, about "
            f"{help_request.about_label}): {question}",
        )
        audit_record(
            actor=asked_by,
            action="help.asked",
            target=help_request.reference,
            about=help_request.about_label,
            asked=person.username,
        )
    return help_request


def _locked(help_request: HelpRequest) -> HelpRequest:
    return (
        HelpRequest.objects.select_for_update().select_related("incident").get(pk=help_request.pk)
    )


def _check_may_respond(help_request: HelpRequest, user: User) -> None:
    if not help_may_respond(help_request, user):
        if user.pk == help_request.asked_by_id:
            raise UserError(f"{help_request.reference} is your own call for help")
        raise UserError(f"{user.username} was not asked for help with {help_request.reference}")


def help_acknowledge(
    *, help_request: HelpRequest, user: User, now: dt.datetime | None = None
) -> HelpRequest:
    """Take the call: it stops passing on. Atomic; acknowledging again changes nothing.

    Anyone asked so far may, or any lead or admin; never the asker.
    """
    now = now or timezone.now()
    with transaction.atomic():
        current = _locked(help_request)
        _check_may_respond(current, user)
        if current.state in (HelpState.ASKED, HelpState.EXHAUSTED):
            current.state = HelpState.ACKNOWLEDGED
            current.acknowledged_by = user
            current.acknowledged_at = now
            current.save(update_fields=["state", "acknowledged_by", "acknowledged_at"])
            _note(
                current.incident,
                at=now,
                actor=user,
                body=f"{user} acknowledged {current.asked_by}'s call for help "
                f"({current.reference}) after {_minutes(now - current.created_at)}",
            )
            audit_record(actor=user, action="help.acknowledged", target=current.reference)
    return current


def help_answer(
    *, help_request: HelpRequest, user: User, text: str, now: dt.datetime | None = None
) -> HelpRequest:
    """Answer the call (acknowledging it too); the asker gets the answer by mail. Atomic."""
    text = text.strip()
    if not text:
        raise UserError("text: an answer needs some words")
    now = now or timezone.now()
    with transaction.atomic():
        current = _locked(help_request)
        _check_may_respond(current, user)
        if current.state == HelpState.ANSWERED:
            raise UserError(f"{current.reference} was already answered by {current.answered_by}")
        if current.acknowledged_at is None:
            current.acknowledged_by, current.acknowledged_at = user, now
        current.state = HelpState.ANSWERED
        current.answer, current.answered_by, current.answered_at = text, user, now
        current.save(
            update_fields=[
                "state",
                "acknowledged_by",
                "acknowledged_at",
                "answer",
                "answered_by",
                "answered_at",
            ]
        )
        outbox_enqueue(answered_messages(current))
        _note(
            current.incident,
            at=now,
            actor=user,
            body=f"{user} answered {current.asked_by}'s call for help ({current.reference}): "
            f"{text}",
        )
        audit_record(actor=user, action="help.answered", target=current.reference)
    return current


@dataclass(frozen=True)
class PassOnReport:
    passed: int
    exhausted: int


def _next_person(route: list[int], after: int) -> tuple[int, User] | None:
    """The next person on the route who can still sign in, with their place on it."""
    for step in range(after + 1, len(route)):
        person = User.objects.filter(pk=route[step], is_active=True).first()
        if person is not None:
            return step, person
    return None


def _pass_on(pk: int, step: int, now: dt.datetime) -> str | None:
    """Pass one call that nobody acknowledged in time; 'passed', 'exhausted' or None.

    The conditional UPDATE is the claim: of several workers looking at the same step, one
    changes the row and the others change nothing and send nothing.
    """
    with transaction.atomic():
        help_request = HelpRequest.objects.select_related("incident", "asked_of", "asked_by").get(
            pk=pk
        )
        waiting = HelpRequest.objects.filter(pk=pk, state=HelpState.ASKED, step=step)
        previous = help_request.asked_of
        window = ack_window(help_request.incident.severity)
        missed = f"{previous} did not acknowledge within {_minutes(window)}"
        following = _next_person(help_request.route, step)
        if following is None:
            if not waiting.update(state=HelpState.EXHAUSTED, exhausted_at=now):
                return None
            help_request.refresh_from_db()
            outbox_enqueue(exhausted_messages(help_request))
            _note(
                help_request.incident,
                at=now,
                actor=None,
                body=f"Nobody left to ask for {help_request.asked_by}'s call for help "
                f"({help_request.reference}): {missed}, and everyone on the escalation list "
                "has been asked",
            )
            audit_record(actor=None, action="help.exhausted", target=help_request.reference)
            return "exhausted"
        next_step, person = following
        if not waiting.update(step=next_step, asked_of=person, asked_at=now, due_at=now + window):
            return None
        help_request.refresh_from_db()
        _ask(help_request, person=person, passed_from=previous)
        _note(
            help_request.incident,
            at=now,
            actor=None,
            body=f"{help_request.asked_by}'s call for help ({help_request.reference}) passed to "
            f"{person}: {missed}",
        )
        audit_record(
            actor=None,
            action="help.passed",
            target=help_request.reference,
            asked=person.username,
            missed=previous.username,
        )
        return "passed"


def help_pass_on_due(*, now: dt.datetime | None = None) -> PassOnReport:
    """Pass every call whose time to acknowledge is up to the next person on its route.

    At the end of the route the call is exhausted and the asker told. Safe to run from
    several workers at once: each step passes once. The escalation chore runs it.
    """
    now = now or timezone.now()
    due = HelpRequest.objects.filter(state=HelpState.ASKED, due_at__lte=now).values_list(
        "pk", "step"
    )
    outcomes = [_pass_on(pk, step, now) for pk, step in due]
    return PassOnReport(passed=outcomes.count("passed"), exhausted=outcomes.count("exhausted"))


def escalation_list_set(
    *, severity: int | None, people: list[User], actor: User | None
) -> list[EscalationStep]:
    """Replace the escalation list for a severity (None: the default list). Atomic.

    An empty list removes it: that severity falls back to the default list, and the default
    list to every lead and admin.
    """
    if severity is not None and severity not in Severity.values:
        raise UserError(f"severity: {severity} is not 1 (spilt milk) to 5 (sky falling)")
    seen: set[int] = set()
    for person in people:
        if person.pk in seen:
            raise UserError(f"people: {person.username} is on the list twice")
        seen.add(person.pk)
    with transaction.atomic():
        EscalationStep.objects.filter(severity=severity).delete()
        steps = EscalationStep.objects.bulk_create(
            EscalationStep(severity=severity, position=number, user=person)
            for number, person in enumerate(people, start=1)
        )
        audit_record(
            actor=actor,
            action="escalation.list_set",
            target=f"severity {severity}" if severity else "default",
            people=[p.username for p in people],
        )
    return steps


def help_webhook_set(*, user: User, url: str | None, actor: User | None) -> HelpWebhook | None:
    """Post to `url` whenever `user` is asked for help (a chat DM, a pager); None removes it."""
    with transaction.atomic():
        if not url:
            HelpWebhook.objects.filter(user=user).delete()
            audit_record(actor=actor, action="help.webhook_removed", target=user.username)
            return None
        url = url.strip()
        try:
            _is_web_url(url)
        except ValidationError:
            raise UserError(f"url: '{url}' is not an http(s) URL") from None
        webhook, _ = HelpWebhook.objects.update_or_create(user=user, defaults={"url": url})
        audit_record(actor=actor, action="help.webhook_set", target=user.username)
    return webhook
