from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ownup.comms.models import BROADCAST_KINDS, NoticeKind
from ownup.comms.selectors import batches_for, delivery_progress
from ownup.comms.services import notice_current
from ownup.customers.models import Segment
from ownup.errors import UserError
from ownup.incidents.forms import ImpactForm, IncidentOpenForm, PublicUpdateForm
from ownup.incidents.models import Incident
from ownup.incidents.selectors import (
    affected_customers,
    incident_by_reference,
    incident_timeline,
    incidents_listed,
)
from ownup.incidents.services import affected_refresh, incident_open, incident_post_update
from ownup.statuspage.services import incident_impact_set
from ownup.web import found, staff_user

AFFECTED_PAGE_SIZE = 10


@login_required
def incident_list(request: HttpRequest) -> HttpResponse:
    show_all = request.GET.get("all") == "1"
    incidents = incidents_listed(include_resolved=show_all)
    return render(request, "incidents/list.html", {"incidents": incidents, "show_all": show_all})


@login_required
def incident_new(request: HttpRequest) -> HttpResponse:
    form = IncidentOpenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        incident = incident_open(
            title=data["title"],
            severity=data["severity"],
            opened_by=staff_user(request),
            summary=data["summary"],
            public_message=data["public_message"],
        )
        if data["component"]:
            incident_impact_set(
                incident=incident,
                component=data["component"],
                status=data["component_status"],
                actor=staff_user(request),
            )
        messages.success(request, f"{incident.reference} opened. Guidance: {incident.guidance}")
        return redirect("incidents:detail", reference=incident.reference)
    return render(request, "incidents/new.html", {"form": form})


def _affected_page(request: HttpRequest, incident: Incident) -> dict[str, object]:
    paginator = Paginator(affected_customers(incident), AFFECTED_PAGE_SIZE)
    return {"incident": incident, "affected_page": paginator.get_page(request.GET.get("page"))}


@login_required
def incident_detail(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    context = {
        **_affected_page(request, incident),
        "delivery": delivery_progress(incident, viewer=staff_user(request)),
        "notices": {kind: notice_current(incident, kind) for kind in BROADCAST_KINDS},
        "notice_kinds": NoticeKind,
        "batches": batches_for(incident),
        "timeline": incident_timeline(incident),
        "update_form": PublicUpdateForm(initial={"stage": incident.stage}),
        "impact_form": ImpactForm(),
        "impacts": incident.impacts.select_related("component").order_by("component__name"),
        "segments": Segment.objects.filter(affectedcustomer__incident=incident).distinct(),
    }
    return render(request, "incidents/detail.html", context)


@login_required
def incident_affected(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    return render(request, "incidents/detail.html#affected", _affected_page(request, incident))


@login_required
@require_POST
def incident_update(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    form = PublicUpdateForm(request.POST)
    if form.is_valid():
        try:
            incident_post_update(
                incident=incident,
                stage=form.cleaned_data["stage"],
                message=form.cleaned_data["message"],
                actor=staff_user(request),
            )
            messages.success(request, "Public update posted on the status page.")
        except UserError as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "A public update needs a stage and a message.")
    return redirect("incidents:detail", reference=incident.reference)


@login_required
@require_POST
def incident_impact(request: HttpRequest, reference: str) -> HttpResponse:
    """Say on the status page how the incident hurts a component; SLA credits count it."""
    incident = found(lambda: incident_by_reference(reference))
    form = ImpactForm(request.POST)
    if form.is_valid():
        impact = incident_impact_set(
            incident=incident,
            component=form.cleaned_data["component"],
            status=form.cleaned_data["status"],
            actor=staff_user(request),
        )
        messages.success(
            request, f"{impact.component.name}: {impact.get_status_display().lower()}."
        )
    else:
        messages.error(request, "Choose a component and how it is affected.")
    return redirect("incidents:detail", reference=incident.reference)


@login_required
@require_POST
def incident_refresh_affected(request: HttpRequest, reference: str) -> HttpResponse:
    incident = found(lambda: incident_by_reference(reference))
    segment = Segment.objects.filter(pk=request.POST.get("segment", "")).first()
    if segment is None:
        messages.error(request, "Choose a saved segment to refresh from.")
    else:
        try:
            diff = affected_refresh(
                incident=incident,
                segment=segment,
                actor=staff_user(request),
                drop_left=request.POST.get("drop_left") == "on",
            )
        except UserError as exc:
            messages.error(request, str(exc))
        else:
            left = "removed" if request.POST.get("drop_left") == "on" else "kept in the set"
            messages.success(
                request,
                f"Segment '{segment.name}': {len(diff.joined)} joined, {len(diff.left)} left "
                f"({left}).",
            )
    return redirect("incidents:detail", reference=incident.reference)
