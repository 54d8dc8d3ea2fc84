"""Answer the public page from memory before Django's middleware runs.

When everyone refreshes the status page at once, each request costs a dictionary lookup:
the first request for a path after a change goes through Django as usual (security headers
and all), and its status, headers and body are kept and replayed until the page's version
changes. Only GETs of the public page's own paths without a query string are kept, only
when they succeeded and set no cookie.
"""

import re
from collections.abc import Callable, Iterable
from typing import Any

from ownup.statuspage.publishing import current_token

Environ = dict[str, Any]
Headers = list[tuple[str, str]]
StartResponse = Callable[..., Any]
WsgiApp = Callable[[Environ, StartResponse], Iterable[bytes]]

V2 = (
    r"api/v2/(?:summary|status|components|incidents|incidents/unresolved"
    r"|scheduled-maintenances|scheduled-maintenances/upcoming|scheduled-maintenances/active)"
    r"\.json"
)
PUBLIC_PATH = re.compile(
    rf"^/(?:status/(?:|incidents/[a-z0-9]+/|maintenance/[a-z0-9]+/|history/(?:\d+/)?"
    rf"|feed\.atom|feed\.rss|statuspage\.css|favicon\.svg|{V2})|{V2})$"
)


class PublicPageCache:
    def __init__(self, app: WsgiApp) -> None:
        self.app = app
        self.responses: dict[str, tuple[object, str, Headers, bytes]] = {}

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if (
            environ.get("REQUEST_METHOD") != "GET"
            or environ.get("QUERY_STRING")
            or not PUBLIC_PATH.match(path)
        ):
            return self.app(environ, start_response)
        token = current_token()
        kept = self.responses.get(path)
        if kept is not None and kept[0] == token:
            start_response(kept[1], kept[2])
            return [kept[3]]
        answered: list[tuple[str, Headers]] = []

        def keep(status: str, headers: Headers, exc_info: Any = None) -> Any:
            answered.append((status, headers))
            return start_response(status, headers, exc_info)

        response = self.app(environ, keep)
        try:
            body = b"".join(response)
        finally:
            close = getattr(response, "close", None)
            if close is not None:
                close()
        status, headers = answered[-1]
        if status.startswith("200 ") and not any(k.lower() == "set-cookie" for k, _ in headers):
            self.responses[path] = (token, status, headers, body)
        return [body]
