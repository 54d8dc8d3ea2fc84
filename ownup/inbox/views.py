"""The reply desk: the queue of customers' replies, one reply's card, and answering it."""

import itertools
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST

from ownup.agreements.services import Boundary, agreement_for
from ownup.comms.candor.display import candor_view
from ownup.comms.models import MessageTemplate, NoticeKind
from ownup.customers.lookup import customer_story
from ownup.errors import UserError
from ownup.inbox.models import InboundKind, InboundMessage, InboundStatus
from ownup.inbox.queue import (
    TAB_BY_SLUG,
    TABS,
    queue_counts,
    queue_filed,
    queue_incidents,
    queue_waiting,
)
from ownup.inbox.replying import (
    REPLY_KINDS,
    ReplyDraft,
    reply_answer,
    reply_boundary,
    reply_check,
    reply_close,
    reply_draft,
    reply_send,
    reply_subject,
    reply_templates,
)
from ownup.inbox.selectors import inbound_by_reference
from ownup.inbox.triage import Feeling, Intent, own_words
from ownup.incidents.selectors import incident_by_reference
from ownup.remedies.selectors import remedies_listed
from ownup.web import found, staff_user

PAGE_SIZE = 50
# Raw bytes of an unreadable message shown on the page; the whole is one click away (CLI).
RAW_SHOWN = 20_000
# The start of each unreadable message, shown in the queue's own tab.
RAW_IN_LIST = 1_000
STORY_MESSAGES = 5
EXCERPT_CHARS = 140


# -- the queue -------------------------------------------------------------------------------


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """`?tab=` waiting (default), auto-replies, bounces, unreadable; `incident=`, `intent=`."""
    tab = TAB_BY_SLUG.get(request.GET.get("tab", "waiting"), TABS[0])
    incident_reference = request.GET.get("incident", "").strip()
    intent = request.GET.get("intent", "").strip()
    if intent not in Intent.values:
        intent = ""
    incident = None
    if incident_reference:
        try:
            incident = incident_by_reference(incident_reference)
        except UserError:
            incident_reference = ""
    if tab.slug == "waiting":
        listed = queue_waiting(incident=incident, intent=intent)
    else:
        listed = queue_filed(tab.kind)
    if tab.kind == InboundKind.UNREADABLE:
        listed = listed.select_related("raw")
    page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = queue_counts()
    # Each row with what helps decide without opening it: the start of the customer's own
    # words, or of an unreadable message as it arrived.
    rows = [
        (m, _raw_text(m, RAW_IN_LIST)[0] if tab.kind == InboundKind.UNREADABLE else _excerpt(m))
        for m in page
    ]
    context = {
        "rows": rows,
        "tab": tab,
        "tabs": [(t, counts[t.slug]) for t in TABS],
        "page": page,
        "incidents": queue_incidents(),
        "incident_reference": incident.reference if incident else "",
        "intent": intent,
        "intents": Intent.choices,
        "now": timezone.now(),
    }
    if request.headers.get("HX-Request"):
        return render(request, "inbox/queue.html#listing", context)
    return render(request, "inbox/queue.html", context)


def _excerpt(message: InboundMessage) -> str:
    words = " ".join(own_words(message.text).split())
    return words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1] + "…"


def _raw_text(message: InboundMessage, limit: int) -> tuple[str, bool]:
    """The start of the message as it arrived, as text (the page escapes it); cut or not."""
    raw = bytes(message.raw.data)
    return raw[:limit].decode("utf-8", errors="replace"), len(raw) > limit


# -- the card --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShownCue:
    label: str
    kind: str  # "intent", "feeling" or "asks"
    name: str
    words: str
    in_subject: bool


def _cues(message: InboundMessage) -> list[ShownCue]:
    shown = []
    for cue in message.cues:
        label = str(cue.get("label", ""))
        kind, _, name = label.partition(":")
        shown.append(
            ShownCue(
                label=label,
                kind=kind,
                name=name,
                words=" ".join(str(cue.get("words", "")).split()),
                in_subject=int(cue.get("start", -1)) < 0,
            )
        )
    return shown


def marked_text(text: str, cues: list[dict[str, Any]]) -> SafeString:
    """The message escaped, each cue's words in a <mark> that names its label.

    Only cues whose offsets still point at their words are marked, so a message whose text
    changed since it was triaged is shown plainly rather than marked in the wrong places.
    """
    placed = sorted(
        (
            (int(c["start"]), int(c["end"]), str(c["label"]))
            for c in cues
            if isinstance(c.get("start"), int)
            and isinstance(c.get("end"), int)
            and 0 <= c["start"] < c["end"] <= len(text)
            and text[c["start"] : c["end"]] == c.get("words")
        ),
    )
    cuts = sorted({0, len(text), *(s for s, _, _ in placed), *(e for _, e, _ in placed)})
    parts: list[str] = []
    for start, end in itertools.pairwise(cuts):
        labels = [label for s, e, label in placed if s <= start and end <= e]
        if labels:
            names = " ".join(dict.fromkeys(labels))
            kinds = " ".join(dict.fromkeys(f"cue-{lb.partition(':')[0]}" for lb in labels))
            parts.append(
                format_html(
                    '<mark class="{}" data-cue="{}" title="{}">{}</mark>',
                    kinds,
                    names,
                    names,
                    text[start:end],
                )
            )
        else:
            parts.append(escape(text[start:end]))
    # Every piece was escaped or built by format_html above.
    return mark_safe("".join(parts))


