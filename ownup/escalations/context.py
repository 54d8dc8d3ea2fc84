"""What a call for help is about, and the snapshot of context the helper reads first.

The thing asked about may live in any app (an incident, a customer's reply in the inbox, a
remedy); each kind has a function that turns it into plain facts, and anything else gets its
name and whatever common facts it has, so a new kind of object never breaks a call for help.
"""

from collections.abc import Callable
from typing import Any

from django.db.models import Model
from django.urls import NoReverseMatch, reverse

from ownup.errors import UserError
from ownup.incidents.models import Incident

EXCERPT_CHARS = 400
# The page of objects that do not name their own (get_absolute_url), by reference.
PAGES = {"inbox.inboundmessage": "inbox:card"}
Context = dict[str, Any]


def about_incident(about: Model) -> Incident:
    """The incident an object belongs to: itself, or its `incident`. Required."""
    if isinstance(about, Incident):
        return about
    incident = getattr(about, "incident", None)
    if not isinstance(incident, Incident):
        raise UserError(f"{about_label(about)} does not belong to an incident")
    return incident


def about_label(about: Model) -> str:
    """How people name it: its reference (INC-7, R-3, M-12) when it has one."""
    reference = getattr(about, "reference", None)
    return str(reference) if reference else str(about)


def about_url(about: Model) -> str:
    """The page it is on, without the host; empty when it has none."""
    if isinstance(about, Incident):
        return reverse("incidents:detail", args=[about.reference])
    get_url = getattr(about, "get_absolute_url", None)
    try:
        if callable(get_url):
            return str(get_url())
        if about._meta.label_lower in PAGES:
            return reverse(PAGES[about._meta.label_lower], args=[about_label(about)])
    except NoReverseMatch:
        pass
    return ""


def _excerpt(text: object) -> str:
    words = " ".join(str(text).split())
    return words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1] + "…"


def _customer_facts(about: Model) -> Context:
    customer = getattr(about, "customer", None)
    if customer is None:
        return {}
    facts: Context = {"customer": str(getattr(customer, "name", "") or customer)}
    attributes = getattr(customer, "attributes", None)
    if isinstance(attributes, dict) and attributes.get("plan"):
        facts["plan"] = str(attributes["plan"])
    return facts


def _incident_context(incident: Incident) -> Context:
    return {
        "incident": incident.reference,
        "title": incident.title,
        "severity": incident.get_severity_display(),
        "stage": incident.get_stage_display(),
        "affected": incident.affected.count(),
    }


def _text_of(about: Model) -> str:
    for name in ("body_text", "body", "text"):
        value = getattr(about, name, None)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _reply_context(about: Model) -> Context:
    facts: Context = {"kind": "reply", **_customer_facts(about)}
    subject = getattr(about, "subject", "")
    if subject:
        facts["subject"] = str(subject)
    text = _text_of(about)
    if text:
        facts["excerpt"] = _excerpt(text)
    return facts


def _remedy_context(about: Model) -> Context:
    facts: Context = {"kind": "remedy", **_customer_facts(about)}
    option = getattr(about, "option", None)
    if option is not None:
        facts["remedy"] = str(getattr(option, "name", "") or option)
    amount = getattr(about, "amount", None)
    if amount is not None:
        facts["amount"] = f"{amount} {getattr(about, 'currency', '')}".strip()
    state = getattr(about, "get_state_display", None)
    if callable(state):
        facts["remedy_state"] = str(state())
    note = getattr(about, "note", "") or _text_of(about)
    if isinstance(note, str) and note.strip():
        facts["note"] = _excerpt(note)
    return facts


def _other_context(about: Model) -> Context:
    facts: Context = {"kind": about._meta.verbose_name, **_customer_facts(about)}
    text = _text_of(about)
    if text:
        facts["excerpt"] = _excerpt(text)
    return facts


# By "app_label.modelname"; the apps behind the last two may not be installed, and that is fine.
CONTEXT_BUILDERS: dict[str, Callable[[Model], Context]] = {
    "inbox.inboundmessage": _reply_context,
    "remedies.remedy": _remedy_context,
}


def help_context(about: Model) -> Context:
    """The facts a helper needs about `about` and its incident, as plain JSON values."""
    incident = about_incident(about)
    facts = _incident_context(incident)
    if about is not incident:
        builder = CONTEXT_BUILDERS.get(about._meta.label_lower, _other_context)
        facts["about"] = about_label(about)
        facts.update(builder(about))
    return facts


CONTEXT_LABELS = {
    "incident": "Incident",
    "title": "Title",
    "severity": "Severity",
    "stage": "Stage",
    "affected": "Customers affected",
    "about": "About",
    "kind": "Kind",
    "customer": "Customer",
    "plan": "Plan",
    "subject": "Subject",
    "remedy": "Remedy",
    "amount": "Amount",
    "remedy_state": "Remedy state",
    "note": "Note",
    "excerpt": "Excerpt",
}


def context_lines(context: Context) -> list[tuple[str, str]]:
    """The snapshot as (label, value) pairs for a mail or a page, in a stable order."""
    return [
        (CONTEXT_LABELS.get(key, key.replace("_", " ").capitalize()), str(value))
        for key, value in context.items()
        if value not in ("", None)
    ]
