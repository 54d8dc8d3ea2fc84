import os
import secrets
from typing import Any, ClassVar

from django.core.management.base import CommandParser

from ownup.accounts.models import Role, User
from ownup.accounts.services import user_add
from ownup.commands import OwnupCommand


class Command(OwnupCommand):
    help = "Manage staff users: add, list."
    verbs: ClassVar[dict[str, str]] = {
        "add": "Add a staff user with a role.",
        "list": "List staff users and roles.",
    }

    def add_add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="login name")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--email", required=True)
        parser.add_argument("--full-name", default="")
        parser.add_argument(
            "--password", help="default: a random one, printed once (or OWNUP_PASSWORD)"
        )

    def add_list_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true")

    def handle_add(self, **options: Any) -> None:

        password = options["password"] or os.environ.get("OWNUP_PASSWORD")
        generated = password is None
        password = password or secrets.token_urlsafe(12)
        user = user_add(
            username=options["name"],
            role=options["role"],
            email=options["email"],
            password=password,
            full_name=options["full_name"],
        )
        self.say(f"added {user.username} ({user.role})")
        if generated:
            self.say(f"password: {password}")

    def handle_list(self, **options: Any) -> None:
        users = User.objects.order_by("username")
        rows = [{"name": u.username, "role": u.role, "email": u.email} for u in users]
        if options["json"]:
            self.say_json(rows)
            return
        for row in rows:
            self.say(f"{row['name']:<16} {row['role']:<6} {row['email']}")
