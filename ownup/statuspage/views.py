"""Thin: every public path answers with the bytes rendered for the current version."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from ownup.statuspage.publishing import served_surface


def _answer(path: str) -> HttpResponse:
    surface = served_surface(path)
    if surface is None:
        raise Http404(path)
    response = HttpResponse(surface.body, content_type=surface.content_type)
    response["Cache-Control"] = "public, max-age=5"
    return response


@require_safe
def page(request: HttpRequest) -> HttpResponse:
    return _answer("index.html")


@require_safe
def incident(request: HttpRequest, public_id: str) -> HttpResponse:
    return _answer(f"incidents/{public_id}/index.html")


@require_safe
def maintenance(request: HttpRequest, public_id: str) -> HttpResponse:
    return _answer(f"maintenance/{public_id}/index.html")


@require_safe
def history(request: HttpRequest, number: int = 1) -> HttpResponse:
    return _answer("history/index.html" if number == 1 else f"history/{number}/index.html")


@require_safe
def file(request: HttpRequest, path: str) -> HttpResponse:
    """Feeds, the v2 API and the stylesheet, by their published names."""
    return _answer(path)
