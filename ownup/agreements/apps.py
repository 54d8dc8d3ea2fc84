from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "ownup.agreements"
    label = "agreements"

    def ready(self) -> None:
        from ownup.agreements.reminders import reminders_run_due
        from ownup.chores import chore_register

        # Campaigns run at most daily; checking every few minutes sends each close to its time.
        chore_register("duty reminders", every_seconds=300, run=reminders_run_due)
