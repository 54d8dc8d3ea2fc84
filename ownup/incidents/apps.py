from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "ownup.incidents"
    label = "incidents"
