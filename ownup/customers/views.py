import csv
import itertools
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from ownup.customers.imports import ImportReport, customers_import
from ownup.customers.lookup import LookupMatch, customer_lookup, customer_story
from ownup.customers.mirror import mirror_columns
from ownup.customers.models import Customer, CustomerImport, Segment
from ownup.customers.segments import (
    OPERATORS,
    Condition,
    segment_page,
    segment_rows,
    where_from_conditions,
)
from ownup.customers.services import segment_save
from ownup.customers.sources import SUPPORTED_FILES
from ownup.errors import UserError
from ownup.incidents.selectors import incident_by_reference, incidents_listed
from ownup.incidents.services import affected_from_segment
from ownup.web import staff_user

QUERY_MAX_LENGTH = 200


def _chosen(key: str, matches: list[LookupMatch]) -> Customer | None:
    """The customer picked from the matches, else the best match."""
    if key:
        picked = next((m.customer for m in matches if m.customer.key == key), None)
        return picked or Customer.objects.filter(key=key).first()
    return matches[0].customer if matches else None


@login_required
@vary_on_headers("HX-Request")
def customer_lookup_page(request: HttpRequest) -> HttpResponse:
    """`?q=` finds customers by email, name, phone or key; `&key=` picks one of them."""
    query = request.GET.get("q", "").strip()[:QUERY_MAX_LENGTH]
    matches = customer_lookup(query) if query else []
    chosen = _chosen(request.GET.get("key", ""), matches)
    context = {
        "query": query,
        "matches": matches,
        "chosen": chosen,
        "story": customer_story(chosen) if chosen else None,
    }
    if request.headers.get("HX-Request"):
        return render(request, "customers/lookup.html#results", context)
    return render(request, "customers/lookup.html", context)


BUILDER_ROWS = 4
PAGE_SIZE = 10


class _Echo:
    """A file-like object whose write returns the line, for streaming CSV."""

    def write(self, value: str) -> str:
        return value


def _builder(request: HttpRequest) -> tuple[list[dict[str, str]], list[Condition], str]:
    rows, conditions = [], []
    for index in range(1, BUILDER_ROWS + 1):
        row = {
            "index": str(index),
            "attribute": request.GET.get(f"attribute_{index}", ""),
            "operator": request.GET.get(f"operator_{index}", "eq"),
            "value": request.GET.get(f"value_{index}", ""),
        }
        rows.append(row)
        if row["attribute"]:
            conditions.append(Condition(row["attribute"], row["operator"], row["value"]))
    return rows, conditions, request.GET.get("join", "and")


@login_required
@vary_on_headers("HX-Request")
def segments_page(request: HttpRequest) -> HttpResponse:
    """Build or type a condition, see the count and the members, then save, freeze, export."""
    rows, conditions, join = _builder(request)
    where, error = request.GET.get("where", "").strip(), ""
    result = None
    try:
        if request.GET.get("action") == "build":
            where = where_from_conditions(conditions, join=join)
        if where:
            result = segment_page(where, page=_page_number(request), size=PAGE_SIZE)
    except UserError as exc:
        error = str(exc)
    context = {
        "where": where,
        "error": error,
        "result": result,
        "page": _page_number(request),
        "has_next": bool(result and result.count > _page_number(request) * PAGE_SIZE),
        "rows": rows,
        "join": join,
        "columns": [c for c in mirror_columns() if c.name not in ("id", "lists")],
        "operators": OPERATORS,
        "saved": Segment.objects.all(),
        "incidents": incidents_listed(),
    }
    if request.headers.get("HX-Request"):
        return render(request, "customers/segments.html#result", context)
    return render(request, "customers/segments.html", context)


def _page_number(request: HttpRequest) -> int:
    try:
        return max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        return 1


def _back_to(where: str) -> str:
    return f"{reverse('customers:segments')}?{urlencode({'where': where})}"


@login_required
@require_POST
def segment_save_view(request: HttpRequest) -> HttpResponse:
    where = request.POST.get("where", "")
    try:
        segment = segment_save(
            name=request.POST.get("name", ""), where=where, actor=staff_user(request)
        )
        messages.success(request, f"Segment '{segment.name}' saved.")
    except UserError as exc:
        messages.error(request, str(exc))
    return redirect(_back_to(where))


@login_required
@require_POST
def segment_freeze_view(request: HttpRequest) -> HttpResponse:
    where = request.POST.get("where", "")
    try:
        incident = incident_by_reference(request.POST.get("incident", ""))
        saved = Segment.objects.filter(where=where).first()
        added = affected_from_segment(
            incident=incident, where=where, segment=saved, actor=staff_user(request)
        )
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect(_back_to(where))
    messages.success(request, f"{added} customer(s) added to the affected set.")
    return redirect("incidents:detail", reference=incident.reference)


@login_required
def segment_export_view(request: HttpRequest) -> HttpResponseBase:
    where = request.GET.get("where", "")
    try:
        header, rows = segment_rows(where)
    except UserError as exc:
        messages.error(request, str(exc))
        return redirect(_back_to(where))
    writer = csv.writer(_Echo())
    lines = (
        writer.writerow(["; ".join(v) if isinstance(v, list) else v for v in row])
        for row in itertools.chain([header], rows)
    )
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="segment.csv"'
    return response


IMPORTS_SHOWN = 10


@login_required
def customers_import_page(request: HttpRequest) -> HttpResponse:
    """Upload a customer file; the report, or every bad row, is shown on the same page."""
    report, error = None, ""
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            error = "Choose a file to import."
        else:
            try:
                report = _import_upload(request, upload)
            except UserError as exc:
                error = str(exc)
    context = {
        "report": report,
        "error": error,
        "imports": CustomerImport.objects.select_related("imported_by", "customer_list")[
            :IMPORTS_SHOWN
        ],
        "formats": ", ".join(SUPPORTED_FILES),
    }
    return render(request, "customers/import.html", context)


def _import_upload(request: HttpRequest, upload: "UploadedFile[bytes]") -> ImportReport:
    suffix = Path(upload.name or "upload.csv").suffix.lower()
    with tempfile.TemporaryDirectory(prefix="ownup-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return customers_import(
            path=path,
            source_name=upload.name,
            list_name=request.POST.get("list_name", "").strip() or None,
            skip_bad_rows=request.POST.get("skip_bad_rows") == "on",
            imported_by=staff_user(request),
        )
