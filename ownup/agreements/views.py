"""Agreement pages: plans and their versions, a new version (lead), reminder campaigns."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ownup.agreements.forms import AgreementForm, CampaignForm
from ownup.agreements.models import ReminderCampaign
from ownup.agreements.reminders import (
    InvalidLink,
    campaign_create,
    campaign_named,
    campaign_pause,
    reminders_send,
    reminders_unsubscribe,
    unsubscribe_customer,
)
from ownup.agreements.selectors import plans_listed, terms_lines
from ownup.agreements.services import EDITOR_ROLES, agreement_set, agreement_versions, plan_key
from ownup.errors import UserError
from ownup.web import staff_user


def _editor(request: HttpRequest) -> None:
    if staff_user(request).role not in EDITOR_ROLES:
        raise PermissionDenied("only a lead or an admin can change agreements")


@login_required
def plans(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    listed = [
        {"plan": p, "lines": terms_lines(p.current) if p.current else []}
        for p in plans_listed(on=today)
    ]
    can_edit = staff_user(request).role in EDITOR_ROLES
    return render(request, "agreements/plans.html", {"plans": listed, "can_edit": can_edit})


@login_required
def plan_detail(request: HttpRequest, plan: str) -> HttpResponse:
    versions = agreement_versions(plan=plan)
    if not versions:
        raise Http404(f"plan '{plan}': no terms recorded")
    today = timezone.localdate()
    current = next((v for v in versions if v.effective_from <= today), None)
    rows = [
        {
            "version": v,
            "state": "upcoming"
            if v.effective_from > today
            else ("in force" if v == current else "earlier"),
            "lines": terms_lines(v),
        }
        for v in versions
    ]
    can_edit = staff_user(request).role in EDITOR_ROLES
    return render(
        request,
        "agreements/plan.html",
        {"plan": versions[0].plan, "rows": rows, "can_edit": can_edit},
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, plan: str = "") -> HttpResponse:
    _editor(request)
    versions = agreement_versions(plan=plan) if plan else []
    if plan and not versions:
        raise Http404(f"plan '{plan}': no terms recorded")
    initial = AgreementForm.initial_from(versions[0]) if versions else {}
    initial["effective_from"] = timezone.localdate()
    form = AgreementForm(request.POST or None, initial=initial)
    if plan:
        form.fields["plan"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            agreement = agreement_set(
                plan=plan or form.cleaned_data["plan"],
                effective_from=form.cleaned_data["effective_from"],
                terms=form.terms,
                created_by=staff_user(request),
            )
        except UserError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"New terms for {agreement.plan} from {agreement.effective_from:%-d %B %Y}.",
            )
            return redirect("agreements:plan", agreement.plan)
    return render(
        request,
        "agreements/edit.html",
        {"form": form, "plan": plan_key(plan), "latest": versions[0] if versions else None},
    )


@login_required
@require_http_methods(["GET", "POST"])
def reminders(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    can_edit = user.role in EDITOR_ROLES
    form = CampaignForm(
        request.POST if request.POST.get("action") == "create" else None,
        initial={"cadence_days": 30, "starts_at": timezone.localtime().replace(second=0)},
    )
    if request.method == "POST":
        _editor(request)
        action = request.POST.get("action")
        if action == "create" and form.is_valid():
            try:
                campaign = campaign_create(created_by=user, **form.cleaned_data)
            except UserError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Campaign “{campaign.name}” created.")
                return redirect("agreements:reminders")
        elif action in ("pause", "resume", "preview"):
            try:
                campaign = campaign_named(request.POST.get("campaign", ""))
                if action == "preview":
                    run = reminders_send(campaign, now=timezone.now(), dry_run=True)
                    messages.info(
                        request,
                        f"“{campaign.name}” would remind {run.queued} customers now "
                        f"({run.already} already reminded this period, "
                        f"{run.unsubscribed} unsubscribed, {run.no_email} without email).",
                    )
                else:
                    campaign_pause(campaign=campaign, active=action == "resume", actor=user)
                    messages.success(request, f"“{campaign.name}” {action}d.")
            except UserError as exc:
                messages.error(request, str(exc))
            return redirect("agreements:reminders")
    return render(
        request,
        "agreements/reminders.html",
        {"campaigns": ReminderCampaign.objects.all(), "form": form, "can_edit": can_edit},
    )


# RFC 8058 one-click: the mail client posts here with no page and no CSRF token; the signed
# token in the URL is what proves the request came from the customer's own mail.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        if request.method == "POST":
            reminders_unsubscribe(token=token, now=timezone.now())
            return render(request, "agreements/unsubscribed.html")
        unsubscribe_customer(token)
    except InvalidLink as exc:
        return render(request, "agreements/invalid_link.html", {"problem": str(exc)}, status=400)
    return render(request, "agreements/unsubscribe.html")
