"""Figures for ownup: how long the things people wait for take, and how much memory they use.

`python -m bench` runs each figure in its own process against its own throwaway database
and prints a table. Each figure module (`python -m bench.<module>`) reads its database and
mail settings from the OWNUP_* environment like ownup itself, prints one JSON line of
figures on stdout, and nothing else there. Figures are printed, never asserted: a slow
machine is not a failed test.
"""

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from ownup.loopback import free_port as free_port

Figures = dict[str, Any]


def django_ready(*, migrate: bool = True) -> None:
    """Set Django up from the environment and, unless told otherwise, migrate the database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.settings")
    import django
    from django.core.management import call_command

    django.setup()
    if migrate:
        call_command("migrate", verbosity=0)


def peak_rss_mib() -> float:
    """The largest resident set this process has had so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def timed[T](work: Callable[[], T]) -> tuple[T, float]:
    """Run `work` once; its result and the wall-clock seconds it took."""
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def report(figures: Figures) -> None:
    """Hand the figures to `python -m bench`, which reads the last line of stdout."""
    print(json.dumps(figures), flush=True)
