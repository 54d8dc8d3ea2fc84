"""Reads: who is on the escalation list, which calls for help wait for whom."""

import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, Q, QuerySet

from ownup.accounts.models import Role, User
from ownup.errors import UserError
from ownup.escalations.models import OPEN_STATES, EscalationStep, HelpRequest, HelpState
from ownup.incidents.models import Incident
from ownup.incidents.selectors import incident_by_reference

HELP_REFERENCE = re.compile(r"^(?:H-?)?(\d+)$", re.IGNORECASE)
ABOUT_REFERENCE = re.compile(r"^(INC|R|M)-?(\d+)$", re.IGNORECASE)
# Prefix → the model behind it, in apps that may or may not be installed.
ABOUT_MODELS = {"R": ("remedies", "Remedy", "remedy"), "M": ("inbox", "InboundMessage", "message")}
ROLE_ORDER = {Role.LEAD: 0, Role.ADMIN: 1}


def escalation_list(severity: int | None) -> list[User]:
    """Who is asked for an incident this severe, in order.

    The severity's own list, else the default list, else every active lead and then admin.
    """
    steps = EscalationStep.objects.select_related("user").filter(user__is_active=True)
    chosen = list(steps.filter(severity=severity)) if severity is not None else []
    if not chosen:
        chosen = list(steps.filter(severity__isnull=True))
    if chosen:
        return [step.user for step in chosen]
    leads = User.objects.filter(role__in=list(ROLE_ORDER), is_active=True)
    return sorted(leads, key=lambda u: (ROLE_ORDER[Role(u.role)], u.username))


def escalation_steps(severity: int | None) -> list[EscalationStep]:
    """The list as set for a severity (None: the default list), without falling back."""
    return list(EscalationStep.objects.select_related("user").filter(severity=severity))


def help_by_reference(reference: str) -> HelpRequest:
    """H-7, h-7 or 7; a one-line error for anything else or an unknown number."""
    match = HELP_REFERENCE.match(reference.strip())
    if not match:
        raise UserError(f"'{reference}' is not a call for help like H-7")
    try:
        return HelpRequest.objects.select_related(
            "incident", "asked_by", "asked_of", "acknowledged_by", "answered_by"
        ).get(pk=int(match.group(1)))
    except HelpRequest.DoesNotExist:
        raise UserError(f"no call for help {reference}") from None


def help_about_by_reference(reference: str) -> Model:
    """What INC-7, R-3 (a remedy) or M-12 (a customer's message) names.

    R- and M- work where the remedies and inbox apps are installed.
    """
    match = ABOUT_REFERENCE.match(reference.strip())
    if not match:
        raise UserError(f"'{reference}' is not a reference like INC-7, R-3 or M-12")
    prefix, number = match.group(1).upper(), int(match.group(2))
    if prefix == "INC":
        return incident_by_reference(reference)
    app_label, model_name, noun = ABOUT_MODELS[prefix]
    if not apps.is_installed(f"ownup.{app_label}"):
        raise UserError(f"{reference}: this installation has no {app_label}")
    model = apps.get_model(app_label, model_name)
    try:
        found: Model = model._default_manager.get(pk=number)
    except model.DoesNotExist:
        raise UserError(f"no {noun} {reference}") from None
    return found


def help_about_by_key(type_id: str, object_id: str) -> Model:
    """The object a page's ask-for-help form names by content type and id."""
    try:
        model = ContentType.objects.get_for_id(int(type_id)).model_class()
        if model is None:
            raise LookupError
        found: Model = model._default_manager.get(pk=int(object_id))
    except (ValueError, LookupError, ContentType.DoesNotExist, ObjectDoesNotExist):
        raise UserError("what this call for help is about no longer exists") from None
    return found


def _listed() -> QuerySet[HelpRequest]:
    return HelpRequest.objects.select_related(
        "incident", "asked_by", "asked_of", "acknowledged_by", "answered_by"
    )


def help_waiting_for(user: User) -> QuerySet[HelpRequest]:
    """Open calls asked of this person now, or acknowledged by them and not yet answered."""
    return _listed().filter(
        Q(asked_of=user, state__in=[HelpState.ASKED, HelpState.EXHAUSTED])
        | Q(acknowledged_by=user, state=HelpState.ACKNOWLEDGED)
    )


def help_asked_by(user: User, *, include_answered: bool = True) -> QuerySet[HelpRequest]:
    calls = _listed().filter(asked_by=user)
    return calls if include_answered else calls.filter(state__in=OPEN_STATES)


def help_listed(*, include_answered: bool = False) -> QuerySet[HelpRequest]:
    calls = _listed()
    return calls if include_answered else calls.filter(state__in=OPEN_STATES)


def help_for_incident(incident: Incident) -> QuerySet[HelpRequest]:
    return _listed().filter(incident=incident)


def help_may_respond(help_request: HelpRequest, user: User) -> bool:
    """Anyone asked so far on this call, or any lead or admin; never the asker."""
    if user.pk == help_request.asked_by_id or not user.is_active:
        return False
    asked_so_far = help_request.route[: help_request.step + 1]
    return user.pk in asked_so_far or user.role in ROLE_ORDER


def help_route_shown(help_request: HelpRequest) -> list[tuple[User, str]]:
    """Everyone on the call's route with where they stand: asked, asked now, or next."""
    people = User.objects.in_bulk(help_request.route)
    shown = []
    for place, user_id in enumerate(help_request.route):
        if user_id not in people:
            continue
        if place < help_request.step:
            where = "asked, did not acknowledge in time"
        elif place == help_request.step:
            where = "asked now" if help_request.state == HelpState.ASKED else "asked"
        else:
            where = "not asked" if help_request.state != HelpState.ASKED else "next"
        shown.append((people[user_id], where))
    return shown
