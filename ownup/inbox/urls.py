from django.urls import URLPattern, URLResolver, path

from ownup.inbox import views
from ownup.inbox.webhook import inbound_webhook

app_name = "inbox"

urlpatterns: list[URLPattern | URLResolver] = [
    path("inbound/", inbound_webhook, name="inbound"),
    path("", views.queue, name="queue"),
    path("<str:reference>/", views.card, name="card"),
    path("<str:reference>/check/", views.check, name="check"),
    path("<str:reference>/answer/", views.answer, name="answer"),
    path("<str:reference>/close/", views.close, name="close"),
]
