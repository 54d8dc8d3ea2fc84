from django.apps import AppConfig


class StatuspageConfig(AppConfig):
    name = "ownup.statuspage"
    label = "statuspage"
