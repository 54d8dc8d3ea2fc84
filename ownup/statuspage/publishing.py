"""Every public surface rendered to bytes once per change: served from memory, published
to a folder any web server can serve.

A change bumps `PageState.version` in the same transaction. Each process keeps the bytes it
rendered for one version and asks the database for the version at most once every
`OWNUP_STATUSPAGE_RECHECK_SECONDS`, so a change reaches every process within that time.
After the change commits, the whole page is written to `OWNUP_STATUSPAGE_DIR`.
"""

import contextlib
import datetime as dt
import json
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from ownup.statuspage.api import V2
from ownup.statuspage.feeds import AtomFeed, RssFeed, feed_bytes
from ownup.statuspage.models import PageState
from ownup.statuspage.selectors import (
    history_page,
    public_incident,
    public_incidents,
    public_maintenance,
    public_maintenances,
    status_page,
)

log = logging.getLogger(__name__)
API_INCIDENTS = 50
STATIC_FILES = {"statuspage.css": "ownup/statuspage.css", "favicon.svg": "ownup/favicon.svg"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
}


@dataclass(frozen=True)
class Surface:
    body: bytes
    content_type: str


def page_state() -> PageState:
    state, _ = PageState.objects.get_or_create(pk=1)
    return state


def page_changed() -> None:
    """Record a public change: every process re-renders, and the folder is re-published
    once the transaction commits."""
    page_state()
    PageState.objects.filter(pk=1).update(version=F("version") + 1, changed_at=timezone.now())
    transaction.on_commit(_publish_after_commit, robust=True)


# The version last written by this process to each folder: a transaction that changed many
# rows queues many callbacks, and only the first has anything to write.
_published: dict[Path, tuple[str, int]] = {}


def _publish_after_commit() -> None:
    folder = Path(settings.OWNUP_STATUSPAGE_DIR)
    state = page_state()
    if _published.get(folder) != (state.key, state.version):
        publish(folder)
        _published[folder] = (state.key, state.version)


# Rendering -----------------------------------------------------------------------------


def _html(template: str, root: str, **context: object) -> Surface:
    context = {
        "root": root,
        "name": settings.OWNUP_STATUSPAGE_NAME,
        **context,
    }
    return Surface(render_to_string(template, context).encode(), CONTENT_TYPES[".html"])


def _json(document: object) -> Surface:
    return Surface(json.dumps(document, indent=2).encode(), CONTENT_TYPES[".json"])


def as_of(state: PageState) -> dt.datetime:
    """The moment the page shows: its last change, or midnight if that came since.

    Rendering as of a moment the version determines (not as of the request) is what lets
    every process, and the published folder, hold the same bytes.
    """
    midnight = timezone.now().astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(state.changed_at, midnight)


# The eight v2 documents come from one reading of the page; built once per version.
_v2_built: dict[tuple[str, int, dt.datetime], dict[str, dict[str, object]]] = {}


def _v2(state: PageState) -> dict[str, dict[str, object]]:
    moment = as_of(state)
    version = (state.key, state.version, moment)
    if version not in _v2_built:
        view = status_page(moment, updated_at=state.changed_at)
        incidents = list(public_incidents()[:API_INCIDENTS])
        documents = V2(state, view, incidents).documents(list(public_maintenances()))
        _v2_built.clear()
        _v2_built[version] = documents
    return _v2_built[version]


def render_surface(path: str, state: PageState) -> Surface | None:
    """The public file at `path` (as under the published folder), or None if there is none."""
    with timezone.override(dt.UTC):
        return _render(path, state)


