from typing import Any, ClassVar

from django.core.management.base import CommandParser
from django.utils import timezone

from ownup.accounts.services import user_by_name
from ownup.commands import OwnupCommand
from ownup.comms.models import Batch
from ownup.comms.selectors import batch_by_reference, batches_listed
from ownup.comms.services import batch_approve


def _state(batch: Batch) -> str:
    if batch.waiting_for_approval:
        return "waiting for approval"
    if batch.approved_at is not None:
        when = timezone.localtime(batch.approved_at).strftime("%Y-%m-%d %H:%M")
        return f"approved by {batch.approved_by} at {when}"
    return "sent without approval"


class Command(OwnupCommand):
    help = "Batches of notices: list them, and approve a large or severe one as a second lead."
    verbs: ClassVar[dict[str, str]] = {
        "list": "List batches, newest first, with who sent them and whether they wait.",
        "approve": "Release a batch that waits for approval (a lead other than the sender).",
    }

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--waiting", action="store_true", help="only those awaiting approval")

    def add_approve_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("batch", help="the batch, e.g. B-12")
        parser.add_argument("--as", dest="actor", required=True, help="the approving lead")

    def handle_list(self, **options: Any) -> None:
        for batch in batches_listed(waiting_only=options["waiting"]):
            self.say(
                f"{batch.reference:<8} {batch.notice.incident.reference:<8} "
                f"{batch.notice.get_kind_display():<14} {batch.queued:>7} recipient(s)  "
                f"by {batch.created_by}  {_state(batch)}"
            )

    def handle_approve(self, **options: Any) -> None:
        batch = batch_approve(
            batch=batch_by_reference(options["batch"]), approver=user_by_name(options["actor"])
        )
        self.say(f"{batch.reference} approved by {batch.approved_by}: {batch.queued} to send")
