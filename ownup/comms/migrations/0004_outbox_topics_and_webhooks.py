"""Outbox rows say what they are about and for whom, so messages other than notices fit."""

import django.db.models.deletion
from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models import Value
from django.db.models.functions import Cast, Concat


def name_notice_rows(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    outbox = apps.get_model("comms", "OutboxMessage")
    for notice_id, incident_id in (
        outbox.objects.values_list("notice_id", "notice__incident_id").distinct().iterator()
    ):
        outbox.objects.filter(notice_id=notice_id).update(
            topic=f"notice:{notice_id}",
            incident_id=incident_id,
            recipient=Concat(Value("customer:"), Cast("customer_id", models.CharField())),
        )


STATUSES = [
    ("held", "Awaiting approval"),
    ("queued", "Queued"),
    ("sending", "Sending"),
    ("sent", "Sent"),
    ("retrying", "Retrying"),
    ("failed", "Failed"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("comms", "0003_message_kinds"),
        ("customers", "0001_initial"),
        ("incidents", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="outboxmessage",
            name="topic",
            field=models.CharField(default="", max_length=100),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="outboxmessage",
            name="recipient",
            field=models.CharField(default="", max_length=100),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="outboxmessage",
            name="incident",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="messages",
                to="incidents.incident",
            ),
        ),
        migrations.AddField(
            model_name="outboxmessage",
            name="payload",
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="outboxmessage",
            name="smtp_reply",
            field=models.CharField(blank=True, max_length=500),
        ),
        migrations.RunPython(name_notice_rows, migrations.RunPython.noop, elidable=True),
        migrations.RemoveConstraint(model_name="outboxmessage", name="one_message_per_recipient"),
        migrations.RemoveConstraint(model_name="outboxmessage", name="outbox_status_is_known"),
        migrations.AlterField(
            model_name="outboxmessage",
            name="batch",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="messages",
                to="comms.batch",
            ),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="notice",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="messages",
                to="comms.notice",
            ),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="customer",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="messages",
                to="customers.customer",
            ),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="channel",
            field=models.CharField(
                choices=[("email", "Email"), ("webhook", "Webhook")], default="email", max_length=20
            ),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="status",
            field=models.CharField(
                choices=STATUSES, db_index=True, default="queued", max_length=20
            ),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="to_address",
            field=models.CharField(max_length=2000),
        ),
        migrations.AddConstraint(
            model_name="outboxmessage",
            constraint=models.UniqueConstraint(
                fields=("topic", "recipient", "channel"), name="one_message_per_recipient"
            ),
        ),
        migrations.AddConstraint(
            model_name="outboxmessage",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["held", "queued", "sending", "sent", "retrying", "failed"])
                ),
                name="outbox_status_is_known",
            ),
        ),
    ]
