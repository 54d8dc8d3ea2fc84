from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from ownup.comms.candor.check import candor_check
from ownup.comms.candor.display import candor_view
from ownup.comms.forms import NoticeForm, TemplateChoiceForm
from ownup.comms.models import BROADCAST_KINDS, Notice, NoticeKind
from ownup.comms.rendering import render as render_message
from ownup.comms.selectors import batch_by_reference, delivery_progress, notice_untold_count
from ownup.comms.services import batch_approve, notice_current, notice_draft, notify
from ownup.errors import UserError
from ownup.incidents.models import Incident
from ownup.incidents.selectors import affected_customers, incident_by_reference
from ownup.web import found, staff_user

PREVIEW_CHOICES = 100


def _kind(kind: str) -> NoticeKind:
    # Replies and boundaries are written on a customer's message in the inbox, not here.
    if kind not in BROADCAST_KINDS:
        raise Http404(f"no notice kind '{kind}'")
    return NoticeKind(kind)


def _preview(request: HttpRequest, incident: Incident, form: NoticeForm) -> dict[str, object]:
    """Render the unsaved form for one affected customer; a template mistake is shown."""
    customers = affected_customers(incident)
    wanted = request.POST.get("preview_customer") or request.GET.get("preview_customer")
    customer = (customers.filter(key=wanted).first() if wanted else None) or customers.first()
    if customer is None:
        return {
            "preview_error": "Nobody is in the affected set yet, so there is no one to preview for."
        }
    if not form.is_valid():
        return {"preview_customer": customer, "preview_error": "Fill in the subject and body."}
    try:
        rendered = render_message(
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            slots=form.slots(),
            customer=customer,
            incident=incident,
        )
    except UserError as exc:
        return {"preview_customer": customer, "preview_error": str(exc)}
    # The candor check reads the notice exactly as this customer will.
    report = candor_check(rendered.text, form.notice.kind, severity=incident.severity)
    return {
        "preview_customer": customer,
        "preview": rendered,
        "candor": candor_view(rendered.text, report),
    }


def _page(
    request: HttpRequest, incident: Incident, notice: Notice, form: NoticeForm
) -> dict[str, object]:
    return {
        "incident": incident,
        "notice": notice,
        "form": form,
        "untold": notice_untold_count(notice),
        "preview_choices": affected_customers(incident)[:PREVIEW_CHOICES],
        **_preview(request, incident, form),
    }


def _save_draft(request: HttpRequest, incident: Incident, kind: str, form: NoticeForm) -> None:
    notice_draft(
        incident=incident,
        kind=kind,
        actor=staff_user(request),
        subject=form.cleaned_data["subject"],
        body=form.cleaned_data["body"],
        slots=form.slots(),
    )


@login_required
def compose(request: HttpRequest, reference: str, kind: str) -> HttpResponse:
    incident, notice_kind = found(lambda: incident_by_reference(reference)), _kind(kind)
    notice = notice_current(incident, notice_kind)
    if notice is None:
        choice = TemplateChoiceForm(request.POST or None, kind=notice_kind)
        if request.method == "POST" and choice.is_valid():
            notice_draft(
                incident=incident,
                kind=notice_kind,
                actor=staff_user(request),
                template=choice.cleaned_data["template"],
            )
            return redirect("comms:compose", reference=incident.reference, kind=notice_kind)
        context = {"incident": incident, "kind": notice_kind, "choice": choice}
        return render(request, "comms/start.html", context)
    form = NoticeForm(request.POST or None, notice=notice)
    if request.method == "POST" and request.POST.get("action") == "save" and form.is_valid():
        _save_draft(request, incident, notice_kind, form)
        messages.success(request, "Draft saved.")
        return redirect("comms:compose", reference=incident.reference, kind=notice_kind)
    if request.method == "GET":
        form = NoticeForm({**form.initial}, notice=notice)
    context = _page(request, incident, notice, form)
    if request.headers.get("HX-Request"):
        return render(request, "comms/compose.html#preview", context)
    return render(request, "comms/compose.html", context)


@login_required
@require_POST
def send(request: HttpRequest, reference: str, kind: str) -> HttpResponse:
    incident, notice_kind = found(lambda: incident_by_reference(reference)), _kind(kind)
    notice = notice_current(incident, notice_kind)
    if notice is None:
        raise Http404("draft the notice first")
    form = NoticeForm(request.POST, notice=notice)
    here = reverse("comms:compose", args=[incident.reference, notice_kind])
    if not form.is_valid():
        messages.error(request, "The subject and body cannot be empty.")
        return redirect(here)
    try:
        _save_draft(request, incident, notice_kind, form)
        result = notify(
            incident=incident,
            kind=notice_kind,
            actor=staff_user(request),
            send_anyway=form.cleaned_data["send_anyway"],
        )
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect(here)
    if result.batch is None:
        messages.success(request, "Nothing to send: everyone affected has been told already.")
    else:
        skipped = (
            f" {len(result.skipped)} have no usable address: call them." if result.skipped else ""
        )
        waits = " It waits for a lead's approval." if result.batch.needs_approval else ""
        messages.success(
            request,
            f"Queued {result.would_queue} messages as {result.batch.reference}.{waits}{skipped}",
        )
    return redirect(reverse("incidents:detail", args=[incident.reference]) + "#delivery")


@login_required
def delivery(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    context = {
        "incident": incident,
        "delivery": delivery_progress(incident, viewer=staff_user(request)),
    }
    return render(request, "incidents/detail.html#delivery", context)


@login_required
@require_POST
def approve(request: HttpRequest, reference: str) -> HttpResponse:
    batch = found(lambda: batch_by_reference(reference))
    incident = batch.notice.incident
    try:
        batch_approve(batch=batch, approver=staff_user(request))
    except UserError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"{batch.reference} approved: {batch.queued} messages go out now."
        )
    return redirect(reverse("incidents:detail", args=[incident.reference]) + "#delivery")