def _chosen_template(request: HttpRequest, boundary: Boundary | None) -> MessageTemplate | None:
    templates = reply_templates()
    wanted = request.GET.get("template") or request.POST.get("template")
    if wanted and wanted.isdigit():
        chosen = templates.filter(pk=int(wanted)).first()
        if chosen is not None:
            return chosen
    # A request their agreement makes theirs starts from the boundary template.
    kind = NoticeKind.BOUNDARY if boundary is not None else NoticeKind.REPLY
    return templates.filter(kind=kind).first() or templates.first()


def _composer(
    message: InboundMessage, draft: ReplyDraft, *, send_anyway: str = ""
) -> dict[str, Any]:
    """The composer's fields and, for a body written so far, the check of it."""
    context: dict[str, Any] = {
        "draft": draft,
        "kinds": [(k, NoticeKind(k).label) for k in REPLY_KINDS],
        "send_anyway": send_anyway,
    }
    if draft.body.strip():
        try:
            checked = reply_check(
                message=message, subject=draft.subject, body=draft.body, kind=draft.kind
            )
        except UserError as exc:
            context["check_error"] = str(exc)
        else:
            context["rendered"] = checked.rendered
            context["candor"] = candor_view(checked.rendered.text, checked.report)
    return context


def _card(
    request: HttpRequest, message: InboundMessage, draft: ReplyDraft | None
) -> dict[str, Any]:
    today = timezone.localdate()
    customer = message.customer
    boundary = reply_boundary(message, on=today) if message.kind == InboundKind.REPLY else None
    template = _chosen_template(request, boundary)
    answerable = message.kind == InboundKind.REPLY and message.status == InboundStatus.WAITING
    context: dict[str, Any] = {
        "message": message,
        "marked": marked_text(message.text, list(message.cues)),
        "cues": _cues(message),
        "intent_label": Intent(message.intent).label if message.intent in Intent.values else "",
        "feeling_label": (
            Feeling(message.feeling).label if message.feeling in Feeling.values else ""
        ),
        "boundary": boundary,
        "templates": reply_templates(),
        "template": template,
        "answerable": answerable,
        "answer": reply_answer(message),
        # Asking for help from a card shown after Check (a post) comes back to the card.
        "back_to": reverse("inbox:card", args=[message.reference]),
    }
    if message.kind == InboundKind.UNREADABLE:
        context["raw"], context["raw_cut"] = _raw_text(message, RAW_SHOWN)
    if customer is not None:
        story = customer_story(customer)
        context["story"] = story
        context["story_messages"] = story.messages[:STORY_MESSAGES]
        context["plan"] = (customer.attributes or {}).get("plan", "")
        context["agreement"] = agreement_for(customer, on=today)
        if message.incident is not None:
            context["remedies"] = list(
                remedies_listed(incident=message.incident).filter(customer=customer)
            )
    if answerable:
        if draft is None:
            draft = reply_draft(message=message, template=template, on=today)
        context.update(_composer(message, draft))
    return context


def _message(reference: str) -> InboundMessage:
    return found(lambda: inbound_by_reference(reference))


@login_required
def card(request: HttpRequest, reference: str) -> HttpResponse:
    message = _message(reference)
    context = _card(request, message, None)
    if request.headers.get("HX-Request") and request.GET.get("template"):
        return render(request, "inbox/card.html#composer", context)
    return render(request, "inbox/card.html", context)


def _posted_draft(request: HttpRequest, message: InboundMessage) -> ReplyDraft:
    kind = request.POST.get("kind", NoticeKind.REPLY)
    if kind not in REPLY_KINDS:
        raise Http404(f"no answer kind '{kind}'")
    return ReplyDraft(
        template=None,
        kind=kind,
        subject=request.POST.get("subject", "").strip() or reply_subject(message.subject),
        body=request.POST.get("body", ""),
    )


@login_required
@require_POST
def check(request: HttpRequest, reference: str) -> HttpResponse:
    """The live candor check and preview of the answer typed so far (htmx)."""
    message = _message(reference)
    draft = _posted_draft(request, message)
    send_anyway = request.POST.get("send_anyway", "")
    if not request.headers.get("HX-Request"):
        # Without JavaScript the Check button shows the whole card with the check filled in.
        context = _card(request, message, draft)
        context["send_anyway"] = send_anyway
        return render(request, "inbox/card.html", context)
    context = {"message": message, **_composer(message, draft, send_anyway=send_anyway)}
    return render(request, "inbox/card.html#check", context)


@login_required
@require_POST
def answer(request: HttpRequest, reference: str) -> HttpResponse:
    message = _message(reference)
    draft = _posted_draft(request, message)
    send_anyway = request.POST.get("send_anyway", "")
    try:
        row = reply_send(
            message=message,
            subject=draft.subject,
            body=draft.body,
            kind=draft.kind,
            sent_by=staff_user(request),
            send_anyway=send_anyway,
        )
    except UserError as exc:
        # The page again with what they wrote, so nothing typed is lost.
        context = _card(request, message, draft)
        context["send_error"] = str(exc)
        context["send_anyway"] = send_anyway
        return render(request, "inbox/card.html", context, status=400)
    messages.success(request, f"{message.reference} answered: on its way to {row.to_address}.")
    return redirect(reverse("inbox:queue"))


@login_required
@require_POST
def close(request: HttpRequest, reference: str) -> HttpResponse:
    """Take a reply out of the queue without an answer ("thanks", "noted")."""
    message = _message(reference)
    try:
        reply_close(
            message=message, closed_by=staff_user(request), reason=request.POST.get("reason", "")
        )
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect(reverse("inbox:card", args=[message.reference]))
    messages.success(request, f"{message.reference} closed without an answer.")
    return redirect(reverse("inbox:queue"))
