"""Starter templates, so a fresh install can draft its first notice at once."""

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

GREETING = "Hello{% if customer.first_name %} {{ customer.first_name }}{% endif %},\n\n"
SIGN_OFF = "{{ slots.help }}\n\nThe support team\n"
STARTERS = [
    (
        "First notice",
        "initial",
        "{{ incident.title }}: what happened and what we are doing",
        GREETING + "{{ slots.what_happened }}\n\n{{ slots.impact }}\n\n"
        "{{ slots.what_we_did }}\n\n{{ slots.next_steps }}\n\n" + SIGN_OFF,
    ),
    (
        "Update",
        "update",
        "Update on {{ incident.title }} ({{ incident.reference }})",
        GREETING + "{{ slots.what_we_did }}\n\n{{ slots.next_steps }}\n\n" + SIGN_OFF,
    ),
    (
        "Resolution",
        "resolution",
        "Resolved: {{ incident.title }} ({{ incident.reference }})",
        GREETING + "{{ slots.what_happened }}\n\n{{ slots.what_we_did }}\n\n"
        "{{ slots.remedy }}\n\n" + SIGN_OFF,
    ),
]


def add_starters(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    template = apps.get_model("comms", "MessageTemplate")
    for name, kind, subject, body in STARTERS:
        template.objects.get_or_create(
            name=name, defaults={"kind": kind, "subject": subject, "body": body}
        )


class Migration(migrations.Migration):
    dependencies = [("comms", "0001_initial")]
    operations = [migrations.RunPython(add_starters, migrations.RunPython.noop)]
