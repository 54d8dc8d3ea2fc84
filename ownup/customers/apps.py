from django.apps import AppConfig


class CustomersConfig(AppConfig):
    name = "ownup.customers"
    label = "customers"
