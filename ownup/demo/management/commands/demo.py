from typing import Any

from ownup.commands import OwnupCommand
from ownup.demo.scenario import DEMO_PASSWORD, STAFF, demo_load


class Command(OwnupCommand):
    help = "Load the Daybreak Hosting demo (2,000 customers, web3 is down); safe to run twice."

    def run(self, **options: Any) -> None:
        report = demo_load()
        self.say(
            f"Daybreak Hosting: {report.customers_added} customers added; "
            f"{report.incident.reference} '{report.incident.title}' affects {report.affected}."
        )
        self.say(f"Sign in with the password {DEMO_PASSWORD} as:")
        for username, role, _, _ in STAFF:
            self.say(f"  {username:<6} ({role})")
