import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.core.management.base import CommandParser

from ownup.commands import OwnupCommand

# Python threads share one interpreter lock: a few per core keep latency low.
BLOCKING_THREADS = (os.cpu_count() or 1) * 2 + 1


class Command(OwnupCommand):
    help = "Serve the web app under granian, with one delivery worker beside it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1, help="web processes")
        parser.add_argument("--no-worker", action="store_true", help="web only")

    def run(self, **options: Any) -> None:
        web = [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            options["host"],
            "--port",
            str(options["port"]),
            "--workers",
            str(options["workers"]),
            "--blocking-threads",
            str(BLOCKING_THREADS),
            "--no-ws",
            "ownup.wsgi:application",
        ]
        children = [subprocess.Popen(web, env=os.environ.copy())]
        if not options["no_worker"]:
            children.append(subprocess.Popen([sys.executable, "-m", "ownup", "worker"]))
        self.say(
            f"ownup on http://{options['host']}:{options['port']}/ "
            f"(status page: /status/); Ctrl-C stops"
        )

        def stop(*_: object) -> None:
            for child in children:
                child.terminate()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            # If either child dies, stop the other: half a service is worse than none.
            while all(child.poll() is None for child in children):
                time.sleep(0.5)
        finally:
            stop()
            for child in children:
                child.wait(timeout=30)
        failed = [c for c in children if c.returncode not in (0, -signal.SIGTERM)]
        if failed:
            sys.exit(failed[0].returncode or 1)
