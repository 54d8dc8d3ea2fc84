from django.apps import AppConfig


class RemediesConfig(AppConfig):
    name = "ownup.remedies"
    label = "remedies"

    def ready(self) -> None:
        from ownup.chores import chore_register
        from ownup.remedies.services import remedies_remind

        # Hourly: a reminder is at most one a day per remedy, the topic makes sure of that.
        chore_register("remedies-overdue", every_seconds=3600, run=remedies_remind)
