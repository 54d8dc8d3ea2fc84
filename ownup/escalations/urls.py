from django.urls import path

from ownup.escalations import views

app_name = "escalations"
urlpatterns = [
    path("", views.help_list, name="list"),
    path("ask/", views.help_ask_view, name="ask"),
    path("ack/<str:token>/", views.acknowledge_link, name="acknowledge_link"),
    path("<str:reference>/", views.help_detail, name="detail"),
    path("<str:reference>/acknowledge/", views.help_acknowledge_view, name="acknowledge"),
    path("<str:reference>/answer/", views.help_answer_view, name="answer"),
]
