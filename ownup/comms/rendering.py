"""Personalising a message per customer in a sandbox: customer data is shown, never run."""

import functools
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.remedies.selectors import remedy_context

SLOT_LABELS = {
    "what_happened": "What happened",
    "impact": "What it means for them",
    "what_we_did": "What we have done",
    "next_steps": "What happens next",
    "time": "When they will hear from us, or when it will be fixed",
    "remedy": "What we offer to make it right",
    "help": "Where to get help",
}
SLOT_USE = re.compile(r"slots\.(\w+)")
# `{{ remedy.amount }}`: the customer's own remedy for the incident; not the remedy slot.
REMEDY_USE = re.compile(r"(?<!slots\.)\bremedy\b")

_sandbox = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
)


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    """Compiling is most of the cost of rendering; one notice reuses a handful of sources."""
    return _sandbox.from_string(source)


SLOT_OUTPUT = re.compile(r"\{\{\s*slots\.(\w+)\s*\}\}")
ANY_SLOT = re.compile(r"\bslots\b")


@functools.lru_cache(maxsize=64)
def _inlined(source: str, slots: tuple[tuple[str, str], ...]) -> str | None:
    """`source` with each plain `{{ slots.name }}` replaced by that slot's own text.

    One render of the result gives what rendering every slot and then the body gives, at a
    fraction of the cost for thousands of customers. None when a slot is used any other way
    (in a condition, with a filter), when a slot holds statements (`{% set %}` would reach
    into the body) or is not a whole template on its own, or the source has a raw block.
    """
    texts = dict(slots)
    if "{%" in source and "raw" in source:
        return None
    for text in texts.values():
        if "{%" in text:
            return None
        try:
            _compiled(text)
        except TemplateError:
            return None
    inlined = SLOT_OUTPUT.sub(lambda m: texts.get(m.group(1), m.group(0)), source)
    return None if ANY_SLOT.search(inlined) else inlined


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def slots_used(*texts: str) -> list[str]:
    """The slot names a template asks for, in the order they first appear."""
    found = [m for text in texts for m in SLOT_USE.findall(text)]
    return list(dict.fromkeys(found))


def customer_context(customer: Customer) -> dict[str, Any]:
    return {
        **customer.attributes,
        "key": customer.key,
        "name": customer.name,
        "first_name": customer.name.split(" ")[0] if customer.name else "",
        "email": customer.email,
        "phone": customer.phone,
    }


def incident_context(incident: Incident) -> dict[str, Any]:
    return {
        "reference": incident.reference,
        "title": incident.title,
        "severity": incident.severity,
        "stage": incident.get_stage_display(),
    }


def render(
    *, subject: str, body: str, slots: dict[str, str], customer: Customer, incident: Incident
) -> Rendered:
    """Render subject and body for one customer; a template mistake names the customer."""
    context: dict[str, Any] = {
        "customer": customer_context(customer),
        "incident": incident_context(incident),
    }
    if any(REMEDY_USE.search(text) for text in (subject, body, *slots.values())):
        # Looked up only when asked for: one query per customer.
        context["remedy"] = remedy_context(customer_id=customer.pk, incident_id=incident.pk)
    filled = tuple(sorted(slots.items()))
    inlined_body, inlined_subject = _inlined(body, filled), _inlined(subject, filled)
    try:
        if inlined_body is not None and inlined_subject is not None:
            body, subject = inlined_body, inlined_subject
        else:
            context["slots"] = {n: _compiled(t).render(context) for n, t in slots.items()}
        text = _compiled(body).render(context)
        rendered_subject = " ".join(_compiled(subject).render(context).split())
    except TemplateError as exc:
        raise UserError(
            f"template: {_explain(exc)} (rendering for customer {customer.key})"
        ) from None
    return Rendered(subject=rendered_subject, text=text, html=text_to_html(text))


MISSING_FIELD = re.compile(r"'dict object' has no attribute '(\w+)'")


def _explain(exc: TemplateError) -> str:
    message = exc.message or str(exc)
    missing = MISSING_FIELD.search(message)
    return f"there is no field '{missing.group(1)}'" if missing else message


def text_to_html(text: str) -> str:
    """Plain paragraphs as HTML, every character of the text escaped."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    parts = [Markup("<br>\n").join(escape(line) for line in p.splitlines()) for p in paragraphs]
    return "\n".join(f"<p>{part}</p>" for part in parts)
