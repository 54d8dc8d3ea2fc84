import datetime as dt
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.views.decorators.http import require_POST

from ownup.accounts.models import Role
from ownup.customers.models import Customer
from ownup.errors import UserError
from ownup.incidents.selectors import incident_by_reference
from ownup.remedies.export import remedies_csv, remedies_since
from ownup.remedies.models import TRANSITIONS, RemedyOption, State
from ownup.remedies.selectors import (
    limit_check,
    options_listed,
    remedies_listed,
    remedy_by_reference,
)
from ownup.remedies.services import (
    remedy_email,
    remedy_move,
    remedy_offer,
    sla_credits_propose,
)
from ownup.web import found, staff_user

PAGE_SIZE = 50
HELP_PARTIAL = "escalations/_ask_for_help.html"
STEP_LABELS = {
    State.APPROVED: "Approve",
    State.OFFERED: "Mark offered",
    State.ACCEPTED: "Mark accepted",
    State.DECLINED: "Decline",
    State.FULFILLED: "Mark fulfilled",
}


def _filters(request: HttpRequest) -> dict[str, str]:
    return {k: request.GET.get(k, "").strip() for k in ("state", "incident", "overdue", "since")}


@login_required
def remedy_list(request: HttpRequest) -> HttpResponse:
    filters = _filters(request)
    try:
        incident = incident_by_reference(filters["incident"]) if filters["incident"] else None
        remedies = remedies_listed(
            incident=incident, state=filters["state"] or None, overdue=bool(filters["overdue"])
        )
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect("remedies:list")
    page = Paginator(remedies, PAGE_SIZE).get_page(request.GET.get("page"))
    query = "&".join(f"{k}={v}" for k, v in filters.items() if v and k != "since")
    context = {"page": page, "filters": filters, "states": State.choices, "query": query}
    return render(request, "remedies/list.html", context)


def _since(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise UserError(f"since: '{text}' is not a date like 2026-12-01") from None


@login_required
def remedy_export(request: HttpRequest) -> HttpResponse:
    filters = _filters(request)
    try:
        incident = incident_by_reference(filters["incident"]) if filters["incident"] else None
        since = _since(filters["since"])
        remedies = remedies_listed(
            incident=incident, state=filters["state"] or None, overdue=bool(filters["overdue"])
        )
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect("remedies:list")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="remedies.csv"'
    remedies_csv(remedies_since(remedies, since).order_by("id"), response)
    return response


@login_required
def option_list(request: HttpRequest) -> HttpResponse:
    return render(request, "remedies/options.html", {"options": options_listed()})


def _help_partial_exists() -> bool:
    try:
        get_template(HELP_PARTIAL)
    except TemplateDoesNotExist:
        return False
    return True


@login_required
def remedy_detail(request: HttpRequest, reference: str) -> HttpResponse:
    remedy = found(lambda: remedy_by_reference(reference))
    steps = [(state, STEP_LABELS[State(state)]) for state in TRANSITIONS[remedy.state]]
    # A request waits for a lead: an agent would only be refused by its buttons.
    waits_for_lead = remedy.state == State.PROPOSED and staff_user(request).role == Role.AGENT
    context = {
        "remedy": remedy,
        "steps": [] if waits_for_lead else steps,
        "waits_for_lead": waits_for_lead,
        "can_email": remedy.state == State.APPROVED and bool(remedy.customer.email),
        "show_help": _help_partial_exists(),
        "timeline": [
            (label, getattr(remedy, f"{field}_by"), getattr(remedy, f"{field}_at"))
            for field, label in (
                ("approved", "Approved"),
                ("offered", "Offered"),
                ("accepted", "Accepted"),
                ("declined", "Declined"),
                ("fulfilled", "Fulfilled"),
            )
            if getattr(remedy, f"{field}_at")
        ],
    }
    return render(request, "remedies/detail.html", context)


@login_required
@require_POST
def remedy_step(request: HttpRequest, reference: str) -> HttpResponse:
    remedy = found(lambda: remedy_by_reference(reference))
    to = request.POST.get("to", "")
    try:
        remedy = remedy_move(
            remedy=remedy, to=to, by=staff_user(request), note=request.POST.get("note", "").strip()
        )
    except UserError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"{remedy.reference} is now {remedy.get_state_display().lower()}."
        )
    return redirect("remedies:detail", reference=remedy.reference)


@login_required
@require_POST
def remedy_send_email(request: HttpRequest, reference: str) -> HttpResponse:
    remedy = found(lambda: remedy_by_reference(reference))
    try:
        remedy_email(remedy=remedy, by=staff_user(request))
    except UserError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{remedy.reference} offered to {remedy.customer.email}.")
    return redirect("remedies:detail", reference=remedy.reference)


def _amount(text: str) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise UserError(f"amount: '{text}' is not a number") from None


@login_required
def remedy_new(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    options = RemedyOption.objects.filter(active=True).prefetch_related("limits")
    # A link from a customer's reply names them (?customer=C00008) so nobody retypes the key.
    source = request.POST if request.method == "POST" else request.GET
    values = {k: source.get(k, "").strip() for k in ("customer", "option", "amount", "note")}
    problem = ""
    if request.method == "POST":
        user = staff_user(request)
        try:
            customer = Customer.objects.filter(key=values["customer"]).first()
            if customer is None:
                raise UserError(f"customer: no customer with key '{values['customer']}'")
            option = options.filter(pk=values["option"] or 0).first()
            if option is None:
                raise UserError("option: choose one from the catalogue")
            amount = _amount(values["amount"])
            wants_request = request.POST.get("request") == "1"
            check = limit_check(user, option, amount)
            if not check.allowed and not wants_request:
                problem = check.problem
            else:
                remedy = remedy_offer(
                    incident=incident,
                    customer=customer,
                    option=option,
                    amount=amount,
                    by=user,
                    request=wants_request,
                    note=values["note"],
                )
                messages.success(
                    request,
                    f"{remedy.reference} {remedy.get_state_display().lower()}."
                    + (" The leads have been asked." if remedy.state == State.PROPOSED else ""),
                )
                return redirect("remedies:detail", reference=remedy.reference)
        except UserError as exc:
            messages.error(request, str(exc))
    context = {"incident": incident, "options": options, "values": values, "problem": problem}
    return render(request, "remedies/new.html", context)


@login_required
@require_POST
def sla_propose(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    try:
        result = sla_credits_propose(incident=incident, by=staff_user(request))
    except UserError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            f"SLA credits: {result.owed} customer(s) owed one, {result.created} created, "
            f"{result.already_credited} already had money back for {incident.reference}.",
        )
    return redirect(reverse("remedies:list") + f"?incident={incident.reference}")
