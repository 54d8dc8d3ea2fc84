from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ownup.incidents.selectors import incidents_listed


@login_required
def incident_list(request: HttpRequest) -> HttpResponse:
    return render(request, "incidents/list.html", {"incidents": incidents_listed()})
