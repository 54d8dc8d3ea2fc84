from django.urls import URLPattern, URLResolver, path

from ownup.inbox.webhook import inbound_webhook

app_name = "inbox"

urlpatterns: list[URLPattern | URLResolver] = [
    path("inbound/", inbound_webhook, name="inbound"),
]
