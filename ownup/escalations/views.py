"""Pages for calls for help: ask from any page, the /help/ list, acknowledge and answer."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from ownup.accounts.models import Role, User
from ownup.errors import UserError
from ownup.escalations.context import context_lines
from ownup.escalations.forms import AnswerForm, AskForm
from ownup.escalations.selectors import (
    help_about_by_key,
    help_asked_by,
    help_by_reference,
    help_listed,
    help_may_respond,
    help_route_shown,
    help_waiting_for,
)
from ownup.escalations.services import help_acknowledge, help_answer, help_ask
from ownup.escalations.tokens import InvalidLink, acknowledge_token_read
from ownup.web import found, staff_user

ASKED_BY_ME_SHOWN = 20


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    """To the page the form was on, if it is one of ours; else to `fallback`."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@login_required
@require_POST
def help_ask_view(request: HttpRequest) -> HttpResponse:
    form = AskForm(request.POST)
    about = None
    asked = None
    error = ""
    try:
        about = help_about_by_key(
            request.POST.get("about_type", ""), request.POST.get("about_id", "")
        )
        if not form.is_valid():
            raise UserError(
                "question: say what you need help with"
                if "question" in form.errors
                else "ask: choose someone who can sign in"
            )
        asked = help_ask(
            about=about,
            question=form.cleaned_data["question"],
            asked_by=staff_user(request),
            to=form.cleaned_data["to"],
        )
    except UserError as exc:
        error = str(exc)
    if request.headers.get("HX-Request") and about is not None:
        context = {
            "about": about,
            "asked": asked,
            "error": error,
            "question": "",
            "back_to": request.POST.get("next", ""),
        }
        if error:
            context["question"] = request.POST.get("question", "")
        return render(request, "escalations/_ask_for_help.html", context)
    if error:
        messages.error(request, error)
    else:
        assert asked is not None
        messages.success(request, f"{asked.asked_of} was asked for help ({asked.reference}).")
    return _back(request, "escalations:list")


@login_required
def help_list(request: HttpRequest) -> HttpResponse:
    user = staff_user(request)
    waiting = list(help_waiting_for(user))
    mine = list(help_asked_by(user)[:ASKED_BY_ME_SHOWN])
    shown = {call.pk for call in waiting + mine}
    # Leads and admins may step in on any call, so they see every open one.
    others = (
        [call for call in help_listed() if call.pk not in shown]
        if user.role in (Role.LEAD, Role.ADMIN)
        else []
    )
    context = {"waiting": waiting, "mine": mine, "others": others}
    return render(request, "escalations/list.html", context)


@login_required
def help_detail(request: HttpRequest, reference: str) -> HttpResponse:
    help_request = found(lambda: help_by_reference(reference))
    return render(
        request,
        "escalations/detail.html",
        {
            "call": help_request,
            "may_respond": help_may_respond(help_request, staff_user(request)),
            "lines": context_lines(help_request.context),
            "route": help_route_shown(help_request),
        },
    )


@login_required
@require_POST
def help_acknowledge_view(request: HttpRequest, reference: str) -> HttpResponse:
    help_request = found(lambda: help_by_reference(reference))
    try:
        help_acknowledge(help_request=help_request, user=staff_user(request))
        messages.success(request, f"You took {help_request.reference}; the chain stops here.")
    except UserError as exc:
        messages.error(request, str(exc))
    return _back(request, "escalations:list")


@login_required
@require_POST
def help_answer_view(request: HttpRequest, reference: str) -> HttpResponse:
    help_request = found(lambda: help_by_reference(reference))
    form = AnswerForm(request.POST)
    try:
        if not form.is_valid():
            raise UserError("text: an answer needs some words")
        help_answer(
            help_request=help_request, user=staff_user(request), text=form.cleaned_data["text"]
        )
        messages.success(request, f"Answer sent to {help_request.asked_by}.")
    except UserError as exc:
        messages.error(request, str(exc))
    return _back(request, "escalations:list")


def _invalid(request: HttpRequest, problem: str, status: int) -> HttpResponse:
    return render(request, "escalations/invalid_link.html", {"problem": problem}, status=status)


# No sign-in needed: the signed link stands for the person it was mailed to. Signed in as
# someone else, it is refused, so a forwarded mail cannot act in the wrong name.
@require_http_methods(["GET", "POST"])
def acknowledge_link(request: HttpRequest, token: str) -> HttpResponse:
    try:
        link = acknowledge_token_read(token)
        help_request = help_by_reference(str(link.help_request_id))
        person = User.objects.filter(pk=link.user_id, is_active=True).first()
        if person is None:
            raise InvalidLink("this acknowledge link is not valid")
    except UserError as exc:
        return _invalid(request, str(exc), 400)
    if request.user.is_authenticated and request.user.pk != person.pk:
        return _invalid(
            request,
            f"this link is for {person}, and you are signed in as {request.user}",
            403,
        )
    context: dict[str, object] = {"call": help_request, "person": person}
    if request.method == "POST":
        try:
            help_request = help_acknowledge(help_request=help_request, user=person)
        except UserError as exc:
            return _invalid(request, str(exc), 403)
        context["call"] = help_request
        context["done"] = True
    return render(request, "escalations/acknowledge.html", context)
