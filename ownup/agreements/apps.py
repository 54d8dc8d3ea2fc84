from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "ownup.agreements"
    label = "agreements"

    def ready(self) -> None:
        from ownup.chores import chore_register

        # Campaigns run at most daily; checking every few minutes sends each close to its time.
        chore_register(
            "duty reminders", every_seconds=300, run="ownup.agreements.reminders.reminders_run_due"
        )
