"""Remedy offers, boundaries and replies, each with a starter; next steps get their own time."""

from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

GREETING = "Hello{% if customer.first_name %} {{ customer.first_name }}{% endif %},\n\n"
SIGN_OFF = "{{ slots.help }}\n\nThe support team\n"
NEXT = "{{ slots.next_steps }} {{ slots.time }}"
STARTERS = [
    (
        "Remedy offer",
        "remedy",
        "Making it right: {{ incident.title }} ({{ incident.reference }})",
        GREETING + "{{ slots.what_happened }}\n\n{{ slots.impact }}\n\n"
        "{{ slots.remedy }}\n\n" + NEXT + "\n\n" + SIGN_OFF,
    ),
    (
        "Boundary",
        "boundary",
        "About your request: {{ incident.title }}",
        GREETING + "{{ slots.what_happened }}\n\n{{ slots.impact }}\n\n"
        "{{ slots.remedy }}\n\n" + NEXT + "\n\n" + SIGN_OFF,
    ),
    (
        "Reply",
        "reply",
        "Re: {{ incident.title }} ({{ incident.reference }})",
        GREETING + "{{ slots.what_happened }}\n\n{{ slots.what_we_did }}\n\n" + NEXT + "\n\n" + SIGN_OFF,
    ),
]
# The first notice and the update as shipped in 0002, and the same with a time of their own.
RETIMED = {
    "First notice": (
        "{{ slots.what_we_did }}\n\n{{ slots.next_steps }}\n\n",
        "{{ slots.what_we_did }}\n\n" + NEXT + "\n\n",
    ),
    "Update": (
        "{{ slots.what_we_did }}\n\n{{ slots.next_steps }}\n\n",
        "{{ slots.what_we_did }}\n\n" + NEXT + "\n\n",
    ),
}


def add_starters(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    template = apps.get_model("comms", "MessageTemplate")
    for name, kind, subject, body in STARTERS:
        template.objects.get_or_create(
            name=name, defaults={"kind": kind, "subject": subject, "body": body}
        )
    for name, (old, new) in RETIMED.items():
        # Only a starter nobody has edited; a business's own wording is theirs.
        for row in template.objects.filter(name=name, body__contains=old):
            row.body = row.body.replace(old, new)
            row.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("comms", "0002_starter_templates")]
    operations = [
        migrations.AlterField(
            model_name="messagetemplate",
            name="kind",
            field=models.CharField(
                choices=[
                    ("initial", "First notice"),
                    ("update", "Update"),
                    ("resolution", "Resolution"),
                    ("remedy", "Remedy offer"),
                    ("boundary", "Boundary"),
                    ("reply", "Reply to a customer"),
                ],
                max_length=20,
            ),
        ),
        migrations.AlterField(
            model_name="notice",
            name="kind",
            field=models.CharField(
                choices=[
                    ("initial", "First notice"),
                    ("update", "Update"),
                    ("resolution", "Resolution"),
                    ("remedy", "Remedy offer"),
                    ("boundary", "Boundary"),
                    ("reply", "Reply to a customer"),
                ],
                max_length=20,
            ),
        ),
        migrations.RunPython(add_starters, migrations.RunPython.noop),
    ]
