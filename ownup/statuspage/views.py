from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ownup.statuspage.selectors import status_page


def page(request: HttpRequest) -> HttpResponse:
    return render(request, "statuspage/page.html", {"page": status_page()})
