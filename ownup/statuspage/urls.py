from django.urls import path

from ownup.statuspage import views

app_name = "statuspage"
urlpatterns = [
    path("", views.page, name="page"),
]
