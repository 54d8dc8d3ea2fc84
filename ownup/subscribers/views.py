"""Public pages: subscribe, confirm, unsubscribe. No sign-in; nothing says who is subscribed."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ownup.subscribers.forms import SubscribeForm
from ownup.subscribers.selectors import subscriber_confirming, subscriber_leaving
from ownup.subscribers.services import (
    RATE_WINDOW,
    TooManyRequests,
    subscription_confirm,
    subscription_end,
    subscription_request,
)
from ownup.subscribers.tokens import InvalidLink


def _invalid(request: HttpRequest, exc: InvalidLink) -> HttpResponse:
    return render(request, "subscribers/invalid_link.html", {"problem": str(exc)}, status=400)


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            subscription_request(
                email=form.cleaned_data["email"],
                components=list(form.cleaned_data["components"]) or None,
                ip=request.META.get("REMOTE_ADDR", ""),
            )
        except TooManyRequests:
            response = render(request, "subscribers/too_many.html", status=429)
            response["Retry-After"] = str(int(RATE_WINDOW.total_seconds()))
            return response
        # The same page whoever the address belongs to.
        return render(request, "subscribers/sent.html")
    status = 400 if request.method == "POST" else 200
    return render(request, "subscribers/subscribe.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    # Mail scanners open links on their own: only the button press confirms.
    try:
        if request.method == "POST":
            subscription_confirm(token=token)
            return render(request, "subscribers/confirmed.html")
        subscriber_confirming(token)
    except InvalidLink as exc:
        return _invalid(request, exc)
    return render(request, "subscribers/confirm.html")


# RFC 8058 one-click: the mail client posts here with no page and no CSRF token; the signed
# token in the URL is what proves the request came from the subscriber's own mail.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        if request.method == "POST":
            subscription_end(token=token)
            return render(request, "subscribers/unsubscribed.html")
        subscriber_leaving(token)
    except InvalidLink as exc:
        return _invalid(request, exc)
    return render(request, "subscribers/unsubscribe.html")
