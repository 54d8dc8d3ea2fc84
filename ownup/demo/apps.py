from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "ownup.demo"
    label = "demo"
