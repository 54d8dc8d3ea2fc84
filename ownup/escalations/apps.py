from django.apps import AppConfig
from django.conf import settings


class EscalationsConfig(AppConfig):
    name = "ownup.escalations"
    label = "escalations"

    def ready(self) -> None:
        from ownup.chores import chore_register
        from ownup.escalations.timing import ack_minutes_parse

        # A mistyped OWNUP_ESCALATION_ACK_MINUTES stops the start, not the first call for help.
        ack_minutes_parse(settings.OWNUP_ESCALATION_ACK_MINUTES)
        chore_register(
            "escalations", every_seconds=30, run="ownup.escalations.services.help_pass_on_due"
        )
