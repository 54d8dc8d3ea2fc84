"""Figures: the status page selector, and the outage herd — wrk with 100 connections
against nginx serving the published folder and against ownup's own page under granian.

Needs `wrk` and `nginx` on the PATH or in /usr/bin, /usr/sbin (`.ci/run` installs them).
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench import Figures, django_ready, free_port, peak_rss_mib, report

CONNECTIONS = 100
WARM_UP_SECONDS = 2
# One web process per core: the page is served from memory, so more only adds switching.
WEB_WORKERS = os.cpu_count() or 1
START_SECONDS = 20
NGINX_CONFIG = """\
daemon off;
worker_processes {workers};
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    types {{ application/atom+xml atom; application/rss+xml rss; }}
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location /status/ {{ alias {published}/; index index.html; }}
    }}
}}
"""


def _tool(name: str) -> str:
    found = shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None
    )
    if found is None:
        sys.exit(f"{name} is not installed (.ci/run installs it)")
    return found


@contextmanager
def _running(command: list[str], port: int, log: Path) -> Iterator[str]:
    """Start a server, wait until it listens on `port`; its base URL. Stopped on leaving."""
    with log.open("wb") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + START_SECONDS
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        sys.exit(f"{command[0]} did not start:\n{log.read_text()[-2000:]}")
                    time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _wrk(url: str, seconds: int) -> tuple[float, float, int]:
    """Requests per second, p99 latency in ms, and errors, from one wrk run after a short
    one that warms every connection and thread up."""
    for run_seconds in (WARM_UP_SECONDS, seconds):
        done = _wrk_once(url, run_seconds)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))  # type: ignore[union-attr]
    p99 = _milliseconds(re.search(r"99%\s+(\S+)", done.stdout).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    return rate, p99, int(errors.group(1)) if errors else 0


def _wrk_once(url: str, seconds: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("wrk"), "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as response:
        body: bytes = response.read()
        return body


def herd(seconds: int) -> Figures:
    from ownup.statuspage.publishing import publish

    folder = Path(tempfile.mkdtemp(prefix="ownup-herd-"))
    folder.chmod(0o755)  # nginx's workers may run as another user
    try:
        published = folder / "published"
        publish(published)
        published_bytes = (published / "index.html").read_bytes()
        port = free_port()
        config = folder / "nginx.conf"
        config.write_text(
            NGINX_CONFIG.format(workers=WEB_WORKERS, folder=folder, port=port, published=published)
        )
        nginx = [_tool("nginx"), "-c", str(config), "-p", str(folder)]
        with _running(nginx, port, folder / "nginx.log") as base:
            static_bytes = _fetch(f"{base}/status/")
            static = _wrk(f"{base}/status/", seconds)
        port = free_port()
        serve = [sys.executable, "-m", "ownup", "serve", "--port", str(port), "--no-worker",
                 "--workers", str(WEB_WORKERS)]  # fmt: skip
        with _running(serve, port, folder / "serve.log") as base:
            served_bytes = _fetch(f"{base}/status/")
            served = _wrk(f"{base}/status/", seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "connections": CONNECTIONS,
        "seconds": seconds,
        "web_workers": WEB_WORKERS,
        "page_kib": len(served_bytes) / 1024,
        # The same bytes from the folder, from nginx and from ownup: no per-request content.
        "identical": served_bytes == static_bytes == published_bytes,
        "nginx_rps": static[0],
        "nginx_p99_ms": static[1],
        "nginx_errors": static[2],
        "served_rps": served[0],
        "served_p99_ms": served[1],
        "served_errors": served[2],
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.statuspage")
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10, help="each wrk run")
    options = parser.parse_args()
    django_ready()
    from ownup.demo.scenario import demo_load
    from ownup.statuspage.selectors import status_page

    demo_load()
    timings: list[float] = []
    for _ in range(options.calls):
        started = time.perf_counter()
        page = status_page()
        timings.append(time.perf_counter() - started)
    report(
        {
            "calls": options.calls,
            "components": len(page.components),
            "incidents": len(page.active) + len(page.recent),
            "first_ms": timings[0] * 1000,
            "median_ms": statistics.median(timings) * 1000,
            "p95_ms": statistics.quantiles(timings, n=20)[18] * 1000,
            "peak_rss_mib": peak_rss_mib(),
            **herd(options.seconds),
        }
    )


if __name__ == "__main__":
    main()
