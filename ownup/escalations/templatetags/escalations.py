"""`{% help_form about as ask %}`: what the ask-for-help partial needs about any object."""

from typing import Any

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from ownup.accounts.models import User
from ownup.errors import UserError
from ownup.escalations.context import about_incident
from ownup.escalations.selectors import escalation_list

register = template.Library()


@register.simple_tag(takes_context=True)
def help_form(context: template.Context, about: Model) -> dict[str, Any]:
    request = context.get("request")
    viewer = getattr(request, "user", None)
    viewer_id = viewer.pk if isinstance(viewer, User) else 0
    content_type = ContentType.objects.get_for_model(about)
    key = f"{content_type.model}-{about.pk}"
    try:
        incident = about_incident(about)
    except UserError as exc:
        # A reply nobody has tied to an incident yet: say so instead of breaking its page.
        return {"key": key, "problem": str(exc)}
    listed = [p for p in escalation_list(incident.severity) if p.pk != viewer_id]
    return {
        "type_id": content_type.pk,
        "object_id": about.pk,
        "key": key,
        "first": listed[0] if listed else None,
        "people": User.objects.filter(is_active=True)
        .exclude(pk=viewer_id)
        .order_by("first_name", "last_name", "username"),
        # Re-rendered after an htmx post, the page to go back to is the one it came from; a
        # page shown in answer to a plain post is not one to go back to (it only takes posts).
        "next": context.get("back_to")
        or (request.get_full_path() if request and request.method == "GET" else ""),
    }
