import signal
import threading
from typing import Any

from django.core.management.base import CommandParser

from ownup.commands import OwnupCommand
from ownup.comms.delivery import Tally, outbox_pending, worker_run


class Command(OwnupCommand):
    help = (
        "Deliver queued messages and, between them, do the periodic chores (read the inbox, "
        "remind, pass calls for help on); --until-idle only delivers, and stops once nothing "
        "is queued or retrying."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--until-idle", action="store_true")

    def run(self, **options: Any) -> None:
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        if not options["until_idle"]:
            worker_run(stop=stop)
            return
        with self.progress() as bar:
            task = bar.add_task("delivering", total=outbox_pending())
            done = {"sent": 0, "retrying": 0, "failed": 0}

            def show(tally: Tally) -> None:
                for name in done:
                    done[name] += getattr(tally, name)
                bar.update(
                    task,
                    advance=tally.sent + tally.failed,
                    description=f"sent {done['sent']} · retrying {done['retrying']} · "
                    f"failed {done['failed']}",
                )

            total = worker_run(until_idle=True, stop=stop, on_tally=show)
        self.say(f"sent {total.sent}, failed {total.failed}")
