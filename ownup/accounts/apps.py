from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "ownup.accounts"
    label = "accounts"
