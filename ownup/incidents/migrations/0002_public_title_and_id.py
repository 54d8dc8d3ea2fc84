from django.db import migrations, models

import ownup.incidents.models


def give_each_incident_a_public_id(apps, schema_editor):
    Incident = apps.get_model("incidents", "Incident")
    for incident in Incident.objects.filter(public_id__isnull=True):
        incident.public_id = ownup.incidents.models.public_incident_id()
        incident.save(update_fields=["public_id"])


class Migration(migrations.Migration):

    dependencies = [
        ("incidents", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="incident",
            name="public_title",
            field=models.CharField(
                blank=True,
                help_text="Public: the name on the status page, if not the title.",
                max_length=200,
            ),
        ),
        migrations.AddField(
            model_name="incident",
            name="public_id",
            field=models.CharField(max_length=12, null=True),
        ),
        migrations.RunPython(give_each_incident_a_public_id, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="incident",
            name="public_id",
            field=models.CharField(
                default=ownup.incidents.models.public_incident_id, max_length=12, unique=True
            ),
        ),
    ]
