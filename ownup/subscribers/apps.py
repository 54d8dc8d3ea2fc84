from django.apps import AppConfig


class SubscribersConfig(AppConfig):
    name = "ownup.subscribers"
    label = "subscribers"

    def ready(self) -> None:
        from ownup.subscribers import receivers  # noqa: F401  (connects them)
