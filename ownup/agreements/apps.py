from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "ownup.agreements"
    label = "agreements"
