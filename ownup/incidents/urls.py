from django.urls import path

from ownup.incidents import views

app_name = "incidents"
urlpatterns = [
    path("", views.incident_list, name="list"),
]
