"""Periodic work the long-running worker does between deliveries.

Each app registers its chores in its AppConfig.ready(): polling the inbox, reminding owners
of overdue remedies, passing an unanswered call for help on. A chore is named by the dotted
path of a function taking `now=`, imported on its first turn, so that registering it costs
every `ownup` command nothing at start-up. A chore runs at most once per
`every` in each worker process; several workers may run the same chore, so each one must
claim its rows with a conditional UPDATE (or be harmless to run twice). A chore that raises
is logged and tried again at its next turn: one broken mailbox must not stop deliveries.
"""

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


@dataclass
class Chore:
    name: str
    every: dt.timedelta
    run: str  # "ownup.inbox.chores.inbox_chore", called with now=
    last_run: dt.datetime | None = field(default=None, compare=False)


_chores: dict[str, Chore] = {}


def chore_register(name: str, *, every_seconds: float, run: str) -> None:
    """Add a chore; registering the same name again replaces it (ready() may run twice)."""
    _chores[name] = Chore(name=name, every=dt.timedelta(seconds=every_seconds), run=run)


def chores_registered() -> list[Chore]:
    return list(_chores.values())


def chores_run_due(now: dt.datetime) -> list[str]:
    """Run every chore whose turn has come; return the names of those that ran."""
    ran = []
    for chore in _chores.values():
        if chore.last_run is not None and now - chore.last_run < chore.every:
            continue
        chore.last_run = now
        try:
            work: Callable[..., object] = import_string(chore.run)
            work(now=now)
        except Exception:
            log.exception("chore %s failed; trying again in %s", chore.name, chore.every)
        ran.append(chore.name)
    return ran
