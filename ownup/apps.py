from django.apps import AppConfig


class OwnupConfig(AppConfig):
    """The project itself: the `serve` command, the base layout and shared static files."""

    name = "ownup"
    label = "ownup"
