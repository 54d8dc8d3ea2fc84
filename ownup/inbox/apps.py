from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "ownup.inbox"
    label = "inbox"
