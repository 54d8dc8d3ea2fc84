"""A sensible starting catalogue: what an agent, a lead and an admin may give on their own."""

from decimal import Decimal

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

# (kind, name, description, {role: max amount, True for allowed with no cap, False for not})
CATALOGUE = [
    (
        "refund",
        "Refund",
        "Money back for what they paid and did not get, in full or in part.",
        {"agent": Decimal(50), "lead": Decimal(500), "admin": True},
    ),
    (
        "credit",
        "Service credit",
        "An amount off what they owe us, applied to their account.",
        {"agent": Decimal(50), "lead": Decimal(500), "admin": True},
    ),
    (
        "discount",
        "Discount on the next invoice",
        "Taken off their next invoice.",
        {"agent": Decimal(50), "lead": Decimal(500), "admin": True},
    ),
    (
        "free_month",
        "Free month",
        "Their next month of service at no charge.",
        {"agent": False, "lead": True, "admin": True},
    ),
    (
        "upgrade",
        "Upgrade",
        "A better plan at the price of their current one.",
        {"agent": False, "lead": True, "admin": True},
    ),
    (
        "replacement",
        "Replacement",
        "What was lost or broken, replaced.",
        {"agent": True, "lead": True, "admin": True},
    ),
    (
        "apology_call",
        "Personal apology call",
        "Someone senior calls them to apologise and listen.",
        {"agent": True, "lead": True, "admin": True},
    ),
]


def seed(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    option_model = apps.get_model("remedies", "RemedyOption")
    limit_model = apps.get_model("remedies", "RemedyLimit")
    for kind, name, description, limits in CATALOGUE:
        option, _ = option_model.objects.get_or_create(
            name=name, defaults={"kind": kind, "description": description}
        )
        for role, limit in limits.items():
            limit_model.objects.get_or_create(
                option=option,
                role=role,
                defaults={
                    "allowed": limit is not False,
                    "max_amount": limit if isinstance(limit, Decimal) else None,
                    "currency": "GBP",
                },
            )


class Migration(migrations.Migration):
    dependencies = [("remedies", "0001_catalogue_and_remedies")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
