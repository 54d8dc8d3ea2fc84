from django.apps import AppConfig


class EscalationsConfig(AppConfig):
    name = "ownup.escalations"
    label = "escalations"

    def ready(self) -> None:
        from ownup.chores import chore_register
        from ownup.escalations.services import help_pass_on_due

        chore_register("escalations", every_seconds=30, run=lambda now: help_pass_on_due(now=now))
