from django.apps import AppConfig


class RemediesConfig(AppConfig):
    name = "ownup.remedies"
    label = "remedies"

    def ready(self) -> None:
        from ownup.chores import chore_register

        # Hourly: a reminder is at most one a day per remedy, the topic makes sure of that.
        chore_register(
            "remedies-overdue",
            every_seconds=3600,
            run="ownup.remedies.services.remedies_remind",
        )
