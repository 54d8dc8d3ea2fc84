"""Workers find due rows through two small partial indexes instead of four wide ones."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comms", "0005_batch_approval"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="outboxmessage",
            name="comms_outbo_status_27778c_idx",
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="next_attempt_at",
            field=models.DateTimeField(),
        ),
        migrations.AlterField(
            model_name="outboxmessage",
            name="status",
            field=models.CharField(
                choices=[
                    ("held", "Awaiting approval"),
                    ("queued", "Queued"),
                    ("sending", "Sending"),
                    ("sent", "Sent"),
                    ("retrying", "Retrying"),
                    ("failed", "Failed"),
                ],
                default="queued",
                max_length=20,
            ),
        ),
        migrations.AddIndex(
            model_name="outboxmessage",
            index=models.Index(
                condition=models.Q(("status__in", ["queued", "retrying"])),
                fields=["next_attempt_at", "id"],
                name="outbox_waiting",
            ),
        ),
        migrations.AddIndex(
            model_name="outboxmessage",
            index=models.Index(
                condition=models.Q(("status", "sending")),
                fields=["leased_until"],
                name="outbox_sending",
            ),
        ),
    ]
