from django.apps import AppConfig
from django.conf import settings


class InboxConfig(AppConfig):
    name = "ownup.inbox"
    label = "inbox"

    def ready(self) -> None:
        from ownup.chores import chore_register

        # Without a mailbox there is nothing to poll; stored messages are still retried.
        chore_register(
            "inbox",
            every_seconds=max(settings.OWNUP_IMAP_POLL_SECONDS, 1),
            run="ownup.inbox.chores.inbox_chore",
        )