def _render(path: str, state: PageState) -> Surface | None:
    parts = path.split("/")
    if path == "index.html":
        page = status_page(as_of(state), updated_at=state.changed_at)
        return _html("statuspage/page.html", "", page=page)
    if len(parts) == 3 and parts[0] == "incidents" and parts[2] == "index.html":
        incident = public_incident(parts[1])
        return _html("statuspage/incident.html", "../../", incident=incident) if incident else None
    if len(parts) == 3 and parts[0] == "maintenance" and parts[2] == "index.html":
        maintenance = public_maintenance(parts[1])
        if maintenance is None:
            return None
        return _html("statuspage/maintenance.html", "../../", maintenance=maintenance)
    if parts[0] == "history" and parts[-1] == "index.html" and len(parts) in (2, 3):
        number = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 1
        months, pages = history_page(number, as_of(state))
        if len(parts) == 3 and (number == 1 or number != pages.number):
            return None  # page 1 lives at history/, and past the end is not a page
        root = "../" * (len(parts) - 1)
        return _html("statuspage/history.html", root, months=months, pages=pages)
    if path == "feed.atom":
        return Surface(feed_bytes(AtomFeed()), CONTENT_TYPES[".atom"])
    if path == "feed.rss":
        return Surface(feed_bytes(RssFeed()), CONTENT_TYPES[".rss"])
    if parts[:2] == ["api", "v2"]:
        document = _v2(state).get("/".join(parts[2:]))
        return _json(document) if document else None
    if path in STATIC_FILES:
        found = finders.find(STATIC_FILES[path])
        assert isinstance(found, str), f"static file {STATIC_FILES[path]} is missing"
        return Surface(Path(found).read_bytes(), CONTENT_TYPES[Path(path).suffix])
    return None


def all_paths() -> list[str]:
    """Every file of the published page."""
    paths = ["index.html", "history/index.html", "feed.atom", "feed.rss", *STATIC_FILES]
    _, pages = history_page(1)
    paths += [f"history/{n}/index.html" for n in pages.paginator.page_range if n > 1]
    paths += [
        f"incidents/{i}/index.html" for i in public_incidents().values_list("public_id", flat=True)
    ]
    paths += [
        f"maintenance/{m}/index.html"
        for m in public_maintenances().values_list("public_id", flat=True)
    ]
    paths += [f"api/v2/{name}" for name in _V2_NAMES]
    return paths


_V2_NAMES = (
    "summary.json",
    "status.json",
    "components.json",
    "incidents.json",
    "incidents/unresolved.json",
    "scheduled-maintenances.json",
    "scheduled-maintenances/upcoming.json",
    "scheduled-maintenances/active.json",
)


# Serving ------------------------------------------------------------------------------


class _Cache:
    """This process's rendered surfaces for one version of the page."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.token: tuple[str, int, dt.date] | None = None
        self.state: PageState | None = None
        self.checked = float("-inf")
        self.surfaces: dict[str, Surface | None] = {}

    def current(self) -> PageState:
        now = time.monotonic()
        if self.state is None or now - self.checked >= settings.OWNUP_STATUSPAGE_RECHECK_SECONDS:
            state = page_state()
            # The history bars move on at midnight even when nothing changed.
            token = (state.key, state.version, timezone.now().astimezone(dt.UTC).date())
            with self.lock:
                if token != self.token:
                    self.token, self.state, self.surfaces = token, state, {}
                self.checked = now
        assert self.state is not None
        return self.state

    def surface(self, path: str) -> Surface | None:
        state = self.current()
        if path not in self.surfaces:
            self.surfaces[path] = render_surface(path, state)
        return self.surfaces[path]


_cache = _Cache()


def current_token() -> object:
    """Changes whenever what the public page shows changes; checked at most once per
    recheck interval in each process."""
    _cache.current()
    return _cache.token


def served_surface(path: str) -> Surface | None:
    """The bytes to answer for `path`: from memory unless the page changed."""
    return _cache.surface(path)


# Publishing ---------------------------------------------------------------------------


def publish(folder: Path) -> list[str]:
    """Write every public file under `folder`; returns their paths.

    Each file is written to a temporary file beside it and renamed into place, so a web
    server reading the folder never serves half a file.
    """
    state = page_state()
    written = []
    for path in all_paths():
        surface = render_surface(path, state)
        if surface is None:
            continue
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, prefix=".") as temp:
            temp.write(surface.body)
        os.chmod(temp.name, 0o644)
        os.replace(temp.name, target)
        written.append(path)
    _remove_gone(folder, set(written))
    return written


def _remove_gone(folder: Path, written: set[str]) -> None:
    """Pages of incidents, maintenance and history pages that no longer exist."""
    for section in ("incidents", "maintenance", "history"):
        for page in (folder / section).glob("*/index.html"):
            if str(page.relative_to(folder)) not in written:
                page.unlink()
                with contextlib.suppress(OSError):  # someone else's files in it: keep them
                    page.parent.rmdir()
