"""The public page ahead of Django: replayed from memory until it changes, nothing else."""

import io
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import HttpResponse

from ownup.statuspage.models import ComponentStatus
from ownup.statuspage.services import component_set
from ownup.statuspage.tests.conftest import build_state
from ownup.statuspage.wsgi import PublicPageCache
from ownup.wsgi import application


def get(app: Any, path: str, query: str = "") -> tuple[str, dict[str, str], bytes]:
    answered: list[tuple[str, list[tuple[str, str]]]] = []
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
    }
    body = b"".join(
        app(environ, lambda status, headers, exc=None: answered.append((status, headers)))
    )
    status, headers = answered[-1]
    return status, dict(headers), body


@pytest.fixture
def connection_kept_between_requests() -> Iterator[None]:
    # As Django's test client does: the test's transaction must outlive each request.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("connection_kept_between_requests")
def test_the_page_keeps_djangos_security_headers_and_changes_with_the_page() -> None:
    build_state("operational")
    status, headers, body = get(application, "/status/")
    assert status == "200 OK" and b"All Systems Operational" in body
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert get(application, "/status/") == (status, headers, body)
    component_set(name="Email", status=ComponentStatus.MAJOR_OUTAGE, actor=None)
    assert b"Major System Outage" in get(application, "/status/")[2]


@pytest.mark.django_db
def test_only_successful_public_gets_are_kept() -> None:
    calls: list[str] = []

    def django(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        calls.append(environ["PATH_INFO"])
        response = HttpResponse(f"call {len(calls)}")
        if environ["PATH_INFO"] == "/status/incidents/nosuchincide/":
            response.status_code = 404
        start_response(f"{response.status_code} X", list(response.items()))
        return [response.content]

    cache = PublicPageCache(django)
    assert get(cache, "/status/")[2] == get(cache, "/status/")[2] == b"call 1"
    assert get(cache, "/status/", query="x=1")[2] == b"call 2"
    assert get(cache, "/status/subscribe/")[2] == b"call 3"  # a form: never kept
    assert get(cache, "/status/subscribe/")[2] == b"call 4"
    get(cache, "/status/incidents/nosuchincide/")
    get(cache, "/status/incidents/nosuchincide/")
    assert calls[-2:] == ["/status/incidents/nosuchincide/"] * 2
    assert get(cache, "/api/v2/summary.json")[2] == get(cache, "/api/v2/summary.json")[2]
