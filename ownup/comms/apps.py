from django.apps import AppConfig


class CommsConfig(AppConfig):
    name = "ownup.comms"
    label = "comms"
